import { sql } from 'kysely';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createApp } from '../src/app.ts';
import { hashSecret, mintSecret, secretHint } from '../src/domain/access.ts';
import { silentLogger } from '../src/logger.ts';
import { requireReady } from '../src/services/health.ts';
import { connectionsStarvedForMs, NestedConnectionError, inReadSnapshot, inTransaction } from '../src/store/database.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { sharedRegistry } from './engine.ts';
import { json, TEST_ENGINE, testRegistry } from './helpers.ts';

// Coordinators at three centres search at once, often right after a registrar saved something (every
// cache cold). On PostgreSQL each test registry has a pool of 4 connections: a request that held one
// while waiting for another froze the instance for good once as many requests as connections did so.

// Distinct everyday queries: fragments in both scripts, English, identifiers.
const QUERIES = [
  '澳门',
  '飛翼',
  '飞翼',
  '鵬',
  '區快線',
  'GOLDEN dragon',
  'ocean glory',
  '海荣',
  '477101500',
  '9319466',
  'vrjf7',
  '3ba4318f80ffbff',
  'HK-JF-0871',
  'ma',
  '江',
  '蓮花',
];

async function afterAChange() {
  const reg = await testRegistry();
  const coordinator = await reg.tokenFor('coordinator', { agency: 'HK', name: 'Duty coordinator, MRCC Hong Kong' });
  const registrar = await reg.tokenFor('registrar', { agency: 'HK' });
  // A registrar's save moves the registry's generation: every cache the lookups read is cold after it.
  const change = async () => {
    const read = await reg.call('GET', '/api/agencies/HK', { token: registrar });
    const agency = await json(read);
    const res = await reg.call('PUT', '/api/agencies/HK/rcc', {
      token: registrar,
      headers: { 'If-Match': read.headers.get('etag')! },
      body: { ...agency.rcc, fax: agency.rcc.fax === '+852 2541 7714' ? '+852 2541 7715' : '+852 2541 7714' },
    });
    expect(res.status).toBe(200);
  };
  return { ...reg, coordinator, registrar, change };
}

describe('many requests at once after a change', () => {
  it('every one of more concurrent lookups than the pool has connections answers, round after round', async () => {
    const { call, coordinator, change } = await afterAChange();
    for (let round = 0; round < 3; round += 1) {
      await change();
      const answers = await Promise.all(QUERIES.map((q) => call('GET', `/api/lookup?q=${encodeURIComponent(q)}`, { token: coordinator })));
      expect(answers.map((r) => r.status)).toEqual(QUERIES.map(() => 200));
      const found = await Promise.all(answers.map(async (r) => (await json(r)).items.length));
      // Every query names a demo ship.
      expect(found.every((n) => n > 0)).toBe(true);
    }
    // And the instance is not left stuck: the next request answers.
    const after = await call('GET', '/api/agencies', { token: coordinator });
    expect(after.status).toBe(200);
  });

  it('lookups, incident books and changes-feed polls mixed together all answer', async () => {
    const { call, coordinator, change } = await afterAChange();
    await change();
    const requests = [
      ...QUERIES.slice(0, 8).map((q) => `/api/lookup?q=${encodeURIComponent(q)}`),
      '/api/incident-book?format=html',
      '/api/incident-book?format=html&area=MO',
      '/api/incident-book?format=html&area=GD',
      '/api/changes?limit=20',
      '/api/changes?limit=5',
      '/api/changes?after=1&limit=5',
    ];
    const answers = await Promise.all(requests.map((path) => call('GET', path, { token: coordinator })));
    expect(answers.map((r) => r.status)).toEqual(requests.map(() => 200));
    const book = await answers[8]!.text();
    expect(book).toContain('Macau Star');
    expect((await call('GET', '/api/lookup?q=Macau', { token: coordinator })).status).toBe(200);
  });
});

