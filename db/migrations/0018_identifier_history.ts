import { sql, type Kysely } from 'kysely';

// Every identifier a ship has held, with the days it held it: a distress alert carries whatever the
// beacon or the DSC set was programmed with, perhaps years ago, and an MMSI or call sign a ship gave up
// may have passed to another. One row per identifier held; `held_until` null while it still is.
// Filled here from what the registry already knows: each ship's identifiers now (held since it was
// registered) and those it left behind in an accepted transfer (until the day of the transfer).
// On PostgreSQL it has no generation trigger of its own: it is written only with its ship's row, in the
// same transaction, whose trigger moves the generation the lookup's caches follow (a fleet import of a
// thousand ships saves a thousand more updates of that row).
const KINDS = "kind in ('mmsi', 'callSign', 'imoNumber', 'epirbHexId')";

// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('vessel_identifiers')
    .addColumn('vessel_id', 'integer', (c) => c.notNull().references('vessels.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(KINDS)))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('held_from', 'text')
    .addColumn('held_until', 'text')
    .execute();
  await db.schema.createIndex('vessel_identifiers_value').on('vessel_identifiers').column('value').execute();
  await db.schema.createIndex('vessel_identifiers_vessel').on('vessel_identifiers').columns(['vessel_id', 'kind']).execute();
  const vessels = await sql<{ id: number; mmsi: string; call_sign: string; imo_number: string | null; epirb_hex_id: string | null; created_at: string }>`
    select id, mmsi, call_sign, imo_number, epirb_hex_id, created_at from vessels order by id`.execute(db);
  for (const v of vessels.rows) {
    const since = v.created_at.slice(0, 10);
    for (const [kind, value] of [
      ['mmsi', v.mmsi],
      ['callSign', v.call_sign],
      ['imoNumber', v.imo_number],
      ['epirbHexId', v.epirb_hex_id],
    ] as const) {
      if (value) await sql`insert into vessel_identifiers (vessel_id, kind, value, held_from, held_until) values (${v.id}, ${kind}, ${value}, ${since}, null)`.execute(db);
    }
  }
  const transfers = await sql<{ vessel_id: number; former: string; decided_at: string }>`
    select vessel_id, former, decided_at from vessel_transfers where state = 'accepted' order by id`.execute(db);
  for (const t of transfers.rows) {
    const former = JSON.parse(t.former) as { mmsi?: string; callSign?: string; epirbHexId?: string | null };
    const until = t.decided_at.slice(0, 10);
    for (const [kind, value] of [
      ['mmsi', former.mmsi],
      ['callSign', former.callSign],
      ['epirbHexId', former.epirbHexId],
    ] as const) {
      const still = await sql<{ n: number }>`select count(*) as n from vessel_identifiers where vessel_id = ${t.vessel_id} and kind = ${kind} and value = ${value ?? ''} and held_until is null`.execute(db);
      if (value && Number(still.rows[0]?.n ?? 0) === 0) {
        await sql`insert into vessel_identifiers (vessel_id, kind, value, held_from, held_until) values (${t.vessel_id}, ${kind}, ${value}, null, ${until})`.execute(db);
      }
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('vessel_identifiers').execute();
}
