import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, ERROR_CODES } from '../src/errors.ts';
import { toSimplified } from '../src/script.ts';
import type { Catalogue } from '../src/words/en.ts';
import { CATALOGUES, LANGS, say, type Lang } from '../src/words/index.ts';

// The catalogue's own rules: a text for every key in every language, the same parameters in each, and
// Simplified texts with no character only Traditional writes.

/** The names of the parameters an ICU message uses, nested ones included. */
function parameters(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) parameters(option.value, into);
    }
  }
  return into;
}

/** Everything wrong with a set of catalogues, one line each; empty when they are sound. */
function faults(catalogues: Readonly<Record<Lang, Readonly<Record<string, string>>>>): string[] {
  const out: string[] = [];
  const keys = Object.keys(catalogues.en);
  for (const lang of LANGS) {
    for (const key of keys) {
      const text = catalogues[lang][key];
      if (text === undefined || text === '') {
        out.push(`${lang} ${key}: no text`);
        continue;
      }
      let params: Set<string>;
      try {
        params = parameters(parse(text, { ignoreTag: true }));
      } catch (err) {
        out.push(`${lang} ${key}: not an ICU message (${(err as Error).message})`);
        continue;
      }
      const english = [...parameters(parse(catalogues.en[key]!, { ignoreTag: true }))].sort().join(',');
      if ([...params].sort().join(',') !== english) out.push(`${lang} ${key}: parameters ${[...params].join(',')} where English has ${english}`);
      if (lang === 'zh-Hans' && toSimplified(text) !== text) out.push(`${lang} ${key}: Traditional characters in ${text}`);
    }
    for (const key of Object.keys(catalogues[lang])) if (!(key in catalogues.en)) out.push(`${lang} ${key}: no English key`);
  }
  return out;
}

describe('the catalogue of words', () => {
  it('has every key in every language, with the same parameters, and Simplified texts in Simplified characters only', () => {
    expect(Object.keys(CATALOGUES.en).length).toBeGreaterThan(700);
    expect(faults(CATALOGUES)).toEqual([]);
  });

  it('finds a key without its Simplified text, a lost parameter and a Traditional character in a Simplified text', () => {
    const broken = {
      en: { ...CATALOGUES.en },
      'zh-Hant': { ...CATALOGUES['zh-Hant'], 'error.no_open_draft': '此計劃沒有草稿' },
      'zh-Hans': { ...CATALOGUES['zh-Hans'], 'page.signIn': '登錄' } as Partial<Catalogue>,
    } as Record<Lang, Record<string, string>>;
    delete broken['zh-Hans']!['doc.planNumber'];
    expect(faults(broken)).toEqual([
      'zh-Hant error.no_open_draft: parameters  where English has planNumber',
      'zh-Hans doc.planNumber: no text',
      'zh-Hans page.signIn: Traditional characters in 登錄',
    ]);
  });

  it('holds no word the registry never says', () => {
    // Families named whole in the code (`page.signIn`); the others are built from a value (`area.${code}`, `error.${code}`).
    const LITERAL = ['page', 'doc', 'book', 'draft', 'summary', 'missing', 'arrangement', 'holder', 'noun'];
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === 'words' ? [] : sources(join(dir, e.name))) : /\.tsx?$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
      );
    const code = sources('src').join('\n');
    const literal = Object.keys(CATALOGUES.en).filter((key) => LITERAL.includes(key.split('.')[0]!));
    expect(literal.length).toBeGreaterThan(400);
    expect(literal.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });

  it('says every refusal and its category in each language', () => {
    for (const lang of LANGS) {
      for (const code of ERROR_CODES) expect(CATALOGUES[lang], code).toHaveProperty([`error.${code}`]);
      for (const category of CATEGORIES) expect(CATALOGUES[lang], category).toHaveProperty([`category.${category}`]);
    }
  });

  it('fills parameters, counts and nested phrases in each language', () => {
    const params = { planNumber: 'HK-2026-0005', count: 1 };
    expect(say('en', 'error.plan_not_ready', params)).toBe('Plan HK-2026-0005 cannot be issued: 1 item is missing');
    expect(say('en', 'error.plan_not_ready', { ...params, count: 3 })).toBe('Plan HK-2026-0005 cannot be issued: 3 items are missing');
    expect(say('zh-Hant', 'error.plan_not_ready', { ...params, count: 3 })).toBe('計劃 HK-2026-0005 未能發出：尚欠 3 項');
    const area = { key: 'area.GD' } as const;
    expect(say('zh-Hans', 'error.not_home_registrar', { agency: area, action: { key: 'action.change_ship' } })).toBe('只有广东的登记主任可以更改此船舶');
    expect(say('en', 'error.not_home_registrar', { agency: area, action: { key: 'action.change_ship' } })).toBe(
      'Only registrars of Guangdong may change this ship',
    );
  });
});
