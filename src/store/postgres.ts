import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, PostgresDriver, sql, type DatabaseConnection, type TransactionSettings } from 'kysely';
import { AppError, refuse } from '../errors.ts';
import { refuseIfHolding } from './holding.ts';
import type { Database } from './schema.ts';

// The registry on PostgreSQL: what differs from SQLite in opening, transactions, errors and freshness.
// Only src/store/database.ts calls this module.

// Counts and sums come back as int8 and numeric, which pg hands over as strings; the registry's are small.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
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
  // A connection lost while COMMIT was on its way leaves the outcome unknown: such a failure is marked,
  // and never retried (the write may have been made).
  override async commitTransaction(connection: Parameters<PostgresDriver['commitTransaction']>[0]): Promise<void> {
    try {
      await super.commitTransaction(connection);
    } catch (err) {
      if (err instanceof AppError && err.code === 'database_unreachable') throw refuse('database_unreachable', {}, [], { commitUncertain: true });
      throw err;
    }
  }

  // A connection already lost has no transaction left to roll back (the server did it): the failure that
  // ended the transaction is the one to report, not the rollback's.
  override async rollbackTransaction(connection: Parameters<PostgresDriver['rollbackTransaction']>[0]): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'database_unreachable')) throw err;
    }
  }

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

export type PostgresOptions = {
  /** Connections in this instance's pool (10 unless told). */
  connections?: number;
  /** How long a request waits for a free connection before it is answered 503 (3 s unless told). */
  connectionWaitMs?: number;
  /** Told of each error on a connection, idle or in use (a dropped backend, a timeout that ended a session). */
  onConnectionError?: (err: Error) => void;
};

// Backstops on the registry's own sessions, so a request stuck by a fault frees its connection: no
// statement runs longer than this, and no transaction sits idle longer than that.
const STATEMENT_TIMEOUT_MS = 30_000;
const IDLE_IN_TRANSACTION_MS = 15_000;

/**
 * What readiness needs to know of a pool (since when every connection has been busy with requests
 * waiting), and the registry's own way to a connection, for the statement read without Kysely (firstValue).
 */
type PoolWatch = { pools: pg.Pool[]; current: () => pg.Pool; starvedSince: number | null; connect: () => Promise<pg.PoolClient> };
const watches = new WeakMap<object, PoolWatch>();

/**
 * The servers a URL names, one URL each: `postgres://u:p@primary:5432,standby:5432/registry` names two
 * (libpq's form, which node-postgres does not read). `target_session_attrs` is left out: the registry
 * always looks for the one that takes writes.
 */
