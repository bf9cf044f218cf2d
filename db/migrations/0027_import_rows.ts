import { sql, type Kysely } from 'kysely';

// An import's checked rows were kept as one record: one JSON text of every row, written by one statement
// and read back whole. At 20,000 rows that statement held the server's event loop for most of a second,
// and the writing parsed the whole text again before its first row. The rows now have a table of their
// own, one record a row, written and read a page at a time. Like the outcomes (0016), it has no
// generation trigger on PostgreSQL: nothing cached depends on it.

/** Rows moved in one statement while upgrading. */
const PAGE = 500;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_rows')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id'))
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('cells', 'text', (c) => c.notNull().check(sql`json_valid(cells)`))
    .addColumn('problems', 'text', (c) => c.notNull().check(sql`json_valid(problems)`))
    .addPrimaryKeyConstraint('import_rows_pk', ['import_id', 'row'])
    .execute();
  // Every import's rows move, finished ones too: they are what its registrar sent.
  const kept = await sql<{ id: number; rows: string }>`select id, rows from imports order by id`.execute(db);
  for (const { id, rows } of kept.rows) {
    const checked = JSON.parse(rows) as { row: number; values: object; problems: object[] }[];
    for (let i = 0; i < checked.length; i += PAGE) {
      const page = checked.slice(i, i + PAGE);
      await db
        .insertInto('import_rows')
        .values(page.map((r) => ({ import_id: id, row: r.row, cells: JSON.stringify(r.values), problems: JSON.stringify(r.problems) })))
        .execute();
    }
  }
  await sql`alter table imports drop column rows`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error('0027_import_rows is not undone: the rows would have to be packed back into one record');
}
