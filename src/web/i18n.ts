import { toSimplified } from '../script.ts';
import { isLang, LANGS, langFromAcceptLanguage, readsChinese, say, type Key, type Lang, type Params, type Said } from '../words/index.ts';

// The pages' languages: every word comes from the catalogue (src/words/); this module only picks the
// reader's language and says records' names in it.
export { isLang, LANGS, langFromAcceptLanguage, readsChinese, say, type Key, type Lang, type Params, type Said };

export const LANG_COOKIE = 'sar_lang';

/**
 * A record's name as the reader reads it: its English name, or its Chinese name in the reader's script.
 * A port carries its Simplified name as written; another record's Chinese name (an agency's, as the
 * agency typed it) is converted for a reader of Simplified.
 */
export const nameIn = (lang: Lang, p: { nameZh: string; nameEn: string; nameZhHans?: string }): string =>
  lang === 'en' ? p.nameEn : lang === 'zh-Hans' ? (p.nameZhHans ?? toSimplified(p.nameZh)) : p.nameZh;