describe('the store refuses a second connection to a request that holds one', () => {
  it('a read through the database inside a read snapshot fails at once, naming the rule', async () => {
    const { db } = await testRegistry();
    const inside = inReadSnapshot(db, async () => sql`select 1 as one`.execute(db));
    await expect(inside).rejects.toBeInstanceOf(NestedConnectionError);
    await expect(inReadSnapshot(db, async () => sql`select 1 as one`.execute(db))).rejects.toThrow(/read snapshot/);
    // The snapshot's own reads are what it is for.
    const own = await inReadSnapshot(db, async (snapshot) => (await sql<{ one: number }>`select 1 as one`.execute(snapshot)).rows[0]!.one);
    expect(own).toBe(1);
  });

  it('a read through the database inside a transaction fails, and the transaction changes nothing', async () => {
    const { db } = await testRegistry();
    const before = await db.selectFrom('agencies').select('name_en').where('code', '=', 'MO').executeTakeFirstOrThrow();
    const inside = inTransaction(db, async (trx) => {
      await trx.updateTable('agencies').set({ name_en: 'Marine and Water Bureau (changed)' }).where('code', '=', 'MO').execute();
      return db.selectFrom('agencies').selectAll().execute();
    });
    await expect(inside).rejects.toThrow(/transaction/);
    const after = await db.selectFrom('agencies').select('name_en').where('code', '=', 'MO').executeTakeFirstOrThrow();
    expect(after.name_en).toBe(before.name_en);
  });

  it.runIf(TEST_ENGINE === 'sqlite')('holds on SQLite too, where the one connection would wait for itself', async () => {
    const { db } = await testRegistry();
    await expect(inTransaction(db, async () => sql`select 1`.execute(db))).rejects.toBeInstanceOf(NestedConnectionError);
  });
});

describe.runIf(TEST_ENGINE === 'postgres')('a pool whose connections are all taken', () => {
  it('answers 503 with Retry-After after a bounded wait, says so on /readyz, and serves again once one is free', async () => {
    const shared = await sharedRegistry();
    const db = shared.open({ connections: 2, connectionWaitMs: 300 });
    onTestFinished(() => db.destroy());
    const secret = mintSecret();
    const principal = await createPrincipal(db, { name: 'Duty coordinator, Macao', role: 'coordinator', agency: 'MO', companyId: null });
    await addToken(db, principal.id, hashSecret(secret), secretHint(secret));
    const app = createApp({ db, logger: silentLogger, now: () => new Date() });
    const lookup = () => app.request('/api/lookup?q=%E6%BE%B3%E9%96%80', { headers: { Authorization: `Bearer ${secret}` } });
    expect((await lookup()).status).toBe(200);

    // Two long reads hold both connections until they are let go.
    let letGo!: () => void;
    const released = new Promise<void>((resolve) => (letGo = resolve));
    onTestFinished(() => letGo());
    let holding = 0;
    let bothHeld!: () => void;
    const held = new Promise<void>((resolve) => (bothHeld = resolve));
    const readers = [0, 1].map(() =>
      inReadSnapshot(db, async () => {
        holding += 1;
        if (holding === 2) bothHeld();
        await released;
      }),
    );
    await held;
    const refused = await lookup();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await json(refused)).toMatchObject({ code: 'connections_busy', category: 'unavailable' });
    expect(connectionsStarvedForMs(db)).toBeGreaterThan(0);
    expect((await app.request('/readyz')).status).toBe(503);

    letGo();
    await Promise.all(readers);
    expect((await lookup()).status).toBe(200);
    expect(connectionsStarvedForMs(db)).toBe(0);
    expect((await app.request('/readyz')).status).toBe(200);
  });

  it('/readyz turns away traffic once every connection has been busy for more than five seconds', async () => {
    const shared = await sharedRegistry();
    const db = shared.open({ connections: 1, connectionWaitMs: 200 });
    onTestFinished(() => db.destroy());
    let letGo!: () => void;
    const released = new Promise<void>((resolve) => (letGo = resolve));
    onTestFinished(() => letGo());
    let isHeld!: () => void;
    const held = new Promise<void>((resolve) => (isHeld = resolve));
    const reader = inReadSnapshot(db, async () => {
      isHeld();
      await released;
    });
    await held;
    // A request that waited in vain marks the pool starved from then on.
    await expect(sql`select 1`.execute(db)).rejects.toMatchObject({ code: 'connections_busy' });
    const starvedAt = Date.now();
    // Within the first seconds the readiness check still tries, and its own wait runs out.
    await expect(requireReady(db)).rejects.toMatchObject({ code: 'database_silent' });
    vi.useFakeTimers({ toFake: ['Date'], now: starvedAt + 6000 });
    try {
      await expect(requireReady(db)).rejects.toMatchObject({
        code: 'pool_starved',
        params: { seconds: 6 },
        message: 'Every database connection has been busy for 6 s',
      });
    } finally {
      vi.useRealTimers();
    }
    letGo();
    await reader;
    await expect(requireReady(db)).resolves.toBe('primary');
  });
});
