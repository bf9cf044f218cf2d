import { createHash, randomBytes } from 'node:crypto';
import { hash as argon2Hash } from '@node-rs/argon2';
import * as OTPAuth from 'otpauth';
import { renderSVG } from 'uqr';
import { hashSecret, type Principal, type Role, type Who } from '../domain/access.ts';
import {
  ALWAYS_SECOND_FACTOR,
  LINK_LIFETIME_MS,
  normaliseEmail,
  OPTIONAL_SECOND_FACTOR,
  passwordProblem,
  secondFactorRequired,
  THROTTLE,
  withoutFailures,
  type Account,
  type OptionalSecondFactorRole,
} from '../domain/account.ts';
import type { AreaCode } from '../domain/areas.ts';
import { notFound, refuse, type FieldProblem } from '../errors.ts';
import {
  accountByEmail,
  accountsOfAgency,
  emailTaken,
  endSessions,
  forgetSignInFailuresOf,
  keepSignInFailures,
  signInFailures,
  signInFailuresByAddress,
  getAccount,
  insertAccount,
  insertLink,
  keepSignInPolicy,
  linkByHash,
  setPassword,
  setSecondFactor,
  setStatus,
  signInLocks,
  signInPolicy,
  useLink,
} from '../store/accounts.ts';
import { recordAudit } from '../store/audit.ts';
import { getCompany } from '../store/companies.ts';
import { inTransaction, type Db, type Executor } from '../store/database.ts';
import { createPrincipal, revokeTokensOf } from '../store/principals.ts';

// People and sign-in: each agency's admins manage the accounts of their own staff and of the companies
// registered with it; a person sets a password (argon2id) and a second factor (TOTP) through a one-time
// link; signing in opens a server-side session whose id is the only thing the cookie holds.

const ISSUER = 'SAR plan registry';
/** argon2id with the package's defaults, which are OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane. */
const hashPassword = (password: string) => argon2Hash(password);
/** Verified against when no account matches, so an unknown e-mail takes as long to refuse as a known one. */
export const DUMMY_HASH = argon2Hash('not a password of anyone here');

export const newSecret = () => randomBytes(32).toString('base64url');
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The registry itself, as the actor of what no person did (a sign-in lock). */
export const REGISTRY: Principal = { id: null, name: 'Registry (sign-in protection)', role: 'admin', agency: null, companyId: null };

// --- who manages whom ------------------------------------------------------------------------

/** The agency an account belongs to: its own, or its company's home agency. */
export async function agencyOf(db: Executor, a: Pick<Account, 'agency' | 'companyId'>): Promise<AreaCode | null> {
  if (a.agency) return a.agency;
  return a.companyId ? ((await getCompany(db, a.companyId))?.homeAgency ?? null) : null;
}

/** Whether a person's role needs a second factor, by the rule or by their agency's sign-in policy. */
export async function secondFactorNeeded(db: Executor, person: Pick<Account, 'role' | 'agency' | 'companyId'>): Promise<boolean> {
  if (secondFactorRequired(person.role)) return true;
  const agency = await agencyOf(db, person);
  return agency !== null && secondFactorRequired(person.role, (await signInPolicy(db, agency)).alsoFor);
}

function requireAgencyAdmin(who: Who): AreaCode {
  const p = who.principal;
  if (p.role !== 'admin' || !p.agency) throw refuse('role_required', { role: { key: 'roles.admin' }, action: { key: 'action.manage_people' } });
  return p.agency;
}

async function manageable(db: Executor, who: Who, id: number) {
  const agency = requireAgencyAdmin(who);
  const account = await getAccount(db, id);
  if (!account) throw notFound('noun.account', id);
  if ((await agencyOf(db, account)) !== agency) throw refuse('admins_own_agency', { agency: { key: `area.${agency}` } });
  return { account, agency };
}

export const auditAccount = (
  db: Executor,
  who: Who,
  action: string,
  account: Pick<Account, 'id'>,
  agency: AreaCode | null,
  before: unknown,
  after: unknown,
  at: string,
) => recordAudit(db, { who, action, record: { type: 'account', id: account.id, agency }, before, after, at });

/** What an account looks like in the audit trail: never a secret. */
/** An account as it leaves this service: never with its password hash, second-factor secret or recovery codes. */
export const withoutSecrets = ({ secrets: _s, ...account }: Account & { secrets?: unknown }): Account => account;

