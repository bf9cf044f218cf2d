import { IntlMessageFormat } from 'intl-messageformat';
import { en, type Catalogue } from './en.ts';
import { zhHans } from './zh-Hans.ts';
import { zhHant } from './zh-Hant.ts';

// Every word the registry says, in one catalogue per language: one key, three texts. Texts are ICU
// messages (intl-messageformat): {name} for a parameter, {n, plural, one {…} other {…}} for a count.
// Chinese is written in both scripts by hand (the Simplified with the mainland's words), never
// converted while serving.

/** The registry's languages: Traditional Chinese, Simplified Chinese, English. */
export const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type Key = keyof typeof en;
export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };

/**
 * What a parameter may be: a value as it is; a phrase said in the same language (an area, a kind of
 * record); or a text already written in every language (a field's label).
 */
export type Param = string | number | Said | Readonly<Record<Lang, string>>;
export type Params = Readonly<Record<string, Param>>;
/** A phrase not yet said: a key and its parameters, said later in the reader's language. */
export type Said = { readonly key: Key; readonly params?: Params };

export const said = (key: Key, params?: Params): Said => (params ? { key, params } : { key });

export const isLang = (value: string | undefined): value is Lang => (LANGS as readonly string[]).includes(value ?? '');

/** Whether the reader reads Chinese (either script): names in Chinese first. */
export const readsChinese = (lang: Lang): boolean => lang !== 'en';

const compiled = new Map<string, IntlMessageFormat>();

/** A key (or a phrase) said in `lang`, its parameters filled in. */
export function say(lang: Lang, phrase: Key | Said, params?: Params): string {
  const { key, params: own } = typeof phrase === 'string' ? { key: phrase, params } : phrase;
  const id = `${lang}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(CATALOGUES[lang][key], lang, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(own ?? {})) values[name] = typeof value !== 'object' ? value : 'key' in value ? say(lang, value) : value[lang];
  try {
    return String(format.format(values));
  } catch (err) {
    // A parameter left out by a caller: under test that is a defect to see at once; in service the
    // sentence is still said, its blank shown, rather than a refusal turning into a failure.
    if (process.env.VITEST) throw err;
    return CATALOGUES[lang][key];
  }
}

/** A phrase in every language at once, for what prints both (the copies, the incident book, a spreadsheet). */
export const inEvery = (phrase: Key | Said, params?: Params): Record<Lang, string> =>
  Object.fromEntries(LANGS.map((lang) => [lang, say(lang, phrase, params)])) as Record<Lang, string>;

/** The language a caller asks for first: Simplified for the mainland and Singapore, Traditional for Hong Kong, Macao and Taiwan. */
export function langFromAcceptLanguage(header: string | undefined): Lang | undefined {
  const tags = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag!.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((x, y) => y.q - x.q);
  for (const { tag } of tags) {
    if (/^zh-(hant|hk|mo|tw)\b/.test(tag)) return 'zh-Hant';
    if (/^zh-(hans|cn|sg|my)\b/.test(tag) || tag === 'zh') return 'zh-Hans';
    if (/^en\b/.test(tag)) return 'en';
  }
  return undefined;
}
