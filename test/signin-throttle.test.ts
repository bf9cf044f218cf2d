import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/logger.ts';
import { testRegistry } from './helpers.ts';

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
  return { ...reg, signIn, sessions };
}

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
