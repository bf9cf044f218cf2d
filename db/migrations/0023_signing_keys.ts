import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Each agency signs its plans' copies (PAdES). A signing key is kept with its certificate and the
// certificates above it (the registry's own authority, or the agency's), its private key encrypted under
// the configured passphrase; a rotated key stays, retired, so that its certificate is still published for
// the copies it signed. The registry's authority is a row of its own (holder 'registry').
// Each copy names the key that signed it (null: issued before copies were signed).
// On PostgreSQL it has no generation trigger: nothing cached depends on it.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('signing_keys')
    .addColumn('id', postgres ? 'serial' : 'integer', (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('holder', 'text', (c) => c.notNull().check(sql`holder in ('registry', 'GD', 'HK', 'MO')`))
    .addColumn('certificate', 'text', (c) => c.notNull())
    .addColumn('chain', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('registry', 'imported')`))
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('not_after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();
  await db.schema.createIndex('signing_keys_holder').on('signing_keys').columns(['holder', 'retired_at']).execute();
  await db.schema.alterTable('copies').addColumn('signing_key_id', 'integer', (c) => c.references('signing_keys.id')).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('copies').dropColumn('signing_key_id').execute();
  await db.schema.dropTable('signing_keys').execute();
}
