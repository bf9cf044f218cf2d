import { describe, expect, it } from 'vitest';
import { demoIds, hongKongVessel, testRegistry } from './helpers.ts';

// The pages' rules without a browser: sessions, language, forgery protection, who sees what.
async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const origin = 'http://localhost';
  const signIn = async (token: string) => {
    const res = await reg.app.request('/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
      body: new URLSearchParams({ token, next: '/search' }).toString(),
    });
    return { res, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
  };
  const get = (path: string, cookie = '') => reg.app.request(path, { headers: { Cookie: cookie } });
  const post = (path: string, cookie: string, form: Record<string, string>, headers: Record<string, string> = { Origin: origin }) =>
    reg.app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, ...headers }, body: new URLSearchParams(form).toString() });
  return { ...reg, ids, signIn, get, post };
}

describe('signing in', () => {
  it('keeps the token in an HttpOnly, SameSite cookie and sends the user where they were going', async () => {
    const { signIn, tokenFor } = await setup();
    const { res } = await signIn(await tokenFor('coordinator', { agency: 'GD' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/search');
    expect(res.headers.get('set-cookie')).toMatch(/^sar_session=sar_[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  it('refuses a wrong token and asks again', async () => {
    const { signIn } = await setup();
    const { res } = await signIn('sar_wrong');
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('權杖無效或已撤銷');
  });

  it('sends a visitor without a session to sign in', async () => {
    const { get } = await setup();
    const res = await get('/plans');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/signin?next=%2Fplans');
  });

  it('does not let the page cookie authorise the API', async () => {
    const { signIn, tokenFor, get } = await setup();
    const { cookie } = await signIn(await tokenFor('admin'));
    expect((await get('/api/agencies', cookie)).status).toBe(401);
  });
});

describe('pages', () => {
  it('switch language on request and remember it', async () => {
    const { signIn, tokenFor, get } = await setup();
    const { cookie } = await signIn(await tokenFor('coordinator', { agency: 'HK' }));
    const en = await get('/search?lang=en', cookie);
    expect(await en.text()).toContain('<html lang="en">');
    const remembered = en.headers.get('set-cookie')!.split(';')[0]!;
    const later = await get('/search', `${cookie}; ${remembered}`);
    expect(await later.text()).toContain('Find a ship');
    expect(await (await get('/search', cookie)).text()).toContain('<html lang="zh-Hant">');
  });

  it('send security headers', async () => {
    const { get } = await setup();
    const res = await get('/signin');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuse a form posted from another site, changing nothing', async () => {
    const { signIn, tokenFor, post, db, ids } = await setup();
    const { cookie } = await signIn(await tokenFor('registrar', { agency: 'HK' }));
    const vessel = ids.vesselId('477202300');
    const res = await post(`/ships/${vessel}/plan`, cookie, {}, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await db.selectFrom('plans').select('id').where('vessel_id', '=', vessel).execute()).toEqual([]);
  });

  it("show an operator its own ships and not another company's plan", async () => {
    const { signIn, tokenFor, get, ids, db } = await setup();
    const { cookie } = await signIn(await tokenFor('operator', { companyId: ids.companyId('Ho Kong High Speed Ferries Limited') }));
    const home = await (await get('/company', cookie)).text();
    expect(home).toContain('澳門之星');
    expect(home).not.toContain('金龍飛翼');
    const other = (await db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477101500')).executeTakeFirstOrThrow()).id;
    expect((await get(`/plans/${other}`, cookie)).status).toBe(403);
    expect((await get(`/plans/${other}/revisions/1/copies/4.pdf`, cookie)).status).toBe(403);
  });

  it("let only the home agency's registrars change a ship from its page", async () => {
    const { signIn, tokenFor, post, get, ids } = await setup();
    const { cookie } = await signIn(await tokenFor('registrar', { agency: 'GD' }));
    const vessel = ids.vesselId('477101500');
    expect((await get(`/ships/${vessel}/edit`, cookie)).status).toBe(403);
    expect((await post(`/ships/${vessel}/edit`, cookie, { version: '1', nameEn: 'Hijacked' })).status).toBe(403);
  });

  it("refuse another company's ship to an operator with the API's status, in a whole page", async () => {
    const { signIn, tokenFor, get, ids } = await setup();
    const { cookie } = await signIn(await tokenFor('operator', { companyId: ids.companyId('Ho Kong High Speed Ferries Limited') }));
    const other = await get(`/ships/${ids.vesselId('477101500')}`, cookie);
    expect(other.status).toBe(403);
    const own = await get(`/ships/${ids.vesselId('453300100')}`, cookie);
    expect(own.status).toBe(200);
    for (const res of [other, own]) expect(await res.text()).toMatch(/^<!doctype html><html lang="zh-Hant">/);
  });

  it("show what a ship's EPIRB ID decodes to on its page", async () => {
    const { signIn, tokenFor, get, ids } = await setup();
    const { cookie } = await signIn(await tokenFor('coordinator', { agency: 'GD' }));
    const html = await (await get(`/ships/${ids.vesselId('477101500')}?lang=en`, cookie)).text();
    expect(html).toContain('3BA4318F80FFBFF (country code 477, standard location protocol, EPIRB with MMSI, MMSI 477101500)');
  });

  it('page through long lists instead of stopping at a cap', async () => {
    const { signIn, tokenFor, get, call, ids } = await setup();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    for (let i = 0; i < 101; i++) {
      const res = await call('POST', '/api/vessels', { token: hk, body: hongKongVessel(company, { nameEn: `Fleet Runner ${String(i).padStart(3, '0')}` }) });
      expect(res.status).toBe(201);
    }
    const { cookie } = await signIn(hk);
    const first = await (await get('/ships?lang=en', cookie)).text();
    const next = /<a href="([^"]+)" rel="next">Next page<\/a>/.exec(first)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toMatch(/^\/ships\?cursor=\d+$/);
    const second = await (await get(next!, cookie)).text();
    const names = (html: string) => [...html.matchAll(/Fleet Runner (\d{3})/g)].map((m) => m[1]);
    expect(names(first).length + names(second).length).toBe(101);
    expect(names(second)).toContain('100');
    expect(second).not.toContain('rel="next"');
  });

  it('let the home registrar record a planned exercise as held and set the plan\'s own interval and script', async () => {
    const { signIn, tokenFor, post, get, ids, db } = await setup();
    const { cookie } = await signIn(await tokenFor('registrar', { agency: 'MO' }));
    const plan = (await db.selectFrom('plans').select(['id', 'version']).where('vessel_id', '=', ids.vesselId('453300200')).executeTakeFirstOrThrow());
    const planned = await db.selectFrom('exercises').select(['id', 'date']).where('plan_id', '=', plan.id).where('state', '=', 'planned').executeTakeFirstOrThrow();
    const page = await (await get(`/plans/${plan.id}?lang=en`, cookie)).text();
    expect(page).toContain(`action="/plans/${plan.id}/exercises/${planned.id}/held"`);

    // Not in the future: refused beside the field, nothing changed.
    const future = await post(`/plans/${plan.id}/exercises/${planned.id}/held?lang=en`, cookie, { date: '2026-04-01' });
    expect(future.status).toBe(400);
    expect(await future.text()).toContain('a held exercise is on or before today (2026-03-02)');
    const held = await post(`/plans/${plan.id}/exercises/${planned.id}/held`, cookie, { date: '2026-03-01' });
    expect(held.status).toBe(303);
    expect(await db.selectFrom('exercises').select(['state', 'date']).where('id', '=', planned.id).executeTakeFirstOrThrow()).toEqual({ state: 'held', date: '2026-03-01' });

    const version = String((await db.selectFrom('plans').select('version').where('id', '=', plan.id).executeTakeFirstOrThrow()).version);
    const bad = await post(`/plans/${plan.id}/settings?lang=en`, cookie, { version, documentScript: '', exerciseIntervalMonths: '0' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('must be at least 1 month');
    const saved = await post(`/plans/${plan.id}/settings`, cookie, { version, documentScript: 'hans', exerciseIntervalMonths: '6' });
    expect(saved.status).toBe(303);
    expect(await db.selectFrom('plans').select(['document_script', 'exercise_interval_months']).where('id', '=', plan.id).executeTakeFirstOrThrow()).toEqual({ document_script: 'hans', exercise_interval_months: 6 });
  });

  it('show form errors beside the fields and keep what was typed', async () => {
    const { signIn, tokenFor, post } = await setup();
    const { cookie } = await signIn(await tokenFor('registrar', { agency: 'HK' }));
    const res = await post('/companies?lang=en', cookie, { nameZh: '測試', nameEn: 'Test Ferries', emergencyPhone: 'call us' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<label class="field-error" for="f-emergencyPhone">.*may contain only \+, digits/s);
    expect(html).toContain('value="Test Ferries"');
  });
});

describe('the API reference', () => {
  it('is served with its own assets, so it works with no internet', async () => {
    const { get } = await setup();
    const page = await (await get('/docs')).text();
    const scripts = [...page.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual(['/docs/assets/swagger-ui-bundle.js', '/docs/assets/swagger-ui-standalone-preset.js', '/docs/init.js']);
    for (const src of scripts) {
      const res = await get(src);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
    }
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('documents every route from the same schemas that validate them', async () => {
    const { get } = await setup();
    const doc = await (await get('/openapi.json')).json() as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, { example?: unknown; description?: string }> }> } };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/vessels', '/api/plans/{id}/issue', '/api/lookup', '/api/verify', '/api/plans/{id}/revisions/{rev}/copies/{n}']) expect(doc.paths).toHaveProperty([path]);
    expect(doc.components.schemas.VesselInput!.properties!.mmsi).toMatchObject({ example: '477101500' });
  });
});
