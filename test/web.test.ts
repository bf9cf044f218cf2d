import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../src/words/index.ts';
import * as OTPAuth from 'otpauth';
import { createApp } from '../src/app.ts';
import { webRoutes } from '../src/web/index.tsx';
import { hashSecret, mintSecret, secretHint } from '../src/domain/access.ts';
import { silentLogger } from '../src/logger.ts';
import { createFirstAdmin } from '../src/services/accounts.ts';
import { registerVessel } from '../src/services/registry.ts';
import { addToken } from '../src/store/principals.ts';
import { PORTS } from '../src/reference/ports.ts';
import { nameIn } from '../src/web/i18n.ts';
import { restarted, secondInstance } from './engine.ts';
import { saidProblems, demoIds, hongKongVessel, json, registryState, testRegistry } from './helpers.ts';

// The pages' rules without a browser: sessions, language, forgery protection, who sees what.
async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const origin = 'http://localhost';
  const get = (path: string, cookie = '') => reg.app.request(path, { headers: { Cookie: cookie } });
  const post = (path: string, cookie: string, form: Record<string, string>, headers: Record<string, string> = { Origin: origin }) =>
    reg.app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, ...headers },
      body: new URLSearchParams(form).toString(),
    });
  return { ...reg, ids, get, post };
}

type Reg = Awaited<ReturnType<typeof setup>>;
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

/** Sets up an account from its one-time link as its person would: password, and the code of the scanned secret. */
async function setUpFromLink(reg: Reg, link: string, password: string, withCode = true) {
  const page = await (await reg.get(link)).text();
  const secret = /<code>([A-Z2-7]{32})<\/code>/.exec(page)![1]!;
  const code = withCode ? new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: reg.clock.now.getTime() }) : '';
  const res = await reg.post(link, '', { password, confirm: password, code });
  return { res, secret, html: await res.text() };
}

const codeFor = (reg: Reg, secret: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: reg.clock.now.getTime() });
const signInForm = (reg: Reg, email: string, password: string, code = '', next = '/search') => reg.post('/signin', '', { email, password, code, next });