const auditView = (a: Account) => ({
  id: a.id,
  name: a.name,
  email: a.email,
  role: a.role,
  agency: a.agency,
  companyId: a.companyId,
  status: a.status,
  secondFactor: a.secondFactor,
});

export type NewPerson = { name: string; email: string; role: Role; agency?: AreaCode | null; companyId?: number | null };
export type LinkIssued = { account: Account; link: string; expiresAt: string };

async function issueLink(db: Executor, who: Who, accountId: number, purpose: 'setup' | 'reset', at: Date): Promise<{ link: string; expiresAt: string }> {
  const secret = newSecret();
  const expiresAt = new Date(at.getTime() + LINK_LIFETIME_MS).toISOString();
  await insertLink(db, { secretHash: hashSecret(secret), principalId: accountId, purpose, at: at.toISOString(), by: who.principal.name, expiresAt });
  return { link: `/link/${secret}`, expiresAt };
}

/**
 * An admin opens an account for a person of its agency (a registrar, coordinator or admin) or of a
 * company registered with it (an operator), and gets the one-time link to pass on.
 */
export async function createAccount(db: Executor, who: Who, input: NewPerson, at: Date): Promise<LinkIssued> {
  const agency = requireAgencyAdmin(who);
  const email = normaliseEmail(input.email);
  const operator = input.role === 'operator';
  return inTransaction(db, async (trx) => {
    if (operator) {
      const company = input.companyId ? await getCompany(trx, input.companyId) : undefined;
      if (!company) throw refuse('operator_needs_company', {}, [{ field: 'companyId', code: 'company_registered_here' }]);
      if (company.homeAgency !== agency) throw refuse('company_other_agency', { company: company.nameEn, agency: { key: `area.${company.homeAgency}` } });
    } else if (input.agency && input.agency !== agency) {
      throw refuse('staff_own_agency', { agency: { key: `area.${agency}` } });
    }
    if (await emailTaken(trx, email)) throw refuse('email_taken', { email }, [{ field: 'email', code: 'email_taken' }]);
    const principal = await createPrincipal(trx, {
      name: input.name.trim(),
      role: input.role,
      agency: operator ? null : agency,
      companyId: operator ? input.companyId! : null,
    });
    const stamp = at.toISOString();
    await insertAccount(trx, { principalId: principal.id, email, at: stamp });
    const account = (await getAccount(trx, principal.id))!;
    await auditAccount(trx, who, 'account.create', account, agency, null, auditView(account), stamp);
    return { account: withoutSecrets(account), ...(await issueLink(trx, who, account.id, 'setup', at)) };
  });
}

/** The first admin of an agency, from the command line (there is nobody yet to open the account). */
export async function createFirstAdmin(db: Db, input: { name: string; email: string; agency: AreaCode }, at: Date): Promise<LinkIssued> {
  const cli: Who = {
    principal: { id: null, name: 'Command line', role: 'admin', agency: input.agency, companyId: null },
    requestId: null,
    via: 'command line',
  };
  return createAccount(db, cli, { ...input, role: 'admin' }, at);
}

/** The machine's operator resets anyone's account (the way back in for a locked-out first admin). */
export async function resetFromCommandLine(db: Db, email: string, at: Date): Promise<LinkIssued> {
  const account = await accountByEmail(db, normaliseEmail(email));
  if (!account) throw refuse('account_not_found', { email: normaliseEmail(email) });
  const agency = await agencyOf(db, account);
  const cli: Who = { principal: { id: null, name: 'Command line', role: 'admin', agency, companyId: null }, requestId: null, via: 'command line' };
  return resetAccount(db, cli, account.id, at);
}

/** A new one-time link for a person who forgot the password or lost the second factor: both must be set again. */
export async function resetAccount(db: Executor, who: Who, id: number, at: Date): Promise<LinkIssued> {
  return inTransaction(db, async (trx) => {
    const { account, agency } = await manageable(trx, who, id);
    const stamp = at.toISOString();
    // Both go: a reset is for a password forgotten or given away, and a phone lost.
    await setPassword(trx, id, null);
    await setSecondFactor(trx, id, { secret: null, confirmedAt: null, recoveryCodeHashes: [] });
    await endSessions(trx, { principalId: id }, 'account reset', stamp);
    await forgetFailures(trx, account.email, at);
    const after = (await getAccount(trx, id))!;
    await auditAccount(trx, who, 'account.reset', account, agency, auditView(account), auditView(after), stamp);
    return { account: withoutSecrets(after), ...(await issueLink(trx, who, id, 'reset', at)) };
  });
}

