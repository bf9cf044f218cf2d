import type { Account, AccountStatus, Failures } from '../domain/account.ts';
import type { Principal, Role } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { sql } from 'kysely';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json.ts';

// Accounts, sessions and set-password links. Secrets (session ids, link ids, recovery codes) are kept
// only as SHA-256 hashes; the password as its argon2id hash.

const ACCOUNT_COLUMNS = [
  'principals.id',
  'principals.name',
  'principals.role',
  'principals.agency',
  'principals.company_id',
  'accounts.email',
  'accounts.password_hash',
  'accounts.totp_secret',
  'accounts.totp_confirmed_at',
  'accounts.recovery_codes',
  'accounts.status',
  'accounts.created_at',
  'accounts.disabled_at',
  'accounts.version',
] as const;

type Row = {
  id: number;
  name: string;
  role: Role;
  agency: string | null;
  company_id: number | null;
  email: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_confirmed_at: string | null;
  recovery_codes: string;
  status: AccountStatus;
  created_at: string;
  disabled_at: string | null;
  version: number;
};

export type AccountSecrets = { passwordHash: string | null; totpSecret: string | null; totpConfirmed: boolean; recoveryCodes: string[] };

const toAccount = (r: Row): Account => ({
  id: r.id,
  name: r.name,
  email: r.email,
  role: r.role,
  agency: r.agency as AreaCode | null,
  companyId: r.company_id,
  status: r.status,
  hasPassword: r.password_hash !== null,
  secondFactor: r.totp_confirmed_at !== null,
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
  version: r.version,
});

const secretsOf = (r: Row): AccountSecrets => ({
  passwordHash: r.password_hash,
  totpSecret: r.totp_secret,
  totpConfirmed: r.totp_confirmed_at !== null,
  recoveryCodes: fromJson(r.recovery_codes),
});

const accounts = (db: Executor) => db.selectFrom('accounts').innerJoin('principals', 'principals.id', 'accounts.principal_id').select(ACCOUNT_COLUMNS);

export async function insertAccount(db: Executor, a: { principalId: number; email: string; at: string }): Promise<void> {
  await db.insertInto('accounts').values({ principal_id: a.principalId, email: a.email, created_at: a.at }).execute();
}

export async function getAccount(db: Executor, id: number): Promise<(Account & { secrets: AccountSecrets }) | undefined> {
  const row = (await accounts(db).where('principals.id', '=', id).executeTakeFirst()) as Row | undefined;
  return row && { ...toAccount(row), secrets: secretsOf(row) };
}

export async function accountByEmail(db: Executor, email: string): Promise<(Account & { secrets: AccountSecrets }) | undefined> {
  const row = (await accounts(db).where('accounts.email', '=', email).executeTakeFirst()) as Row | undefined;
  return row && { ...toAccount(row), secrets: secretsOf(row) };
}

export async function emailTaken(db: Executor, email: string): Promise<boolean> {
  return Boolean(await db.selectFrom('accounts').select('principal_id').where('email', '=', email).executeTakeFirst());
}

/** The accounts an agency's admin manages: its own staff and the operators of the companies registered with it. */
export async function accountsOfAgency(db: Executor, agency: AreaCode): Promise<Account[]> {
  const rows = (await accounts(db)
    .leftJoin('companies', 'companies.id', 'principals.company_id')
    .where((eb) => eb.or([eb('principals.agency', '=', agency), eb('companies.home_agency', '=', agency)]))
    .orderBy('principals.role')
    .orderBy('principals.name')
    .execute()) as Row[];
  return rows.map(toAccount);
}

/** Sets the password's hash, or clears it (a reset: the old password stops working at once). */
export async function setPassword(db: Executor, id: number, hash: string | null): Promise<void> {
  await db
    .updateTable('accounts')
    .set((eb) => ({ password_hash: hash, version: eb('version', '+', 1) }))
    .where('principal_id', '=', id)
    .execute();
}

/**
 * A second factor being enrolled (secret, not yet confirmed), confirmed (with its recovery codes and the
 * time step of the code that confirmed it), or removed (all null).
 */
export async function setSecondFactor(
  db: Executor,
  id: number,
  f: { secret: string | null; confirmedAt: string | null; recoveryCodeHashes: string[]; lastStep?: number },
): Promise<void> {
  await db
    .updateTable('accounts')
    .set((eb) => ({
      totp_secret: f.secret,
      totp_confirmed_at: f.confirmedAt,
      recovery_codes: toJson(f.recoveryCodeHashes),
      totp_last_step: f.lastStep ?? null,
      version: eb('version', '+', 1),
    }))
    .where('principal_id', '=', id)
    .execute();
}

/**
 * Takes an authenticator code's time step for a sign-in: false when a code of this step or a later one
 * was already taken. One conditional update, so two requests racing with the same code cannot both win.
 */
