import type { Catalogue } from './en.ts';
import { documents } from './zh-Hant/documents.ts';
import { pages } from './zh-Hant/pages.ts';
import { refusals } from './zh-Hant/refusals.ts';

// The registry's words in Traditional Chinese: a text for every key of the English catalogue.
export const zhHant: Catalogue = { ...documents, ...pages, ...refusals };