describe('people and sign-in', () => {
  it("an agency's first admin is made on the command line, sets a password and a second factor, signs in, sees and ends sessions", async () => {
    const reg = await setup();
    const made = await createFirstAdmin(reg.db, { agency: 'HK', name: 'Wong Mei-ling', email: 'Wong.MeiLing@mardep.example.hk' }, reg.clock.now);
    expect(made.link).toMatch(/^\/link\/[\w-]{43}$/);
    // A registrar or admin cannot go without the second factor.
    const without = await setUpFromLink(reg, made.link, 'harbour lights at midnight', false);
    expect(without.res.status).toBe(400);
    expect(without.html).toMatch(/<label class="field-error" for="f-code">/);
    const weak = await reg.post(made.link, '', { password: 'short', confirm: 'short', code: '' });
    expect(await weak.text()).toMatch(/<label class="field-error" for="f-password">[\s\S]*最少 12 個字元/);
    const { res, secret, html } = await setUpFromLink(reg, made.link, 'harbour lights at midnight');
    expect(res.status).toBe(200);
    const recovery = [...html.matchAll(/<code>([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})<\/code>/g)].map((m) => m[1]!);
    expect(recovery).toHaveLength(10);
    // The link works once.
    expect((await reg.get(made.link)).status).toBe(404);

    expect((await signInForm(reg, 'wong.meiling@mardep.example.hk', 'harbour lights at midnight')).status).toBe(401);
    // The code that set the second factor up is taken: signing in waits for the app's next one.
    reg.clock.now = new Date(reg.clock.now.getTime() + 30_000);
    const ok = await signInForm(reg, 'WONG.MEILING@mardep.example.hk', 'harbour lights at midnight', codeFor(reg, secret), '/people');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/people');
    // The cookie holds a session id, never a token, and lives no longer than a session may.
    expect(ok.headers.get('set-cookie')).toMatch(/^sar_session=(?!sar_)[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
    const first = cookieOf(ok);
    const people = await reg.get('/people', first);
    expect(people.status).toBe(200);
    expect(people.headers.get('cache-control')).toBe('no-store');

    // A recovery code stands in for the code, once.
    const second = cookieOf(await signInForm(reg, 'wong.meiling@mardep.example.hk', 'harbour lights at midnight', recovery[0]!));
    expect(second).toMatch(/^sar_session=/);
    expect((await signInForm(reg, 'wong.meiling@mardep.example.hk', 'harbour lights at midnight', recovery[0]!)).status).toBe(401);
    const account = await (await reg.get('/account?lang=en', second)).text();
    expect(account.match(/Sign this one out/g)).toHaveLength(1);
    expect(account).toContain('This device');

    // Signing out ends the session on the server: the old cookie no longer opens a page.
    expect((await reg.post('/signout', first, {})).status).toBe(303);
    expect((await reg.get('/people', first)).status).toBe(303);
    expect((await reg.get('/people', second)).status).toBe(200);
    const events = await reg.db.selectFrom('audit_events').select(['action', 'via']).where('record_type', '=', 'account').orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['account.create', 'account.password', 'session.start', 'session.start', 'session.end']);
    expect(events[2]!.via).toMatch(/^session \d+$/);
  });

  it('takes each authenticator code once: the same code again is refused, even within its 30 seconds and even when sent twice at once', async () => {
    const reg = await setup();
    const made = await createFirstAdmin(reg.db, { agency: 'MO', name: 'Leong Ka-io', email: 'leong.kaio@dsamma.example.mo' }, reg.clock.now);
    const { secret } = await setUpFromLink(reg, made.link, 'outer harbour at dawn');
    const signIn = (code: string) =>
      reg.post('/signin?lang=en', '', { email: 'leong.kaio@dsamma.example.mo', password: 'outer harbour at dawn', code, next: '/search' });
    const sessions = async () => (await reg.db.selectFrom('sessions').select('id').where('principal_id', '=', made.account.id).execute()).length;

    // The code of the enrolment, sent again to sign in within its 30 seconds.
    const replayed = await signIn(codeFor(reg, secret));
    expect(replayed.status).toBe(401);
    expect(await replayed.text()).toContain('The e-mail address, password or code is not right (each code from your authenticator app works once');
    const zh = await reg.post('/signin?lang=zh-Hans', '', {
      email: 'leong.kaio@dsamma.example.mo',
      password: 'outer harbour at dawn',
      code: codeFor(reg, secret),
      next: '/search',
    });
    expect(await zh.text()).toContain('电子邮件地址、密码或验证码不正确');
    expect(await sessions()).toBe(0);

    // The next step's code signs in once; sent twice at once, one of the two is refused.
    const step = Math.floor(reg.clock.now.getTime() / 30_000);
    const during = (n: number, second: number) => (reg.clock.now = new Date((step + n) * 30_000 + second * 1000));
    during(1, 1);
    const code = codeFor(reg, secret);
    const both = await Promise.all([signIn(code), signIn(code)]);
    // The other is refused as used, or (two failures already in the window) throttled before it is checked.
    const [first, second] = both.map((r) => r.status).sort();
    expect(first).toBe(303);
    expect([401, 429]).toContain(second);
    expect(await sessions()).toBe(1);
    // A phone a little behind shows the step before, which would be let in for a clock's sake: it is
    // older than the code taken, so refused as used.
    during(1, 5);
    const behind = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: (step + 0.5) * 30_000 });
    const older = await signIn(behind);
    expect(older.status).toBe(401);
    expect(await sessions()).toBe(1);
    during(2, 1);
    expect((await signIn(codeFor(reg, secret))).status).toBe(303);
    expect(await sessions()).toBe(2);
  });

  it("lets an admin manage only its own agency's people and companies; disabling ends the person's sessions and tokens at once", async () => {
    const reg = await setup();
    const hkAdmin = await reg.sessionFor('admin', { agency: 'HK', name: 'HK admin' });
    const made = await reg.post('/people?lang=en', hkAdmin, { name: 'Chan Siu-ming', email: 'chan.sm@mardep.example.hk', role: 'registrar', companyId: '' });
    expect(made.status).toBe(200);
    expect(await made.text()).toMatch(/Pass this one-time link to the person[\s\S]*http:\/\/localhost\/link\//);
    const hoKong = reg.ids.companyId('Ho Kong High Speed Ferries Limited');
    const macaoOperator = await reg.post('/people?lang=en', hkAdmin, {
      name: 'Lei Ka-io',
      email: 'lei@hokong.example.mo',
      role: 'operator',
      companyId: String(hoKong),
    });
    expect(macaoOperator.status).toBe(403);
    const taken = await reg.post('/people?lang=en', hkAdmin, { name: 'Someone', email: 'CHAN.SM@mardep.example.hk', role: 'coordinator', companyId: '' });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toMatch(/<label class="field-error" for="f-email">/);

    // Macao's admin sees none of Hong Kong's people and cannot touch them.
    const moAdmin = await reg.sessionFor('admin', { agency: 'MO', name: 'MO admin' });
    expect(await (await reg.get('/people', moAdmin)).text()).not.toContain('Chan Siu-ming');
    const target = (await reg.db.selectFrom('principals').select('id').where('name', '=', 'Chan Siu-ming').executeTakeFirstOrThrow()).id;
    expect((await reg.post(`/people/${target}/disable`, moAdmin, {})).status).toBe(403);
    expect((await reg.post(`/people/${target}/reset`, moAdmin, {})).status).toBe(403);
    // Registrars and coordinators manage nobody.
    expect((await reg.get('/people', await reg.sessionFor('registrar', { agency: 'HK' }))).status).toBe(403);

    const coordinatorCookie = await reg.sessionFor('coordinator', { agency: 'HK', name: 'Duty coordinator' });
    const coordinator = (await reg.db.selectFrom('principals').select('id').where('name', '=', 'Duty coordinator').executeTakeFirstOrThrow()).id;
    const token = mintSecret();
    await addToken(reg.db, coordinator, hashSecret(token), secretHint(token));
    expect((await reg.call('GET', '/api/agencies', { token })).status).toBe(200);
    expect((await reg.post(`/people/${coordinator}/disable`, hkAdmin, {})).status).toBe(200);
    expect((await reg.get('/search', coordinatorCookie)).status).toBe(303);
    expect((await reg.call('GET', '/api/agencies', { token })).status).toBe(401);
  });

  it('slows down and then locks repeated failures for one account, and audits the lock', async () => {
    const reg = await setup();
    const made = await createFirstAdmin(reg.db, { agency: 'GD', name: '李建华', email: 'li.jianhua@gdmsa.example.cn' }, reg.clock.now);
    const { secret } = await setUpFromLink(reg, made.link, 'pearl river estuary 2026');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await signInForm(reg, 'li.jianhua@gdmsa.example.cn', 'wrong password here')).status);
    // The third failure makes the next attempt wait, even with the right password.
    const early = await signInForm(reg, 'li.jianhua@gdmsa.example.cn', 'pearl river estuary 2026', codeFor(reg, secret));
    expect(statuses).toEqual([401, 401, 401]);
    expect(early.status).toBe(429);
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);
    // Waiting out each delay, the tenth failure locks the account for 15 minutes.
    for (let i = 3; i < 10; i++) {
      reg.clock.now = new Date(reg.clock.now.getTime() + 10 * 60_000);
      expect((await signInForm(reg, 'li.jianhua@gdmsa.example.cn', 'wrong password here')).status).toBe(401);
    }
    reg.clock.now = new Date(reg.clock.now.getTime() + 60_000);
    expect((await signInForm(reg, 'li.jianhua@gdmsa.example.cn', 'pearl river estuary 2026', codeFor(reg, secret))).status).toBe(429);
    const lock = await reg.db
      .selectFrom('audit_events')
      .select(['action', 'record_agency', 'after'])
      .where('action', '=', 'signin.locked')
      .executeTakeFirstOrThrow();
    expect(lock.record_agency).toBe('GD');
    expect(JSON.parse(lock.after!)).toMatchObject({ email: 'li.jianhua@gdmsa.example.cn', failures: 10 });
    // The lock is the registry's, not one server's: it holds after a restart and on another instance.
    for (const db of [restarted(reg.db), secondInstance(reg.db)]) {
      const app = createApp({ db, logger: silentLogger, now: () => reg.clock.now });
      const form = new URLSearchParams({
        email: 'li.jianhua@gdmsa.example.cn',
        password: 'pearl river estuary 2026',
        code: codeFor(reg, secret),
        next: '/search',
      });
      const res = await app.request('/signin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
        body: form.toString(),
      });
      expect(res.status).toBe(429);
      if (db !== reg.db) await db.destroy();
    }
    reg.clock.now = new Date(reg.clock.now.getTime() + 16 * 60_000);
    expect((await signInForm(reg, 'li.jianhua@gdmsa.example.cn', 'pearl river estuary 2026', codeFor(reg, secret))).status).toBe(303);
  });

  it('ends a session idle for 30 minutes, and any session 12 hours after sign-in', async () => {
    const reg = await setup();
    const cookie = await reg.sessionFor('coordinator', { agency: 'MO' });
    reg.clock.now = new Date(reg.clock.now.getTime() + 29 * 60_000);
    expect((await reg.get('/search', cookie)).status).toBe(200);
    reg.clock.now = new Date(reg.clock.now.getTime() + 31 * 60_000);
    expect((await reg.get('/search', cookie)).status).toBe(303);
    // Busy all night: a page every 25 minutes keeps it alive until 12 hours after sign-in, and no longer.
    const busy = await reg.sessionFor('coordinator', { agency: 'MO' });
    for (let minutes = 25; minutes <= 700; minutes += 25) {
      reg.clock.now = new Date(reg.clock.now.getTime() + 25 * 60_000);
      expect((await reg.get('/search', busy)).status, `after ${minutes} minutes`).toBe(200);
    }
    reg.clock.now = new Date(reg.clock.now.getTime() + 25 * 60_000);
    expect((await reg.get('/search', busy)).status).toBe(303);
  });

  it('lets a person make named, expiring API tokens no wider than their role, read-only if asked, and revoke them', async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('registrar', { agency: 'HK', name: 'Chan Tai-man' })}; sar_lang=en`;
    const make = async (form: Record<string, string>) => reg.post('/account/tokens', cookie, form);
    const tooLong = await make({ name: 'Duty system', days: '400', scope: 'full' });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toMatch(/<label class="field-error" for="f-days">[\s\S]*at most 365/);
    const secretOf = async (res: Response) => /<code class="link">(sar_[\w-]+)<\/code>/.exec(await res.text())![1]!;
    const full = await secretOf(await make({ name: 'MRCC duty system', days: '30', scope: 'full' }));
    const read = await secretOf(await make({ name: 'Wall display', days: '30', scope: 'read' }));

    const vessel = reg.ids.vesselId('477101700');
    const etag = (await reg.call('GET', `/api/vessels/${vessel}`, { token: read })).headers.get('etag')!;
    expect((await reg.call('PATCH', `/api/vessels/${vessel}`, { token: read, body: { crew: 13 }, headers: { 'If-Match': etag } })).status).toBe(403);
    const changed = await reg.call('PATCH', `/api/vessels/${vessel}`, { token: full, body: { crew: 13 }, headers: { 'If-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('cache-control')).toBe('no-store');
    // The audit names the person and the token the change came through.
    const event = await reg.db
      .selectFrom('audit_events')
      .select(['actor_name', 'via'])
      .where('action', '=', 'vessel.update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.actor_name).toBe('Chan Tai-man');
    expect(event.via).toMatch(/^token \d+$/);
    // Another agency's ship is still refused: a token acts as its person.
    const macau = reg.ids.vesselId('453300100');
    const other = (await reg.call('GET', `/api/vessels/${macau}`, { token: full })).headers.get('etag')!;
    expect((await reg.call('PATCH', `/api/vessels/${macau}`, { token: full, body: { crew: 13 }, headers: { 'If-Match': other } })).status).toBe(403);

    const listed = await (await reg.get('/account', cookie)).text();
    const readId = /action="\/account\/tokens\/(\d+)\/revoke"/.exec(listed)![1]!;
    expect((await reg.post(`/account/tokens/${readId}/revoke`, cookie, {})).status).toBe(303);
    expect((await reg.call('GET', '/api/agencies', { token: read })).status).toBe(401);
    reg.clock.now = new Date(reg.clock.now.getTime() + 31 * 86_400_000);
    expect((await reg.call('GET', '/api/agencies', { token: full })).status).toBe(401);
  });

  it("lets an agency's admin make tokens for its own systems, seen and revoked by its admins only", async () => {
    const reg = await setup();
    const hkAdmin = `${await reg.sessionFor('admin', { agency: 'HK', name: 'HK admin' })}; sar_lang=en`;
    const made = await reg.post('/people/tokens', hkAdmin, { name: 'MRCC Hong Kong duty system', role: 'coordinator', days: '180', scope: 'read' });
    expect(made.status).toBe(200);
    const token = /<code class="link">(sar_[\w-]+)<\/code>/.exec(await made.text())![1]!;
    expect((await reg.call('GET', '/api/lookup?q=VRNV6', { token })).status).toBe(200);
    expect((await reg.call('POST', '/api/plans', { token, body: { vesselId: 1 } })).status).toBe(403);
    const moAdmin = `${await reg.sessionFor('admin', { agency: 'MO' })}; sar_lang=en`;
    expect(await (await reg.get('/people', moAdmin)).text()).not.toContain('MRCC Hong Kong duty system');
    const id = /action="\/people\/tokens\/(\d+)\/revoke"/.exec(await (await reg.get('/people', hkAdmin)).text())![1]!;
    expect((await reg.post(`/people/tokens/${id}/revoke`, moAdmin, {})).status).toBe(404);
    expect((await reg.call('GET', '/api/agencies', { token })).status).toBe(200);
    expect(
      (await reg.post('/people/tokens', `${await reg.sessionFor('registrar', { agency: 'HK' })}`, { name: 'x', role: 'registrar', days: '1', scope: 'full' }))
        .status,
    ).toBe(403);
    expect((await reg.post(`/people/tokens/${id}/revoke`, hkAdmin, {})).status).toBe(303);
    expect((await reg.call('GET', '/api/agencies', { token })).status).toBe(401);
  });

  it('offers a second factor on the account page to a person who has none', async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('operator', { companyId: reg.ids.companyId('Pearl Bay Express Limited') })}; sar_lang=en`;
    expect(await (await reg.get('/account', cookie)).text()).toContain('href="/account/second-factor"');
    const secret = /<code>([A-Z2-7]{32})<\/code>/.exec(await (await reg.get('/account/second-factor', cookie)).text())![1]!;
    expect((await reg.post('/account/second-factor', cookie, { code: '000000' })).status).toBe(400);
    const done = await reg.post('/account/second-factor', cookie, { code: codeFor(reg, secret) });
    expect((await done.text()).match(/<li><code>/g)).toHaveLength(10);
    expect(await (await reg.get('/account', cookie)).text()).toContain('On (authenticator app)');
  });

  it("take a block's signing through the pages: Guangdong records it, Macao confirms it, and only then does it count", async () => {
    const reg = await setup();
    const gd = `${await reg.sessionFor('admin', { agency: 'GD', name: '李建华' })}; sar_lang=en`;
    const mo = `${await reg.sessionFor('admin', { agency: 'MO', name: 'Leong Ka-io' })}; sar_lang=en`;
    const hk = `${await reg.sessionFor('admin', { agency: 'HK' })}; sar_lang=en`;
    const page = await (await reg.get('/signatures', gd)).text();
    const version = /action="\/signatures\/GD-MO" class="stack" novalidate="">[\s\S]*?name="version" value="(\d+)"/.exec(page)![1]!;
    // Hong Kong's admin has no form for a block it is not part of.
    expect(await (await reg.get('/signatures', hk)).text()).not.toContain('action="/signatures/GD-MO"');
    const future = await reg.post('/signatures/GD-MO', gd, {
      version,
      signedOn: '2099-01-01',
      signatoryA: 'Director, Guangdong MSA',
      signatoryB: 'President, DSAMMA',
    });
    expect(future.status).toBe(422);
    expect(await future.text()).toMatch(/<label class="field-error" for="f-signedOn">/);
    expect(
      (await reg.post('/signatures/GD-MO', gd, { version, signedOn: '2026-03-01', signatoryA: 'Director, Guangdong MSA', signatoryB: 'President, DSAMMA' }))
        .status,
    ).toBe(303);
    const waiting = await (await reg.get('/signatures', gd)).text();
    expect(waiting).toContain('Waiting for the other agency to confirm: 2026-03-01');
    expect(waiting).not.toContain('action="/signatures/GD-MO/confirm"');
    const forMacao = await (await reg.get('/signatures', mo)).text();
    const v2 = /action="\/signatures\/GD-MO\/confirm" class="stack" novalidate=""><input type="hidden" name="version" value="(\d+)"/.exec(forMacao)![1]!;
    expect(forMacao).toContain('Guangdong and Macao signed this block on 2026-03-01, as recorded');
    expect((await reg.post('/signatures/GD-MO/confirm', hk, { version: v2, confirm: 'yes' })).status).toBe(403);
    // One click is not enough: without the tick, nothing is confirmed, and the page says so beside it.
    const unticked = await reg.post('/signatures/GD-MO/confirm', mo, { version: v2 });
    expect(unticked.status).toBe(400);
    expect(await unticked.text()).toMatch(/<label class="field-error" for="f-confirm-GD-MO">[\s\S]*tick this to confirm/);
    expect(
      (await reg.db.selectFrom('arrangement_pairs').select('signed_on').where('agency_a', '=', 'GD').where('agency_b', '=', 'MO').executeTakeFirstOrThrow())
        .signed_on,
    ).toBeNull();
    expect((await reg.post('/signatures/GD-MO/confirm', mo, { version: v2, confirm: 'yes' })).status).toBe(303);
    // Signed, the block offers no second recording.
    expect(await (await reg.get('/signatures', gd)).text()).not.toContain('action="/signatures/GD-MO" ');
    const pair = await reg.db.selectFrom('arrangement_pairs').selectAll().where('agency_a', '=', 'GD').where('agency_b', '=', 'MO').executeTakeFirstOrThrow();
    expect(pair).toMatchObject({ signed_on: '2026-03-01', signatory_b: 'President, DSAMMA', pending: null });
  });

  it("show a registrar its agency's audit trail, filtered by record, person and dates, and nobody else's", async () => {
    const reg = await setup();
    const hk = `${await reg.sessionFor('registrar', { agency: 'HK' })}; sar_lang=en`;
    const vessel = reg.ids.vesselId('477101500');
    const html = await (await reg.get(`/audit?recordType=vessel&recordId=${vessel}&actorName=demo&from=2026-03-01&to=2026-03-02`, hk)).text();
    expect(html).toContain('<td title="vessel.create">Registered a ship</td>');
    expect(html).toContain('Demo registrar');
    // On a Chinese page, in Chinese: the action, the record, the agency, and what changed by its label, never raw JSON.
    const changed = await reg.call('PATCH', `/api/vessels/${vessel}`, {
      token: await reg.tokenFor('registrar', { agency: 'HK' }),
      body: { maxPassengers: 250 },
      headers: {
        'If-Match': (await reg.call('GET', `/api/vessels/${vessel}`, { token: await reg.tokenFor('registrar', { agency: 'HK' }) })).headers.get('etag')!,
      },
    });
    expect(changed.status).toBe(200);
    const zh = await (await reg.get(`/audit?recordType=vessel&recordId=${vessel}`, hk.replace('sar_lang=en', 'sar_lang=zh-Hant'))).text();
    expect(zh).toContain('<td title="vessel.update">更改船舶資料</td>');
    expect(zh).toMatch(/船舶 \d+ \(香港\)/);
    expect(zh).toMatch(/已更改: [^<]*載客/);
    expect(zh).toMatch(/260 → 250|\d+ → 250/);
    expect(zh).not.toContain('&quot;before&quot;');
    // A plan's issue, in words: its fields by their labels, the registry's own bookkeeping left out.
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', vessel).executeTakeFirstOrThrow()).id;
    const issues = await (await reg.get(`/audit?recordType=plan&recordId=${plan}`, hk)).text();
    expect(issues).toContain('<td title="plan.issue">');
    const changedFields = [...issues.matchAll(/<summary>Changed: ([^<]+)<\/summary>/g)].flatMap((m) => m[1]!.split('、'));
    expect(changedFields).toContain('Summary');
    // Every field by a label (capitalised, in English), none by its name in the code.
    for (const field of changedFields) expect(field, field).toMatch(/^[A-Z]/);
    // Every action the registry has recorded has its words in each language.
    const actions = (await reg.db.selectFrom('audit_events').select('action').distinct().execute()).map((r) => r.action);
    expect(actions.length).toBeGreaterThan(10);
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const)
      expect(
        actions.filter((a) => !(`auditAction.${a}` in CATALOGUES[lang])),
        lang,
      ).toEqual([]);
    const guangdong = reg.ids.vesselId('413800100');
    expect(await (await reg.get(`/audit?recordType=vessel&recordId=${guangdong}`, hk)).text()).toContain('No event matches.');
    const bad = await reg.get('/audit?from=yesterday', hk);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/<label class="field-error" for="f-from">/);
    expect((await reg.get('/audit', await reg.sessionFor('coordinator', { agency: 'HK' }))).status).toBe(403);
  });

  it('sends a visitor without a session to sign in', async () => {
    const { get } = await setup();
    const res = await get('/plans');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/signin?next=%2Fplans');
  });

  it('does not let the page cookie authorise the API', async () => {
    const { sessionFor, get } = await setup();
    const cookie = await sessionFor('admin');
    expect((await get('/api/agencies', cookie)).status).toBe(401);
  });

  it('marks the cookie Secure behind an https proxy only when told to trust it', async () => {
    const reg = await setup();
    const made = await createFirstAdmin(reg.db, { agency: 'MO', name: 'Leong Ka-io', email: 'leong@dsamma.example.mo' }, reg.clock.now);
    const { secret } = await setUpFromLink(reg, made.link, 'outer harbour ferry pier');
    reg.clock.now = new Date(reg.clock.now.getTime() + 30_000);
    const form = { email: 'leong@dsamma.example.mo', password: 'outer harbour ferry pier', code: codeFor(reg, secret), next: '/' };
    const viaProxy = (app: typeof reg.app) =>
      app.request('/signin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'X-Forwarded-Proto': 'https' },
        body: new URLSearchParams(form).toString(),
      });
    expect((await viaProxy(reg.app)).headers.get('set-cookie')).not.toMatch(/Secure/);
    const trusting = createApp({ db: reg.db, logger: silentLogger, now: () => reg.clock.now, trustProxy: true });
    reg.clock.now = new Date(reg.clock.now.getTime() + 60_000);
    form.code = codeFor(reg, secret);
    expect((await viaProxy(trusting)).headers.get('set-cookie')).toMatch(/; Secure/);
  });
});

