import type { Script } from '../domain/agency.ts';
import { HANS } from '../hans.ts';

/** A label's Chinese in a document's script; a text with no entry (a name) is printed as it is. */
export const inScript = (text: string, script: Script): string => (script === 'hans' ? (HANS[text] ?? text) : text);
