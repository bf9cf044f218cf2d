import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { hashSecret, mintSecret, secretHint } from '../src/domain/access.ts';
import { silentLogger } from '../src/logger.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { sharedRegistry } from './engine.ts';
import { saidProblems, demoIds, hongKongCompany, json, registryState, serveRegistry, testRegistry } from './helpers.ts';

// The holes found when the registry was attacked (issue 14's list), each reproduced and refused.
async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const hk = await reg.tokenFor('registrar', { agency: 'HK', name: 'HK registrar' });
  return { ...reg, ids, hk };
}

describe('after signing in', () => {
  it.each([
    ['/\\evil.example', 'a backslash browsers read as a second slash'],
    ['/\t/evil.example', 'a tab browsers drop'],
    ['//evil.example/plans', 'a scheme-relative address'],
    ['https://evil.example/', 'another site'],
  ])('only a path on this site is followed, never %j (%s)', async (next) => {
    const { app, personWithPassword } = await setup();
    await personWithPassword('coordinator', { agency: 'HK' }, 'duty@mrcc.example.hk', 'lantau channel watch');
    const res = await app.request('/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({ email: 'duty@mrcc.example.hk', password: 'lantau channel watch', next }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('a same-site path is followed', async () => {
    const { app, personWithPassword } = await setup();
    await personWithPassword('coordinator', { agency: 'HK' }, 'duty@mrcc.example.hk', 'lantau channel watch');
    const res = await app.request('/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({ email: 'duty@mrcc.example.hk', password: 'lantau channel watch', next: '/plans?area=HK' }).toString(),
    });
    expect(res.headers.get('location')).toBe('/plans?area=HK');
  });
});

describe('page forms', () => {
  it('refuse a body far larger than any form from its Content-Length, before reading it (413)', async () => {
    const { app } = await setup();
    const res = await app.request('/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'Content-Length': String(256 * 1024 * 1024) },
      body: 'token=x',
    });
    expect(res.status).toBe(413);
  });

  it('answer a malformed multipart body with 400, not a server error', async () => {
    const { app, db } = await setup();
    const before = await registryState(db);
    const res = await app.request('/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=----x', Origin: 'http://localhost' },
      body: '------x\r\nContent-Disposition: form-data; name="token"\r\n\r\nabc',
    });
    expect(res.status).toBe(400);
    expect(await registryState(db)).toEqual(before);
  });
});

describe('JSON bodies', () => {
  it('with a lone surrogate are refused (400) and change nothing', async () => {
    const { call, hk, db } = await setup();
    const before = await registryState(db);
    const body = JSON.stringify(hongKongCompany({ nameEn: 'Harbour Ferries' })).replace('Harbour Ferries', 'Harbour \\ud800Ferries');
    const res = await call('POST', '/api/companies', { token: hk, raw: body, headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await json(res)).detail).toMatch(/lone surrogate/);
    expect(await registryState(db)).toEqual(before);
  });

  it('count their nesting outside strings: brackets typed in a text are only text', async () => {
    const { call, hk } = await setup();
    const body = hongKongCompany({ nameEn: 'Bracket Ferries Limited', addressEn: `Unit ${'[{'.repeat(40)} ${'}]'.repeat(40)}, Shun Tak Centre` });
    const res = await call('POST', '/api/companies', { token: hk, body });
    expect(res.status).toBe(201);
    expect((await json(res)).addressEn).toContain('[{[{');
  });

  it('that are not UTF-8 are refused (400), not silently replaced', async () => {
    const { call, hk, db } = await setup();
    const before = await registryState(db);
    const text = Buffer.from(JSON.stringify(hongKongCompany({ nameEn: 'Harbour Ferries' })), 'utf8');
    const broken = Buffer.concat([text.subarray(0, 20), Buffer.from([0xc3, 0x28]), text.subarray(20)]);
    const res = await call('POST', '/api/companies', { token: hk, raw: new Uint8Array(broken), headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await json(res)).detail).toBe('The body is not valid UTF-8');
    expect(await registryState(db)).toEqual(before);
  });

  it.each([
    ['a right-to-left override', '\u202E'],
    ['a first-strong isolate', '\u2068'],
    ['a zero-width space', '\u200B'],
    ['a byte-order mark', '\uFEFF'],
  ])('refuse %s in a printed free-text field', async (_what, char) => {
    const { call, hk, db } = await setup();
    const before = await registryState(db);
    const res = await call('POST', '/api/companies', { token: hk, body: hongKongCompany({ addressEn: `38 Connaught Place${char}, Central` }) });
    expect(res.status).toBe(400);
    expect(saidProblems((await json(res)).errors)).toEqual([{ field: 'addressEn', message: expect.stringContaining('invisible formatting characters') }]);
    expect(await registryState(db)).toEqual(before);
  });
});