describe('people through the API', () => {
  it("lets an agency's admin open, read, disable, enable and reset its people's accounts, with a one-time link to pass on; nobody else, and bad input changes nothing", async () => {
    const reg = await setup();
    const hk = await reg.tokenFor('admin', { agency: 'HK', name: 'HK admin' });
    const hkPrincipal = (await reg.db.selectFrom('principals').select('id').where('name', '=', 'HK admin').executeTakeFirstOrThrow()).id;
    const readOnly = mintSecret();
    await addToken(reg.db, hkPrincipal, hashSecret(readOnly), secretHint(readOnly), {
      name: 'Roster reader',
      expiresAt: '2027-06-30T00:00:00.000Z',
      scope: 'read',
      at: reg.clock.now.toISOString(),
    });
    const mo = await reg.tokenFor('admin', { agency: 'MO' });

    const before = await registryState(reg.db);
    const bad = await reg.call('POST', '/api/people', { token: hk, body: { name: 'Chan Siu-ming', email: 'chan.sm at mardep', role: 'captain' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await json(bad)).errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'role']);
    expect(
      (await reg.call('POST', '/api/people', { token: readOnly, body: { name: 'Chan Siu-ming', email: 'chan.sm@mardep.example.hk', role: 'registrar' } }))
        .status,
    ).toBe(403);
    const harbourWing = reg.ids.companyId('Harbour Wing Jetfoil Company Limited');
    expect(
      (
        await reg.call('POST', '/api/people', {
          token: mo,
          body: { name: 'Wong Siu-ming', email: 'wong@harbourwing.example.hk', role: 'operator', companyId: harbourWing },
        })
      ).status,
    ).toBe(403);
    expect(await registryState(reg.db)).toEqual(before);

    const made = await reg.call('POST', '/api/people', { token: hk, body: { name: 'Chan Siu-ming', email: 'Chan.SM@mardep.example.hk', role: 'registrar' } });
    expect(made.status).toBe(201);
    const issued = await json(made);
    expect(issued.person).toMatchObject({
      name: 'Chan Siu-ming',
      email: 'chan.sm@mardep.example.hk',
      role: 'registrar',
      agency: 'HK',
      status: 'active',
      hasPassword: false,
      secondFactor: false,
    });
    // What a person is, never their secrets (password hash, second-factor key, recovery codes), in any answer.
    const PERSON_KEYS = [
      'agency',
      'companyId',
      'createdAt',
      'disabledAt',
      'email',
      'hasPassword',
      'id',
      'name',
      'role',
      'secondFactor',
      'signInLockedUntil',
      'status',
      'version',
    ];
    expect(Object.keys(issued.person).sort()).toEqual(PERSON_KEYS);
    expect(issued.link).toMatch(/^http:\/\/localhost\/link\/[\w-]{43}$/);
    expect(made.headers.get('location')).toBe(`/api/people/${issued.person.id}`);
    // The link opens the page where the person sets a password and scans the code.
    expect((await reg.app.request(new URL(issued.link).pathname)).status).toBe(200);
    const taken = await reg.call('POST', '/api/people', { token: hk, body: { name: 'Someone else', email: 'CHAN.SM@mardep.example.hk', role: 'coordinator' } });
    expect(taken.status).toBe(409);
    expect(saidProblems((await json(taken)).errors)).toEqual([{ field: 'email', message: 'already has an account' }]);

    const id = issued.person.id;
    expect((await json(await reg.call('GET', '/api/people', { token: readOnly }))).items.map((p: { email: string }) => p.email)).toContain(
      'chan.sm@mardep.example.hk',
    );
    expect((await reg.call('GET', `/api/people/${id}`, { token: mo })).status).toBe(403);
    expect((await json(await reg.call('GET', '/api/people', { token: mo }))).items.map((p: { email: string }) => p.email)).not.toContain(
      'chan.sm@mardep.example.hk',
    );
    expect((await reg.call('POST', `/api/people/${id}/disable`, { token: mo })).status).toBe(403);

    // Disabling stops the person's token at once; enabling lets the person back in.
    const theirs = mintSecret();
    await addToken(reg.db, id, hashSecret(theirs), secretHint(theirs));
    expect((await reg.call('GET', '/api/vessels', { token: theirs })).status).toBe(200);
    // The person sets a password and a second factor from the link: still nothing of them in the answers.
    const page = await (await reg.app.request(new URL(issued.link).pathname)).text();
    const secret = /<code>([A-Z2-7]{32})<\/code>/.exec(page)![1]!;
    const set = await reg.app.request(new URL(issued.link).pathname, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({ password: 'typhoon signal number ten', confirm: 'typhoon signal number ten', code: codeFor(reg, secret) }).toString(),
    });
    expect(set.status).toBe(200);
    const read = await json(await reg.call('GET', `/api/people/${id}`, { token: hk }));
    expect(read).toMatchObject({ hasPassword: true, secondFactor: true });
    expect(Object.keys(read).sort()).toEqual(PERSON_KEYS);
    const disabled = await json(await reg.call('POST', `/api/people/${id}/disable`, { token: hk }));
    expect(disabled).toMatchObject({ id, status: 'disabled' });
    expect(Object.keys(disabled).sort()).toEqual(PERSON_KEYS);
    expect((await reg.call('GET', '/api/vessels', { token: theirs })).status).toBe(401);
    expect(await json(await reg.call('POST', `/api/people/${id}/enable`, { token: hk }))).toMatchObject({ id, status: 'active', disabledAt: null });

    // A reset gives a new link and the old one stops working.
    const reset = await json(await reg.call('POST', `/api/people/${id}/reset`, { token: hk }));
    expect(reset.link).not.toBe(issued.link);
    expect(reset.person).toMatchObject({ hasPassword: false, secondFactor: false });
    // The old password signs in no more (the person chose it; it may be what was given away).
    const old = await reg.post('/signin?lang=en', '', { email: 'chan.sm@mardep.example.hk', password: 'typhoon signal number ten', code: '', next: '/search' });
    expect(old.status).toBe(401);
    expect(await old.text()).toContain('The e-mail address, password or code is not right');
    expect(Object.keys(reset.person).sort()).toEqual(PERSON_KEYS);
    expect((await reg.app.request(new URL(issued.link).pathname)).status).toBe(404);
    expect((await reg.app.request(new URL(reset.link).pathname)).status).toBe(200);
    expect((await reg.call('GET', `/api/people/${id + 1000}`, { token: hk })).status).toBe(404);
  });
});

