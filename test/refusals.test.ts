import { describe, expect, it } from 'vitest';
import { demoIds, hongKongCompany, json, testRegistry } from './helpers.ts';

// A refusal tells a machine what happened by its code, and a person why in the language they read:
// the API in the language of Accept-Language (English unless asked), the pages in the reader's.

async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const hk = await reg.tokenFor('registrar', { agency: 'HK', name: 'Chan Tai-man' });
  const planOf = async (mmsi: string) =>
    (await reg.db.selectFrom('plans').select(['id', 'plan_number']).where('vessel_id', '=', ids.vesselId(mmsi)).executeTakeFirstOrThrow()) as {
      id: number;
      plan_number: string;
    };
  const etag = async (path: string) => (await reg.call('GET', path, { token: hk })).headers.get('etag')!;
  /** Opens a new revision of the plan and issues it through the API: afterwards it has no open draft. */
  const reviseAndIssue = async (id: number) => {
    expect((await reg.call('POST', `/api/plans/${id}/draft`, { token: hk, headers: { 'If-Match': await etag(`/api/plans/${id}`) } })).status).toBe(201);
    const issued = await reg.call('POST', `/api/plans/${id}/issue`, {
      token: hk,
      body: { change: 'minor', summary: '更新聯絡電話 Contact numbers updated' },
      headers: { 'If-Match': await etag(`/api/plans/${id}`) },
    });
    expect(issued.status).toBe(200);
  };
  return { ...reg, ids, hk, planOf, etag, reviseAndIssue };
}

describe('a refusal through the API', () => {
  it('carries a stable code and its parameters, and says it in Traditional, Simplified or English as asked', async () => {
    const { call, hk, planOf, etag, reviseAndIssue } = await setup();
    const plan = await planOf('477101500');
    await reviseAndIssue(plan.id);
    const again = async (acceptLanguage?: string) => {
      const res = await call('POST', `/api/plans/${plan.id}/issue`, {
        token: hk,
        body: { change: 'minor', summary: 'Again' },
        headers: { 'If-Match': await etag(`/api/plans/${plan.id}`), ...(acceptLanguage ? { 'Accept-Language': acceptLanguage } : {}) },
      });
      expect(res.status).toBe(409);
      return { body: await json(res), language: res.headers.get('content-language') };
    };
    const english = await again();
    expect(english.language).toBe('en');
    expect(english.body).toMatchObject({
      type: '/problems/no-open-draft',
      code: 'no_open_draft',
      category: 'conflict',
      params: { planNumber: plan.plan_number },
      title: 'Conflicts with the current state of the registry',
      detail: `Plan ${plan.plan_number} has no open draft: an issued revision never changes; open a new revision first`,
    });
    const hongKong = await again('zh-HK,zh;q=0.9,en;q=0.8');
    expect(hongKong.language).toBe('zh-Hant');
    expect(hongKong.body).toMatchObject({ code: 'no_open_draft', params: { planNumber: plan.plan_number } });
    expect(hongKong.body.detail).toBe(`計劃 ${plan.plan_number} 沒有未發出的草稿：已發出的版次不會更改；請先開立新修訂版`);
    const mainland = await again('zh-CN');
    expect(mainland.body.detail).toBe(`计划 ${plan.plan_number} 没有未发出的草稿：已发出的版次不会更改；请先开立新修订版`);
    expect(mainland.body.title).toBe('与登记册现时的状态冲突');
  });

  it('says who may do it, naming the agency and the act as codes for machines and in words for people', async () => {
    const { call, ids, tokenFor, etag } = await setup();
    const macao = await tokenFor('registrar', { agency: 'MO', name: '陳家豪' });
    const vessel = ids.vesselId('477101500');
    const res = await call('PATCH', `/api/vessels/${vessel}`, {
      token: macao,
      body: { crew: 9 },
      headers: { 'If-Match': await etag(`/api/vessels/${vessel}`), 'Accept-Language': 'zh-MO' },
    });
    expect(res.status).toBe(403);
    expect(await json(res)).toMatchObject({
      code: 'not_home_registrar',
      category: 'forbidden',
      params: { agency: 'HK', action: 'change_ship' },
      detail: '只有香港的登記主任可以更改此船舶',
    });
  });

  it('names each bad field with its problem code, and says the problem in the language asked', async () => {
    const { call, hk } = await setup();
    const body = { ...hongKongCompany(), emergencyPhone: '2111 3333' };
    const res = await call('POST', '/api/companies', { token: hk, body, headers: { 'Accept-Language': 'zh-Hans' } });
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem).toMatchObject({ category: 'validation_failed', detail: expect.stringMatching(/^\d 个字段不正确/) });
    const byField = Object.fromEntries(problem.errors.map((e: { field: string }) => [e.field, e]));
    expect(byField.emergencyPhone).toEqual({
      field: 'emergencyPhone',
      code: 'phone_country_code',
      message: '必须以 + 及国家或地区代码开头（+86、+852、+853）：否则从其他地区无法拨通',
    });
    // A rule of the registry's own, past the schema: the IMO company number's check digit.
    const digit = await call('POST', '/api/companies', {
      token: hk,
      body: { ...hongKongCompany(), imoCompanyNumber: '5812344' },
      headers: { 'Accept-Language': 'zh-HK' },
    });
    expect(await json(digit)).toMatchObject({
      code: 'company_invalid',
      detail: '公司資料不符合登記冊規則',
      errors: [{ field: 'imoCompanyNumber', code: 'check_digit', params: { expected: '3', found: '4' }, message: '校驗碼應為 3，而非 4' }],
    });
  });
});

