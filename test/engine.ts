import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endConnectionsTo, onServer, serverUrl, withDatabase } from '../bench/postgres.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { ensureReferenceData } from '../src/services/reference.ts';
import { ensureSigningKeys, openKeyring } from '../src/services/signing-keys.ts';
import { insertSigningKey, listSigningKeys, type StoredSigningKey } from '../src/store/signing-keys.ts';
import { databaseImage, migrateToLatest, openDatabase, openDatabaseImage, type Db, type Engine } from '../src/store/database.ts';

// The suite runs on both engines (vitest.config.ts): each test's registry is a SQLite image in memory, or
// a PostgreSQL database made from a template. A test file that is about one engine's own features
// (SQLite's backup file, its lock) says so with `onlyOn`.

/** The engine this test run exercises: PostgreSQL in the registry-postgres project, else SQLite. */
export const TEST_ENGINE: Engine = process.env.REGISTRY_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/** The PostgreSQL server the tests use (DATABASE_URL names it; its role may create databases). */
export const testServerUrl = serverUrl;
export { endConnectionsTo, onServer, withDatabase };

/** Every database a run makes is named with its prefix, so the run's end drops them all. */
export const runPrefix = () => `sar_test_${process.env.REGISTRY_TEST_RUN ?? 'local'}`;

const names = new WeakMap<Db, string>();

/** The passphrase of the test registries' signing keys. */
export const TEST_PASSPHRASE = 'passphrase of the test registries';
/** Where the test registries' copies' QR codes lead: the address app.request() answers at. */
export const TEST_PUBLIC_URL = 'http://localhost';

/** A database as a server opens it: its signing keys' passphrase given. */
const keyed = (db: Db): Db => {
  openKeyring(db, { passphrase: TEST_PASSPHRASE, publicUrl: TEST_PUBLIC_URL });
  return db;
};

// Making the agencies' keys costs a quarter of a second: an empty registry gets copies of the ones this
// thread made first (each registry its own rows; the same keys, as a restored backup would have).
let threadKeys: Promise<StoredSigningKey[]> | undefined;
async function withSigningKeys(db: Db): Promise<void> {
  threadKeys ??= (async () => {
    const scratch = keyed(openDatabase(':memory:'));
    await migrateToLatest(scratch);
    await ensureReferenceData(scratch);
    await ensureSigningKeys(scratch, new Date('2024-01-01T00:00:00Z'));
    const keys = await listSigningKeys(scratch);
    await scratch.destroy();
    return keys.reverse();
  })();
  for (const { id: _id, retiredAt: _r, ...key } of await threadKeys) await insertSigningKey(db, key);
}

/**
 * The same registry as a restarted server finds it: a new connection to the same PostgreSQL database,
 * or (an in-memory SQLite registry having no file) a copy of its image.
 */
export function restarted(db: Db): Db {
  const name = names.get(db);
  return keyed(name ? openDatabase(withDatabase(testServerUrl(), name)) : openDatabaseImage(databaseImage(db)));
}

/**
 * What a second app instance on the same registry would hold: on PostgreSQL, a pool of its own on the
 * same database; on SQLite (one server per file), the same database, where two rounds of work in one
 * process still interleave at every await.
 */
export function secondInstance(db: Db): Db {
  const name = names.get(db);
  return name ? keyed(openDatabase(withDatabase(testServerUrl(), name))) : db;
}

/** The URL of a PostgreSQL test registry's database (null on SQLite). */
export function databaseUrlOf(db: Db): string | null {
  const name = names.get(db);
  return name ? withDatabase(testServerUrl(), name) : null;
}

