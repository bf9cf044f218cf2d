import { describe, expect, it } from 'vitest';
import { interfaceChinese } from '../scripts/interface-text.ts';
import { toSimplified } from '../src/script.ts';
import { HANS } from '../src/hans.ts';
import { langFromAcceptLanguage, message, MESSAGE_TEMPLATES, say, W } from '../src/web/i18n.ts';
import { L } from '../src/labels.ts';

describe('the interface in three languages', () => {
  it('has a written Simplified form of every Chinese string of the pages, and each is Simplified throughout', () => {
    const strings = interfaceChinese();
    expect(strings.length).toBeGreaterThan(300);
    const missing = strings.filter((s) => !(s in HANS));
    expect(missing, 'run npm run i18n:hans, then review the new lines of src/web/hans.ts').toEqual([]);
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
