import * as OpenCC from 'opencc-js/t2cn';

/** A function from Chinese in any script to one script. */
export type { ToOneScript } from './domain/search.ts';
import type { ToOneScript } from './domain/search.ts';
import type { PortNames } from './domain/ports.ts';
import { PORT_ALIASES, PORTS } from './reference/ports.ts';

let converter: ToOneScript | undefined;

/**
 * Traditional (Hong Kong and standard forms) → simplified, with opencc-js. Built once per process, on
 * first use. Folding to simplified is many-to-one, so 發 and 髮 both meet 发, and the table is small (a
 * few MB, against some 85 MB the other way). The lookup folds with it; a Guangdong plan prints the
 * agencies' names with it.
 */
export function toSimplified(text: string): string {
  if (!converter) converter = OpenCC.Converter({ from: 'hk', to: 'cn' }) as ToOneScript;
  return converter(text);
}

/** The ports and the names people use for them, Chinese compared in one script: as the route rules read them. */
export const PORT_NAMES: PortNames = { ports: PORTS, aliases: PORT_ALIASES, fold: toSimplified };
