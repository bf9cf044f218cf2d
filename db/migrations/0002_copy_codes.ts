import type { Kysely } from 'kysely';

// Each copy prints a verification code on every page, so a paper copy can be checked as a file can.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('copies').addColumn('verification_code', 'text').execute();
  await db.schema.createIndex('copies_verification_code').unique().on('copies').column('verification_code').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('copies_verification_code').execute();
  await db.schema.alterTable('copies').dropColumn('verification_code').execute();
}
