import { sql, type Kysely } from 'kysely';

// A signature block counts only once an admin of each of its two agencies has taken part: one records
// it (kept aside as `pending`), the other confirms it (it then becomes the block's date and
// signatories). Tokens become personal: named, expiring, and read-only if their holder asks.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table arrangement_pairs add column pending text check (pending is null or json_valid(pending))`.execute(db);
  await sql`alter table tokens add column name text`.execute(db);
  await sql`alter table tokens add column expires_at text`.execute(db);
  await sql`alter table tokens add column scope text not null default 'full' check (scope in ('full', 'read'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table tokens drop column scope`.execute(db);
  await sql`alter table tokens drop column expires_at`.execute(db);
  await sql`alter table tokens drop column name`.execute(db);
  await sql`alter table arrangement_pairs drop column pending`.execute(db);
}
