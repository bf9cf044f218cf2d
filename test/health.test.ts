import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/logger.ts';
import { endConnectionsTo, newPostgresRegistry, onServer } from './engine.ts';
import { json, TEST_ENGINE, testRegistry } from './helpers.ts';

// What a load balancer asks: /healthz (the process is alive) and /readyz (it can serve this registry).
describe('/readyz', () => {
  it('is ready on a registry whose migrations are the ones this version knows', async () => {
    const { call } = await testRegistry();
    expect((await call('GET', '/healthz')).status).toBe(200);
    const ready = await call('GET', '/readyz');
    expect(ready.status).toBe(200);
    // Every agency can sign (the demo made their keys), so every agency's plans can be issued.
    expect(await json(ready)).toEqual({ status: 'ok', signing: { GD: 'ready', HK: 'ready', MO: 'ready' } });
  });

  it('turns traffic away while the database lacks a migration, or holds one a newer version made; /healthz still answers', async () => {
    const { call, db } = await testRegistry();
    const [last] = (await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db)).rows;
    await sql`delete from kysely_migration where name = ${last!.name}`.execute(db);
    const lacking = await call('GET', '/readyz');
    expect(lacking.status).toBe(503);
    expect(lacking.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await json(lacking)).detail).toBe(`The database lacks migrations ${last!.name}: run npm run migrate`);
    expect((await call('GET', '/healthz')).status).toBe(200);

    await sql`insert into kysely_migration (name, timestamp) values (${last!.name}, ${new Date().toISOString()})`.execute(db);
    expect((await call('GET', '/readyz')).status).toBe(200);
    await sql`insert into kysely_migration (name, timestamp) values ('0099_from_a_newer_version', ${new Date().toISOString()})`.execute(db);
    const newer = await call('GET', '/readyz');
    expect(newer.status).toBe(503);
    expect((await json(newer)).detail).toMatch(/migrations this version does not know \(0099_from_a_newer_version\)/);
  });

  it.runIf(TEST_ENGINE === 'postgres')(
    'turns 503 while the database refuses connections (its backends killed), and 200 once it takes them again; the process carries on',
    async () => {
      const { db, name } = await newPostgresRegistry();
      const app = createApp({ db, logger: silentLogger, now: () => new Date() });
      try {
        expect((await app.request('/readyz')).status).toBe(200);
        await onServer(async (c) => {
          await c.query(`alter database ${name} allow_connections false`);
        });
        await endConnectionsTo(name);
        const away = await app.request('/readyz');
        expect(away.status).toBe(503);
        expect(away.headers.get('retry-after')).toMatch(/^\d+$/);
        // Whether the check's connection was refused or its query went unanswered, the category is the same.
        expect(await json(away)).toMatchObject({
          category: 'unavailable',
          code: expect.stringMatching(/^(database_silent|database_unreachable|connections_busy)$/),
        });
        expect((await app.request('/healthz')).status).toBe(200);
        await onServer((c) => c.query(`alter database ${name} allow_connections true`));
        expect((await app.request('/readyz')).status).toBe(200);
      } finally {
        await onServer((c) => c.query(`alter database ${name} allow_connections true`));
        await db.destroy();
        await onServer((c) => c.query(`drop database if exists ${name}`));
      }
    },
  );
});
