import { sql, type Kysely } from 'kysely';

// An import's page asks for its progress every second while it runs, and each answer read the whole
// checked sheet (every row's values, a megabyte for a thousand ships) only to count the valid rows and
// list the problems. Both are fixed at the check: they are kept beside the rows, and the rows are read
// only by the import's writing.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table imports add column valid integer not null default 0`.execute(db);
  await sql`alter table imports add column problems text not null default '[]'`.execute(db);
  const kept = await sql<{ id: number; rows: string }>`select id, rows from imports`.execute(db);
  for (const { id, rows } of kept.rows) {
    const checked = JSON.parse(rows) as { row: number; problems: object[] }[];
    const valid = checked.filter((r) => r.problems.length === 0).length;
    const problems = checked.flatMap((r) => r.problems.map((p) => ({ row: r.row, ...p })));
    await sql`update imports set valid = ${valid}, problems = ${JSON.stringify(problems)} where id = ${id}`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table imports drop column problems`.execute(db);
  await sql`alter table imports drop column valid`.execute(db);
}