/** Disabling ends the person's sessions and revokes their tokens at once; enabling lets them sign in again. */
export async function setAccountStatus(db: Executor, who: Who, id: number, status: 'active' | 'disabled', at: Date): Promise<Person> {
  return inTransaction(db, async (trx) => {
    const { account, agency } = await manageable(trx, who, id);
    if (status === 'disabled' && id === who.principal.id) throw refuse('self_disable');
    const stamp = at.toISOString();
    await setStatus(trx, id, status, stamp);
    if (status === 'disabled') {
      await endSessions(trx, { principalId: id }, 'account disabled', stamp);
      await revokeTokensOf(trx, id, stamp);
    }
    const after = (await getAccount(trx, id))!;
    await auditAccount(trx, who, status === 'disabled' ? 'account.disable' : 'account.enable', account, agency, auditView(account), auditView(after), stamp);
    return (await withLocks(trx, [after], at))[0]!;
  });
}

/** A person as their admin sees them: the account, and until when sign-in from some address is locked. */
export type Person = Account & { signInLockedUntil: string | null };

async function withLocks(db: Executor, accounts: Account[], at: Date): Promise<Person[]> {
  const locks = await signInLocks(
    db,
    accounts.map((a) => a.email),
    at.getTime(),
  );
  return accounts.map((a) => {
    const until = locks.get(a.email);
    return { ...withoutSecrets(a), signInLockedUntil: until === undefined ? null : new Date(until).toISOString() };
  });
}

/** One of an agency's people, for its admins. */
export async function readPerson(db: Executor, who: Who, id: number, at: Date): Promise<Person> {
  return (await withLocks(db, [(await manageable(db, who, id)).account], at))[0]!;
}

/** An agency's people, for its admins. */
export async function listPeople(db: Executor, who: Who, at: Date): Promise<Person[]> {
  return withLocks(db, await accountsOfAgency(db, requireAgencyAdmin(who)), at);
}

/**
 * Lifts every sign-in lock and forgets every failure counted for a person, from every address: the admin's
 * answer to a person locked out by someone else's guesses (or their own). Audited, as the lock was.
 */
export async function unlockSignIn(db: Executor, who: Who, id: number, at: Date): Promise<Person> {
  return inTransaction(db, async (trx) => {
    const { account, agency } = await manageable(trx, who, id);
    const lifted = await forgetFailures(trx, account.email, at);
    await auditAccount(trx, who, 'signin.unlock', account, agency, null, { email: account.email, locksLifted: lifted }, at.toISOString());
    return (await withLocks(trx, [account], at))[0]!;
  });
}

/**
 * Forgets the failures counted for a person, from every address, and takes them back from each address's
 * own count (as a success there does); how many (account, address) locks this lifts.
 */
async function forgetFailures(db: Executor, email: string, at: Date): Promise<number> {
  const now = at.getTime();
  const pairs = await signInFailuresByAddress(db, email);
  const byAddress = await signInFailures(
    db,
    [...pairs.keys()].map((a) => `address:${a}`),
  );
  for (const [address, f] of pairs) {
    const key = `address:${address}`;
    if (byAddress.has(key)) await keepSignInFailures(db, key, withoutFailures(byAddress.get(key), f.count, THROTTLE.lockAddressAt));
  }
  await forgetSignInFailuresOf(db, email);
  return [...pairs.values()].filter((f) => f.lockedUntil !== null && f.lockedUntil > now).length;
}

// --- each agency's sign-in policy --------------------------------------------------------------

export type SignInPolicy = {
  agency: AreaCode;
  /** Every role that must have a second factor: registrars and admins always, and those the agency adds. */
  secondFactorRequiredFor: Role[];
  /** The roles the agency adds. */
  alsoRequiredFor: OptionalSecondFactorRole[];
  /** The agency's people whose role needs a second factor and who have none yet: they set one up at their next sign-in. */
  withoutSecondFactor: number;
  updatedBy: string | null;
  updatedAt: string | null;
};