describe('If-Match', () => {
  it('uses the strong comparison: a weak validator is 412 and changes nothing', async () => {
    const { call, hk, ids, db } = await setup();
    const id = ids.vesselId('477101500');
    const etag = (await call('GET', `/api/vessels/${id}`, { token: hk })).headers.get('etag')!;
    const before = await registryState(db);
    const weak = await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { crew: 13 }, headers: { 'If-Match': `W/${etag}` } });
    expect(weak.status).toBe(412);
    expect(await registryState(db)).toEqual(before);
    expect((await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { crew: 13 }, headers: { 'If-Match': etag } })).status).toBe(200);
  });
});

describe('a busy database', () => {
  it('(another process holding the write lock) is a 503 with Retry-After, and the request changed nothing', async () => {
    // The registry, waiting only briefly on a busy database, and a second connection (a second server or the CLI).
    const shared = await sharedRegistry();
    const registry = shared.open({ busyTimeoutMs: 50 });
    const other = shared.open();
    const app = createApp({ db: registry, logger: silentLogger, now: () => new Date('2026-03-02T09:00:00Z') });
    const token = mintSecret();
    const principal = await createPrincipal(registry, { name: 'HK registrar', role: 'registrar', agency: 'HK', companyId: null });
    await addToken(registry, principal.id, hashSecret(token), secretHint(token));
    const before = await registryState(registry);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holds!: () => void;
    const holdingNow = new Promise<void>((resolve) => (holds = resolve));
    const holding = other.transaction().execute(async (trx) => {
      await sql`update agencies set updated_at = updated_at where code = 'HK'`.execute(trx);
      holds();
      await held;
    });
    // The request comes while the other writer holds the lock, not before it has it.
    await holdingNow;
    try {
      const res = await app.request('/api/companies', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(hongKongCompany()),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(await res.json()).toMatchObject({ code: 'registry_busy', category: 'unavailable' });
    } finally {
      release();
      await holding;
    }
    expect(await registryState(registry)).toEqual(before);
    await other.destroy();
    await registry.destroy();
    shared.remove();
  });
});

describe('the request id', () => {
  it("is the server's own, so two events can never share a forged one; the client's is echoed apart", async () => {
    const { call, hk, db } = await setup();
    const forged = 'req-0000';
    const first = await call('POST', '/api/companies', {
      token: hk,
      body: hongKongCompany({ nameEn: 'First Ferries Limited' }),
      headers: { 'X-Request-Id': forged },
    });
    const second = await call('POST', '/api/companies', {
      token: hk,
      body: hongKongCompany({ nameEn: 'Second Ferries Limited' }),
      headers: { 'X-Request-Id': forged },
    });
    expect([first.status, second.status]).toEqual([201, 201]);
    for (const res of [first, second]) expect(res.headers.get('x-client-request-id')).toBe(forged);
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    expect(ids[0]).not.toBe(ids[1]);
    const stored = await db.selectFrom('audit_events').select('request_id').where('action', '=', 'company.create').orderBy('id', 'desc').limit(2).execute();
    expect(stored.map((r) => r.request_id).sort()).toEqual([...ids].sort());
    expect(stored.map((r) => r.request_id)).not.toContain(forged);
  });
});

describe("the lookup's answer, made with its headers at once", () => {
  it("carries every header an ordinary answer does, over HTTP: the security set, no-store, its own request id, the client's echoed, its exact length", async () => {
    const { reg, base, close } = await serveRegistry();
    try {
      const coordinator = await reg.tokenFor('coordinator', { agency: 'MO', name: 'Duty coordinator' });
      const get = (path: string) => fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${coordinator}`, 'X-Request-Id': 'mo-duty-0412' } });
      const ordinary = await get('/api/agencies');
      const lookups = await Promise.all(['澳门', '澳門之星', 'Macau Star', '9319466', 'VRJF7'].map((q) => get(`/api/lookup?q=${encodeURIComponent(q)}`)));
      expect(ordinary.status).toBe(200);
      // Each answer's own: its length and type, its id, and the budget it drew from (lookups have their own).
      const own = new Set(['content-length', 'content-type', 'date', 'etag', 'x-request-id', 'connection', 'keep-alive', 'ratelimit', 'ratelimit-policy']);
      const shared = [...ordinary.headers].filter(([name]) => !own.has(name));
      expect(shared.map(([name]) => name)).toEqual(
        expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'cache-control', 'x-client-request-id']),
      );
      const ids = new Set<string>();
      for (const lookup of lookups) {
        expect(lookup.status).toBe(200);
        for (const [name, value] of shared) expect([name, lookup.headers.get(name)]).toEqual([name, value]);
        expect(lookup.headers.get('content-type')).toBe('application/json');
        expect(lookup.headers.get('ratelimit-policy')).toMatch(/^"lookup";q=\d+;w=60$/);
        expect(lookup.headers.get('ratelimit')).toMatch(/^"lookup";r=\d+;t=\d+$/);
        const body = new Uint8Array(await lookup.arrayBuffer());
        expect(Number(lookup.headers.get('content-length'))).toBe(body.byteLength);
        expect(JSON.parse(new TextDecoder().decode(body)).items.length).toBeGreaterThan(0);
        ids.add(lookup.headers.get('x-request-id')!);
      }
      expect(ids.size).toBe(lookups.length);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      close();
    }
  });
});
