import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationResultSet, type Transaction } from 'kysely';
import { migrations } from '../../db/migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Repositories take either the database or a transaction first. */
export type Executor = Db | Tx;

/** Opens the embedded SQLite store: WAL for concurrent readers, foreign keys enforced, waits on a busy writer. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return wrap(new SQLite(path), path);
}

/** An in-memory database started from an image taken with `databaseImage` (tests start from a seeded one). */
export function openDatabaseImage(image: Buffer): Db {
  return wrap(new SQLite(image), ':memory:');
}

const natives = new WeakMap<object, SQLite.Database>();

/** The better-sqlite3 handle behind a Kysely instance, for what only the driver does (images, backups). */
export function nativeOf(db: Db): SQLite.Database {
  const native = natives.get(db);
  if (!native) throw new Error('not a database opened by openDatabase');
  return native;
}

export function databaseImage(db: Db): Buffer {
  return nativeOf(db).serialize();
}

function wrap(sqlite: SQLite.Database, path: string): Db {
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  natives.set(db, sqlite);
  return db;
}

/** Runs `work` in a transaction, or directly when `db` already is one (so callers can compose). */
export function inTransaction<T>(db: Executor, work: (trx: Tx) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Tx) : (db as Db).transaction().execute(work);
}

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
