import { sql, type Kysely } from 'kysely';

// Each agency's sign-in policy: the roles, beyond registrars and admins (who always need one), whose
// people must have a second factor. One row per agency, written by its admins; no row means none added.
// On PostgreSQL it has no generation trigger: nothing cached depends on it.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_policies')
    .addColumn('agency', 'text', (c) => c.primaryKey().check(sql`agency in ('GD', 'HK', 'MO')`))
    .addColumn('second_factor_also_for', 'text', (c) => c.notNull().check(sql`json_valid(second_factor_also_for)`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_policies').execute();
}
