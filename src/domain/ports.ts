import type { AreaCode } from './areas.ts';

/** A passenger ferry terminal of the Pearl River Delta, with the area it lies in. */
export type Port = { code: string; nameZh: string; nameEn: string; area: AreaCode };