function hostsOf(url: string): string[] {
  const parts = /^(postgres(?:ql)?:\/\/(?:[^@/]*@)?)([^/?#]*)(.*)$/i.exec(url);
  const hosts = parts?.[2]?.split(',') ?? [];
  if (!parts || hosts.length < 2) return [url];
  const rest = parts[3]!.replace(/([?&])target_session_attrs=[^&]*(&|$)/i, '$1').replace(/[?&]$/, '');
  return hosts.map((host) => `${parts[1]}${host}${rest}`);
}

export function openPostgres(url: string, opts: { busyTimeoutMs?: number } & PostgresOptions = {}): Kysely<Database> {
  const max = opts.connections ?? 10;
  const told = opts.onConnectionError ?? (() => {});
  const pools = hostsOf(url).map((hostUrl) => {
    const pool = new pg.Pool({
      connectionString: hostUrl,
      max,
      types,
      // A request never waits for ever for a connection: past this it is told to try again (503).
      connectionTimeoutMillis: opts.connectionWaitMs ?? 3000,
      // A writer waiting for another longer than lock_timeout is told the registry is busy, as on SQLite.
      options: [
        `-c lock_timeout=${Math.max(1, Math.floor(opts.busyTimeoutMs ?? 5000))}`,
        `-c statement_timeout=${STATEMENT_TIMEOUT_MS}`,
        `-c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_MS}`,
        // The registry's statements are short: compiling one to machine code costs more than running it.
        // A statement prepared by name gets a generic plan, whose estimates (a one-row table never
        // analysed, a range of unknown bounds) can pass JIT's threshold: 130 ms of compiling, every run.
        '-c jit=off',
      ].join(' '),
    });
    // An idle connection dropped by the server (a restart, a failover) must not end the process.
    pool.on('error', told);
    // Nor may one in use: pg emits 'error' on a client whose backend goes between statements (a killed
    // backend, the idle-in-transaction backstop). The listener goes on as the client is made, while pg's
    // pool still holds its own: a backend killed as the connection opens can send its error in the same
    // packet as "ready", and pg reads both before the code that asked for the connection runs again.
    pool.on('connect', (client) => client.on('error', told));
    return pool;
  });
  const servers = new Servers(pools);
  const watch: PoolWatch = { pools, current: () => servers.pool, starvedSince: null, connect: () => translating.connect() };
  const translating = {
    connect: async () => {
      refuseIfHolding(pools);
      const pool = servers.pool;
      if (watch.starvedSince === null && pool.idleCount === 0 && pool.totalCount >= max) watch.starvedSince = Date.now();
      const client = await servers.connect();
      if (servers.pool.waitingCount === 0) watch.starvedSince = null;
      return withDomainErrors(client, () => servers.lost());
    },
    end: () => Promise.all(pools.map((p) => p.end())),
  } as unknown as pg.Pool;
  const dialect = new (class extends PostgresDialect {
    override createDriver() {
      return new OneWriterDriver({ pool: translating });
    }
  })({ pool: translating });
  const db = new Kysely<Database>({ dialect });
  watches.set(db, watch);
  return db;
}

/**
 * The servers of one URL and which of them takes writes. With one, it is that one. With several (a
 * primary and its standby), a server is asked `pg_is_in_recovery()` before the registry uses it after
 * a change, and a standby is passed over: when the primary stops and its standby is promoted, writes
 * move to the promoted one without a restart, and never go to a server still in recovery.
 */
class Servers {
  #current = 0;
  #confirmed = false;
  constructor(private readonly pools: pg.Pool[]) {}

  get pool(): pg.Pool {
    return this.pools[this.#current]!;
  }

  /** A connection to the server that takes writes; the first problem met when none does. */
  async connect(): Promise<pg.PoolClient> {
    if (this.pools.length === 1) {
      try {
        return await this.pools[0]!.connect();
      } catch (err) {
        throw connectError(err);
      }
    }
    let first: unknown;
    for (let k = 0; k < this.pools.length; k++) {
      const i = (this.#current + k) % this.pools.length;
      let client: pg.PoolClient;
      try {
        client = await this.pools[i]!.connect();
      } catch (err) {
        first ??= err;
        if (i === this.#current) this.#confirmed = false;
        continue;
      }
      if (i === this.#current && this.#confirmed) return client;
      const standby = await client.query<{ r: boolean }>('select pg_is_in_recovery() as r').then(
        (res) => res.rows[0]!.r,
        () => true,
      );
      if (!standby) {
        this.#current = i;
        this.#confirmed = true;
        return client;
      }
      client.release();
      first ??= Object.assign(new Error('every server named is a standby in recovery'), { code: '57P03' });
    }
    throw connectError(first);
  }

  /** A statement found its server gone or read-only: ask again before the next connection is used. */
  lost(): void {
    this.#confirmed = false;
  }
}

/**
 * The first value of the one row `text` answers, read through the pool without Kysely: its executor
 * (the statement compiled, the connection wrapped, the result mapped) cost more of the instance's CPU than
 * the round trip itself for the registry's generation, which every lookup asks for. A connection as every
 * other statement's: the server that takes writes, the rule of holding.ts, the registry's errors.
 */
export async function firstValue(db: Kysely<Database>, text: string): Promise<unknown> {
  const watch = watches.get(db);
  if (!watch) throw new Error('not a database opened by openPostgres');
  const client = await watch.connect();
  try {
    const { rows } = await client.query(text);
    const row = rows[0] as Record<string, unknown> | undefined;
    return row === undefined ? undefined : Object.values(row)[0];
  } finally {
    client.release();
  }
}

/** What stands for `db`'s connections (the rule of holding.ts is kept per pool, whichever server it reaches). */
export function poolOf(db: Kysely<Database>): object {
  const watch = watches.get(db);
  if (!watch) throw new Error('not a database opened by openPostgres');
  return watch.pools;
}

/** How long every connection of `db`'s pool has been busy with requests waiting for one (0 when not). */
export function poolStarvedForMs(db: Kysely<Database>, now = Date.now()): number {
  const since = watches.get(db)?.starvedSince;
  return since == null ? 0 : now - since;
}

/** The pool's connections by state, and the requests waiting for one. */
export function poolCounts(db: Kysely<Database>): { total: number; idle: number; waiting: number } {
  const pool = watches.get(db)?.current();
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : { total: 0, idle: 0, waiting: 0 };
}

/**
 * Whether an error means the connection, not the statement, failed: the backend was ended (57P01 admin
 * shutdown, 57P02 crash shutdown, 57P03 cannot connect now), the connection broke (08xxx), or the socket
 * did (ECONNRESET …, or pg's own "Connection terminated"). What was sent may be retried on another one.
 */
export function connectionLost(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P') || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code)))
    return true;
  const message = err instanceof Error ? err.message : '';
  return /Connection terminated|Client has encountered a connection error|Client was closed|not queryable/i.test(message);
}

/** A connection that could not be had: the pool's wait ran out, or the server does not answer. */
function connectError(err: unknown): unknown {
  const message = err instanceof Error ? err.message : '';
  if (/timeout exceeded when trying to connect/i.test(message)) return refuse('connections_busy');
  if (connectionLost(err)) return refuse('database_unreachable');
  return domainError(err);
}

function withDomainErrors(client: pg.PoolClient, lost: () => void): pg.PoolClient {
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop !== 'query' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        const name = typeof args[0] === 'string' ? NAMED.get(args[0]) : undefined;
        const result = name ? value.call(target, { name, text: args[0], values: args[1] }) : value.apply(target, args);
        return result instanceof Promise
          ? result.catch((err: unknown) => {
              const said = domainError(err);
              if (said instanceof AppError && said.code === 'database_unreachable') lost();
              return Promise.reject(said);
            })
          : result;
      };
    },
  });
}

/** PostgreSQL's refusals that mean something to a caller, as the registry's own errors (see database.ts). */
function domainError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  // A backend ended or a socket broken under a statement: the request is told to try again (503). So is
  // a write sent to a server that is now a standby (read_only_sql_transaction): another may be the primary.
  if (connectionLost(err) || (err as { code?: unknown }).code === '25006') return refuse('database_unreachable');
  const e = err as { code?: unknown; detail?: string; constraint?: string };
  if (typeof e.code !== 'string') return err;
  // unique_violation: the detail names the key, as SQLite's message does.
  if (e.code === '23505') return refuse('unique_clash', { key: e.detail ?? e.constraint ?? 'none' });
  // lock_not_available, serialization_failure, deadlock_detected, too_many_connections, cannot_connect_now.
  if (['55P03', '40001', '40P01', '53300'].includes(e.code)) return refuse('registry_busy');
  return err;
}

/** A read transaction that sees one state of the registry (see inReadSnapshot). */
export const SNAPSHOT_BEGIN = sql`begin transaction isolation level repeatable read read only`;

/**
 * Statements prepared by name on each connection, by their text, so the server parses and plans them once
 * per connection instead of on every run (see prepared.ts). Only what runs on every request, and only
 * with named columns: a prepared `select *` fails once a newer instance's migration adds a column.
 */
const NAMED = new Map<string, string>();

/** Has the statement `text` prepared by `name` on each connection that runs it. */
export function nameStatement(text: string, name: string): void {
  if (/\bselect\s+(\w+\.)?\*/i.test(text)) throw new Error(`${name}: a statement prepared by name must name its columns`);
  NAMED.set(text, name);
}
