import { AsyncLocalStorage } from 'node:async_hooks';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresAdapter, sql, SqliteDialect, SqliteDriver, type MigrationResultSet, type Transaction } from 'kysely';
import { migrations, postgresMigrations } from '../../db/migrations/index.ts';
import { AppError, refuse } from '../errors.ts';
import { holdsTransaction, refuseIfHolding, renderingInTransactionAllowed, whileHolding } from './holding.ts';
export { allowingRenderingInTransaction } from './holding.ts';
import { firstValue, openPostgres, poolCounts, poolOf, poolStarvedForMs, SNAPSHOT_BEGIN, type PostgresOptions } from './postgres.ts';

export { nameStatement } from './postgres.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Repositories take either the database or a transaction first. */
export type Executor = Db | Tx;

export type Engine = 'sqlite' | 'postgres';

export { NestedConnectionError } from './holding.ts';

/** Whether `location` names a PostgreSQL database (a postgres:// URL) rather than a SQLite file. */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/**
 * Opens the registry's store. A postgres:// URL opens PostgreSQL (a pool; several app instances may
 * share the database). Anything else is a file for the embedded SQLite store: WAL for concurrent
 * readers, foreign keys enforced, waits on a busy writer.
 */
export function openDatabase(location: string, opts: { busyTimeoutMs?: number; create?: boolean } & PostgresOptions = {}): Db {
  if (isPostgresUrl(location)) {
    const db = openPostgres(location, opts);
    onPostgres.add(db);
    connectionKeys.set(db, poolOf(db));
    return db;
  }
  // A mistyped path must not become a new, empty registry: only an explicit creation makes the file.
  if (location !== ':memory:' && !opts.create && !existsSync(location)) throw new RegistryMissing(location);
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const db = wrap(new SQLite(location), location, opts.busyTimeoutMs);
  if (location !== ':memory:') keepPrivate(location);
  return db;
}

/** No registry where the configuration points: nothing was created. */
export class RegistryMissing extends Error {
  constructor(readonly location: string) {
    super(`no registry at ${location}`);
    this.name = 'RegistryMissing';
  }
}

/** The database file and its WAL and shared-memory files are readable by the registry's own user only. */
function keepPrivate(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/**
 * Whether `db` holds a registry: its migrations have run at least once. A new SQLite file or an empty
 * PostgreSQL database does not; a database the server cannot reach is an error, not an absence.
 */
export async function holdsRegistry(db: Db): Promise<boolean> {
  try {
    const row = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(db);
    return Number(row.rows[0]?.n ?? 0) > 0;
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    // SQLite: no such table; PostgreSQL: undefined_table.
    if (code === '42P01' || (code === 'SQLITE_ERROR' && /no such table/.test((err as Error).message))) return false;
    throw err;
  }
}

/** Which engine `db` (or a transaction of it) runs on, for the store's modules where the SQL differs. */
export function engineOf(db: Executor): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An in-memory database started from an image taken with `databaseImage` (tests start from a seeded one). */
export function openDatabaseImage(image: Buffer): Db {
  return wrap(new SQLite(image), ':memory:');
}

const natives = new WeakMap<object, SQLite.Database>();
const onPostgres = new WeakSet<object>();

/**
 * The better-sqlite3 handle behind a Kysely instance, past the store's statement cache and error
 * translation, for what only the driver does (images, backups, the data generation).
 */
function nativeOf(db: Db): SQLite.Database {
  const native = natives.get(db);
  if (native) return native;
  if (onPostgres.has(db)) {
    throw refuse('backup_on_postgres');
  }
  throw new Error('not a database opened by openDatabase');
}

export function databaseImage(db: Db): Buffer {
  return nativeOf(db).serialize();
}

/** Whether the database answers (the readiness check). */
export async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/**
 * How long every database connection has been busy with requests waiting for one (0 when not, and always
 * on SQLite, whose one connection is shared in turn). Past a few seconds the instance cannot serve.
 */
export const connectionsStarvedForMs = (db: Db): number => (onPostgres.has(db) ? poolStarvedForMs(db) : 0);

/** PostgreSQL's pool: its connections by state and the requests waiting; null on SQLite (one connection, taken in turn). */
export const connectionCounts = (db: Db) => (onPostgres.has(db) ? poolCounts(db) : null);

/** A consistent copy of the database written to `file` while the registry keeps running. */
export async function backupTo(db: Db, file: string): Promise<void> {
  await nativeOf(db).backup(file);
}

/** What a database file holds, and whether SQLite finds it intact (for checking a backup before trusting it). */
export function inspectDatabase(file: string): { intact: boolean; problems: string[]; counts: Record<string, number>; auditHead?: string | null } {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return inspect(sqlite);
  } catch (err) {
    return { intact: false, problems: [err instanceof Error ? err.message : String(err)], counts: {} };
  } finally {
    sqlite.close();
  }
}