/** The admin's own agency's sign-in policy. */
export async function readSignInPolicy(db: Executor, who: Who): Promise<SignInPolicy> {
  const agency = requireAgencyAdmin(who);
  const kept = await signInPolicy(db, agency);
  const alsoFor = OPTIONAL_SECOND_FACTOR.filter((r) => kept.alsoFor.includes(r));
  const people = await accountsOfAgency(db, agency);
  return {
    agency,
    secondFactorRequiredFor: [...ALWAYS_SECOND_FACTOR, ...alsoFor],
    alsoRequiredFor: alsoFor,
    withoutSecondFactor: people.filter((p) => p.status === 'active' && !p.secondFactor && secondFactorRequired(p.role, alsoFor)).length,
    updatedBy: kept.updatedBy,
    updatedAt: kept.updatedAt,
  };
}

/** Sets which roles, beyond registrars and admins, must have a second factor in the admin's agency (from each person's next page). */
export async function setSignInPolicy(db: Executor, who: Who, alsoFor: readonly OptionalSecondFactorRole[], at: Date): Promise<SignInPolicy> {
  const agency = requireAgencyAdmin(who);
  return inTransaction(db, async (trx) => {
    const before = await readSignInPolicy(trx, who);
    const roles = OPTIONAL_SECOND_FACTOR.filter((r) => alsoFor.includes(r));
    const stamp = at.toISOString();
    await keepSignInPolicy(trx, agency, roles, who.principal.name, stamp);
    await recordAudit(trx, {
      who,
      action: 'agency.signin_policy.update',
      record: { type: 'agency', id: agency, agency },
      before: { secondFactorRequiredFor: before.secondFactorRequiredFor },
      after: { secondFactorRequiredFor: [...ALWAYS_SECOND_FACTOR, ...roles] },
      at: stamp,
    });
    return readSignInPolicy(trx, who);
  });
}

// --- the one-time link: password and second factor -------------------------------------------

const totpOf = (email: string, secret: string) =>
  new OTPAuth.TOTP({ issuer: ISSUER, label: email, algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });

export type Enrolment = { secret: string; uri: string; qrSvg: string };

function enrolmentFor(email: string, secret: string): Enrolment {
  const uri = totpOf(email, secret).toString();
  return { secret, uri, qrSvg: renderSVG(uri) };
}

const GONE_LINK = refuse('link_gone');

async function liveLink(db: Executor, secret: string, at: Date) {
  const link = await linkByHash(db, hashSecret(secret));
  if (!link || link.used_at || Date.parse(link.expires_at) <= at.getTime()) throw GONE_LINK;
  const account = await getAccount(db, link.principal_id);
  if (account?.status !== 'active') throw GONE_LINK;
  return { link, account };
}

/** What the link's page shows: whose account, whether a second factor is required, and the code to scan. */
export async function linkPage(db: Executor, secret: string, at: Date): Promise<{ account: Account; required: boolean; enrolment: Enrolment }> {
  return inTransaction(db, async (trx) => {
    const { account } = await liveLink(trx, secret, at);
    // A pending secret is kept until confirmed, so reloading the page shows the same code.
    let totp = account.secrets.totpConfirmed ? null : account.secrets.totpSecret;
    if (!totp) {
      totp = new OTPAuth.Secret({ size: 20 }).base32;
      await setSecondFactor(trx, account.id, { secret: totp, confirmedAt: null, recoveryCodeHashes: [] });
    }
    return { account: withoutSecrets(account), required: await secondFactorNeeded(trx, account), enrolment: enrolmentFor(account.email, totp) };
  });
}

const PERIOD_MS = 30_000;

/** The time step a code from the authenticator is for (the step before or after too, for a phone's clock), or null. */
export function codeStep(email: string, secret: string, code: string, at: Date): number | null {
  const delta = totpOf(email, secret).validate({ token: code.replace(/\s/g, ''), timestamp: at.getTime(), window: 1 });
  return delta === null ? null : Math.floor(at.getTime() / PERIOD_MS) + delta;
}

