import { sql, type Kysely } from 'kysely';

// A transferred ship stays covered: the losing agency's plan stays in force until the gaining agency
// issues its own, so during the handover a ship has two plans in force, one per agency. One plan in
// force per ship and agency, no longer per ship.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written over Kysely<any>, frozen in time against no table types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index plans_one_in_force`.execute(db);
  await sql`create unique index plans_one_in_force_per_agency on plans (vessel_id, home_agency) where withdrawn_on is null`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index plans_one_in_force_per_agency`.execute(db);
  await sql`create unique index plans_one_in_force on plans (vessel_id) where withdrawn_on is null`.execute(db);
}