describe('pages', () => {
  it('switch language on request and remember it', async () => {
    const { sessionFor, get } = await setup();
    const cookie = await sessionFor('coordinator', { agency: 'HK' });
    const en = await get('/search?lang=en', cookie);
    expect(await en.text()).toContain('<html lang="en">');
    const remembered = en.headers.get('set-cookie')!.split(';')[0]!;
    const later = await get('/search', `${cookie}; ${remembered}`);
    expect(await later.text()).toContain('Find a ship');
    expect(await (await get('/search', cookie)).text()).toContain('<html lang="zh-Hant">');
  });

  it("start in the browser's language: Simplified for the mainland, Traditional for Hong Kong and Macao, each switchable to the other two", async () => {
    const { sessionFor, app } = await setup();
    const cookie = await sessionFor('registrar', { agency: 'GD', name: '陈伟' });
    const page = async (acceptLanguage: string, path = '/ships') =>
      (await app.request(path, { headers: { Cookie: cookie, 'Accept-Language': acceptLanguage } })).text();
    const guangdong = await page('zh-CN,zh;q=0.9');
    expect(guangdong).toContain('<html lang="zh-Hans">');
    expect(guangdong).toContain('<h1>船舶</h1>');
    expect(guangdong).toContain('登记船舶');
    expect(guangdong).toMatch(
      /<a href="\/ships\?lang=zh-Hant" hreflang="zh-Hant" lang="zh-Hant">繁體中文<\/a><a href="\/ships\?lang=en" hreflang="en" lang="en">English<\/a>/,
    );
    const macao = await page('zh-MO,pt;q=0.8');
    expect(macao).toContain('<html lang="zh-Hant">');
    expect(macao).toContain('登記船舶');
    // A form's problems in Simplified Chinese, beside their fields.
    const refused = await app.request('/companies', {
      method: 'POST',
      headers: { Cookie: cookie, 'Accept-Language': 'zh-CN', 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({ nameZh: '珠江客运', nameEn: 'Pearl River Passenger', emergencyPhone: 'call us' }).toString(),
    });
    expect(await refused.text()).toMatch(/<label class="field-error" for="f-emergencyPhone">[\s\S]*只可包含 \+、数字、空格、连字符及括号/);
  });

  it('serve a favicon, a skip link, one h1 on the search page and a spoken count of the results', async () => {
    const { sessionFor, get } = await setup();
    const icon = await get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    const cookie = `${await sessionFor('coordinator', { agency: 'GD' })}; sar_lang=en`;
    const html = await (await get('/search?q=Lotus', cookie)).text();
    expect(html).toContain('<a class="skip" href="#main">Skip to the content</a>');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toMatch(/<p class="visually-hidden" role="status" aria-live="polite">1 ship found<\/p>/);
    expect(html).toContain('aria-describedby="search-help"');
  });

  it('send security headers', async () => {
    const { get } = await setup();
    const res = await get('/signin');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuse a form posted from another site, changing nothing', async () => {
    const { sessionFor, post, db, ids } = await setup();
    const cookie = await sessionFor('registrar', { agency: 'HK' });
    const vessel = ids.vesselId('477202300');
    const res = await post(`/ships/${vessel}/plan`, cookie, {}, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await db.selectFrom('plans').select('id').where('vessel_id', '=', vessel).execute()).toEqual([]);
  });

  it('refuse a change from another site whatever its content type (JSON, multipart, none), or with no origin at all', async () => {
    const { sessionFor, app, db, ids } = await setup();
    const cookie = await sessionFor('registrar', { agency: 'HK' });
    const vessel = ids.vesselId('477202300');
    const attempts: Record<string, string>[] = [
      { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      { Origin: 'null', 'Content-Type': 'application/x-www-form-urlencoded' },
      { Referer: 'https://evil.example/page', 'Content-Type': 'application/json' },
      { 'Content-Type': 'application/json' },
      // A browser's own word: another site, whatever Origin says.
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' },
      { 'Sec-Fetch-Site': 'same-site', Origin: 'null', 'Content-Type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of attempts) {
      const res = await app.request(`/ships/${vessel}/plan`, { method: 'POST', headers: { Cookie: `${cookie}; sar_lang=zh-Hant`, ...headers }, body: '{}' });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.text()).toContain('此請求並非來自登記冊本身的頁面');
    }
    expect(await db.selectFrom('plans').select('id').where('vessel_id', '=', vessel).execute()).toEqual([]);
    // From the registry's own page, the same request goes through: a browser's form (Sec-Fetch-Site
    // same-origin, whatever its Origin says), or a Referer of the registry's own.
    const browser = await app.request(`/ships/${vessel}/plan`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'null', 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(browser.status).toBe(303);
    // The ship has its plan now: sent again from a Referer of the registry's own, it passes the check and meets that.
    const own = await app.request(`/ships/${vessel}/plan`, {
      method: 'POST',
      headers: { Cookie: cookie, Referer: `http://localhost/ships/${vessel}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(own.status).toBe(409);
  });

  it("flag on an operator's page each ship whose plan is out of date, whose exercise is overdue, or whose copies are not acknowledged", async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('operator', { companyId: reg.ids.companyId('Pearl Bay Express Limited') })}; sar_lang=en`;
    const html = await (await reg.get('/company', cookie)).text();
    const rowOf = (name: string) => new RegExp(`<tr>(?:(?!</tr>).)*${name}(?:(?!</tr>).)*</tr>`, 's').exec(html)?.[0] ?? '';
    // The demo changed Pearl Bay's emergency number after Bay Area Express's plan was issued.
    expect(rowOf('Bay Area Express')).toContain('<span class="badge stale">Out of date</span>');
    expect(rowOf('Bay Area Express')).toMatch(/\d copies not acknowledged/);
    // Hoi Fung has no plan: nothing to flag.
    expect(rowOf('Hoi Fung')).not.toContain('badge');
  });

  it("show an operator its own ships and not another company's plan", async () => {
    const { sessionFor, get, ids, db } = await setup();
    const cookie = await sessionFor('operator', { companyId: ids.companyId('Ho Kong High Speed Ferries Limited') });
    const home = await (await get('/company', cookie)).text();
    expect(home).toContain('澳門之星');
    expect(home).not.toContain('金龍飛翼');
    const other = (await db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477101500')).executeTakeFirstOrThrow()).id;
    expect((await get(`/plans/${other}`, cookie)).status).toBe(403);
    expect((await get(`/plans/${other}/revisions/1/copies/4.pdf`, cookie)).status).toBe(403);
  });

  it("let only the home agency's registrars change a ship from its page", async () => {
    const { sessionFor, post, get, ids } = await setup();
    const cookie = await sessionFor('registrar', { agency: 'GD' });
    const vessel = ids.vesselId('477101500');
    expect((await get(`/ships/${vessel}/edit`, cookie)).status).toBe(403);
    expect((await post(`/ships/${vessel}/edit`, cookie, { version: '1', nameEn: 'Hijacked' })).status).toBe(403);
  });

  it("refuse another company's ship to an operator with the API's status, in a whole page", async () => {
    const { sessionFor, get, ids } = await setup();
    const cookie = await sessionFor('operator', { companyId: ids.companyId('Ho Kong High Speed Ferries Limited') });
    const other = await get(`/ships/${ids.vesselId('477101500')}`, cookie);
    expect(other.status).toBe(403);
    const own = await get(`/ships/${ids.vesselId('453300100')}`, cookie);
    expect(own.status).toBe(200);
    for (const res of [other, own]) expect(await res.text()).toMatch(/^<!doctype html><html lang="zh-Hant">/);
  });

  it("show what a ship's EPIRB ID decodes to on its page", async () => {
    const { sessionFor, get, ids } = await setup();
    const cookie = await sessionFor('coordinator', { agency: 'GD' });
    const html = await (await get(`/ships/${ids.vesselId('477101500')}?lang=en`, cookie)).text();
    expect(html).toContain('3BA4318F80FFBFF (country code 477, standard location protocol, EPIRB with MMSI, MMSI 477101500)');
  });

  it('page through long lists instead of stopping at a cap', async () => {
    const { sessionFor, get, ids, db, clock } = await setup();
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    // Registered through the service in one transaction (the API's way costs a request each; the pages are what is tested here).
    const registrar = { principal: { id: null, name: 'HK registrar', role: 'registrar' as const, agency: 'HK' as const, companyId: null }, requestId: null };
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 101; i++)
        await registerVessel(trx, registrar, hongKongVessel(company, { nameEn: `Fleet Runner ${String(i).padStart(3, '0')}` }) as never, clock.now);
    });
    const cookie = await sessionFor('registrar', { agency: 'HK' });
    const first = await (await get('/ships?lang=en', cookie)).text();
    const next = /<a href="([^"]+)" rel="next">Next page<\/a>/.exec(first)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toMatch(/^\/ships\?cursor=\d+$/);
    const second = await (await get(next!, cookie)).text();
    const names = (html: string) => [...html.matchAll(/Fleet Runner (\d{3})/g)].map((m) => m[1]);
    expect(names(first).length + names(second).length).toBe(101);
    expect(names(second)).toContain('100');
    expect(second).not.toContain('rel="next"');
  });

  it("let the home registrar record a planned exercise as held and set the plan's own interval and script", async () => {
    const { sessionFor, post, get, ids, db } = await setup();
    const cookie = await sessionFor('registrar', { agency: 'MO' });
    const plan = await db.selectFrom('plans').select(['id', 'version']).where('vessel_id', '=', ids.vesselId('453300200')).executeTakeFirstOrThrow();
    const planned = await db
      .selectFrom('exercises')
      .select(['id', 'date'])
      .where('plan_id', '=', plan.id)
      .where('state', '=', 'planned')
      .executeTakeFirstOrThrow();
    const page = await (await get(`/plans/${plan.id}?lang=en`, cookie)).text();
    expect(page).toContain(`action="/plans/${plan.id}/exercises/${planned.id}/held"`);

    // Not in the future: refused beside the field, nothing changed.
    const future = await post(`/plans/${plan.id}/exercises/${planned.id}/held?lang=en`, cookie, { date: '2026-04-01' });
    expect(future.status).toBe(400);
    expect(await future.text()).toContain('a held exercise is on or before today (2026-03-02)');
    const held = await post(`/plans/${plan.id}/exercises/${planned.id}/held`, cookie, { date: '2026-03-01' });
    expect(held.status).toBe(303);
    expect(await db.selectFrom('exercises').select(['state', 'date']).where('id', '=', planned.id).executeTakeFirstOrThrow()).toEqual({
      state: 'held',
      date: '2026-03-01',
    });

    const version = String((await db.selectFrom('plans').select('version').where('id', '=', plan.id).executeTakeFirstOrThrow()).version);
    const bad = await post(`/plans/${plan.id}/settings?lang=en`, cookie, { version, documentScript: '', exerciseIntervalMonths: '0' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('must be a whole number of months from 12 to 60');
    const unexplained = await post(`/plans/${plan.id}/settings?lang=zh-Hans`, cookie, { version, documentScript: 'hans', exerciseIntervalMonths: '48' });
    expect(unexplained.status).toBe(400);
    expect(await unexplained.text()).toContain('超过36个月的间隔须填写各搜救机构议定的理由');
    const saved = await post(`/plans/${plan.id}/settings`, cookie, {
      version,
      documentScript: 'hans',
      exerciseIntervalMonths: '48',
      exerciseIntervalReason: '每年十一月至三月停航，经三方会议议定',
    });
    expect(saved.status).toBe(303);
    expect(
      await db
        .selectFrom('plans')
        .select(['document_script', 'exercise_interval_months', 'exercise_interval_reason'])
        .where('id', '=', plan.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ document_script: 'hans', exercise_interval_months: 48, exercise_interval_reason: '每年十一月至三月停航，经三方会议议定' });
  });

  it('send a visitor without a session to sign in from every page, never a failure', async () => {
    const reg = await setup();
    // Every page the pages' router serves, its parameters filled in; sign-in, the one-time link and a copy's
    // check (where its QR code leads) are open to all.
    const paths = [
      ...new Set(
        webRoutes()
          .routes.filter((r) => r.method === 'GET' && r.path !== '/*' && !/^\/(signin|link|v\/)/.test(r.path))
          .map((r) => r.path.replace(/:[a-z]+(\{[^}]*\})?/gi, '1')),
      ),
    ];
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      const res = await reg.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toMatch(/^\/signin\?next=/);
    }
  });

  it("let an agency's admin add a webhook on its page, shown its secret once, with a bad URL named beside the field", async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('admin', { agency: 'GD', name: '陈伟' })}; sar_lang=zh-Hans`;
    const bad = await reg.post('/webhooks', cookie, { url: 'http://duty.gdmsa.example.cn/changes' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/<label class="field-error" for="f-url">[\s\S]*必须使用 https（只有连往本机时可用 http）/);
    const made = await (await reg.post('/webhooks', cookie, { url: 'https://duty.gdmsa.example.cn/changes' })).text();
    const secret = /<code>(whsec_[A-Za-z0-9+/]{43}=)<\/code>/.exec(made)?.[1];
    expect(secret).toBeDefined();
    const listed = await (await reg.get('/webhooks', cookie)).text();
    expect(listed).toContain('https://duty.gdmsa.example.cn/changes');
    // The secret is shown when made, never again.
    expect(listed).not.toContain(secret!);
    expect((await reg.get('/webhooks', await reg.sessionFor('registrar', { agency: 'GD' }))).status).toBe(403);
  });

  it('import companies from a spreadsheet through the pages: each problem beside its row and column in Chinese, then the confirmed rows registered with a report', async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('registrar', { agency: 'MO' })}; sar_lang=zh-Hant`;
    const csv = [
      'nameZh,nameEn,addressZh,addressEn,imoCompanyNumber,emergencyPhone,emergencyPhoneAlt,dpName,dpPhone,dpMobile,dpEmail,teamName,teamPhone,teamEmail',
      '南灣快線有限公司,Praia Grande Express Limited,澳門友誼大馬路外港客運碼頭三樓,"Level 3, Outer Harbour Ferry Terminal, Macao",,+853 2872 6111,,陳家豪,+853 2872 6112,,dpa@praiagrande.example.mo,營運控制室,+853 2872 6113,',
      '氹仔快線有限公司,Taipa Express Limited,澳門氹仔碼頭,"Taipa Ferry Terminal, Macao",,+853 2872 6211,,黃志強,+853 2872 6212,,dpa@taipa-express,營運控制室,+853 2872 6213,',
    ].join('\n');
    const upload = (content: string | Uint8Array, name: string) => {
      const form = new FormData();
      form.set('kind', 'companies');
      form.set('file', new File([content], name, { type: 'text/csv' }));
      return reg.app.request('/fleet/imports', { method: 'POST', headers: { Cookie: cookie, Origin: 'http://localhost' }, body: form });
    };
    const res = await upload(csv, 'macao-companies.csv');
    expect(res.status).toBe(303);
    const at = res.headers.get('location')!;
    expect(at).toMatch(/^\/fleet\/imports\/\d+$/);
    const checked = await (await reg.get(at, cookie)).text();
    expect(checked).toMatch(/<tr><td>3<\/td><td>岸上指定人員電郵[^<]*<\/td><td>必須是電郵地址<\/td><\/tr>/);
    expect(checked).toContain('登記 1 列');
    expect(await reg.db.selectFrom('companies').select('id').where('name_en', '=', 'Praia Grande Express Limited').executeTakeFirst()).toBeUndefined();
    expect((await reg.post(`${at}/confirm`, cookie, {})).status).toBe(303);
    const report = await vi.waitFor(
      async () => {
        const html = await (await reg.get(at, cookie)).text();
        expect(html).toContain('已登記 1 列，略過 1 列。');
        return html;
      },
      { timeout: 5_000, interval: 50 },
    );
    expect(report).toContain('必須是電郵地址');
    const made = await reg.db
      .selectFrom('companies')
      .select(['id', 'home_agency'])
      .where('name_en', '=', 'Praia Grande Express Limited')
      .executeTakeFirstOrThrow();
    expect(made.home_agency).toBe('MO');
    // The report links to what it registered, by row.
    expect(report).toMatch(new RegExp(`<li>列 \\d+: <a href="/companies/${made.id}">[^<]*Praia Grande Express Limited</a></li>`));
    // A file that is not a spreadsheet: said beside the file field.
    const junk = await upload(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), 'photo.xlsx');
    expect(junk.status).toBe(400);
    expect(await junk.text()).toMatch(/<label for="f-file" class="field-error">[\s\S]*檔案不是可讀取的 XLSX 或 UTF-8 CSV 試算表/);
    // Coordinators have no such page.
    expect((await reg.get('/fleet', `${await reg.sessionFor('coordinator', { agency: 'MO' })}`)).status).toBe(403);
  });

  it('register a ship with its ports picked row by row by name in any of the three languages, and name an unknown one beside its own row', async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('registrar', { agency: 'HK' })}; sar_lang=en`;
    const company = reg.ids.companyId('Harbour Wing Jetfoil Company Limited');
    const form = (ports: string[], n: number) => {
      const v = hongKongVessel(company, { mmsi: `47790${String(700 + n)}0`.slice(0, 9), callSign: `VRQ${7000 + n}` });
      return {
        companyId: String(company),
        nameZh: '維港之星',
        nameEn: `Harbour Star ${n}`,
        imoNumber: String(v.imoNumber),
        mmsi: String(v.mmsi),
        callSign: String(v.callSign),
        portOfRegistry: 'Hong Kong',
        type: 'catamaran',
        grossTonnage: '1300',
        lengthMetres: '47.3',
        hullColour: 'white',
        superstructureColour: 'white',
        maxPassengers: '410',
        crew: '12',
        epirbHexId: '',
        'communications.vhf': 'VHF 16, 70 (DSC)',
        'route.sailingsPerDay': '10',
        'route.crossingMinutes': '60',
        ...Object.fromEntries(ports.map((p, i) => [`route.ports.${i}`, p])),
        'lifeSaving.liferafts': '8',
        'lifeSaving.liferaftCapacity': '800',
        'lifeSaving.marineEvacuationSystems': '2',
        'lifeSaving.rescueBoats': '1',
      };
    };
    // The list offers each port by its name in the reader's language.
    const blank = await (await reg.get('/ships/new', cookie)).text();
    expect(blank).toContain('<option value="Hong Kong–Macau Ferry Terminal, Sheung Wan">');
    expect(blank).toMatch(/<input id="f-route-ports-0" name="route.ports.0" type="text" value="" list="port-names"/);
    const hansList = await (await reg.get('/ships/new', cookie.replace('sar_lang=en', 'sar_lang=zh-Hans'))).text();
    expect(hansList).toContain('<option value="蛇口邮轮中心">');
    for (const [n, picked, codes] of [
      // Whole names as the list gives them, in each language: 'Taipa Ferry Terminal' is not a fragment of another port.
      [1, ['Hong Kong–Macau Ferry Terminal, Sheung Wan', 'Outer Harbour Ferry Terminal'], ['HKG-SW', 'MAC-OH']],
      [2, ['港澳客輪碼頭', '氹仔客運碼頭'], ['HKG-SW', 'MAC-TP']],
      [3, ['蛇口邮轮中心', '', '外港客运码头'], ['SZX-SK', 'MAC-OH']],
      // By code, any case.
      [6, ['hkg-tst', 'ZUH-JZ'], ['HKG-TST', 'ZUH-JZ']],
    ] as const) {
      const res = await reg.post('/ships', cookie, form([...picked], n));
      expect(res.status, picked.join()).toBe(303);
      const id = Number(/\/ships\/(\d+)/.exec(res.headers.get('location')!)![1]);
      expect(JSON.parse((await reg.db.selectFrom('vessels').select('route').where('id', '=', id).executeTakeFirstOrThrow()).route).ports).toEqual(codes);
    }
    // Typed by the names people use, or a part of a name, in either script: the form comes back once with
    // the full name each was taken as, nothing saved; saved as shown on the next press.
    const ships = async () => (await reg.db.selectFrom('vessels').select('id').execute()).length;
    for (const [n, typed, shownAs, codes] of [
      [4, ['上環', '九洲'], ['Hong Kong–Macau Ferry Terminal, Sheung Wan', 'Zhuhai Jiuzhou Port'], ['HKG-SW', 'ZUH-JZ']],
      [8, ['中港城', '外港'], ['China Ferry Terminal, Tsim Sha Tsui', 'Outer Harbour Ferry Terminal'], ['HKG-TST', 'MAC-OH']],
      [9, ['尖沙咀', '氹仔'], ['China Ferry Terminal, Tsim Sha Tsui', 'Taipa Ferry Terminal'], ['HKG-TST', 'MAC-TP']],
      [10, ['港澳码头', '蛇口'], ['Hong Kong–Macau Ferry Terminal, Sheung Wan', 'Shekou Cruise Centre, Shenzhen'], ['HKG-SW', 'SZX-SK']],
    ] as const) {
      const before = await ships();
      const first = await reg.post('/ships', cookie, form([...typed], n));
      expect(first.status, typed.join()).toBe(400);
      const html = await first.text();
      for (const [i, name] of shownAs.entries()) {
        expect(html).toContain(`name="route.ports.${i}" type="text" value="${name}"`);
        expect(html).toMatch(
          new RegExp(`id="f-route-ports-${i}-error">“${typed[i]}” is taken as [^<]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: check it and save again`),
        );
      }
      expect(await ships()).toBe(before);
      const saved = await reg.post('/ships', cookie, form([...shownAs], n));
      expect(saved.status, shownAs.join()).toBe(303);
      const id = Number(/\/ships\/(\d+)/.exec(saved.headers.get('location')!)![1]);
      expect(JSON.parse((await reg.db.selectFrom('vessels').select('route').where('id', '=', id).executeTakeFirstOrThrow()).route).ports).toEqual(codes);
    }
    // A name several ports answer to is never taken: the ports it could be are listed, and it stays as typed.
    for (const [typed, candidates] of [
      ['機場', ['SkyPier, Hong Kong International Airport (HKG-SKP)', 'Shenzhen Airport Fuyong Ferry Terminal (SZX-FY)']],
      ['澳門', ['Outer Harbour Ferry Terminal (MAC-OH)', 'Taipa Ferry Terminal (MAC-TP)', 'Inner Harbour Ferry Terminal (MAC-IH)']],
      ['Hong Kong', ['(HKG-SW)', '(HKG-TST)', '(HKG-TM)', '(HKG-SKP)']],
    ] as const) {
      const before = await ships();
      const res = await reg.post('/ships', cookie, form(['ZUH-JZ', typed], 11));
      expect(res.status, typed).toBe(400);
      const html = await res.text();
      expect(html).toContain(`name="route.ports.1" type="text" value="${typed}"`);
      const said = /id="f-route-ports-1-error">([^<]*)</.exec(html)![1]!;
      expect(said).toContain(`${typed} may be any of these ports`);
      for (const c of candidates) expect(said).toContain(c);
      expect(await ships()).toBe(before);
    }
    // The unknown port is named beside the row it was typed in, even after a blank row.
    const unknown = await reg.post('/ships', cookie, form(['HKG-SW', '', 'Atlantis'], 5));
    expect(unknown.status).toBe(400);
    const page = await unknown.text();
    expect(page).toMatch(/<label class="field-error" for="f-route-ports-2">[\s\S]*?unknown port Atlantis/);
    expect(page).not.toMatch(/<label class="field-error" for="f-route-ports-[01]">/);
    // Said beside its row only, not again above the rows as a problem of the whole route.
    expect(page).not.toContain('id="f-route-ports-error"');
    expect(page).toContain('value="Atlantis"');
    // A route in one area only is a problem with the route, said once above the rows.
    const oneArea = await (await reg.post('/ships', cookie, form(['Sheung Wan', 'Tsim Sha Tsui'], 7))).text();
    expect(oneArea).toMatch(/<p class="error" id="f-route-ports-error">[^<]*touches only Hong Kong/);
    // Editing shows the recorded ports by name in the reader's script.
    const edit = await (
      await reg.get(`/ships/${reg.ids.vesselId('414200100')}/edit`, `${await reg.sessionFor('registrar', { agency: 'GD' })}; sar_lang=zh-Hans`)
    ).text();
    const shown = [...edit.matchAll(/name="route\.ports\.\d+" type="text" value="([^"]+)"/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(1);
    for (const name of shown) expect(PORTS.map((p) => nameIn('zh-Hans', p))).toContain(name);
  });

  it('check a draft before issuing it: each missing item linked to where it is completed, and no issue until none is left', async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('registrar', { agency: 'GD', name: '陈伟' })}; sar_lang=en`;
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', reg.ids.vesselId('414200100')).executeTakeFirstOrThrow()).id;
    const html = await (await reg.get(`/plans/${plan}/issue`, cookie)).text();
    const missing = [...html.matchAll(/<li><strong>([^<]+)<\/strong> (?:<a href="([^"]+)">|<span)/g)].map((m) => [m[1], m[2] ?? null]);
    expect(missing.length).toBeGreaterThan(0);
    // Labels in words, never a raw path, and links to the record that lacks it.
    for (const [label, href] of missing) {
      expect(label).not.toMatch(/^(vessel|company|agencies|content)\./);
      if (!href) continue;
      // Each link lands on the very field to complete.
      const [path, anchor] = href.split('#') as [string, string | undefined];
      expect(path).toMatch(/^\/(ships\/\d+\/edit|companies\/\d+\/edit|agency|plans\/\d+)$/);
      expect(anchor).toMatch(/^(f-[\w-]+|draft)$/);
      expect(await (await reg.get(path, cookie)).text()).toContain(`id="${anchor}"`);
    }
    expect(html).not.toContain(`<form method="post" action="/plans/${plan}/issue"`);
  });

  it('withdraw a plan only from a page of its own, with a reason and an explicit confirmation', async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('registrar', { agency: 'HK' })}; sar_lang=en`;
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', reg.ids.vesselId('477101500')).executeTakeFirstOrThrow()).id;
    expect(await (await reg.get(`/plans/${plan}`, cookie)).text()).toContain(`href="/plans/${plan}/withdraw"`);
    const form = await (await reg.get(`/plans/${plan}/withdraw`, cookie)).text();
    expect(form).toContain('A withdrawal cannot be undone.');
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    const nothing = await reg.post(`/plans/${plan}/withdraw`, cookie, { version, reason: '' });
    expect(nothing.status).toBe(400);
    const html = await nothing.text();
    expect(html).toMatch(/<label class="field-error" for="f-reason">/);
    expect(html).toMatch(/<label class="field-error" for="f-confirm">[\s\S]*tick this to confirm/);
    expect((await reg.post(`/plans/${plan}/withdraw`, cookie, { version, reason: 'Sold out of the trade' })).status).toBe(400);
    expect((await reg.db.selectFrom('plans').select('withdrawn_on').where('id', '=', plan).executeTakeFirstOrThrow()).withdrawn_on).toBeNull();
    expect((await reg.get(`/plans/${plan}/withdraw`, await reg.sessionFor('coordinator', { agency: 'HK' }))).status).toBe(403);
    expect((await reg.post(`/plans/${plan}/withdraw`, cookie, { version, reason: 'Sold out of the trade', confirm: 'yes' })).status).toBe(303);
    expect((await reg.db.selectFrom('plans').select('withdrawn_reason').where('id', '=', plan).executeTakeFirstOrThrow()).withdrawn_reason).toBe(
      'Sold out of the trade',
    );
  });

  it('give a company a page of its own: its id, Module 1, its ships and their plans; a saved change lands there', async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('registrar', { agency: 'MO' })}; sar_lang=en`;
    const id = reg.ids.companyId('Ho Kong High Speed Ferries Limited');
    const html = await (await reg.get(`/companies/${id}`, cookie)).text();
    expect(html).toContain(`<code>${id}</code>`);
    expect(html).toContain('Macau Star');
    expect(html).toMatch(/MO-\d{4}-\d{4}/);
    expect(html).toContain(`href="/companies/${id}/edit"`);
    // Its own operator reads it too, without the edit link; another company's operator may not.
    const own = await (await reg.get(`/companies/${id}`, `${await reg.sessionFor('operator', { companyId: id })}; sar_lang=en`)).text();
    expect(own).not.toContain(`href="/companies/${id}/edit"`);
    expect((await reg.get(`/companies/${id}`, await reg.sessionFor('operator', { companyId: reg.ids.companyId('Pearl Bay Express Limited') }))).status).toBe(
      403,
    );
  });

  it("edit an agency's SAR facilities row by row: add in a blank row, remove with a tick, a bad row's problem beside it", async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('registrar', { agency: 'HK' })}; sar_lang=en`;
    const form = await (await reg.get('/agency', cookie)).text();
    const version = /action="\/agency\/facilities" class="stack" novalidate=""><input type="hidden" name="version" value="(\d+)"/.exec(form)![1]!;
    // What the browser would send: the text fields as filled, each select's chosen option, no box ticked.
    const fields = Object.fromEntries([
      ...[...form.matchAll(/name="((?:rescueUnits|hospitals)\.\d+\.\w+)" type="(?:text|tel)" value="([^"]*)"/g)].map((m) => [
        m[1]!,
        m[2]!.replaceAll('&#43;', '+'),
      ]),
      ...[...form.matchAll(/<select id="[^"]+" name="((?:rescueUnits)\.\d+\.kind)">(?:(?!<\/select>).)*?<option value="(\w+)" selected=""/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    ]);
    const units = Object.keys(fields).filter((k) => /^rescueUnits\.\d+\.nameEn$/.test(k) && fields[k]).length;
    expect(units).toBeGreaterThan(0);
    const blank = units; // the first blank row
    const bad = await reg.post('/agency/facilities', cookie, {
      ...fields,
      version,
      'hospitals.9.nameZh': '',
      [`rescueUnits.${blank}.nameZh`]: '飛行服務隊',
      [`rescueUnits.${blank}.nameEn`]: '',
      [`rescueUnits.${blank}.kind`]: 'helicopter',
    });
    expect(bad.status).toBe(400);
    const refused = await bad.text();
    expect(refused).toMatch(new RegExp(`<label class="field-error" for="f-rescueUnits-${blank}-nameEn">`));
    // The summary at the top of the form is focused when the page opens, and leads to the field far below.
    expect(refused).toMatch(
      new RegExp(`<div class="notice error-summary" role="alert" tabindex="-1" autofocus="">[\\s\\S]*?<a href="#f-rescueUnits-${blank}-nameEn">`),
    );
    expect(refused).toContain(`id="f-rescueUnits-${blank}-nameEn"`);
    const ok = await reg.post('/agency/facilities', cookie, {
      ...fields,
      version,
      'rescueUnits.0.remove': 'yes',
      [`rescueUnits.${blank}.nameZh`]: '政府飛行服務隊',
      [`rescueUnits.${blank}.nameEn`]: 'Government Flying Service',
      [`rescueUnits.${blank}.kind`]: 'helicopter',
      [`rescueUnits.${blank}.base`]: 'Chek Lap Kok',
    });
    expect(ok.status).toBe(303);
    const saved = JSON.parse((await reg.db.selectFrom('agencies').select('facilities').where('code', '=', 'HK').executeTakeFirstOrThrow()).facilities);
    expect(saved.rescueUnits).toHaveLength(units);
    expect(saved.rescueUnits.at(-1)).toEqual({
      nameZh: '政府飛行服務隊',
      nameEn: 'Government Flying Service',
      kind: 'helicopter',
      base: 'Chek Lap Kok',
      contact: null,
    });
    expect(saved.rescueUnits[0].nameEn).not.toBe(fields['rescueUnits.0.nameEn']);
  });

  it('show form errors beside the fields and keep what was typed', async () => {
    const { sessionFor, post } = await setup();
    const cookie = await sessionFor('registrar', { agency: 'HK' });
    const res = await post('/companies?lang=en', cookie, { nameZh: '測試', nameEn: 'Test Ferries', emergencyPhone: 'call us' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<label class="field-error" for="f-emergencyPhone">.*may contain only \+, digits/s);
    expect(html).toContain('value="Test Ferries"');
    // Required fields are marked, and said to be so, without the browser's own check hiding the others' problems.
    expect(html).toContain('Fields marked * are required.');
    expect(html).toMatch(/<input id="f-emergencyPhone" name="emergencyPhone" type="tel" value="call us" aria-required="true"/);
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
    const doc = (await (await get('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, { example?: unknown; description?: string }> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/vessels', '/api/plans/{id}/issue', '/api/lookup', '/api/verify', '/api/plans/{id}/revisions/{rev}/copies/{n}'])
      expect(doc.paths).toHaveProperty([path]);
    expect(doc.components.schemas.VesselInput!.properties!.mmsi).toMatchObject({ example: '477101500' });
  });
});

describe('work that outlives a session', () => {
  it('holds a form posted after the session ended, says so at sign-in, and sends it again after signing in', async () => {
    const reg = await setup();
    const companyId = reg.ids.companyId('Harbour Wing Jetfoil Company Limited');
    await reg.personWithPassword('operator', { companyId }, 'ops@harbourwing.example.hk', 'pearl river ferries at night');
    const signIn = (held = '') =>
      reg.app.request('/signin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', Cookie: held },
        body: new URLSearchParams({ email: 'ops@harbourwing.example.hk', password: 'pearl river ferries at night', code: '', next: '/company' }).toString(),
      });
    const first = cookieOf(await signIn());
    // The form as the page gives it, filled in with a new alternate 24-hour line.
    const form = await (await reg.get(`/proposals/new?company=${companyId}`, first)).text();
    const fields = Object.fromEntries([...form.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replaceAll('&amp;', '&')]));
    fields.emergencyPhoneAlt = '+852 9123 8888';
    fields.note = '新的後備電話，由2026年12月5日起';
    // The session ends in another tab; the form is sent anyway.
    await reg.post('/signout', first, {});
    const proposals = async () => (await reg.db.selectFrom('proposals').select('id').execute()).length;
    const before = await proposals();
    const sent = await reg.post('/proposals', first, fields);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/signin?next=%2Fproposals&held=1');
    const held = cookieOf(sent);
    expect(held).toMatch(/^sar_held=/);
    expect(await proposals()).toBe(before);
    // The sign-in page says why it appears, in the reader's language.
    expect(await (await reg.get('/signin?next=%2Fproposals&held=1&lang=zh-Hant', held)).text()).toContain('您的登入已在儲存更改前結束。更改已為您保留');
    // Signed in again, the person is shown what they typed, to send it once more.
    const again = await signIn(held);
    expect(again.headers.get('location')).toBe('/held');
    const session = cookieOf(again);
    const page = await (await reg.get('/held?lang=en', `${session}; ${held}`)).text();
    expect(page).toContain('Your changes were kept');
    // What was typed is shown, field by field, before it is sent again.
    expect(page).toMatch(/<dt>[^<]+<\/dt><dd>\+852 9123 8888<\/dd>/);
    expect(page).toContain('<form method="post" action="/proposals"');
    expect(page).toContain('value="+852 9123 8888"');
    expect(page).toContain('value="新的後備電話，由2026年12月5日起"');
    const resent = await reg.post(
      '/proposals',
      session,
      Object.fromEntries([...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replaceAll('&amp;', '&')])),
    );
    expect(resent.status).toBe(303);
    expect(resent.headers.get('location')).toMatch(/^\/proposals\/\d+$/);
    expect(await proposals()).toBe(before + 1);
    // Shown once, and to nobody without a session.
    expect((await reg.get('/held', `${session}; ${held}`)).headers.get('location')).toBe('/');
    expect((await reg.get('/held', held)).headers.get('location')).toMatch(/^\/signin/);
  });
});

/** The values a page's form would send as it stands: its inputs, text areas and chosen options. */
function formValues(html: string, action: string): Record<string, string> {
  const form = new RegExp(`<form[^>]*action="${action}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1];
  if (!form) throw new Error(`no form posting to ${action}`);
  const un = (v: string) => v.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]+)"/.exec(m[1]!)?.[1];
    if (name && !/type="(submit|button|file|checkbox)"/.test(m[1]!)) out[name] = un(/value="([^"]*)"/.exec(m[1]!)?.[1] ?? '');
  }
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) out[m[1]!] = un(m[2]!);
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g))
    out[m[1]!] = un(/<option[^>]*value="([^"]*)"[^>]*selected/.exec(m[2]!)?.[1] ?? /<option[^>]*value="([^"]*)"/.exec(m[2]!)?.[1] ?? '');
  return out;
}