function inspect(sqlite: SQLite.Database) {
  const problems = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
  const counts: Record<string, number> = {};
  for (const table of ['agencies', 'companies', 'vessels', 'plans', 'plan_revisions', 'copies', 'exercises', 'audit_events']) {
    const exists = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table);
    if (exists) counts[table] = (sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
  }
  const chain = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'audit_chain'").get();
  const last = chain
    ? (sqlite.prepare('select event_id, hash from audit_chain order by event_id desc limit 1').get() as { event_id: number; hash: string } | undefined)
    : undefined;
  return { intact: problems.length === 0, problems, counts, auditHead: last ? `${last.event_id}:${last.hash}` : null };
}

/**
 * Replaces the registry's database with the copy in `file`, through SQLite's backup API (so the server's
 * connection sees a consistent database), after keeping the replaced one beside it as `keepAs`.
 */
export async function restoreFrom(db: Db, file: string, keepAs: string): Promise<void> {
  const native = nativeOf(db);
  await native.backup(keepAs);
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(native.name);
  } finally {
    source.close();
  }
}

function wrap(sqlite: SQLite.Database, path: string, busyTimeoutMs = 5000): Db {
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  // FULL: a commit is on disk before it is acknowledged, even if the machine (not only the process) stops.
  // The registry's writes are few and each one matters; the cost is measured by npm run bench.
  sqlite.pragma('synchronous = FULL');
  const cached = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new OneConnectionDialect({ database: cached }) });
  natives.set(db, sqlite);
  connectionKeys.set(db, cached);
  return db;
}

/** SQLite's one connection, handed out only to work that holds none already (see holding.ts). */
class OneConnectionDialect extends SqliteDialect {
  override createDriver() {
    const database = this.config.database;
    return new (class extends SqliteDriver {
      override acquireConnection() {
        refuseIfHolding(database);
        return super.acquireConnection();
      }
    })(this.config);
  }
  constructor(private readonly config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
  }
}

/**
 * Runs `work`'s reads as one read transaction: they see one state of the registry, and SQLite takes its
 * read lock once instead of once per statement (on this kind of machine, a few system calls each). The
 * connection is held for the whole of `work`, so it must be short, must not write, and must read through
 * the snapshot it is given (a read through `db` is refused: see holding.ts).
 */
export function inReadSnapshot<T>(db: Db, work: (snapshot: Executor) => Promise<T>): Promise<T> {
  // A read is safe to send again: once more, on another connection, when the first one's was lost; and
  // then on the standby, when there is one.
  return withReplica(db, (from) => onceMoreIfConnectionLost(() => readSnapshotOnce(from, work)));
}

type Replica = { db: Db; always: boolean; primaryDownUntil: number; retryMs: number };
const replicas = new WeakMap<Db, Replica>();
/** After the primary could not be reached, reads go to the standby first for this long before it is tried again. */
const PRIMARY_RETRY_MS = 2000;

/**
 * Reads in snapshots (lookups, cards, the incident book, the changes feed, token checks) may go to a
 * streaming standby of `primary`: when the primary cannot be reached, or always. What a standby answers
 * may be a moment old; its generation is the primary's at the same point of the WAL, so the generation
 * caches stay right whichever one a read came from. Writes never go there.
 */
export function readFromReplica(primary: Db, replica: Db, when: 'fallback' | 'always', opts: { primaryRetryMs?: number } = {}): void {
  replicas.set(primary, { db: replica, always: when === 'always', primaryDownUntil: 0, retryMs: opts.primaryRetryMs ?? PRIMARY_RETRY_MS });
}

/** Whether reads of `primary` may go to a replica (DATABASE_REPLICA_URL). */
export const hasReplica = (primary: Db): boolean => replicas.has(primary);

/** Whether `primary` has a replica, and it answers: reads can go on while the primary cannot be reached. */
export async function replicaAnswers(primary: Db): Promise<boolean> {
  const replica = replicas.get(primary);
  return replica ? ping(replica.db) : false;
}

const readsServed = new AsyncLocalStorage<{ fromReplica: boolean; caughtUp: WeakMap<object, number> }>();

/**
 * Runs `work` as one request: the read model catches up once for all of it (caughtUpThisRequest), and
 * whether any of its reads came from the standby is noted (servedFromReplica).
 */
export const servingRequest = <T>(work: () => Promise<T>): Promise<T> => readsServed.run({ fromReplica: false, caughtUp: new WeakMap() }, work);

/**
 * Whether `follower` has already caught up with the registry during this request, with no write
 * committed by this process since: a request that arrived after a write sees it through its first catch-up.
 * Outside a request, never (each call catches up).
 */
