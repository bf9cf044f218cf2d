import { PostgresAdapter, sql, type Kysely } from 'kysely';

// An import that stops half-way (a restart, a failure) can be finished or abandoned: two more states,
// `interrupted` and `abandoned`; a heartbeat the importing instance moves while it works, so another
// instance (or the next start) tells a running import from one nobody carries on; and each row's outcome
// kept in the row's own transaction, so a resumed import knows exactly which rows are done. The outcomes
// table has no generation trigger on PostgreSQL: nothing cached depends on it.
const STATES = "state in ('checked', 'importing', 'done', 'interrupted', 'abandoned')";

// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table imports drop constraint imports_state_check`.execute(db);
    await sql`alter table imports add constraint imports_state_check check (${sql.raw(STATES)})`.execute(db);
    await sql`alter table imports add column heartbeat_at text`.execute(db);
  } else {
    await rebuildImportsOnSqlite(db);
  }
  await db.schema
    .createTable('import_outcomes')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id'))
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`json_valid(outcome)`))
    .addPrimaryKeyConstraint('import_outcomes_pk', ['import_id', 'row'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
async function rebuildImportsOnSqlite(db: Kysely<any>): Promise<void> {
  // SQLite cannot change a CHECK in place: the table is built again with the same rows.
  await sql`create table imports_next (
    id integer primary key autoincrement,
    agency text not null check (agency in ('GD', 'HK', 'MO')),
    kind text not null check (kind in ('ships', 'companies')),
    file_name text not null,
    rows text not null check (json_valid(rows)),
    state text not null check (${sql.raw(STATES)}),
    total integer not null,
    processed integer not null default 0,
    report text check (report is null or json_valid(report)),
    created_by text not null,
    created_at text not null,
    finished_at text,
    heartbeat_at text)`.execute(db);
  await sql`insert into imports_next (id, agency, kind, file_name, rows, state, total, processed, report, created_by, created_at, finished_at)
    select id, agency, kind, file_name, rows, state, total, processed, report, created_by, created_at, finished_at from imports`.execute(db);
  await sql`drop table imports`.execute(db);
  await sql`alter table imports_next rename to imports`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error('0016_import_recovery is not undone: an interrupted import would lose its state');
}