export async function takeCodeStep(db: Executor, id: number, step: number): Promise<boolean> {
  const r = await db
    .updateTable('accounts')
    .set({ totp_last_step: step })
    .where('principal_id', '=', id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Takes a recovery code: false when the codes changed since they were read (the same code raced in twice). */
export async function takeRecoveryCode(db: Executor, id: number, was: string[], left: string[]): Promise<boolean> {
  const r = await db
    .updateTable('accounts')
    .set({ recovery_codes: toJson(left) })
    .where('principal_id', '=', id)
    .where('recovery_codes', '=', toJson(was))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setStatus(db: Executor, id: number, status: AccountStatus, at: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set((eb) => ({ status, disabled_at: status === 'disabled' ? at : null, version: eb('version', '+', 1) }))
    .where('principal_id', '=', id)
    .execute();
}

// --- sessions --------------------------------------------------------------------------------

export type SessionRow = {
  id: number;
  principal: Principal;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  endedAt: string | null;
  userAgent: string | null;
  address: string | null;
  /** Whether the person has a second factor. */
  secondFactor: boolean;
};

export async function insertSession(
  db: Executor,
  s: { secretHash: string; principalId: number; at: string; expiresAt: string; userAgent: string | null; address: string | null },
): Promise<number> {
  const row = await db
    .insertInto('sessions')
    .values({
      secret_hash: s.secretHash,
      principal_id: s.principalId,
      created_at: s.at,
      last_seen_at: s.at,
      expires_at: s.expiresAt,
      user_agent: s.userAgent,
      address: s.address,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const sessionColumns = [
  'sessions.id as session_id',
  'sessions.created_at',
  'sessions.last_seen_at',
  'sessions.expires_at',
  'sessions.ended_at',
  'sessions.user_agent',
  'sessions.address',
  'principals.id',
  'principals.name',
  'principals.role',
  'principals.agency',
  'principals.company_id',
  'accounts.totp_confirmed_at',
] as const;

type SessionSelect = {
  session_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  user_agent: string | null;
  address: string | null;
  id: number;
  name: string;
  role: Role;
  agency: string | null;
  company_id: number | null;
  totp_confirmed_at: string | null;
};

const toSession = (r: SessionSelect): SessionRow => ({
  id: r.session_id,
  principal: { id: r.id, name: r.name, role: r.role, agency: r.agency as AreaCode | null, companyId: r.company_id },
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
  endedAt: r.ended_at,
  userAgent: r.user_agent,
  address: r.address,
  secondFactor: r.totp_confirmed_at !== null,
});

/** A session found by its cookie's hash or its id, with its person, if the person's account is active. */
async function sessionWhere(db: Executor, key: { secretHash: string } | { id: number }): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('principals', 'principals.id', 'sessions.principal_id')
    .innerJoin('accounts', 'accounts.principal_id', 'principals.id')
    .select(sessionColumns)
    .where((eb) => ('id' in key ? eb('sessions.id', '=', key.id) : eb('sessions.secret_hash', '=', key.secretHash)))
    .where('accounts.status', '=', 'active')
    .executeTakeFirst();
  return row && toSession(row as SessionSelect);
}

/** The session behind a cookie. */
export const sessionByHash = (db: Executor, secretHash: string) => sessionWhere(db, { secretHash });
/** A session by its id. */
export const sessionById = (db: Executor, id: number) => sessionWhere(db, { id });

export async function touchSession(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).where('ended_at', 'is', null).execute();
}

/** Ends sessions (one, or all of a person's but `except`); returns how many were live. */
export async function endSessions(db: Executor, f: { id?: number; principalId?: number; except?: number }, reason: string, at: string): Promise<number> {
  let q = db.updateTable('sessions').set({ ended_at: at, ended_reason: reason }).where('ended_at', 'is', null);
  if (f.id !== undefined) q = q.where('id', '=', f.id);
  if (f.principalId !== undefined) q = q.where('principal_id', '=', f.principalId);
  if (f.except !== undefined) q = q.where('id', '!=', f.except);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A person's sessions not yet ended (some may have run out; the caller knows the clock). */
export async function openSessionsOf(db: Executor, principalId: number): Promise<SessionRow[]> {
  const rows = await db
    .selectFrom('sessions')
    .innerJoin('principals', 'principals.id', 'sessions.principal_id')
    .innerJoin('accounts', 'accounts.principal_id', 'principals.id')
    .select(sessionColumns)
    .where('sessions.principal_id', '=', principalId)
    .where('sessions.ended_at', 'is', null)
    .orderBy('sessions.id', 'desc')
    .execute();
  return rows.map((r) => toSession(r as SessionSelect));
}

// --- links -----------------------------------------------------------------------------------

export async function insertLink(
  db: Executor,
  l: { secretHash: string; principalId: number; purpose: 'setup' | 'reset'; at: string; by: string; expiresAt: string },
): Promise<void> {
  // A new link replaces any unused one of the same person.
  await db.updateTable('account_links').set({ used_at: l.at }).where('principal_id', '=', l.principalId).where('used_at', 'is', null).execute();
  await db
    .insertInto('account_links')
    .values({ secret_hash: l.secretHash, principal_id: l.principalId, purpose: l.purpose, created_at: l.at, created_by: l.by, expires_at: l.expiresAt })
    .execute();
}

export async function linkByHash(db: Executor, secretHash: string) {
  return db.selectFrom('account_links').selectAll().where('secret_hash', '=', secretHash).executeTakeFirst();
}

/** Marks a link used; false if it already was (two tabs racing). */
export async function useLink(db: Executor, secretHash: string, at: string): Promise<boolean> {
  const r = await db.updateTable('account_links').set({ used_at: at }).where('secret_hash', '=', secretHash).where('used_at', 'is', null).executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

// --- failed sign-ins (the throttle's counts) ---------------------------------------------------

/** The failures kept for these keys (an account's e-mail, an address), by key. */
export async function signInFailures(db: Executor, keys: string[]): Promise<Map<string, Failures>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('signin_failures').selectAll().where('key', 'in', keys).execute();
  return new Map(
    rows.map((r) => [r.key, { count: Number(r.count), last: Number(r.last_ms), lockedUntil: r.locked_until_ms === null ? null : Number(r.locked_until_ms) }]),
  );
}

export async function keepSignInFailures(db: Executor, key: string, f: Failures): Promise<void> {
  const row = { count: f.count, last_ms: f.last, locked_until_ms: f.lockedUntil };
  await db
    .insertInto('signin_failures')
    .values({ key, ...row })
    .onConflict((oc) => oc.column('key').doUpdateSet(row))
    .execute();
}

/** Forgets a key's failures (a successful sign-in), and every count that can no longer slow anyone down. */
export async function forgetSignInFailures(db: Executor, key: string | null, stale: { lastBefore: number; now: number }): Promise<void> {
  if (key !== null) await db.deleteFrom('signin_failures').where('key', '=', key).execute();
  await db
    .deleteFrom('signin_failures')
    .where('last_ms', '<', stale.lastBefore)
    .where((eb) => eb.or([eb('locked_until_ms', 'is', null), eb('locked_until_ms', '<', stale.now)]))
    .execute();
}

/** Whether a person has signed in from this address since `since` (a session opened there). */
export async function signedInFrom(db: Executor, principalId: number, address: string, since: string): Promise<boolean> {
  const row = await db
    .selectFrom('sessions')
    .select('id')
    .where('principal_id', '=', principalId)
    .where('address', '=', address)
    .where('created_at', '>=', since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** For each of these e-mails, the latest time one of its (account, address) locks lasts until, where one lasts beyond `now`. */
export async function signInLocks(db: Executor, emails: string[], now: number): Promise<Map<string, number>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .selectFrom('signin_failures')
    .select(['key', 'locked_until_ms'])
    .where('key', 'like', 'pair:%')
    .where('locked_until_ms', '>', now)
    .execute();
  const wanted = new Set(emails);
  const locks = new Map<string, number>();
  for (const r of rows) {
    // A pair's key is "pair:<e-mail> <address>"; an e-mail holds no space.
    const email = r.key.slice('pair:'.length, r.key.lastIndexOf(' '));
    if (!wanted.has(email)) continue;
    locks.set(email, Math.max(locks.get(email) ?? 0, Number(r.locked_until_ms)));
  }
  return locks;
}

/** The failures counted for an account from each address (its pairs' counts), by address. */
export async function signInFailuresByAddress(db: Executor, email: string): Promise<Map<string, Failures>> {
  // By prefix, not LIKE: an e-mail may hold "_" or "%".
  const prefix = `pair:${email} `;
  const rows = await db.selectFrom('signin_failures').selectAll().where(sql<boolean>`substr(key, 1, ${prefix.length}) = ${prefix}`).execute();
  return new Map(
    rows.map((r) => [
      r.key.slice(prefix.length),
      { count: Number(r.count), last: Number(r.last_ms), lockedUntil: r.locked_until_ms === null ? null : Number(r.locked_until_ms) },
    ]),
  );
}

/** Forgets an account's own counts: its count from every address, and each (account, address) pair's. */
export async function forgetSignInFailuresOf(db: Executor, email: string): Promise<void> {
  const prefix = `pair:${email} `;
  await db
    .deleteFrom('signin_failures')
    .where(sql<boolean>`(key = ${`email:${email}`} or substr(key, 1, ${prefix.length}) = ${prefix})`)
    .execute();
}

// --- each agency's sign-in policy --------------------------------------------------------------

/** The roles an agency adds to those that must have a second factor (none when it has not said). */
export async function signInPolicy(db: Executor, agency: string): Promise<{ alsoFor: Role[]; updatedBy: string | null; updatedAt: string | null }> {
  const row = await db.selectFrom('sign_in_policies').selectAll().where('agency', '=', agency).executeTakeFirst();
  return row
    ? { alsoFor: fromJson<Role[]>(row.second_factor_also_for), updatedBy: row.updated_by, updatedAt: row.updated_at }
    : { alsoFor: [], updatedBy: null, updatedAt: null };
}

export async function keepSignInPolicy(db: Executor, agency: string, alsoFor: Role[], by: string, at: string): Promise<void> {
  const row = { second_factor_also_for: JSON.stringify(alsoFor), updated_by: by, updated_at: at };
  await db
    .insertInto('sign_in_policies')
    .values({ agency, ...row })
    .onConflict((oc) => oc.column('agency').doUpdateSet(row))
    .execute();
}
