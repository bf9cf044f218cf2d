import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AREAS } from '../src/domain/areas.ts';
import { checkBeaconHexId, standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { checkCallSign, checkCoastStationMmsi, checkImoCompanyNumber, checkImoShipNumber, checkShipMmsi } from '../src/domain/identifiers.ts';
import { ERROR_CODES, problemFor, type Refusal } from '../src/errors.ts';
import { fieldProblems } from '../src/schemas/problems.ts';
import { toSimplified } from '../src/script.ts';
import { CATALOGUES, langFromAcceptLanguage, say } from '../src/words/index.ts';

const SCHEMA_MODULES = ['agencies', 'arrangement', 'companies', 'plans', 'proposals', 'transfers', 'vessels'];

/**
 * Every message the input schemas give for a field of the wrong kind: each field of each schema, and
 * each field one level down, is sent values of every wrong sort a form or a client sends.
 */
async function schemaProblems(): Promise<Refusal[]> {
  const wrong: unknown[] = [
    '',
    ' ',
    'x'.repeat(5000),
    'a\u0007b',
    'two\nlines',
    'abc',
    'a\u202Eb',
    -1,
    1.5,
    1e9,
    0,
    null,
    [],
    {},
    true,
    '2026-02-30',
    'a@',
    '+',
    '12',
    '2125551234',
    ['x'],
    [''],
    ['x'.repeat(500)],
    'Ω',
    '30',
  ];
  const out: Refusal[] = [];
  const collect = (r: z.ZodSafeParseResult<unknown>) => {
    if (!r.success) out.push(...fieldProblems(r.error));
  };
  for (const module of SCHEMA_MODULES) {
    for (const schema of Object.values(await import(`../src/schemas/${module}.ts`))) {
      const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : undefined;
      for (const [key, field] of Object.entries(shape ?? {})) {
        for (const v of wrong) collect((schema as z.ZodType).safeParse({ [key]: v }));
        let inner: unknown = field;
        while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap();
        if (inner instanceof z.ZodObject)
          for (const k of Object.keys(inner.shape)) for (const v of wrong) collect((schema as z.ZodType).safeParse({ [key]: { [k]: v } }));
        if (inner instanceof z.ZodArray) for (const v of wrong) collect((schema as z.ZodType).safeParse({ [key]: [v] }));
      }
    }
  }
  return out;
}

/** Every problem the identifier and beacon rules find, for wrong identifiers of each area. */
function identifierProblems(): Refusal[] {
  const out: Refusal[] = [];
  const add = (r: { ok: true } | { ok: false; problem: Refusal }) => r.ok || out.push(r.problem);
  for (const area of AREAS) {
    for (const v of ['1', 'VR1', 'VRJF1', 'XX12', 'BA', 'B1234567', '3HAB1', 'XXHK1', 'VRA0123', 'ZZAB2']) add(checkCallSign(v, area));
    for (const v of ['123', '047712345', '999123456', '477123456', '453123456']) for (const f of [checkShipMmsi, checkCoastStationMmsi]) add(f(v, area));
    for (const v of ['123', 'ZZZZZZZZZZZZZZZ', standardLocationEpirbHexId('477101500'), standardLocationEpirbHexId('453300100'), 'ADC6D26C5200001'])
      add(checkBeaconHexId(v, area, '477101700', 'VRSG5'));
  }
  for (const v of ['123', '0000000', '9319467', 'abcdefg']) for (const f of [checkImoShipNumber, checkImoCompanyNumber]) add(f(v));
  return out;
}

/** The problem codes the services and rules write into a problem (`code: 'held_by'`), read from their source. */
function writtenCodes(): Set<string> {
  const out = new Set<string>();
  for (const dir of ['src/services', 'src/domain', 'src/web/routes', 'src/http', 'src/routes/copies', 'src/sheets']) {
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      // A refusal's own code (a sign-in's `code: 'sign_in_failed'`) is said by `error.<code>`, not here.
      for (const m of source.matchAll(/\bcode: '([a-z][a-z_]*)'/g))
        if (!(ERROR_CODES as string[]).includes(m[1]!) || `problem.${m[1]}` in CATALOGUES.en) out.add(m[1]!);
    }
  }
  return out;
}

describe('the interface in three languages', () => {
  it('says labels and problems in the chosen language, in mainland usage for Simplified', () => {
    expect([say('zh-Hant', 'page.signIn'), say('zh-Hans', 'page.signIn'), say('en', 'page.signIn')]).toEqual(['登入', '登录', 'Sign in']);
    expect(say('zh-Hans', 'doc.emergencyPhone')).toBe('24小时紧急电话');
    expect(say('zh-Hans', 'page.email')).toBe('电子邮件地址');
    const long = { code: 'too_long', params: { max: 60 } };
    expect([problemFor('zh-Hans', long).message, problemFor('zh-Hant', long).message, problemFor('en', long).message]).toEqual([
      '最多 60 个字符',
      '最多 60 個字元',
      'must be at most 60 characters',
    ]);
    const held = { code: 'held_by', params: { holder: { key: 'holder.vessel', params: { id: '12', name: 'Macau Star 澳門之星' } } } } as const;
    expect(problemFor('zh-Hant', held).message).toBe('已由船舶 12（Macau Star 澳門之星）使用');
    expect(problemFor('en', held)).toEqual({ code: 'held_by', params: { holder: 'vessel' }, message: 'already held by vessel 12 (Macau Star 澳門之星)' });
  });

  it('has a sentence in each language for every problem a form, a request or a rule can meet, and each reads in its own language', async () => {
    const all = [...(await schemaProblems()), ...identifierProblems()];
    const problems = [...new Map(all.map((p) => [JSON.stringify(p), p])).values()];
    const codes = new Set([...problems.map((p) => p.code), ...writtenCodes()]);
    expect(codes.size).toBeGreaterThan(60);
    expect([...codes].filter((code) => !(`problem.${code}` in CATALOGUES.en))).toEqual([]);
    for (const p of problems) {
      const [hant, hans, en] = (['zh-Hant', 'zh-Hans', 'en'] as const).map((lang) => problemFor(lang, p).message);
      expect(hant, p.code).toMatch(/[\u4e00-\u9fff]/);
      expect(toSimplified(hans!), p.code).toBe(hans);
      expect(en, p.code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-HK,zh;q=0.9', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['en-GB,en;q=0.9,zh-HK;q=0.8', 'en'],
    ['fr-FR,en;q=0.5,zh-CN;q=0.9', 'zh-Hans'],
  ] as const)('reads Accept-Language %j as %s', (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });

  it('has no preference from a browser that asks for none of them', () => {
    expect(langFromAcceptLanguage('fr-FR,de;q=0.8')).toBeUndefined();
    expect(langFromAcceptLanguage(undefined)).toBeUndefined();
  });
});
