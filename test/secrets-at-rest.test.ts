import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import { hongKongCompany, json, testRegistry } from './helpers.ts';
import { secretsAtRest } from './secrets-at-rest.ts';

// No secret rests in the clear: a one-time link, a signing secret, an API token, a session's cookie, a
// password or a recovery code is handed out once and kept, if at all, as a hash. The Idempotency-Key
// store, which keeps whole answers, keeps those that hold a secret without their body.

const ORIGIN = { Origin: 'http://localhost' };

async function setup() {
  const reg = await testRegistry();
  const admin = await reg.tokenFor('admin', { agency: 'HK', name: 'Wong Mei-ling' });
  const keyed = (path: string, key: string, body?: unknown) => reg.call('POST', path, { token: admin, body, headers: { 'Idempotency-Key': key } });
  return { ...reg, admin, keyed };
}

describe('an Idempotency-Key on a request that hands out a secret', () => {
  it('is answered once with the secret; a repeat is told it was shown once, naming the record, and nothing is done twice', async () => {
    const { db, keyed } = await setup();
    const person = { name: 'Chan Siu-ming 陳小明', email: 'chan.sm@mardep.example.hk', role: 'coordinator' };
    const made = await keyed('/api/people', '6f1d2c3a-person', person);
    expect(made.status).toBe(201);
    const { link, person: created } = await json(made);
    expect(link).toMatch(/\/link\/[\w-]{43}$/);
    const again = await keyed('/api/people', '6f1d2c3a-person', person);
    expect(again.status).toBe(409);
    const problem = await json(again);
    expect(problem).toMatchObject({ code: 'secret_shown_once', params: { location: `/api/people/${created.id}` } });
    expect(JSON.stringify(problem)).not.toContain(link.slice(-43));
    expect(await db.selectFrom('accounts').select('principal_id').where('email', '=', person.email).execute()).toHaveLength(1);

    // Its siblings: a reset's new link, a webhook's signing secret.
    const reset = await keyed(`/api/people/${created.id}/reset`, '6f1d2c3a-reset');
    expect(reset.status).toBe(200);
    expect((await json(await keyed(`/api/people/${created.id}/reset`, '6f1d2c3a-reset'))).code).toBe('secret_shown_once');
    const hook = await keyed('/api/webhooks', '6f1d2c3a-hook', { url: 'http://127.0.0.1:9/registry-changes' });
    expect(hook.status).toBe(201);
    const { id: hookId, secret } = await json(hook);
    const hookAgain = await json(await keyed('/api/webhooks', '6f1d2c3a-hook', { url: 'http://127.0.0.1:9/registry-changes' }));
    expect(hookAgain).toMatchObject({ code: 'secret_shown_once', params: { location: `/api/webhooks/${hookId}` } });
    expect(JSON.stringify(hookAgain)).not.toContain(secret);
    expect(await db.selectFrom('webhooks').select('id').where('removed_at', 'is', null).execute()).toHaveLength(1);

    // The store holds none of them.
    const kept = await db.selectFrom('idempotency_keys').select(['key', 'body']).execute();
    expect(kept.map((k) => k.key).sort()).toEqual(['6f1d2c3a-hook', '6f1d2c3a-person', '6f1d2c3a-reset']);
    for (const k of kept) expect(k.body ? Buffer.from(k.body).byteLength : 0).toBe(0);
  });

  it('still replays an answer that holds no secret, and does not keep a malformed request’s 400', async () => {
    const reg = await setup();
    const registrar = await reg.tokenFor('registrar', { agency: 'HK' });
    const post = (body: unknown) => reg.call('POST', '/api/companies', { token: registrar, body, headers: { 'Idempotency-Key': 'c0ffee-company-1' } });
    // Malformed (no Chinese name): refused, and the key left free.
    const bad = await post({ ...hongKongCompany(), nameZh: '' });
    expect(bad.status).toBe(400);
    const badAgain = await post({ ...hongKongCompany(), nameZh: '' });
    expect(badAgain.status).toBe(400);
    expect(badAgain.headers.get('idempotent-replayed')).toBeNull();
    // Corrected under the same key: carried out (not "key reused"), then replayed.
    const made = await post(hongKongCompany());
    expect(made.status).toBe(201);
    const replayed = await post(hongKongCompany());
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(await json(replayed)).toEqual(await json(made));
  });
});

