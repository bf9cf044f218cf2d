import { PostgresAdapter, sql, type Kysely } from 'kysely';

// What each write changed, for the read model every app instance keeps in memory (the lookup's index
// and cards, the token checks): one row per changed ship, company, access record or everything. An
// instance that sees the generation move reads the rows after the last one it applied, and refreshes
// those alone instead of emptying every cache. Written by triggers, in the writer's own transaction.
// On PostgreSQL the trigger first locks the generation row (held to COMMIT), so the rows are numbered
// in commit order and a reader never passes over one still to commit.

/** Which tables move what, and how each row names its ship. */
const SHIP_OF: Record<string, string> = {
  vessels: '{r}.id',
  vessel_search: '{r}.vessel_id',
  vessel_identifiers: '{r}.vessel_id',
  vessel_transfers: '{r}.vessel_id',
  plans: '{r}.vessel_id',
  plan_revisions: '(select vessel_id from plans where id = {r}.plan_id)',
  exercises: '(select vessel_id from plans where id = {r}.plan_id)',
  copies: '(select p.vessel_id from plan_revisions v join plans p on p.id = v.plan_id where v.id = {r}.revision_id)',
};
const COMPANY_OF: Record<string, string> = { companies: '{r}.id' };
const EVERYTHING = ['agencies', 'arrangement_pairs'];
const ACCESS = ['tokens', 'principals', 'accounts'];

const kindAndRef = (table: string, r: string): [string, string] => {
  if (SHIP_OF[table]) return ['vessel', SHIP_OF[table]!.replaceAll('{r}', r)];
  if (COMPANY_OF[table]) return ['company', COMPANY_OF[table]!.replaceAll('{r}', r)];
  return [EVERYTHING.includes(table) ? 'all' : 'access', 'cast(null as integer)'];
};
const TABLES = [...Object.keys(SHIP_OF), ...Object.keys(COMPANY_OF), ...EVERYTHING, ...ACCESS];

// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const run = (text: string) => sql.raw(text).execute(db);
  await run(
    `create table model_changes (seq ${postgres ? 'bigserial primary key' : 'integer primary key autoincrement'},
      kind text not null check (kind in ('vessel', 'company', 'all', 'access')), ref integer)`,
  );
  // Rows up to `through` were deleted: an instance that had not read them builds its model afresh.
  await run(`create table model_changes_pruned (only_row integer primary key check (only_row = 1), through bigint not null)`);
  await run(`insert into model_changes_pruned (only_row, through) values (1, 0)`);
  if (!postgres) {
    for (const table of TABLES)
      for (const [event, r] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        const [kind, ref] = kindAndRef(table, r);
        await run(`create trigger ${table}_${event}_model after ${event} on ${table} begin
          insert into model_changes (kind, ref) values ('${kind}', ${ref}); end`);
      }
    return;
  }
  for (const table of TABLES) {
    const [kind, refNew] = kindAndRef(table, 'new');
    const refOld = kindAndRef(table, 'old')[1];
    await run(`create function ${table}_model() returns trigger language plpgsql as $$
      begin
        perform 1 from registry_generation for update;
        insert into model_changes (kind, ref) values ('${kind}', case when tg_op = 'DELETE' then ${refOld} else ${refNew} end);
        return null;
      end $$`);
    await run(`create trigger ${table}_model after insert or update or delete on ${table} for each row execute function ${table}_model()`);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of TABLES) {
    if (postgres) {
      await sql.raw(`drop trigger ${table}_model on ${table}`).execute(db);
      await sql.raw(`drop function ${table}_model()`).execute(db);
    } else for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger ${table}_${event}_model`).execute(db);
  }
  await db.schema.dropTable('model_changes_pruned').execute();
  await db.schema.dropTable('model_changes').execute();
}
