import { sql, type Kysely } from 'kysely';

// A creating or acting request sent again with the same Idempotency-Key gets the first answer back
// instead of doing the work twice: the key, a hash of the request it came with, and the answer given.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('processing', 'done')`))
    .addColumn('status', 'integer')
    .addColumn('headers', 'text', (c) => c.check(sql`headers is null or json_valid(headers)`))
    .addColumn('body', 'blob')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['owner', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
}
