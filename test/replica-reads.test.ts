import { createServer, connect, type Server, type Socket } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/logger.ts';
import { openDatabase, readFromReplica } from '../src/store/database.ts';
import { databaseUrlOf } from './engine.ts';
import { demoIds, json, TEST_ENGINE, testRegistry } from './helpers.ts';

// A PostgreSQL registry with a replica (DATABASE_REPLICA_URL): while the primary cannot be reached,
// lookups, the incident book and the pages are read from the replica and say so, and changes are
// refused with a 503 and Retry-After; once the primary is back, reads go to it again and see what was
// written there. The primary is reached through a proxy on this machine that the test can cut; the
// replica is the same database reached directly (a streaming standby holds the same rows; the failover
// drill, test/failover-drill.test.ts, tries a real one).

/** A TCP proxy to `port`: cut() refuses new connections and ends the open ones; mend() takes them again. */
async function proxyTo(port: number) {
  const open = new Set<Socket>();
  let server: Server | null = null;
  const listen = (at: number) =>
    new Promise<number>((ready) => {
      server = createServer((client) => {
        const upstream = connect(port, '127.0.0.1');
        for (const s of [client, upstream]) {
          open.add(s);
          s.on('error', () => {});
          s.on('close', () => open.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(at, '127.0.0.1', () => ready((server!.address() as { port: number }).port));
    });
  const at = await listen(0);
  return {
    port: at,
    cut: async () => {
      const closed = new Promise((done) => server!.close(done));
      for (const s of open) s.destroy();
      await closed;
    },
    mend: async () => {
      await listen(at);
    },
  };
}

describe.runIf(TEST_ENGINE === 'postgres')('reads from the replica while the primary cannot be reached', () => {
  it('keep lookups, the incident book and the pages answering, saying so; changes wait with a 503; the primary is read again once back', async () => {
    const reg = await testRegistry();
    const url = new URL(databaseUrlOf(reg.db)!);
    const proxy = await proxyTo(Number(url.port || 5432));
    const viaProxy = new URL(url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const primary = openDatabase(viaProxy.toString(), { connections: 4, connectionWaitMs: 1000 });
    const replica = openDatabase(url.toString(), { connections: 2 });
    onTestFinished(async () => {
      await proxy.cut();
      await Promise.all([primary.destroy(), replica.destroy()]);
    });
    readFromReplica(primary, replica, 'fallback', { primaryRetryMs: 0 });
    const app = createApp({ db: primary, logger: createLogger('silent'), now: () => reg.clock.now });
    const coordinator = await reg.tokenFor('coordinator', { agency: 'MO' });
    const registrar = await reg.tokenFor('registrar', { agency: 'HK' });
    const cookie = await reg.sessionFor('coordinator', { agency: 'HK' });
    const get = (path: string, headers: Record<string, string>) => app.request(path, { headers });
    const lookup = async (q: string) => {
      const res = await get(`/api/lookup?q=${encodeURIComponent(q)}`, { Authorization: `Bearer ${coordinator}` });
      return { res, body: await json(res) };
    };
    const vesselId = (await demoIds(reg.db)).vesselId('477101500');

    // The primary answers: nothing is said of a replica.
    const before = await lookup('金龍');
    expect(before.res.status).toBe(200);
    expect(before.body.servedFrom).toBeUndefined();
    expect(before.res.headers.get('registry-served-from')).toBeNull();
    const tag = (await get(`/api/vessels/${vesselId}`, { Authorization: `Bearer ${registrar}` })).headers.get('etag')!;

    await proxy.cut();
    // Lookups by a Traditional name, a Simplified one and an MMSI come from the replica, and say so.
    for (const q of ['金龍', '澳门', '477101500']) {
      const during = await lookup(q);
      expect(during.res.status).toBe(200);
      expect(during.body.servedFrom).toBe('replica');
      expect(during.res.headers.get('registry-served-from')).toBe('replica');
      expect(during.body.items.length).toBeGreaterThan(0);
    }
    const book = await get('/api/incident-book?format=html', { Authorization: `Bearer ${coordinator}` });
    expect(book.status).toBe(200);
    expect(book.headers.get('registry-served-from')).toBe('replica');
    // The instance stays in service for reads.
    expect(await json(await app.request('/readyz'))).toEqual({ status: 'ok', servedFrom: 'replica' });
    // A coordinator's search page says changes are paused, in the reader's language.
    const pageRes = await get('/search?q=%E9%87%91%E9%BE%8D&lang=zh-Hant', { Cookie: cookie });
    const page = await pageRes.text();
    expect(page).toContain('唯讀：主資料庫暫時無法連線');
    expect(page).toContain('金龍');
    // A change is refused, to be sent again: not queued, not half-made.
    const refused = await app.request(`/api/vessels/${vesselId}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${registrar}`, 'Content-Type': 'application/json', 'If-Match': tag, 'Accept-Language': 'en' },
      body: JSON.stringify({ nameEn: 'Golden Dragon Wing II' }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await json(refused)).code).toBe('database_unreachable');

    await proxy.mend();
    // Back on the primary: the change goes through, and the next lookup sees it, read from the primary.
    const changed = await app.request(`/api/vessels/${vesselId}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${registrar}`, 'Content-Type': 'application/json', 'If-Match': tag },
      body: JSON.stringify({ nameEn: 'Golden Dragon Wing II' }),
    });
    expect(changed.status).toBe(200);
    const after = await lookup('477101500');
    expect(after.body.servedFrom).toBeUndefined();
    expect(after.body.items[0].vessel.nameEn).toBe('Golden Dragon Wing II');
  });

  it('moves writes to the server that takes them when DATABASE_URL names several and the first is gone', async () => {
    const reg = await testRegistry();
    const url = new URL(databaseUrlOf(reg.db)!);
    // A port nothing listens on, first: the registry passes over it to the live server.
    const dead = await proxyTo(1);
    await dead.cut();
    const both = `postgres://${url.username}:${url.password}@127.0.0.1:${dead.port},${url.hostname}:${url.port || 5432}${url.pathname}?target_session_attrs=read-write`;
    const db = openDatabase(both, { connections: 2 });
    onTestFinished(() => db.destroy());
    const app = createApp({ db, logger: createLogger('silent'), now: () => reg.clock.now });
    const registrar = await reg.tokenFor('registrar', { agency: 'HK' });
    const vesselId = (await demoIds(reg.db)).vesselId('477101500');
    const read = await app.request(`/api/vessels/${vesselId}`, { headers: { Authorization: `Bearer ${registrar}` } });
    expect(read.status).toBe(200);
    const changed = await app.request(`/api/vessels/${vesselId}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${registrar}`, 'Content-Type': 'application/json', 'If-Match': read.headers.get('etag')! },
      body: JSON.stringify({ crew: 14 }),
    });
    expect(changed.status).toBe(200);
    expect((await json(changed)).crew).toBe(14);
  });
});
