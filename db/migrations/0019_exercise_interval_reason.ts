import type { Kysely } from 'kysely';

// An exercise interval over 36 months is allowed only with the reason the agencies agreed (MSC.1/Circ.1079
// leaves the interval to agreement; the registry holds agreements beyond three years to their record).
// Kept beside the interval it explains, on the agency (its default) and on a plan (its own).
// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('agencies').addColumn('exercise_interval_reason', 'text').execute();
  await db.schema.alterTable('plans').addColumn('exercise_interval_reason', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').dropColumn('exercise_interval_reason').execute();
  await db.schema.alterTable('agencies').dropColumn('exercise_interval_reason').execute();
}
