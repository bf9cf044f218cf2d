import { sql, type Kysely } from 'kysely';

// People, not pasted tokens: an account for each person (a principal with an e-mail, a password hash
// and a second factor), server-side sessions for the pages, one-time links to set a password, and the
// session or token each audited write came through.

/** An agency's admins manage its people: an admin may now belong to an agency (0001 allowed none). */
async function letAdminsBelongToAnAgency(db: Kysely<any>): Promise<void> {
  const found = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'principals'`.execute(db);
  const before = "or (role = 'admin' and agency is null and company_id is null)";
  const table = found.rows[0]?.sql;
  if (!table?.includes(before)) throw new Error('0009: principals does not have the check 0001 made; refusing to rebuild it');
  const rebuilt = table.replace(before, "or (role = 'admin' and company_id is null)").replace('CREATE TABLE "principals"', 'CREATE TABLE "principals_0009"');
  await sql.raw(rebuilt).execute(db);
  await sql`insert into principals_0009 select * from principals`.execute(db);
  await sql`drop table principals`.execute(db);
  await sql`alter table principals_0009 rename to principals`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  // SQLite cannot change a CHECK in place: the table is rebuilt with foreign keys off, in one transaction.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      await letAdminsBelongToAnAgency(db);
      await createTables(db);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length) throw new Error(`0009: foreign keys broken: ${JSON.stringify(broken.rows.slice(0, 5))}`);
      await sql`commit`.execute(db);
    } catch (err) {
      await sql`rollback`.execute(db);
      throw err;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function createTables(db: Kysely<any>): Promise<void> {
  await sql`create table accounts (
    principal_id integer primary key references principals(id),
    email text not null unique check (email = lower(email)),
    password_hash text,
    totp_secret text,
    totp_confirmed_at text,
    recovery_codes text not null default '[]' check (json_valid(recovery_codes)),
    status text not null default 'active' check (status in ('active', 'disabled')),
    created_at text not null,
    disabled_at text,
    version integer not null default 1
  )`.execute(db);

  // Only the SHA-256 of a session id is kept: the cookie's value never lies in the database.
  await sql`create table sessions (
    id integer primary key autoincrement,
    secret_hash text not null unique,
    principal_id integer not null references principals(id),
    created_at text not null,
    last_seen_at text not null,
    expires_at text not null,
    ended_at text,
    ended_reason text,
    user_agent text,
    address text
  )`.execute(db);
  await sql`create index sessions_principal on sessions(principal_id) where ended_at is null`.execute(db);

  // A link an admin passes on to set (or reset) a password: one use, a short life.
  await sql`create table account_links (
    secret_hash text primary key,
    principal_id integer not null references principals(id),
    purpose text not null check (purpose in ('setup', 'reset')),
    created_at text not null,
    created_by text not null,
    expires_at text not null,
    used_at text
  )`.execute(db);

  await sql`alter table audit_events add column via text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_events drop column via`.execute(db);
  await sql`drop table account_links`.execute(db);
  await sql`drop table sessions`.execute(db);
  await sql`drop table accounts`.execute(db);
}
