import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/logger.ts';
import { setSecondFactor } from '../src/store/accounts.ts';
import { secondInstance } from './engine.ts';
import { json, testRegistry } from './helpers.ts';

// A burst of guesses sent at once is throttled as if each had failed: no more passwords are checked than
// the allowance, on every instance of one database, and a person's success forgives only their own address.

const EMAIL = 'duty@mrcc.example.hk';
const PASSWORD = 'lantau channel watch';

async function setup() {
  const reg = await testRegistry();
  await reg.personWithPassword('coordinator', { agency: 'HK' }, EMAIL, PASSWORD);
  // Behind one trusted proxy, so each request names its client's address.
  const app = createApp({ db: reg.db, logger: silentLogger, now: () => reg.clock.now, trustProxy: 1 });
  const signIn = (password: string, address: string) =>
    app.request('/signin?lang=en', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'X-Forwarded-For': address },
      body: new URLSearchParams({ email: EMAIL, password, next: '/search' }).toString(),
    });
  const sessions = async () => (await reg.db.selectFrom('sessions').select('id').execute()).length;
  const personId = async (email = EMAIL) => (await reg.db.selectFrom('principals').select('id').where('name', '=', email).executeTakeFirstOrThrow()).id;
  const later = (seconds: number) => (reg.clock.now = new Date(reg.clock.now.getTime() + seconds * 1000));
  return { ...reg, app, signIn, sessions, personId, later };
}

const sessionCookie = (res: Response) => /sar_session=[\w-]+/.exec(res.headers.get('set-cookie') ?? '')![0];

/** The notice a failed sign-in page shows. */
const noticeOf = async (res: Response) => /<p class="notice" role="alert">([\s\S]*?)<\/p>/.exec(await res.text())?.[1]?.trim();

describe('the sign-in throttle', () => {
  it('checks no more guesses of a burst sent at once than the allowance: the rest are 429, unchecked', async () => {
    const { signIn } = await setup();
    const guesses = Array.from({ length: 40 }, (_, i) => `harbour guess ${i}`);
    const statuses = (await Promise.all(guesses.map((g) => signIn(g, '198.51.100.7')))).map((r) => r.status);
    // Two failures are free, the third is checked and starts the wait: three checked, 37 held back.
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(37);
  });

  it('lets no password through a burst once the allowance is spent, the right one included', async () => {
    const { signIn, sessions } = await setup();
    const burst = [...Array.from({ length: 39 }, (_, i) => `harbour guess ${i}`), PASSWORD];
    const answers = await Promise.all(burst.map((p) => signIn(p, '198.51.100.7')));
    expect(answers.at(-1)!.status).toBe(429);
    expect(await answers.at(-1)!.text()).toContain('Too many failed attempts');
    expect(await sessions()).toBe(0);
  });

  it("forgives, on a person's success, only the failures of their own address, not an attacker's elsewhere", async () => {
    const { signIn, sessions } = await setup();
    for (const guess of ['harbour guess 1', 'harbour guess 2']) expect((await signIn(guess, '198.51.100.7')).status).toBe(401);
    // The person signs in from the RCC's own network.
    expect((await signIn(PASSWORD, '203.0.113.9')).status).toBe(303);
    expect(await sessions()).toBe(1);
    // The attacker's two failures still count: one more guess is checked, and the next must wait.
    expect((await signIn('harbour guess 3', '198.51.100.7')).status).toBe(401);
    expect((await signIn('harbour guess 4', '198.51.100.7')).status).toBe(429);
  });
});

describe('the sign-in throttle across instances', () => {
  it('checks no more guesses of a burst split between two instances of one database than of a burst sent to one', async () => {
    const reg = await setup();
    // On PostgreSQL a second pool, as a second server would have; on SQLite the one database file's connection.
    const other = secondInstance(reg.db);
    const second = createApp({ db: other, logger: silentLogger, now: () => reg.clock.now, trustProxy: 1 });
    try {
      const attempt = (app: typeof second, password: string) =>
        app.request('/signin?lang=en', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'X-Forwarded-For': '198.51.100.7' },
          body: new URLSearchParams({ email: EMAIL, password, next: '/search' }).toString(),
        });
      const burst = Array.from({ length: 40 }, (_, i) => attempt(i % 2 ? second : reg.app, `harbour guess ${i}`));
      const statuses = (await Promise.all(burst)).map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(37);
    } finally {
      if (other !== reg.db) await other.destroy();
    }
  });
});