export const caughtUpThisRequest = (follower: object): boolean => readsServed.getStore()?.caughtUp.get(follower) === commitsMade;

/** Notes that `follower` caught up during this request (see caughtUpThisRequest), as of the commits made so far. */
export function noteCaughtUp(follower: object, asOfCommits: number): void {
  readsServed.getStore()?.caughtUp.set(follower, asOfCommits);
}

let commitsMade = 0;
/** How many transactions this process has committed: a catch-up noted before the last one is not enough. */
export const commitsSoFar = () => commitsMade;

/**
 * One read outside any snapshot (a single statement, the cheapest there is): sent once more on another
 * connection when its own was lost, and to the standby when the primary cannot be reached.
 */
export const readOnce = <T>(db: Db, read: (from: Db) => Promise<T>): Promise<T> => withReplica(db, (from) => onceMoreIfConnectionLost(() => read(from)));

/** Whether a read of the request under way (servingRequest) came from the standby. */
export const servedFromReplica = (): boolean => readsServed.getStore()?.fromReplica === true;

async function withReplica<T>(db: Db, read: (from: Db) => Promise<T>): Promise<T> {
  const replica = replicas.get(db);
  if (!replica) return read(db);
  const fromReplica = () => {
    const noted = readsServed.getStore();
    if (noted) noted.fromReplica = true;
    return read(replica.db);
  };
  const replicaFirst = replica.always || Date.now() < replica.primaryDownUntil;
  const [first, second] = replicaFirst ? [fromReplica, () => read(db)] : [() => read(db), fromReplica];
  try {
    return await first();
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'database_unreachable')) throw err;
    if (!replicaFirst) replica.primaryDownUntil = Date.now() + replica.retryMs;
    try {
      const answer = await second();
      if (replicaFirst) replica.primaryDownUntil = 0;
      return answer;
    } catch {
      throw err;
    }
  }
}

function readSnapshotOnce<T>(db: Db, work: (snapshot: Executor) => Promise<T>): Promise<T> {
  const postgres = engineOf(db) === 'postgres';
  return db.connection().execute(async (connection) => {
    await (postgres ? SNAPSHOT_BEGIN : sql`begin deferred`).execute(connection);
    try {
      const result = await whileHolding(connectionsOf(db), 'a read snapshot', () => work(connection));
      await sql`commit`.execute(connection);
      return result;
    } catch (err) {
      await sql`rollback`.execute(connection).catch(() => {});
      throw err;
    }
  });
}

/** Runs `work` in a transaction, or directly when `db` already is one (so callers can compose). */
export async function inTransaction<T>(db: Executor, work: (trx: Tx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Tx);
  const root = db as Db;
  // A transaction whose connection was lost before its COMMIT was sent was rolled back whole by the
  // server: it is carried out again once, from the start. One lost during its COMMIT is not (it may
  // have been made): that is the caller's 503.
  return onceMoreIfConnectionLost(async () => {
    const done: (() => void)[] = [];
    const result = await root.transaction().execute((trx) => {
      committed.set(trx, (fn) => done.push(() => fn(root)));
      roots.set(trx, root);
      return whileHolding(connectionsOf(root), 'a transaction', () => work(trx));
    });
    // Once committed, and only then: what was written is there for good.
    commitsMade += 1;
    for (const fn of done) fn();
    return result;
  });
}

/**
 * Refuses to start rendering (seconds of CPU) while holding a transaction: the writer's lock would be held
 * for all of it, and every other writer on every instance would wait. `db` is the issuer's executor.
 */
export function refuseRenderingWhileWriting(db: Executor): void {
  if ((db.isTransaction || holdsTransaction()) && !renderingInTransactionAllowed()) {
    throw new Error('a render started inside a transaction: prepare and render before it, as issuePlan does');
  }
}

let retriedAfterConnectionLoss = 0;

/** How many reads and transactions this process sent again after losing their connection. */
export const connectionRetries = () => retriedAfterConnectionLoss;

/** Runs `attempt`, and once more if it failed because its database connection was lost (never after a COMMIT sent). */
async function onceMoreIfConnectionLost<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'database_unreachable' || err.extra.commitUncertain) throw err;
    retriedAfterConnectionLoss += 1;
    return attempt();
  }
}

const committed = new WeakMap<object, (fn: (db: Db) => void) => void>();
const roots = new WeakMap<object, Db>();

/** The database `db` works on: itself, or the one whose transaction it is. */
export const databaseOf = (db: Executor): Db => roots.get(db) ?? (db as Db);

/** Runs `fn` once the transaction `trx` is part of has committed (never if it rolls back), with its database. */
export function afterCommit(trx: Executor, fn: (db: Db) => void): void {
  const add = committed.get(trx);
  if (add) add(fn);
  else fn(trx as Db);
}

