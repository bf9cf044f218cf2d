import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, PostgresDriver, sql, type DatabaseConnection, type TransactionSettings } from 'kysely';
import { AppError } from '../errors.ts';
import type { Database } from './schema.ts';

// The registry on PostgreSQL: what differs from SQLite in opening, transactions, errors and freshness.
// Only src/store/database.ts calls this module.

// Counts and sums come back as int8 and numeric, which pg hands over as strings; the registry's are small.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Any value will do, as long as it is the same in every instance: the registry's one writer lock. */
const WRITER_LOCK = 0x5a4_2015;

/**
 * Every transaction here writes, and the registry's rules assume one writer at a time (the audit chain
 * links each event to the previous one; plan numbers count up per agency), as SQLite guarantees with
 * BEGIN IMMEDIATE. On PostgreSQL, shared by several app instances, a transaction-level advisory lock
 * taken at BEGIN gives the same: writers queue, readers never wait.
 */
class OneWriterDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    try {
      await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITER_LOCK})`));
    } catch (err) {
      // Kysely rolls back only a transaction that began: one that could not take the lock must not go
      // back to the pool still open (and aborted).
      await connection.executeQuery(CompiledQuery.raw('rollback'));
      throw err;
    }
  }
}

export function openPostgres(url: string, opts: { busyTimeoutMs?: number; connections?: number } = {}): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.connections ?? 10,
    types,
    // A writer waiting for another longer than this is told the registry is busy, as on SQLite.
    options: `-c lock_timeout=${Math.max(1, Math.floor(opts.busyTimeoutMs ?? 5000))}`,
  });
  // An idle connection dropped by the server (a restart, a failover) must not end the process.
  pool.on('error', () => {});
  const translating = {
    connect: async () => withDomainErrors(await pool.connect()),
    end: () => pool.end(),
  } as unknown as pg.Pool;
  const dialect = new (class extends PostgresDialect {
    override createDriver() {
      return new OneWriterDriver({ pool: translating });
    }
  })({ pool: translating });
  return new Kysely<Database>({ dialect });
}

function withDomainErrors(client: pg.PoolClient): pg.PoolClient {
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop !== 'query' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        return result instanceof Promise ? result.catch((err: unknown) => Promise.reject(domainError(err))) : result;
      };
    },
  });
}

/** PostgreSQL's refusals that mean something to a caller, as the registry's own errors (see database.ts). */
function domainError(err: unknown): unknown {
  const e = err as { code?: unknown; detail?: string; constraint?: string };
  if (typeof e.code !== 'string') return err;
  // unique_violation: the detail names the key, as SQLite's message does.
  if (e.code === '23505') return new AppError('conflict', `Conflicts with a record already in the registry (UNIQUE ${e.detail ?? e.constraint ?? ''})`.replace(' ()', ''));
  // lock_not_available, serialization_failure, deadlock_detected, too_many_connections, cannot_connect_now.
  if (['55P03', '40001', '40P01', '53300', '57P03'].includes(e.code)) return new AppError('unavailable', 'The registry is busy; try again in a moment');
  return err;
}

/** A read transaction that sees one state of the registry (see inReadSnapshot). */
export const SNAPSHOT_BEGIN = sql`begin transaction isolation level repeatable read read only`;

/** The generation row the baseline's triggers move on every write (see dataGeneration). */
export async function generationOf(db: Kysely<Database>): Promise<string> {
  const row = await sql<{ generation: number }>`select generation from registry_generation`.execute(db);
  return String(row.rows[0]?.generation ?? 0);
}