describe('the registry at rest', () => {
  it('holds no link, token, cookie, password or recovery code in the clear after a day of handing them out', async () => {
    const reg = await setup();
    const handedOut: string[] = [];
    // An admin opens an account (by the API, with a key) and the person sets it up from the link.
    const made = await json(await reg.keyed('/api/people', 'day-person', { name: 'Ho Wing-sze 何詠詩', email: 'ho.ws@mardep.example.hk', role: 'registrar' }));
    handedOut.push(made.link.slice(-43));
    const linkPath = new URL(made.link).pathname;
    const linkPage = await (await reg.app.request(linkPath)).text();
    const seed = /<code>([A-Z2-7]{32})<\/code>/.exec(linkPage)![1]!;
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(seed) });
    const password = 'typhoon signal eight at lei yue mun';
    const form = (body: Record<string, string>, cookie = '') => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, ...ORIGIN },
      body: new URLSearchParams(body).toString(),
    });
    const setUp = await (
      await reg.app.request(linkPath, form({ password, confirm: password, code: totp.generate({ timestamp: reg.clock.now.getTime() }) }))
    ).text();
    const recovery = [...setUp.matchAll(/<code>([0-9a-f]{4}(?:-[0-9a-f]{4}){3})<\/code>/g)].map((m) => m[1]!);
    expect(recovery).toHaveLength(10);
    handedOut.push(...recovery, password);
    // Signs in (a session cookie), and makes a personal token.
    reg.clock.now = new Date(reg.clock.now.getTime() + 30_000);
    const signedIn = await reg.app.request(
      '/signin',
      form({ email: 'ho.ws@mardep.example.hk', password, code: totp.generate({ timestamp: reg.clock.now.getTime() }), next: '/account' }),
    );
    const cookie = /sar_session=[\w-]+/.exec(signedIn.headers.get('set-cookie') ?? '')![0];
    handedOut.push(cookie.slice('sar_session='.length));
    const tokenPage = await (await reg.app.request('/account/tokens', form({ name: 'Duty dashboard', days: '30', scope: 'read' }, cookie))).text();
    const token = /sar_[\w-]{43}/.exec(tokenPage)![0];
    handedOut.push(token);
    // A webhook's secret is kept by design (it signs every delivery); the rest must not be anywhere.
    await reg.keyed('/api/webhooks', 'day-hook', { url: 'http://127.0.0.1:9/registry-changes' });
    expect(await secretsAtRest(reg.db)).toEqual([]);
    const everything = JSON.stringify(
      await Promise.all(
        ['idempotency_keys', 'audit_events', 'sessions', 'tokens', 'account_links', 'accounts'].map((t) =>
          reg.db
            .selectFrom(t as 'tokens')
            .selectAll()
            .execute(),
        ),
      ),
    );
    for (const secret of handedOut) expect(everything).not.toContain(secret);
  });

  it('is looked through so that a secret left in any table is found', async () => {
    const reg = await setup();
    const made = await json(
      await reg.call('POST', '/api/people', { token: reg.admin, body: { name: 'Lam Ka-yan 林家欣', email: 'lam.ky@mardep.example.hk', role: 'coordinator' } }),
    );
    // As the idempotency store once did: the answer with its link, kept.
    await reg.db
      .insertInto('idempotency_keys')
      .values({
        owner: 'token 1',
        key: 'planted',
        request_hash: 'x',
        state: 'done',
        status: 201,
        headers: '{}',
        body: new TextEncoder().encode(JSON.stringify(made)),
        created_at: reg.clock.now.toISOString(),
      })
      .execute();
    const found = await secretsAtRest(reg.db);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^idempotency_keys\.body: /);
    await reg.db.deleteFrom('idempotency_keys').execute();
  });
});
