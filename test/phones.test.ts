import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemFor } from '../src/errors.ts';
import { phone } from '../src/schemas/fields.ts';
import { fieldProblems } from '../src/schemas/problems.ts';
import { saidProblems, demoIds, hongKongCompany, json, registryState, testRegistry } from './helpers.ts';

// Telephone numbers are kept in full international form, checked against each country's numbering plan
// (libphonenumber-js), so that a coordinator in any of the three areas can dial them.
const parse = (s: string) => z.object({ n: phone }).safeParse({ n: s });
const kept = (s: string) => {
  const r = parse(s);
  return r.success
    ? r.data.n
    : fieldProblems(r.error)
        .map((p) => problemFor('en', p).message)
        .join('; ');
};

describe('a telephone number', () => {
  it.each([
    ['+852 2233 7999', '+852 2233 7999', 'Hong Kong, a fixed line (MRCC Hong Kong)'],
    ['+85291234567', '+852 9123 4567', 'Hong Kong, a mobile, typed without spaces'],
    ['+853 2872 6766', '+853 2872 6766', 'Macao, a fixed line'],
    ['+853-6600-1001', '+853 6600 1001', 'Macao, a mobile with hyphens'],
    ['+86 755 2669 1000', '+86 755 2669 1000', 'Shenzhen, a fixed line'],
    ['+86 20 8322 6000', '+86 20 8322 6000', 'Guangzhou, a fixed line'],
    ['+86 13900000101', '+86 139 0000 0101', 'mainland China, a mobile'],
  ])('%s is kept as %s (%s)', (typed, stored) => {
    expect(kept(typed)).toBe(stored);
  });

  it.each([
    ['2111 3333', 'must start with + and the country code'],
    ['12395', 'must start with + and the country code'],
    ['+852 1234 5678', 'is not a valid telephone number for +852'],
    ['+853 1234', 'is not a valid telephone number for +853'],
    ['+86 755 123', 'is not a valid telephone number for +86'],
    ['call us', 'may contain only +, digits, spaces, hyphens and parentheses'],
  ])('%s is refused: %s', (typed, reason) => {
    expect(kept(typed)).toContain(reason);
  });
});

describe('a number without its country code', () => {
  it('is refused for a company, naming the field, and nothing changes', async () => {
    const { call, tokenFor, db } = await testRegistry();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const before = await registryState(db);
    const res = await call('POST', '/api/companies', { token: hk, body: hongKongCompany({ emergencyPhone: '2111 3333' }) });
    expect(res.status).toBe(400);
    expect(saidProblems((await json(res)).errors)).toEqual([
      { field: 'emergencyPhone', message: expect.stringContaining('must start with + and the country code') },
    ]);
    expect(await registryState(db)).toEqual(before);
  });
});

