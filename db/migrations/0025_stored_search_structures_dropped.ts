import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Since 0024 every instance searches its read model in memory, built from `vessel_search`. The stored
// search structures beside that table are read by nothing, yet every ship's write paid for them: the
// fragments table (dozens of rows a ship), and the substring index (FTS5 on SQLite, pg_trgm's GIN
// indexes on PostgreSQL). `vessel_search` stays: it is what the read model is built from.

const TRIGRAM_COLUMNS = ['names', 'company_names', 'identifiers'];

// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql`drop table vessel_search_grams`.execute(db);
  if (postgres) for (const column of TRIGRAM_COLUMNS) await sql.raw(`drop index vessel_search_${column}_trigram`).execute(db);
  else await sql`drop table vessel_search_trigram`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // The structures come back empty but for the substring index, which is made again from the table;
  // the fragments are written again as each ship is next saved by a version that keeps them.
  if (postgres) {
    await sql`create table vessel_search_grams (gram text collate "C" not null, position integer not null check (position in (0, 1, 2)),
      vessel_id integer not null references vessels (id), primary key (gram, position, vessel_id))`.execute(db);
    await sql`create trigger vessel_search_grams_moves_generation after insert or update or delete or truncate on vessel_search_grams
      for each statement execute function registry_moved()`.execute(db);
    for (const column of TRIGRAM_COLUMNS)
      await sql.raw(`create index vessel_search_${column}_trigram on vessel_search using gin (${column} gin_trgm_ops)`).execute(db);
  } else {
    await sql`create table vessel_search_grams (gram text not null, position integer not null check (position in (0, 1, 2)), vessel_id integer not null references vessels(id), primary key (gram, position, vessel_id)) without rowid`.execute(
      db,
    );
    await sql`create virtual table vessel_search_trigram using fts5(names, identifiers, company_names, content='vessel_search', content_rowid='vessel_id', tokenize='trigram')`.execute(
      db,
    );
    await sql`insert into vessel_search_trigram (vessel_search_trigram) values ('rebuild')`.execute(db);
  }
  await sql`create index vessel_search_grams_vessel on vessel_search_grams (vessel_id)`.execute(db);
}
