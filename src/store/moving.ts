import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { engineOf, inTransaction, type Db, type Executor } from './database.ts';
import type { Database } from './schema.ts';

// Moving a whole registry from one database to another (SQLite to PostgreSQL as a deployment grows):
// every row of every table, ids kept, so links, the audit chain, the changes feed's cursors and the
// copies' verification codes mean the same after. The search index's table is copied too: each
// instance builds its read model from it.

/** The registry's tables, each after the ones it refers to. */
export const REGISTRY_TABLES = [
  'agencies',
  'arrangement_pairs',
  'companies',
  'vessels',
  'principals',
  'tokens',
  'accounts',
  'sessions',
  'signin_failures',
  'sign_in_policies',
  'account_links',
  'plans',
  'plan_revisions',
  'signing_keys',
  'copies',
  'exercises',
  'vessel_transfers',
  'vessel_identifiers',
  'proposals',
  'audit_events',
  'audit_chain',
  'idempotency_keys',
  'webhooks',
  'webhook_deliveries',
  'imports',
  'import_outcomes',
  'held_forms',
  'vessel_search',
] as const satisfies readonly (keyof Database)[];
type RegistryTable = (typeof REGISTRY_TABLES)[number];

const REFERENCE: RegistryTable[] = ['agencies', 'arrangement_pairs'];

/** Each table's key, in the order rows are read (a stable order to read in batches). */
const KEYS: Record<RegistryTable, string[]> = {
  agencies: ['code'],
  arrangement_pairs: ['agency_a', 'agency_b'],
  accounts: ['principal_id'],
  account_links: ['secret_hash'],
  held_forms: ['secret_hash'],
  signin_failures: ['key'],
  sign_in_policies: ['agency'],
  import_outcomes: ['import_id', 'row'],
  audit_chain: ['event_id'],
  idempotency_keys: ['owner', 'key'],
  vessel_search: ['vessel_id'],
  vessel_identifiers: ['vessel_id', 'kind', 'value', 'held_until'],
  companies: ['id'],
  vessels: ['id'],
  principals: ['id'],
  tokens: ['id'],
  sessions: ['id'],
  plans: ['id'],
  plan_revisions: ['id'],
  copies: ['id'],
  signing_keys: ['id'],
  exercises: ['id'],
  vessel_transfers: ['id'],
  proposals: ['id'],
  audit_events: ['id'],
  webhooks: ['id'],
  webhook_deliveries: ['id'],
  imports: ['id'],
};

export type TableCounts = Record<RegistryTable, number>;

export async function tableCounts(db: Executor): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const table of REGISTRY_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Reads a table in batches, in key order (each batch after the last key seen), without holding more than one batch. */
async function* rowsOf(db: Executor, table: RegistryTable, batch: number): AsyncGenerator<Record<string, unknown>[]> {
  const keys = KEYS[table];
  let last: unknown[] | undefined;
  for (;;) {
    let q = db.selectFrom(table).selectAll();
    if (last) q = q.where(sql<boolean>`(${sql.join(keys.map((k) => sql.ref(k)))}) > (${sql.join(last)})`);
    for (const key of keys) q = q.orderBy(sql.ref(key));
    const rows = (await q.limit(batch).execute()) as Record<string, unknown>[];
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    last = keys.map((k) => rows.at(-1)![k]);
  }
}

/**
 * Copies every row of `source` into `target`, which must hold no registry data yet (its schema made by
 * migrateToLatest), in one transaction: a failure leaves the target as it was. Each table goes in
 * batches; on PostgreSQL each id sequence then continues after the highest id copied.
 */
export async function copyRegistry(source: Db, target: Db, progress: (table: string, rows: number) => void = () => {}): Promise<void> {
  // The reference data `npm run migrate` puts in (the agencies and the arrangement's pairs) gives way to
  // the source's, which its registrars may have edited since; anything more means a registry is there.
  const held = Object.entries(await tableCounts(target)).filter(([table, n]) => n > 0 && !REFERENCE.includes(table as RegistryTable));
  if (held.length)
    throw new Error(
      `the target already holds a registry (${held
        .slice(0, 4)
        .map(([t, n]) => `${n} ${t.replaceAll('_', ' ')}`)
        .join(', ')}${held.length > 4 ? ', …' : ''}): copy only into an empty database`,
    );
  await inTransaction(target, async (trx) => {
    for (const table of [...REFERENCE].reverse()) await trx.deleteFrom(table).execute();
    for (const table of REGISTRY_TABLES) {
      let copied = 0;
      // Big rows (the copies' PDFs) in small batches; PostgreSQL takes at most 65,535 parameters a statement.
      for await (const rows of rowsOf(source, table, table === 'copies' || table === 'imports' ? 20 : 500)) {
        const width = Object.keys(rows[0]!).length;
        const slice = Math.max(1, Math.floor(30_000 / width));
        for (let i = 0; i < rows.length; i += slice)
          await trx
            .insertInto(table)
            .values(rows.slice(i, i + slice) as never)
            .execute();
        copied += rows.length;
      }
      progress(table, copied);
    }
    if (engineOf(trx) === 'postgres') {
      for (const table of REGISTRY_TABLES.filter((t) => KEYS[t].join() === 'id')) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
      }
    }
  });
}

/** Each copy's SHA-256 as recorded beside it, and as its stored bytes hash now, by id. */
export async function copyDigests(db: Executor): Promise<Map<number, { recorded: string; actual: string }>> {
  const digests = new Map<number, { recorded: string; actual: string }>();
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('copies').select(['id', 'pdf', 'sha256']).where('id', '>', after).orderBy('id').limit(50).execute();
    for (const r of rows) digests.set(r.id, { recorded: r.sha256, actual: createHash('sha256').update(r.pdf).digest('hex') });
    if (rows.length < 50) return digests;
    after = rows.at(-1)!.id;
  }
}
