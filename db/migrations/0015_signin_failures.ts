import type { Kysely } from 'kysely';

// Failed sign-ins, counted in the database rather than in a server's memory, so that the throttle and the
// lockout hold across a restart and across every instance in front of one PostgreSQL database. A row
// per account (by e-mail) or address; times in milliseconds since the epoch, as the throttle reckons.
// On PostgreSQL this table has no generation trigger: nothing cached depends on it, and a stream of
// failed sign-ins must not empty the lookup's caches.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('signin_failures')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('last_ms', 'bigint', (c) => c.notNull())
    .addColumn('locked_until_ms', 'bigint')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('signin_failures').execute();
}