describe('a form sent after someone else changed its record', () => {
  it('shows what they changed and who, keeps what was entered beside it, and saves it over theirs only when asked, in each language', async () => {
    for (const [lang, title, send] of [
      ['zh-Hant', '在您工作期間，其他人已更改此紀錄', '以我的輸入覆蓋對方的更改並儲存'],
      ['zh-Hans', '在您工作期间，其他人已更改此记录', '以我的输入覆盖对方的更改并保存'],
      ['en', 'Someone else changed this while you were working', 'Save what I entered over their change'],
    ] as const) {
      const reg = await setup();
      const id = reg.ids.companyId('Harbour Wing Jetfoil Company Limited');
      const mine = `${await reg.sessionFor('registrar', { agency: 'HK', name: 'Lee Wing-sze' })}; sar_lang=${lang}`;
      const theirs = await reg.sessionFor('registrar', { agency: 'HK', name: 'Chan Tai-man' });
      // Both open the company's form; Chan saves a new 24-hour number first.
      const myForm = formValues(await (await reg.get(`/companies/${id}/edit`, mine)).text(), `/companies/${id}/edit`);
      const theirForm = formValues(await (await reg.get(`/companies/${id}/edit`, theirs)).text(), `/companies/${id}/edit`);
      expect((await reg.post(`/companies/${id}/edit`, theirs, { ...theirForm, emergencyPhone: '+852 2859 3000' })).status).toBe(303);
      // Lee, unaware, saves a new alternate number from the older form.
      const sent = await reg.post(`/companies/${id}/edit`, mine, { ...myForm, emergencyPhoneAlt: '+852 9123 8888' });
      expect(sent.status).toBe(412);
      const html = await sent.text();
      expect(html).toContain(`<h1>${title}</h1>`);
      // Their change, and who made it, in words; what Lee entered, beside it.
      expect(html).toContain('<strong>Chan Tai-man</strong>');
      expect(html).toMatch(/\+852 2859 3111 → \+852 2859 3000/);
      expect(html).toContain('+852 9123 8888');
      const company = async () =>
        reg.db.selectFrom('companies').select(['emergency_phone', 'emergency_phone_alt', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
      const now = await company();
      expect(now.emergency_phone).toBe('+852 2859 3000');
      expect(now.emergency_phone_alt).not.toBe('+852 9123 8888');
      // Sent again from that page, over the version that is there now.
      const again = formValues(html, `/companies/${id}/edit`);
      expect(again.version).toBe(String(now.version));
      expect(html).toContain(send);
      const saved = await reg.post(`/companies/${id}/edit`, mine, again);
      expect(saved.status).toBe(303);
      // Lee's whole form went over Chan's: that was the choice the page offered, stated on its button.
      expect(await company()).toMatchObject({ emergency_phone_alt: '+852 9123 8888', emergency_phone: myForm.emergencyPhone });
    }
  });
});

describe('a button pressed after the session ended', () => {
  it('leads, after signing in again, back to the page it was on, never to the address it posts to', async () => {
    const reg = await setup();
    const cookie = await reg.sessionFor('registrar', { agency: 'HK' });
    const plan = await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', reg.ids.vesselId('477101500')).executeTakeFirstOrThrow();
    reg.clock.now = new Date(reg.clock.now.getTime() + 31 * 60_000);
    const pressed = await reg.post(
      `/plans/${plan.id}/new-draft`,
      cookie,
      {},
      { Origin: 'http://localhost', Referer: `http://localhost/plans/${plan.id}?lang=en` },
    );
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(`/plans/${plan.id}?lang=en`)}`);
    // Another site's page as the Referer is no place to return to.
    const elsewhere = await reg.post(`/plans/${plan.id}/new-draft`, cookie, {}, { 'Sec-Fetch-Site': 'same-origin', Referer: 'https://evil.example/plans' });
    expect(elsewhere.headers.get('location')).toBe('/signin?next=%2F');
    // The pages tell the browser to send their address to the registry itself only.
    expect((await reg.get('/signin')).headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('a session about to end', () => {
  const MINUTE = 60_000;
  const leftOn = (html: string) => ({
    leftMs: Number(/data-left-ms="(-?\d+)"/.exec(html)?.[1]),
    by: /data-ends-by="(\w+)"/.exec(html)?.[1],
    button: /<div id="session-warning"[\s\S]*?<button type="button" class="primary">([^<]+)<\/button>/.exec(html)?.[1],
  });

  it('tells the page how long it has, and stays alive when the person asks, so a long form is never cut off', async () => {
    const reg = await setup();
    const cookie = await reg.sessionFor('registrar', { agency: 'HK', name: 'Lee Wing-sze' });
    const ship = reg.ids.vesselId('477101600');
    const start = reg.clock.now.getTime();
    for (const [lang, button] of [
      ['zh-Hant', '保持登入'],
      ['zh-Hans', '保持登录'],
      ['en', 'Stay signed in'],
    ] as const) {
      expect(leftOn(await (await reg.get(`/ships/${ship}/edit?lang=${lang}`, cookie)).text())).toEqual({ leftMs: 30 * MINUTE, by: 'idle', button });
    }
    // The form left open while the registrar types: 27 minutes with no request, then "Stay signed in".
    reg.clock.now = new Date(start + 27 * MINUTE);
    const extended = await reg.post('/session/extend', cookie, {});
    expect(extended.status).toBe(200);
    expect(await extended.json()).toEqual({ endsAt: new Date(start + 57 * MINUTE).toISOString(), endsBy: 'idle', leftMs: 30 * MINUTE });
    // 55 minutes after the page was opened the session still lives: the save goes through, not to the sign-in page.
    reg.clock.now = new Date(start + 55 * MINUTE);
    expect((await reg.get('/search', cookie)).status).toBe(200);
    // Left alone past the 30 minutes, it ends; asking to extend then is refused, and the page's script says so.
    reg.clock.now = new Date(start + 86 * MINUTE);
    const late = await reg.post('/session/extend', cookie, {});
    expect(late.status).toBe(303);
    expect(late.headers.get('location')).toBe('/signin?next=%2F');
    // Only from the registry's own pages.
    const other = await reg.post('/session/extend', await reg.sessionFor('coordinator', { agency: 'GD' }), {}, { Origin: 'https://evil.example' });
    expect(other.status).toBe(403);
  });

  it('near its 12-hour limit says when it ends and offers no extension, which could not move the limit', async () => {
    const reg = await setup();
    const cookie = await reg.sessionFor('operator', { companyId: reg.ids.companyId('Harbour Wing Jetfoil Company Limited') });
    const limit = new Date(reg.clock.now.getTime() + 10 * MINUTE).toISOString();
    await reg.db.updateTable('sessions').set({ expires_at: limit }).where('ended_at', 'is', null).execute();
    expect(leftOn(await (await reg.get('/company?lang=en', cookie)).text())).toEqual({ leftMs: 10 * MINUTE, by: 'limit', button: undefined });
    const page = await (await reg.get('/company?lang=zh-Hant', cookie)).text();
    expect(page).toContain('本次登入將於 <time class="at"></time> 達到 12 小時上限');
    const asked = await reg.post('/session/extend', cookie, {});
    expect(await asked.json()).toMatchObject({ endsAt: limit, endsBy: 'limit', leftMs: 10 * MINUTE });
  });
});

describe('an issue asked for twice', () => {
  it('lands on the issued revision after Back, a second press or a colleague issuing first, in the page language', async () => {
    const reg = await setup();
    const cookie = `${await reg.sessionFor('registrar', { agency: 'HK' })}; sar_lang=zh-Hant`;
    const plan = await reg.db.selectFrom('plans').select(['id', 'version']).where('vessel_id', '=', reg.ids.vesselId('477101500')).executeTakeFirstOrThrow();
    expect((await reg.post(`/plans/${plan.id}/new-draft`, cookie, { version: String(plan.version) })).status).toBe(303);
    const version = String((await reg.db.selectFrom('plans').select('version').where('id', '=', plan.id).executeTakeFirstOrThrow()).version);
    const form = { version, change: 'minor', summary: '更新緊急聯絡電話' };
    const issued = await reg.post(`/plans/${plan.id}/issue`, cookie, form);
    expect(issued.status).toBe(303);
    expect(issued.headers.get('location')).toBe(`/plans/${plan.id}?issued=1`);
    const revisions = async () => (await reg.db.selectFrom('plan_revisions').select('revision').where('plan_id', '=', plan.id).execute()).length;
    const after = await revisions();
    // The same form sent again (a second press, or Back and send): the issued revision, not an error, and nothing issued twice.
    const again = await reg.post(`/plans/${plan.id}/issue`, cookie, form);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/plans/${plan.id}?issued=1`);
    expect(await revisions()).toBe(after);
    const landed = await (await reg.get(`/plans/${plan.id}?issued=1`, cookie)).text();
    expect(landed).toMatch(/已簽發為第 2 修訂版（\d{4}-\d{2}-\d{2}）。五份受控副本見下。/);
    // Back to the check page of a draft no longer there: the same.
    const check = await reg.get(`/plans/${plan.id}/issue`, cookie);
    expect(check.status).toBe(303);
    expect(check.headers.get('location')).toBe(`/plans/${plan.id}?issued=1`);
  });
});