function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: 10 }, () => {
    const raw = randomBytes(8).toString('hex');
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12)}`;
  });
  return { codes, hashes: codes.map((c) => sha256(c)) };
}

/**
 * Sets the password (and the second factor, when a code from the scanned secret is given; required for
 * registrars and admins) and uses the link up. Returns the recovery codes, shown once.
 */
export async function completeLink(
  db: Db,
  secret: string,
  input: { password: string; confirm: string; code: string },
  at: Date,
): Promise<{ account: Account; recoveryCodes: string[] }> {
  const { account } = await liveLink(db, secret, at);
  const problems: FieldProblem[] = [];
  const weak = passwordProblem(input.password, account.email);
  if (weak) problems.push({ field: 'password', code: weak });
  else if (input.password !== input.confirm) problems.push({ field: 'confirm', code: 'confirm_mismatch' });
  const code = input.code.trim();
  const required = await secondFactorNeeded(db, account);
  const step = code && account.secrets.totpSecret ? codeStep(account.email, account.secrets.totpSecret, code, at) : null;
  if (!code && required) problems.push({ field: 'code', code: 'code_needed' });
  else if (code && step === null) problems.push({ field: 'code', code: 'code_wrong' });
  if (problems.length) throw refuse('password_refused', {}, problems);
  // Hashed outside the transaction: argon2 takes tens of milliseconds and must not hold the write lock.
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    const stamp = at.toISOString();
    if (!(await useLink(trx, hashSecret(secret), stamp))) throw GONE_LINK;
    await setPassword(trx, account.id, passwordHash);
    const recovery = code ? newRecoveryCodes() : { codes: [], hashes: [] };
    await setSecondFactor(
      trx,
      account.id,
      step !== null
        ? { secret: account.secrets.totpSecret, confirmedAt: stamp, recoveryCodeHashes: recovery.hashes, lastStep: step }
        : { secret: null, confirmedAt: null, recoveryCodeHashes: [] },
    );
    await endSessions(trx, { principalId: account.id }, 'password set', stamp);
    const after = (await getAccount(trx, account.id))!;
    const self: Who = {
      principal: { id: account.id, name: account.name, role: account.role, agency: account.agency, companyId: account.companyId },
      requestId: null,
      via: 'one-time link',
    };
    await auditAccount(trx, self, 'account.password', after, await agencyOf(trx, after), null, auditView(after), stamp);
    return { account: withoutSecrets(after), recoveryCodes: recovery.codes };
  });
}

/** A signed-in person without a second factor adds one: the code to scan (kept pending until confirmed). */
export async function startEnrolment(db: Executor, who: Who): Promise<Enrolment> {
  return inTransaction(db, async (trx) => {
    const account = who.principal.id === null ? undefined : await getAccount(trx, who.principal.id);
    if (!account) throw refuse('no_account');
    if (account.secrets.totpConfirmed) throw refuse('second_factor_exists');
    let secret = account.secrets.totpSecret;
    if (!secret) {
      secret = new OTPAuth.Secret({ size: 20 }).base32;
      await setSecondFactor(trx, account.id, { secret, confirmedAt: null, recoveryCodeHashes: [] });
    }
    return enrolmentFor(account.email, secret);
  });
}

/** Confirms the second factor with a code from the scanned secret; returns the recovery codes, shown once. */
export async function confirmEnrolment(db: Executor, who: Who, code: string, at: Date): Promise<string[]> {
  return inTransaction(db, async (trx) => {
    const account = who.principal.id === null ? undefined : await getAccount(trx, who.principal.id);
    if (!account?.secrets.totpSecret || account.secrets.totpConfirmed) throw refuse('no_second_factor_pending');
    const step = codeStep(account.email, account.secrets.totpSecret, code, at);
    if (step === null) {
      throw refuse('code_wrong', {}, [{ field: 'code', code: 'code_wrong' }]);
    }
    const recovery = newRecoveryCodes();
    const stamp = at.toISOString();
    await setSecondFactor(trx, account.id, { secret: account.secrets.totpSecret, confirmedAt: stamp, recoveryCodeHashes: recovery.hashes, lastStep: step });
    const after = (await getAccount(trx, account.id))!;
    await auditAccount(trx, who, 'account.second-factor', after, await agencyOf(trx, after), auditView(account), auditView(after), stamp);
    return recovery.codes;
  });
}

/** The signed-in person's own account. */
export async function myAccount(db: Executor, who: Who): Promise<Account> {
  const account = who.principal.id === null ? undefined : await getAccount(db, who.principal.id);
  if (!account) throw refuse('no_account');
  return withoutSecrets(account);
}
