import { sql, type Kysely } from 'kysely';

// A ship's life: transfer of registry, reuse of a withdrawn ship's MMSI and call sign, owner proposals.
//
// - An MMSI or call sign is unique among ships not withdrawn (an IMO number stays unique for ever):
//   the column-level UNIQUE of 0001 becomes a partial unique index. SQLite cannot drop a column
//   constraint, so `vessels` is rebuilt (SQLite's documented twelve steps: foreign keys off, new
//   table, copy, drop, rename, indexes, foreign_key_check, all in one transaction).
// - A transferred ship gets a new plan from its new home agency while the old one stays, withdrawn:
//   a ship has at most one plan not withdrawn, so `plans` is rebuilt the same way.

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** The table's CREATE statement with `from` replaced by `to`; refuses to guess when the text differs. */
async function rewrittenSchema(db: Kysely<any>, table: string, edits: [from: string, to: string][]): Promise<string> {
  const row = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  let text = row.rows[0]?.sql;
  if (!text) throw new Error(`table ${table} is missing`);
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`0008: ${table} does not have ${from}; refusing to rebuild it`);
    text = text.replace(from, to);
  }
  return text.replace(`CREATE TABLE "${table}"`, `CREATE TABLE "${table}_rebuilt"`);
}

async function rebuild(db: Kysely<any>, table: string, edits: [string, string][], indexes: string[]): Promise<void> {
  const create = await rewrittenSchema(db, table, edits);
  await sql.raw(create).execute(db);
  await sql.raw(`insert into "${table}_rebuilt" select * from "${table}"`).execute(db);
  await sql.raw(`drop table "${table}"`).execute(db);
  await sql.raw(`alter table "${table}_rebuilt" rename to "${table}"`).execute(db);
  for (const index of indexes) await sql.raw(index).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      await rebuild(
        db,
        'vessels',
        [
          ['"mmsi" text not null unique', '"mmsi" text not null'],
          ['"call_sign" text not null unique', '"call_sign" text not null'],
        ],
        [
          'create index vessels_company on vessels(company_id)',
          'create index vessels_area on vessels(area_of_registry, id)',
          'create index vessels_epirb on vessels(epirb_hex_id)',
          'create index vessels_national_registration on vessels(national_registration_number)',
          "create unique index vessels_mmsi_in_register on vessels(mmsi) where status <> 'withdrawn'",
          "create unique index vessels_call_sign_in_register on vessels(call_sign) where status <> 'withdrawn'",
          'create index vessels_mmsi on vessels(mmsi)',
          'create index vessels_call_sign on vessels(call_sign)',
        ],
      );
      await rebuild(
        db,
        'plans',
        [['"vessel_id" integer not null unique references "vessels" ("id")', '"vessel_id" integer not null references "vessels" ("id")']],
        ['create index plans_vessel on plans(vessel_id)', 'create unique index plans_one_in_force on plans(vessel_id) where withdrawn_on is null'],
      );

      // A release by the losing agency, and its acceptance by the gaining one. `former` is the ship's
      // register entry as it was in the losing area (names, identifiers, port, company), kept searchable.
      await sql`create table vessel_transfers (
        id integer primary key autoincrement,
        vessel_id integer not null references vessels(id),
        from_area text not null references agencies(code),
        to_area text not null references agencies(code),
        state text not null check (state in ('released', 'accepted', 'cancelled')),
        former text not null check (json_valid(former)),
        note text,
        released_at text not null,
        released_by text not null,
        decided_at text,
        decided_by text,
        check (from_area <> to_area),
        check ((state = 'released') = (decided_at is null))
      )`.execute(db);
      await sql`create index vessel_transfers_vessel on vessel_transfers(vessel_id)`.execute(db);
      await sql`create unique index vessel_transfers_one_open on vessel_transfers(vessel_id) where state = 'released'`.execute(db);
      await sql`create index vessel_transfers_open_to on vessel_transfers(to_area) where state = 'released'`.execute(db);

      // An operator's proposed change to its company's Module 1 or a ship's Module 2, until the home
      // agency's registrar approves or rejects it (with a reason).
      await sql`create table proposals (
        id integer primary key autoincrement,
        company_id integer not null references companies(id),
        record_type text not null check (record_type in ('company', 'vessel')),
        record_id integer not null,
        home_agency text not null references agencies(code),
        changes text not null check (json_valid(changes)),
        note text,
        state text not null default 'open' check (state in ('open', 'approved', 'rejected', 'withdrawn')),
        proposed_at text not null,
        proposed_by_id integer,
        proposed_by_name text not null,
        decided_at text,
        decided_by_id integer,
        decided_by_name text,
        reason text,
        version integer not null default 1,
        created_at text not null default ${now},
        check ((state = 'open') = (decided_at is null))
      )`.execute(db);
      await sql`create index proposals_agency_state on proposals(home_agency, state, id)`.execute(db);
      await sql`create index proposals_company on proposals(company_id, id)`.execute(db);

      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length) throw new Error(`0008: foreign keys broken after the rebuild: ${JSON.stringify(broken.rows.slice(0, 5))}`);
      await sql`commit`.execute(db);
    } catch (err) {
      await sql`rollback`.execute(db);
      throw err;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table proposals`.execute(db);
  await sql`drop table vessel_transfers`.execute(db);
  // The rebuilt tables keep their wider rules: going back to column-level UNIQUE would fail on a
  // registry where a withdrawn ship's MMSI was reused, so down leaves them.
}
