import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { refuse } from '../src/errors.ts';
import { connectionRetries, inReadSnapshot, inTransaction } from '../src/store/database.ts';
import { endConnectionsTo, onServer } from './engine.ts';
import { hongKongCompany, json, TEST_ENGINE, testRegistry } from './helpers.ts';

// A connection lost under a read or a transaction (a backend ended, a failover) is survived: a read is
// sent again on another connection, a transaction that had not reached its COMMIT is carried out again
// whole, and one lost during its COMMIT is not (it may have been made): that, and a second loss, is a
// 503 with Retry-After, never a 500 and never a half-applied write.

describe('the rule for a lost connection', () => {
  it('carries a transaction out again whole when its connection was lost before COMMIT, once', async () => {
    const { db } = await testRegistry();
    let attempts = 0;
    const before = connectionRetries();
    const result = await inTransaction(db, async () => {
      attempts += 1;
      if (attempts === 1) throw refuse('database_unreachable');
      return 'written';
    });
    expect(result).toBe('written');
    expect(attempts).toBe(2);
    expect(connectionRetries()).toBe(before + 1);
    // Lost twice: the caller is told (503), not retried for ever.
    attempts = 0;
    await expect(
      inTransaction(db, async () => {
        attempts += 1;
        throw refuse('database_unreachable');
      }),
    ).rejects.toMatchObject({ code: 'database_unreachable', status: 503 });
    expect(attempts).toBe(2);
  });

  it('never carries out again a transaction whose COMMIT may have been made', async () => {
    const { db } = await testRegistry();
    let attempts = 0;
    await expect(
      inTransaction(db, async () => {
        attempts += 1;
        throw refuse('database_unreachable', {}, [], { commitUncertain: true });
      }),
    ).rejects.toMatchObject({ code: 'database_unreachable' });
    expect(attempts).toBe(1);
  });
});

describe.runIf(TEST_ENGINE === 'postgres')('a PostgreSQL backend ended under the registry', () => {
  const terminate = (pid: number) => onServer((c) => c.query('select pg_terminate_backend($1)', [pid]));

  it('mid-transaction: the transaction is carried out again on another connection, and its write is there once', async () => {
    const { db } = await testRegistry();
    let attempts = 0;
    await inTransaction(db, async (trx) => {
      attempts += 1;
      if (attempts === 1) {
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;
        await terminate(pid);
      }
      await trx.updateTable('agencies').set({ updated_at: '2026-12-04T08:00:00.000Z' }).where('code', '=', 'MO').execute();
    });
    expect(attempts).toBe(2);
    expect((await db.selectFrom('agencies').select('updated_at').where('code', '=', 'MO').executeTakeFirstOrThrow()).updated_at).toBe(
      '2026-12-04T08:00:00.000Z',
    );
  });

  it('mid-read: the snapshot is read again on another connection', async () => {
    const { db } = await testRegistry();
    let attempts = 0;
    const agencies = await inReadSnapshot(db, async (snapshot) => {
      attempts += 1;
      if (attempts === 1) await terminate((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(snapshot)).rows[0]!.pid);
      return snapshot.selectFrom('agencies').select('code').orderBy('code').execute();
    });
    expect(attempts).toBe(2);
    expect(agencies.map((a) => a.code)).toEqual(['GD', 'HK', 'MO']);
  });

  it('every connection of the pool ended at once: the next lookup and write are answered as usual', async () => {
    const reg = await testRegistry();
    const coordinator = await reg.tokenFor('coordinator', { agency: 'HK' });
    const registrar = await reg.tokenFor('registrar', { agency: 'HK' });
    expect((await reg.call('GET', '/api/lookup?q=477101500', { token: coordinator })).status).toBe(200);
    const database = (await sql<{ name: string }>`select current_database() as name`.execute(reg.db)).rows[0]!.name;
    await endConnectionsTo(database);
    const found = await reg.call('GET', '/api/lookup?q=477101500', { token: coordinator });
    expect(found.status).toBe(200);
    expect((await json(found)).items[0].vessel.mmsi).toBe('477101500');
    const made = await reg.call('POST', '/api/companies', { token: registrar, body: hongKongCompany() });
    expect(made.status).toBe(201);
  });

  it('a connection is never without a listener for its errors, not even as pg hands it over', async () => {
    // pg's pool takes its own listener off a client as it hands it out, inside the same read of the
    // socket that may already hold the backend's FATAL error (a backend killed as it opened). The
    // registry's listener must be on by then, or that error ends the process.
    const bare: number[] = [];
    const original = pg.Client.prototype.removeListener;
    const spy = vi.spyOn(pg.Client.prototype, 'removeListener').mockImplementation(function (this: pg.Client, event, listener) {
      const result = original.call(this, event, listener);
      if (event === 'error') bare.push(this.listenerCount('error'));
      return result;
    });
    try {
      const reg = await testRegistry();
      const database = (await sql<{ name: string }>`select current_database() as name`.execute(reg.db)).rows[0]!.name;
      // Every connection ended, so the next requests open new ones, each handed over at least once.
      await endConnectionsTo(database);
      const coordinator = await reg.tokenFor('coordinator', { agency: 'HK' });
      await Promise.all(Array.from({ length: 4 }, () => reg.call('GET', '/api/lookup?q=477101500', { token: coordinator })));
    } finally {
      spy.mockRestore();
    }
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.filter((n) => n === 0)).toEqual([]);
  });
});
