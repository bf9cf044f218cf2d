import { sql, type Kysely } from 'kysely';

// 0003 was edited after it had landed: databases made with its first text have vessel_search_grams
// without the `position` column (and without its index by vessel), and the lookup fails on them.
// This brings such a database to the shape 0003 now gives, and empties the index so that start-up
// (ensureReferenceData → indexMissingVessels) rebuilds it. A database made with 0003 as it stands
// is left as it is. (0003's comment also says the text is folded to traditional script; since the
// lookup folds to simplified Chinese, the stored text is simplified. Nothing in the schema depends
// on it.)
export async function up(db: Kysely<any>): Promise<void> {
  const columns = await sql<{ name: string }>`select name from pragma_table_info('vessel_search_grams')`.execute(db);
  if (columns.rows.some((c) => c.name === 'position')) return;
  await sql`drop table vessel_search_grams`.execute(db);
  await sql`create table vessel_search_grams (gram text not null, position integer not null check (position in (0, 1, 2)), vessel_id integer not null references vessels(id), primary key (gram, position, vessel_id)) without rowid`.execute(db);
  await sql`create index vessel_search_grams_vessel on vessel_search_grams(vessel_id)`.execute(db);
  await sql`insert into vessel_search_trigram (vessel_search_trigram) values ('delete-all')`.execute(db);
  await sql`delete from vessel_search`.execute(db);
}

// Nothing to undo: the shape it gives is the one 0003 gives today.
export async function down(): Promise<void> {}