/** What stands for `db`'s connections in the rule of holding.ts: its pool, or SQLite's one connection. */
const connectionsOf = (db: Db): object => connectionKeys.get(db)!;
const connectionKeys = new WeakMap<Db, object>();

/**
 * How the database's migrations differ from this code's: those it lacks, and those it has that this code
 * does not know (a newer version migrated it). Both empty when they agree.
 */
export async function migrationDrift(db: Db): Promise<{ pending: string[]; unknown: string[] }> {
  const known = Object.keys(engineOf(db) === 'postgres' ? postgresMigrations : migrations);
  const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const applied = new Set(rows.rows.map((r) => r.name));
  return { pending: known.filter((m) => !applied.has(m)), unknown: [...applied].filter((m) => !known.includes(m)) };
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const list = engineOf(db) === 'postgres' ? postgresMigrations : migrations;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => list } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}

/**
 * Kysely prepares every query afresh; preparing costs more than running most of ours. The same SQL text
 * (parameters are bound separately) reuses its statement, the least recently used beyond `size` dropped.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const counts = countedCache('prepared statements');
  const prepare = (asked: string) => {
    // Every transaction here writes: taking the write lock at its start (BEGIN IMMEDIATE) means a busy
    // database is met at once, while waiting is still possible, rather than at the first write of a
    // transaction that has already read (SQLITE_BUSY_SNAPSHOT, which no waiting can cure).
    const source = asked === 'begin' ? 'begin immediate' : asked;
    let statement = cache.get(source);
    if (statement) {
      counts.hits += 1;
      cache.delete(source);
    } else {
      counts.misses += 1;
      statement = withDomainErrors(translated(() => sqlite.prepare(source)));
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The engine's refusals that mean something to a caller, as the registry's own errors, so nothing
 * above the store reads SQLite's codes: a unique key already taken is a conflict (a backstop behind
 * the services' own checks), a busy or locked database is "try again". Anything else is left as it is.
 */
function domainError(err: unknown): unknown {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return err;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const key = /failed: (.+)$/.exec((err as Error).message)?.[1];
    return refuse('unique_clash', { key: key ?? 'none' });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return refuse('registry_busy');
  return err;
}

function translated<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw domainError(err);
  }
}

const RUNNERS = new Set<PropertyKey>(['run', 'get', 'all', 'iterate']);

/** A statement whose runs throw the registry's errors (see domainError). */
function withDomainErrors(statement: SQLite.Statement): SQLite.Statement {
  return new Proxy(statement, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (!RUNNERS.has(prop)) return value.bind(target);
      return (...args: unknown[]) => translated(() => value.apply(target, args));
    },
  });
}

/**
 * On SQLite, a value that changes whenever anything in the database may have changed, told in-process
 * without a read: this connection's own writes (total_changes) and other connections' commits
 * (data_version, e.g. the CLI revoking a token). PostgreSQL has no such thing: there the generation
 * row every write moves is read (model-changes.ts).
 */
export function dataGeneration(db: Db): string {
  if (onPostgres.has(db)) throw new Error("dataGeneration is SQLite's: on PostgreSQL, read the generation row (model-changes.ts)");
  let read = generations.get(db);
  if (!read) {
    // Prepared once, on the driver's own handle: this runs several times per request.
    const native = nativeOf(db);
    const own = native.prepare('select total_changes()').pluck();
    const other = native.prepare('pragma data_version').pluck();
    generations.set(db, (read = () => `${own.get() as number}:${other.get() as number}`));
  }
  return read();
}
const generations = new WeakMap<Db, () => string>();

/**
 * On PostgreSQL, the first value of the one row `text` answers, by the shortest path there is (see
 * postgres.ts, firstValue): for the statement every request makes, a single read outside any snapshot.
 */
export function readFirstValue(db: Db, text: string): Promise<unknown> {
  if (!onPostgres.has(db)) throw new Error("readFirstValue is PostgreSQL's: on SQLite, dataGeneration tells in-process");
  return firstValue(db, text);
}

/** Each cache's hits and misses since the process started, for the benchmark's report. */
const CACHE_COUNTS = new Map<string, { hits: number; misses: number }>();
/** The hits and misses of the cache called `name`, counted for cacheStatistics. */
export function countedCache(name: string) {
  let counts = CACHE_COUNTS.get(name);
  if (!counts) CACHE_COUNTS.set(name, (counts = { hits: 0, misses: 0 }));
  return counts;
}
export const cacheStatistics = () =>
  [...CACHE_COUNTS].map(([name, c]) => ({
    name,
    hits: c.hits,
    misses: c.misses,
    hitRate: c.hits + c.misses ? Math.round((1000 * c.hits) / (c.hits + c.misses)) / 1000 : null,
  }));