describe('a refusal on the pages', () => {
  it('is said in Chinese on a Chinese page, Back after issuing included', async () => {
    const reg = await setup();
    const plan = await reg.planOf('477101500');
    const cookie = `${await reg.sessionFor('registrar', { agency: 'HK', name: '陳大文' })}; sar_lang=zh-Hant`;
    expect(
      (await reg.call('POST', `/api/plans/${plan.id}/draft`, { token: reg.hk, headers: { 'If-Match': await reg.etag(`/api/plans/${plan.id}`) } })).status,
    ).toBe(201);
    const check = await (await reg.app.request(`/plans/${plan.id}/issue`, { headers: { Cookie: cookie } })).text();
    const version = /name="version" value="(\d+)"/.exec(check)![1]!;
    const issue = () =>
      reg.app.request(`/plans/${plan.id}/issue`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, Origin: 'http://localhost' },
        body: new URLSearchParams({ version, change: 'minor', summary: '更新聯絡電話 Contact numbers updated' }).toString(),
      });
    expect((await issue()).status).toBe(303);
    // Back to the check page, now that the draft is issued, and the form sent again from it: both land
    // on the revision issued, said in Chinese, never on a refusal.
    const back = await reg.app.request(`/plans/${plan.id}/issue`, { headers: { Cookie: cookie } });
    expect(back.status).toBe(303);
    const resent = await issue();
    expect(resent.status).toBe(303);
    for (const landed of [back, resent]) {
      const text = await (await reg.app.request(landed.headers.get('location')!, { headers: { Cookie: cookie } })).text();
      expect(text).toMatch(/已簽發為第 2 修訂版/);
      expect(text).not.toMatch(/Issued as revision/);
    }
    // A refusal that stands is said in Chinese too: a second draft while one is open.
    const current = await (await reg.app.request(`/plans/${plan.id}`, { headers: { Cookie: cookie } })).text();
    const open = () =>
      reg.app.request(`/plans/${plan.id}/new-draft`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, Origin: 'http://localhost' },
        body: new URLSearchParams({ version: /name="version" value="(\d+)"/.exec(current)![1]! }).toString(),
      });
    expect((await open()).status).toBe(303);
    const twice = await open();
    expect(twice.status).toBe(412);
    const twiceText = await twice.text();
    expect(twiceText).toContain('此計劃在你讀取後已被更改');
    expect(twiceText).not.toMatch(/changed since you read it/);
  });
});