describe('one answer for every failed sign-in', () => {
  it('says the same whatever failed: the password, a missing, wrong or used code, or an unknown e-mail', async () => {
    const reg = await setup();
    // The coordinator has set up an authenticator app.
    const secret = new OTPAuth.Secret({ size: 20 }).base32;
    await setSecondFactor(reg.db, await reg.personId(), { secret, confirmedAt: reg.clock.now.toISOString(), recoveryCodeHashes: [] });
    const code = () => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: reg.clock.now.getTime() });
    const attempt = (email: string, password: string, given: string, address: string) =>
      reg.app.request('/signin?lang=zh-Hant', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'X-Forwarded-For': address },
        body: new URLSearchParams({ email, password, code: given, next: '/search' }).toString(),
      });
    // Each from its own address, so that no wait comes between them.
    const failures = [
      await attempt(EMAIL, 'harbour guess', code(), '198.51.100.1'),
      await attempt(EMAIL, PASSWORD, '', '198.51.100.2'),
      await attempt(EMAIL, PASSWORD, '000000' === code() ? '111111' : '000000', '198.51.100.3'),
      await attempt('nobody@mrcc.example.hk', PASSWORD, code(), '198.51.100.4'),
    ];
    expect(failures.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    const notices = await Promise.all(failures.map(noticeOf));
    expect(new Set(notices)).toEqual(new Set(['電郵地址、密碼或驗證碼不正確（驗證器應用程式的每個驗證碼只可用一次：用過後請等下一個）']));
    // The right code signs in once; the same code again, with the right password, has the same answer.
    // (After the minute the account's four failures make every new address wait.)
    reg.later(60);
    const used = code();
    expect((await attempt(EMAIL, PASSWORD, used, '203.0.113.9')).status).toBe(303);
    reg.later(20);
    const again = await attempt(EMAIL, PASSWORD, used, '203.0.113.10');
    expect(again.status).toBe(401);
    expect(await noticeOf(again)).toBe(notices[0]);
    expect(await reg.sessions()).toBe(1);
  });

  it("does not spend the person's code on a wrong password", async () => {
    const reg = await setup();
    const secret = new OTPAuth.Secret({ size: 20 }).base32;
    await setSecondFactor(reg.db, await reg.personId(), { secret, confirmedAt: reg.clock.now.toISOString(), recoveryCodeHashes: [] });
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: reg.clock.now.getTime() });
    const attempt = (password: string, address: string) =>
      reg.app.request('/signin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'X-Forwarded-For': address },
        body: new URLSearchParams({ email: EMAIL, password, code, next: '/search' }).toString(),
      });
    expect((await attempt('harbour guess', '198.51.100.7')).status).toBe(401);
    expect((await attempt(PASSWORD, '203.0.113.9')).status).toBe(303);
  });
});

describe('no lock-out by a stranger', () => {
  /** Ten wrong passwords from the attacker's address, each after its wait. */
  async function attackerLocks(reg: Awaited<ReturnType<typeof setup>>) {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      reg.later(300);
      statuses.push((await reg.signIn(`harbour guess ${i}`, '198.51.100.7')).status);
    }
    expect(statuses).toEqual(Array(10).fill(401));
  }

  it("locks the attacker's address for the account, while the person signs in from the RCC's network", async () => {
    const reg = await setup();
    // The person has signed in from the RCC before.
    expect((await reg.signIn(PASSWORD, '203.0.113.9')).status).toBe(303);
    await attackerLocks(reg);
    // The attacker is held back, the right password included, for 15 minutes.
    reg.later(300);
    const held = await reg.signIn(PASSWORD, '198.51.100.7');
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(500);
    // The person, from their own network, at once.
    expect((await reg.signIn(PASSWORD, '203.0.113.9')).status).toBe(303);
    const audit = await reg.db.selectFrom('audit_events').select(['action', 'after']).where('action', '=', 'signin.locked').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ email: EMAIL, address: '198.51.100.7', failures: 10 });
  });

  it('slows guessing from everywhere for the account to one a minute, and no more: a new address of the person waits a minute at most', async () => {
    const reg = await setup();
    await attackerLocks(reg);
    // A guesser at another address is slowed by the account's count...
    const elsewhere = await reg.signIn('harbour guess 11', '192.0.2.44');
    expect(elsewhere.status).toBe(429);
    const wait = Number(elsewhere.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    // ...never locked: after the wait, the person signs in from their phone's new address.
    reg.later(wait);
    expect((await reg.signIn(PASSWORD, '192.0.2.44')).status).toBe(303);
  });

  it("lets the person's agency admin lift the locks, audited; nobody else", async () => {
    const reg = await setup();
    await attackerLocks(reg);
    const id = await reg.personId();
    const hkAdmin = await reg.tokenFor('admin', { agency: 'HK' });
    const before = await json(await reg.call('GET', `/api/people/${id}`, { token: hkAdmin }));
    expect(before.signInLockedUntil).toBe(new Date(reg.clock.now.getTime() + 15 * 60_000).toISOString());
    expect(await (await reg.call('GET', '/people', { headers: { Cookie: await reg.sessionFor('admin', { agency: 'HK' }) } })).text()).toContain(
      '某地址的登入已鎖定至',
    );
    // Macao's admin, Hong Kong's registrar and the coordinator themselves may not.
    for (const token of [
      await reg.tokenFor('admin', { agency: 'MO' }),
      await reg.tokenFor('registrar', { agency: 'HK' }),
      await reg.tokenFor('coordinator', { agency: 'HK' }),
    ]) {
      expect((await reg.call('POST', `/api/people/${id}/unlock`, { token })).status).toBe(403);
    }
    expect((await reg.signIn('harbour guess 12', '198.51.100.7')).status).toBe(429);
    const unlocked = await reg.call('POST', `/api/people/${id}/unlock`, { token: hkAdmin });
    expect(unlocked.status).toBe(200);
    expect((await json(unlocked)).signInLockedUntil).toBeNull();
    expect((await reg.signIn(PASSWORD, '198.51.100.7')).status).toBe(303);
    const actions = (await reg.db.selectFrom('audit_events').select('action').where('action', 'like', 'signin.%').orderBy('id').execute()).map((e) => e.action);
    expect(actions).toEqual(['signin.locked', 'signin.unlock']);
  });
});

