import type { Migration } from 'kysely';
import * as m0001 from './0001_model.ts';
import * as m0002 from './0002_copy_codes.ts';
import * as m0003 from './0003_search.ts';

/** Listed statically: no directory scanning, so migrations load the same under tsx, vitest and any bundler. */
export const migrations: Record<string, Migration> = {
  '0001_model': m0001,
  '0002_copy_codes': m0002,
  '0003_search': m0003,
};
