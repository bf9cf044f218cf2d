import { sql, type Kysely } from 'kysely';

// The arrangement as the agencies practise it (shared/domain/arrangement.md, revised):
// - the signature page has two blocks, both with Guangdong; there is no Hong Kong–Macao block, so the
//   row 0001 seeded for it goes. Each agency joins on the date of its first signed block.
// - a plan is printed in its compiling agency's script (Guangdong Simplified, Hong Kong and Macao
//   Traditional): each agency keeps a default, and a plan may override it.
// - a change proposed as major and issued as minor keeps its reason.
// - the exercise interval is agreed between the SAR service and the company: an agency default
//   (twelve months), which a plan may override.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`delete from arrangement_pairs where agency_a = 'HK' and agency_b = 'MO'`.execute(db);
  await db.schema.alterTable('agencies').addColumn('document_script', 'text', (c) => c.notNull().defaultTo('hant').check(sql`document_script in ('hans', 'hant')`)).execute();
  await db.schema.alterTable('agencies').addColumn('exercise_interval_months', 'integer', (c) => c.notNull().defaultTo(12).check(sql`exercise_interval_months between 1 and 60`)).execute();
  await sql`update agencies set document_script = 'hans' where code = 'GD'`.execute(db);
  await db.schema.alterTable('plans').addColumn('document_script', 'text', (c) => c.check(sql`document_script in ('hans', 'hant')`)).execute();
  await db.schema.alterTable('plans').addColumn('exercise_interval_months', 'integer', (c) => c.check(sql`exercise_interval_months between 1 and 60`)).execute();
  // A change the registry proposes as major may be issued as minor only with a reason, kept in the record of amendments.
  await db.schema.alterTable('plan_revisions').addColumn('change_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_revisions').dropColumn('change_reason').execute();
  await db.schema.alterTable('plans').dropColumn('exercise_interval_months').execute();
  await db.schema.alterTable('plans').dropColumn('document_script').execute();
  await db.schema.alterTable('agencies').dropColumn('exercise_interval_months').execute();
  await db.schema.alterTable('agencies').dropColumn('document_script').execute();
  await sql`insert into arrangement_pairs (agency_a, agency_b) values ('HK', 'MO')`.execute(db);
}
