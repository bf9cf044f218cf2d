import type { Catalogue } from './en.ts';
import { documents } from './zh-Hans/documents.ts';
import { pages } from './zh-Hans/pages.ts';
import { refusals } from './zh-Hans/refusals.ts';

// The registry's words in Simplified Chinese: a text for every key of the English catalogue.
export const zhHans: Catalogue = { ...documents, ...pages, ...refusals };