describe("an agency's second-factor policy", () => {
  it('requires a second factor of the roles an agency adds: its people set one up before any other page; other agencies are untouched', async () => {
    const reg = await setup();
    await reg.personWithPassword('coordinator', { agency: 'MO' }, 'duty@marine.example.mo', PASSWORD);
    const hkAdmin = await reg.tokenFor('admin', { agency: 'HK' });
    // Only an admin sets it, and only roles that may be added, each once.
    expect(
      (
        await reg.call('PUT', '/api/people/sign-in-policy', {
          token: await reg.tokenFor('registrar', { agency: 'HK' }),
          body: { alsoRequiredFor: ['coordinator'] },
        })
      ).status,
    ).toBe(403);
    for (const body of [{ alsoRequiredFor: ['registrar'] }, { alsoRequiredFor: ['coordinator', 'coordinator'] }, { alsoRequiredFor: 'coordinator' }]) {
      expect((await reg.call('PUT', '/api/people/sign-in-policy', { token: hkAdmin, body })).status).toBe(400);
    }
    const set = await reg.call('PUT', '/api/people/sign-in-policy', { token: hkAdmin, body: { alsoRequiredFor: ['coordinator'] } });
    expect(set.status).toBe(200);
    expect(await json(set)).toMatchObject({ agency: 'HK', secondFactorRequiredFor: ['registrar', 'admin', 'coordinator'], withoutSecondFactor: 1 });
    // Hong Kong's coordinator signs in with the password, and is sent to set up the second factor first.
    const signedIn = await reg.signIn(PASSWORD, '203.0.113.9');
    expect(signedIn.status).toBe(303);
    const cookie = sessionCookie(signedIn);
    const search = await reg.app.request('/search?q=Cotai', { headers: { Cookie: cookie } });
    expect(search.status).toBe(303);
    expect(search.headers.get('location')).toBe('/account/second-factor');
    const enrol = await (await reg.app.request('/account/second-factor?lang=en', { headers: { Cookie: cookie } })).text();
    expect(enrol).toContain('Your agency now requires a second factor for your role');
    const secret = /<code>([A-Z2-7]{32})<\/code>/.exec(enrol)![1]!;
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: reg.clock.now.getTime() });
    const done = await reg.app.request('/account/second-factor', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', Cookie: cookie },
      body: new URLSearchParams({ code }).toString(),
    });
    expect(done.status).toBe(200);
    expect((await reg.app.request('/search?q=Cotai', { headers: { Cookie: cookie } })).status).toBe(200);
    // Macao's coordinator, under Macao's policy, goes on with a password alone.
    const macao = await reg.app.request('/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'X-Forwarded-For': '203.0.113.20' },
      body: new URLSearchParams({ email: 'duty@marine.example.mo', password: PASSWORD, next: '/search' }).toString(),
    });
    const macaoCookie = sessionCookie(macao);
    expect((await reg.app.request('/search?q=Cotai', { headers: { Cookie: macaoCookie } })).status).toBe(200);
    const audit = await reg.db.selectFrom('audit_events').select(['after']).where('action', '=', 'agency.signin_policy.update').execute();
    expect(audit.map((e) => JSON.parse(e.after!))).toEqual([{ secondFactorRequiredFor: ['registrar', 'admin', 'coordinator'] }]);
  });
});
