import { sql, type Kysely } from 'kysely';

// The incident lookup's index, kept by src/store/search.ts in the same transaction as vessel and
// company writes. Text is stored folded (traditional script, lower case, no accents, ASCII width),
// so the query is folded the same way and compared as is. SQLite-specific (FTS5); nothing outside
// the search module knows these tables.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('vessel_search')
    .addColumn('vessel_id', 'integer', (c) => c.primaryKey().references('vessels.id'))
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('company_names', 'text', (c) => c.notNull())
    .addColumn('identifiers', 'text', (c) => c.notNull())
    .execute();
  // Substrings of three characters and more, names and identifiers alike.
  await sql`create virtual table vessel_search_trigram using fts5(names, identifiers, company_names, content='vessel_search', content_rowid='vessel_id', tokenize='trigram')`.execute(db);
  // Fragments looked up directly: starts of names and words (position 0 and 1), and the one- and
  // two-character pieces of Chinese names (position 2), in the order the lookup ranks them.
  await sql`create table vessel_search_grams (gram text not null, position integer not null check (position in (0, 1, 2)), vessel_id integer not null references vessels(id), primary key (gram, position, vessel_id)) without rowid`.execute(db);
  await sql`create index vessel_search_grams_vessel on vessel_search_grams(vessel_id)`.execute(db);
  await db.schema.createIndex('vessels_epirb').on('vessels').column('epirb_hex_id').execute();
  await db.schema.createIndex('vessels_national_registration').on('vessels').column('national_registration_number').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('vessels_national_registration').execute();
  await db.schema.dropIndex('vessels_epirb').execute();
  await sql`drop index vessel_search_grams_vessel`.execute(db);
  await sql`drop table vessel_search_grams`.execute(db);
  await sql`drop table vessel_search_trigram`.execute(db);
  await db.schema.dropTable('vessel_search').execute();
}
