import { documents } from './en/documents.ts';
import { pages } from './en/pages.ts';
import { refusals } from './en/refusals.ts';

// The registry's words in English, in three parts by where they are read. Its keys are the catalogue's:
// the other languages give a text for each (src/words/index.ts).
export const en = { ...documents, ...pages, ...refusals };

/** A language's catalogue: a text for every key. */
export type Catalogue = Readonly<Record<keyof typeof en, string>>;