/** A new, empty database on the test server, migrated and holding the reference data. */
export async function newPostgresRegistry(template?: string): Promise<{ db: Db; name: string }> {
  const name = `${runPrefix()}_${randomBytes(6).toString('hex')}`;
  await onServer((c) => c.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  const db = keyed(openDatabase(withDatabase(testServerUrl(), name), { connections: 4 }));
  names.set(db, name);
  if (!template) {
    await migrateToLatest(db);
    await ensureReferenceData(db);
  }
  return { db, name };
}

/**
 * A template of the registry as `prepare` leaves it: a database no one stays connected to, which
 * every test's registry is copied from.
 */
export async function postgresTemplate(prepare: (db: Db) => Promise<void>): Promise<string> {
  const { db, name } = await newPostgresRegistry();
  await prepare(db);
  await db.destroy();
  return name;
}

/** The demo registry as seeded at `now`, as this engine keeps a starting point: an image or a template's name. */
export async function demoStart(now: Date, engine: Engine = TEST_ENGINE): Promise<{ image: Buffer } | { template: string }> {
  if (engine === 'postgres') return { template: await postgresTemplate((db) => seedDemo(db, now).then(() => undefined)) };
  const db = await emptyRegistry('sqlite');
  await seedDemo(db, now);
  const image = databaseImage(db);
  await db.destroy();
  return { image };
}

// Copying a template takes PostgreSQL about half a second, mostly waiting on the disk: the next copies
// are made while the current test runs, so a test seldom waits for its own.
const READY_COPIES = 2;
const ready = new Map<string, Promise<{ db: Db; name: string }>[]>();

/** A registry of its own for one test, started from what demoStart made. */
export async function openFrom(start: { image: Buffer } | { template: string }): Promise<Db> {
  if ('image' in start) return keyed(openDatabaseImage(start.image));
  let queue = ready.get(start.template);
  if (!queue) ready.set(start.template, (queue = []));
  while (queue.length < READY_COPIES + 1) {
    const copy = newPostgresRegistry(start.template);
    // Not asked for yet: a failure surfaces when it is.
    copy.catch(() => {});
    queue.push(copy);
  }
  return (await queue.shift()!).db;
}

const dropping: Promise<unknown>[] = [];

/** Closes a test's registry; on PostgreSQL its database goes too, in the background (see settle). */
export async function closeRegistry(db: Db): Promise<void> {
  await db.destroy();
  const name = names.get(db);
  // Not forced: this run's connections to it are closed, and PostgreSQL waits for its own (autovacuum).
  if (name) dropping.push(onServer((c) => c.query(`drop database if exists ${name}`)).catch(() => {}));
}

/**
 * Waits for the databases being dropped. Copies made ahead stay for the thread's next file; the run's
 * end drops whatever is left (dropRunDatabases).
 */
export async function settle(): Promise<void> {
  await Promise.all(dropping.splice(0));
}

/** A fresh registry holding only the reference data and the agencies' signing keys, on this run's engine unless told another. */
export async function emptyRegistry(engine: Engine = TEST_ENGINE): Promise<Db> {
  if (engine === 'postgres') {
    const { db } = await newPostgresRegistry();
    await withSigningKeys(db);
    return db;
  }
  const db = keyed(openDatabase(':memory:'));
  await migrateToLatest(db);
  await ensureReferenceData(db);
  await withSigningKeys(db);
  return db;
}

/** Drops every database this run made (its test registries and templates). */
export async function dropRunDatabases(): Promise<void> {
  await onServer(async (c) => {
    const { rows } = await c.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${runPrefix()}\\_%`]);
    for (const { datname } of rows) await c.query(`drop database if exists ${datname}`);
  });
}

/**
 * A registry that outlives its connections, for tests of two processes on one database (a second
 * server, the CLI) or of a restart: a SQLite file, or a PostgreSQL database. Empty but for the
 * reference data; `open` connects anew each time.
 */
export async function sharedRegistry(): Promise<{ open: (opts?: Parameters<typeof openDatabase>[1]) => Db; remove: () => void }> {
  if (TEST_ENGINE === 'postgres') {
    const { db, name } = await newPostgresRegistry();
    await db.destroy();
    return { open: (opts) => openDatabase(withDatabase(testServerUrl(), name), opts), remove: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sar-shared-'));
  const file = join(dir, 'registry.sqlite');
  const db = openDatabase(file, { create: true });
  await migrateToLatest(db);
  await ensureReferenceData(db);
  await db.destroy();
  return { open: (opts) => openDatabase(file, opts), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
