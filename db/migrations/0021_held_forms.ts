import type { Kysely } from 'kysely';

// A form posted after its session ended is held, not lost: what was typed, the page it was posted to,
// under the hash of a secret only the browser that posted it holds (a cookie). After signing in again
// the person sends it once more from a page that says so. Kept an hour at most.
// On PostgreSQL it has no generation trigger: nothing cached depends on it.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('held_forms')
    .addColumn('secret_hash', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('held_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('held_forms').execute();
}