describe("an RCC's numbers", () => {
  it('keep a domestic short number beside the full 24-hour number, never instead of it', async () => {
    const { call, tokenFor } = await testRegistry();
    const gd = await tokenFor('registrar', { agency: 'GD' });
    const read = await call('GET', '/api/agencies/GD', { token: gd });
    const rcc = (await json(read)).rcc;
    expect(rcc).toMatchObject({ phone24h: '+86 20 8322 6000', shortNumber: '12395' });
    const instead = await call('PUT', '/api/agencies/GD/rcc', {
      token: gd,
      body: { ...rcc, phone24h: '12395' },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    expect(instead.status).toBe(400);
    expect(saidProblems((await json(instead)).errors)).toEqual([
      { field: 'phone24h', message: expect.stringContaining('must start with + and the country code') },
    ]);
    // A public emergency number of any of the three areas (or of mobiles) reaches police, fire or ambulance, never the RCC.
    for (const shortNumber of ['999', '110', '112', '119', '120', '911']) {
      const res = await call('PUT', '/api/agencies/GD/rcc', {
        token: gd,
        body: { ...rcc, shortNumber },
        headers: { 'If-Match': read.headers.get('etag')!, 'Accept-Language': 'zh-Hans' },
      });
      expect(res.status).toBe(400);
      expect(saidProblems((await json(res)).errors)).toEqual([
        { field: 'shortNumber', message: '是公众紧急电话（报警、消防、急救），拨打不会接通搜救协调中心' },
      ]);
    }
    expect((await json(await call('GET', '/api/agencies/GD', { token: gd }))).rcc.shortNumber).toBe('12395');

    // Every coordinator's card shows all three centres: the full number, and the short one marked as such.
    const coordinator = await tokenFor('coordinator', { agency: 'MO' });
    const card = (await json(await call('GET', '/api/lookup?q=413800100', { token: coordinator }))).items[0];
    expect(card.centres[0]).toMatchObject({ code: 'GD', phone24h: '+86 20 8322 6000', shortNumber: '12395' });
  });
});

describe('migration 0007', () => {
  it('moves a short number an RCC block held as its 24-hour number beside it, leaving the full number to supply', async () => {
    const { Migrator, sql } = await import('kysely');
    const { migrations } = await import('../db/migrations/index.ts');
    const { openDatabase } = await import('../src/store/database.ts');
    const db = openDatabase(':memory:');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0006_audit_chain')).error).toBeUndefined();
    const rcc = (phone24h: string) =>
      JSON.stringify({
        nameZh: null,
        nameEn: null,
        sarRegionZh: null,
        sarRegionEn: null,
        phone24h,
        fax: null,
        email: null,
        vhfChannels: [],
        dscMmsi: null,
        coordinationProcedureZh: null,
        coordinationProcedureEn: null,
      });
    await sql`insert into agencies (code, name_zh, name_en, rcc, facilities) values ('GD', '廣東', 'Guangdong', ${rcc('12395')}, '{"rescueUnits":[],"hospitals":[]}'), ('HK', '香港', 'Hong Kong', ${rcc('+852 2233 7999')}, '{"rescueUnits":[],"hospitals":[]}')`.execute(
      db,
    );
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await sql<{ code: string; rcc: string }>`select code, rcc from agencies order by code`.execute(db);
    expect(rows.rows.map((r) => [r.code, JSON.parse(r.rcc).phone24h, JSON.parse(r.rcc).shortNumber])).toEqual([
      ['GD', null, '12395'],
      ['HK', '+852 2233 7999', null],
    ]);
    await db.destroy();
  });
});

describe('each agency’s own blocks', () => {
  it('are written in its own script, and every hospital has a number to call', async () => {
    const { call, tokenFor } = await testRegistry();
    const { toSimplified } = await import('../src/script.ts');
    const gd = await tokenFor('registrar', { agency: 'GD' });
    for (const code of ['GD', 'HK', 'MO']) {
      const agency = await json(await call('GET', `/api/agencies/${code}`, { token: gd }));
      const chinese = [
        agency.rcc.nameZh,
        agency.rcc.sarRegionZh,
        agency.rcc.coordinationProcedureZh,
        ...agency.facilities.hospitals.map((h: { nameZh: string }) => h.nameZh),
      ];
      // Guangdong writes Simplified: nothing it wrote changes when folded to Simplified. Hong Kong and Macao write Traditional.
      if (code === 'GD') for (const text of chinese) expect(toSimplified(text), text).toBe(text);
      else expect(chinese.some((text) => toSimplified(text) !== text)).toBe(true);
      expect(agency.facilities.hospitals.length).toBeGreaterThan(0);
      for (const h of agency.facilities.hospitals) expect(h.phone, h.nameEn).toMatch(/^\+(86|852|853) \d/);
    }
  });

  it('refuse to issue while a hospital has no telephone, naming the hospital, and link the registrar to it', async () => {
    const reg = await testRegistry();
    const { call, tokenFor, db } = reg;
    const mo = await tokenFor('registrar', { agency: 'MO' });
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const macao = await call('GET', '/api/agencies/MO', { token: mo });
    const facilities = (await json(macao)).facilities;
    const blanked = { ...facilities, hospitals: facilities.hospitals.map((h: object, i: number) => (i === 1 ? { ...h, phone: null } : h)) };
    expect((await call('PUT', '/api/agencies/MO/facilities', { token: mo, body: blanked, headers: { 'If-Match': macao.headers.get('etag')! } })).status).toBe(
      200,
    );
    const open = await json(await call('POST', '/api/plans', { token: hk, body: { vesselId: (await demoIds(db)).vesselId('477202300') } }));
    const issue = async (lang: string) =>
      call('POST', `/api/plans/${open.id}/issue`, {
        token: hk,
        body: { summary: 'First issue' },
        headers: { 'If-Match': (await call('GET', `/api/plans/${open.id}`, { token: hk })).headers.get('etag')!, 'Accept-Language': lang },
      });
    const refused = await issue('en');
    expect(refused.status).toBe(422);
    expect(saidProblems((await json(refused)).errors)).toContainEqual({
      field: 'agencies.MO.facilities.hospitals.1.phone',
      message: 'Module 4: Macao: the telephone of 鏡湖醫院 Kiang Wu Hospital is missing',
    });
    expect(saidProblems((await json(await issue('zh-Hans'))).errors)).toContainEqual({
      field: 'agencies.MO.facilities.hospitals.1.phone',
      message: expect.stringContaining('模块四：澳门：鏡湖醫院 Kiang Wu Hospital的电话'),
    });
    // Macao's registrar, on the readiness page, is sent to the very row.
    const cookie = `${await reg.sessionFor('registrar', { agency: 'MO' })}; sar_lang=en`;
    const moPlan = (await db.selectFrom('plans').select('id').where('home_agency', '=', 'MO').where('withdrawn_on', 'is', null).executeTakeFirstOrThrow()).id;
    await call('POST', `/api/plans/${moPlan}/draft`, {
      token: mo,
      headers: { 'If-Match': (await call('GET', `/api/plans/${moPlan}`, { token: mo })).headers.get('etag')! },
    });
    const page = await (await reg.app.request(`/plans/${moPlan}/issue`, { headers: { Cookie: cookie } })).text();
    expect(page).toMatch(/<strong>[^<]*: 鏡湖醫院 Kiang Wu Hospital<\/strong> <a href="\/agency#f-hospitals-1-phone">/);
  });
});
