import type { Kysely } from 'kysely';

// A decided proposal keeps the values the record held at the decision (for an approval, the values it
// replaced): after approval the record holds the proposed values, and without these the proposal page
// could no longer show what changed. Proposals decided before this migration have none (null).
// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('proposals').addColumn('replaced', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('proposals').dropColumn('replaced').execute();
}