describe('the pages for assistive technology', () => {
  it("mark every label's second language with its lang, and never give two elements one id", async () => {
    const reg = await setup();
    const pages: [string, string][] = [
      [`${await reg.sessionFor('admin', { agency: 'HK' })}; sar_lang=zh-Hant`, '/people'],
      [`${await reg.sessionFor('registrar', { agency: 'HK' })}; sar_lang=zh-Hans`, `/ships/${reg.ids.vesselId('477101500')}/edit`],
      [`${await reg.sessionFor('registrar', { agency: 'MO' })}; sar_lang=en`, '/agency'],
      [`${await reg.sessionFor('operator', { companyId: reg.ids.companyId('Harbour Wing Jetfoil Company Limited') })}; sar_lang=zh-Hant`, '/account'],
    ];
    for (const [cookie, path] of pages) {
      const html = await (await reg.get(path, cookie)).text();
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length, path).toBeGreaterThan(3);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        path,
      ).toEqual([]);
      const second = [...html.matchAll(/<span class="en"( lang="([^"]+)")?>/g)];
      expect(second.length, path).toBeGreaterThan(0);
      const expected = cookie.endsWith('sar_lang=en') ? 'zh-Hant' : 'en';
      for (const m of second) expect(m[2], path).toBe(expected);
    }
  });
});
