import { describe, expect, it } from 'vitest';
import { interfaceChinese } from '../scripts/interface-text.ts';
import { toSimplified } from '../src/script.ts';
import { HANS } from '../src/hans.ts';
import { langFromAcceptLanguage, message, MESSAGE_TEMPLATES, say, W } from '../src/web/i18n.ts';
import { L } from '../src/labels.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkBeaconHexId, standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { checkCallSign, checkCoastStationMmsi, checkImoCompanyNumber, checkImoShipNumber, checkShipMmsi } from '../src/domain/identifiers.ts';
import { AREAS } from '../src/domain/areas.ts';
import { fieldProblems } from '../src/schemas/problems.ts';

const SCHEMA_MODULES = ['agencies', 'arrangement', 'companies', 'plans', 'proposals', 'transfers', 'vessels'];

/**
 * Every message the input schemas give for a field of the wrong kind: each field of each schema, and
 * each field one level down, is sent values of every wrong sort a form or a client sends.
 */
async function schemaMessages(): Promise<Set<string>> {
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
  const out = new Set<string>();
  const collect = (r: z.ZodSafeParseResult<unknown>) => {
    if (!r.success) for (const p of fieldProblems(r.error)) out.add(p.message);
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

/** Every reason the identifier and beacon rules give, for wrong identifiers of each area. */
function identifierMessages(): Set<string> {
  const out = new Set<string>();
  const add = (r: { ok: boolean; reason?: string }) => r.ok || out.add(r.reason!);
  for (const area of AREAS) {
    for (const v of ['1', 'VR1', 'VRJF1', 'XX12', 'BA', 'B1234567', '3HAB1', 'XXHK1', 'VRA0123', 'ZZAB2']) add(checkCallSign(v, area));
    for (const v of ['123', '047712345', '999123456', '477123456', '453123456']) for (const f of [checkShipMmsi, checkCoastStationMmsi]) add(f(v, area));
    for (const v of ['123', 'ZZZZZZZZZZZZZZZ', standardLocationEpirbHexId('477101500'), standardLocationEpirbHexId('453300100'), 'ADC6D26C5200001'])
      add(checkBeaconHexId(v, area, '477101700', 'VRSG5'));
  }
  for (const v of ['123', '0000000', '9319467', 'abcdefg']) for (const f of [checkImoShipNumber, checkImoCompanyNumber]) add(f(v));
  // Written with a condition inside, which the reading of the sources below cannot sample.
  out.add('the registry proposes a major change (a first issue): give the reason for issuing it as minor');
  return out;
}

/**
 * The messages the services and rules write into a problem's field (`message: \`vessel ${id} does not
 * exist\``), read from their source with each interpolation standing for a sample value.
 */
function writtenMessages(): Set<string> {
  const out = new Set<string>();
  for (const dir of ['src/services', 'src/domain']) {
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const m of source.matchAll(/message: (['`])((?:(?!\1).)+)\1/g)) if (!m[2]!.includes('${because')) out.add(m[2]!.replace(/\$\{[^}]+\}/g, '12'));
    }
  }
  return out;
}

describe('the interface in three languages', () => {
  it('has a written Simplified form of every Chinese string of the pages, and each is Simplified throughout', () => {
    const strings = interfaceChinese();
    expect(strings.length).toBeGreaterThan(300);
    const missing = strings.filter((s) => !(s in HANS));
    expect(missing, 'run npm run i18n:hans, then review the new lines of src/hans.ts').toEqual([]);
    for (const [hant, hans] of Object.entries(HANS)) expect(toSimplified(hans), `${hant} → ${hans}`).toBe(hans);
    for (const template of MESSAGE_TEMPLATES) expect(HANS).toHaveProperty([template]);
  });

  it('says labels and messages in the chosen language, in mainland usage for Simplified', () => {
    expect([say('zh-Hant', W.signIn), say('zh-Hans', W.signIn), say('en', W.signIn)]).toEqual(['登入', '登录', 'Sign in']);
    expect(say('zh-Hans', L.emergencyPhone)).toBe('24小时紧急电话');
    expect(say('zh-Hans', W.email)).toBe('电子邮件地址');
    // A label made of parts, as the readiness and staleness lists show them.
    expect(say('zh-Hans', { zh: '公司 · 後備緊急電話', en: 'Company · Alternate telephone' })).toBe('公司 · 后备紧急电话');
    expect(message('zh-Hans', 'must be at most 60 characters')).toBe('最多 60 个字符');
    expect(message('zh-Hant', 'must be at most 60 characters')).toBe('最多 60 個字元');
    expect(message('zh-Hans', 'already held by vessel 12 (Macau Star 澳門之星)')).toBe('已由船舶 12（Macau Star 澳門之星）使用');
  });

  it('says every problem a form or a request can meet in Chinese, in both scripts: no message falls back to English', async () => {
    const rules = new Set([...identifierMessages(), ...writtenMessages()]);
    // "; " joins the problems of one field (src/http/problem.ts), so no single problem is written with one.
    expect([...rules].filter((m) => /; (?!or )/.test(m))).toEqual([]);
    const messages = new Set([...(await schemaMessages()), ...rules]);
    expect(messages.size).toBeGreaterThan(100);
    const untranslated = [...messages].flatMap((m) => m.split(/; (?!or )/)).filter((part) => message('zh-Hant', part) === part);
    expect(untranslated, 'add a template to MESSAGE_ZH in src/web/i18n.ts').toEqual([]);
    for (const m of messages) expect(toSimplified(message('zh-Hans', m)), m).toBe(message('zh-Hans', m));
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
