import { sql, type Kysely } from 'kysely';

// A registrar's upload of a fleet from a spreadsheet: checked first (every problem row by row), kept
// until confirmed, then written row by row with its progress, and its report kept.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('imports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('agency', 'text', (c) => c.notNull().check(sql`agency in ('GD', 'HK', 'MO')`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('ships', 'companies')`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('rows', 'text', (c) => c.notNull().check(sql`json_valid(rows)`))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('checked', 'importing', 'done')`))
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('report', 'text', (c) => c.check(sql`report is null or json_valid(report)`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('imports').execute();
}
