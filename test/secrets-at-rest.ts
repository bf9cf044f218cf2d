import { sql } from 'kysely';
import type { Db } from '../src/store/database.ts';
import { REGISTRY_TABLES } from '../src/store/moving.ts';
import { secretsIn } from './test-log.ts';

// No secret rests in the clear: after each test, every table of its registry is read and every value
// looked through for what a secret looks like (test/test-log.ts: 43 characters of base64url, a password
// field). Only the columns that must hold a secret to do their work are passed over: a webhook's signing
// secret (it signs each delivery), an authenticator's seed (it checks each code), and a password's
// argon2id hash (whose digest has a secret's shape and is not one).

const BY_DESIGN: Partial<Record<string, readonly string[]>> = {
  webhooks: ['secret'],
  accounts: ['totp_secret', 'password_hash'],
};
// Nor are the copies' PDF bytes read (a document, not a place anyone keeps a secret), nor the search
// index, which holds the ships' own names and numbers again.
// Nor a signing key's certificates (published to anyone) and its private key, sealed under the passphrase.
const NOT_READ: Partial<Record<string, readonly string[]>> = { copies: ['pdf'], signing_keys: ['certificate', 'chain', 'sealed_key'] };
const SEARCH_INDEX = new Set(['vessel_search']);

/** Every place in the registry a secret stands in the clear: "table.column: the value's start". */
export async function secretsAtRest(db: Db): Promise<string[]> {
  const found: string[] = [];
  for (const table of REGISTRY_TABLES) {
    if (SEARCH_INDEX.has(table)) continue;
    const skip = new Set([...(BY_DESIGN[table] ?? []), ...(NOT_READ[table] ?? [])]);
    const columns = await columnsOf(db, table);
    const read = columns.filter((c) => !skip.has(c));
    const rows = (await sql<Record<string, unknown>>`select ${sql.join(read.map((c) => sql.ref(c)))} from ${sql.table(table)}`.execute(db)).rows;
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value === null) continue;
        const text = value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : String(value);
        if (text.length >= 43 && secretsIn(text).length > 0) found.push(`${table}.${column}: ${text.slice(0, 120)}`);
      }
    }
  }
  return found;
}

/** A table's columns, on either engine. */
async function columnsOf(db: Db, table: string): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.find((t) => t.name === table)?.columns.map((c) => c.name) ?? [];
}

/**
 * The secrets kept with Idempotency-Keys (the store most likely to keep one: it holds whole answers),
 * read after every test of the suite; cheap, as a test keeps few keys.
 */
export async function secretsKeptWithKeys(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('idempotency_keys').select(['owner', 'key', 'headers', 'body']).execute();
  return rows.flatMap((r) => {
    const text = `${r.headers ?? ''} ${r.body ? Buffer.from(r.body).toString('utf8') : ''}`;
    return secretsIn(text).length > 0 ? [`idempotency_keys ${r.owner} ${r.key}: ${text.slice(0, 120)}`] : [];
  });
}
