import { timingSafeEqual } from 'node:crypto';
import { verify as argon2Verify } from '@node-rs/argon2';
import { hashSecret, type Principal, type Who } from '../domain/access.ts';
import {
  afterFailure,
  normaliseEmail,
  SESSION_LIFETIME_MS,
  SESSION_TOUCH_MS,
  sessionAlive,
  sessionEnds,
  THROTTLE,
  waitBeforeAttempt,
  withoutFailures,
  type Failures,
  type SessionEnd,
  type Account,
} from '../domain/account.ts';
import type { AccountSecrets } from '../store/accounts.ts';
import { notFound, refuse } from '../errors.ts';
import {
  accountByEmail,
  endSessions,
  forgetSignInFailures,
  insertSession,
  keepSignInFailures,
  openSessionsOf,
  sessionByHash,
  sessionById,
  signedInFrom,
  signInFailures,
  takeCodeStep,
  takeRecoveryCode,
  touchSession,
} from '../store/accounts.ts';
import { recordAudit } from '../store/audit.ts';
import { signInFailures as signInFailuresCounted } from '../metrics.ts';
import { inReadSnapshot, inTransaction, servedFromReplica, type Db, type Executor } from '../store/database.ts';

import { agencyOf, auditAccount, codeStep, DUMMY_HASH, newSecret, REGISTRY, secondFactorNeeded, sha256 } from './accounts.ts';

// Signing in and the sessions it opens: a password and (where enrolled) a code open a server-side
// session whose id is the only thing the cookie holds; failures are throttled by account and address.

// Failures are counted in the database, by account and by address: the throttle holds across a restart
// and across every instance of the registry on one PostgreSQL database.
// A third count, by account and address together, says how many of the account's failures came from this
// address: a success there takes back exactly those, and not the ones an attacker elsewhere made.
const failureKeys = (email: string, address: string) => ({ email: `email:${email}`, address: `address:${address}`, pair: `pair:${email} ${address}` });

export type SignInResult = { cookie: string; sessionId: number; principal: Principal; expiresAt: string };

/** Signs a person in with e-mail, password and (where enrolled) code: a new session, or a refusal that says no more than needed. */
export async function signIn(
  db: Db,
  input: { email: string; password: string; code: string; address: string | null; userAgent: string | null },
  at: Date,
): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const now = at.getTime();
  const keys = failureKeys(email, input.address ?? 'unknown');
  // The attempt takes its slot before the password is checked, under the writer's lock (every instance on
  // one database shares it): it is counted as a failure at once, so a burst sent together is throttled as
  // if each had failed, and none is checked beyond the allowance. A success gives its slot back.
  type Slot = { wait: number } | { byPair: Failures; byAddress: Failures; account: Awaited<ReturnType<typeof accountByEmail>> };
  const slot: Slot = await inTransaction(db, async (trx): Promise<Slot> => {
    const current = await signInFailures(trx, [keys.email, keys.address, keys.pair]);
    const account = await accountByEmail(trx, email);
    const known = account !== undefined && (await knownAddress(trx, account.id, input.address, now));
    const wait = Math.max(
      waitBeforeAttempt(current.get(keys.pair), now),
      waitBeforeAttempt(current.get(keys.address), now),
      known ? 0 : waitBeforeAttempt(current.get(keys.email), now, THROTTLE.accountWaitCapMs),
    );
    if (wait > 0) return { wait };
    const byPair = afterFailure(current.get(keys.pair), now, THROTTLE.lockPairAt);
    const byAddress = afterFailure(current.get(keys.address), now, THROTTLE.lockAddressAt);
    await keepSignInFailures(trx, keys.pair, byPair);
    await keepSignInFailures(trx, keys.address, byAddress);
    await keepSignInFailures(trx, keys.email, afterFailure(current.get(keys.email), now, Number.POSITIVE_INFINITY));
    await forgetSignInFailures(trx, null, { lastBefore: now - THROTTLE.windowMs, now });
    return { byPair, byAddress, account };
  });
  if ('wait' in slot) {
    signInFailuresCounted.inc({ outcome: 'throttled' });
    const seconds = Math.ceil(slot.wait / 1000);
    throw refuse('sign_in_locked', { seconds }, [], { retryAfterSeconds: seconds });
  }
  // Password and code are checked together, whatever the other's outcome, and every failure has the one
  // answer: nothing tells a guesser that the password was right and only the code was missing or wrong.
  const { account } = slot;
  const passwordOk = await argon2Verify(account?.secrets.passwordHash ?? (await DUMMY_HASH), input.password).catch(() => false);
  const code = secondFactorOf(account, input.code, at);
  const usable = account !== undefined && account.status === 'active' && account.secrets.passwordHash !== null;
  // A code is spent only with the right password: a guesser cannot use up the person's codes.
  const codeOk = usable && passwordOk && (await spendCode(db, account, code));
  if (!usable || !passwordOk || !codeOk) {
    const { byPair, byAddress } = slot;
    const locked = (byPair.count === THROTTLE.lockPairAt && account) || byAddress.count === THROTTLE.lockAddressAt;
    signInFailuresCounted.inc({ outcome: locked ? 'locked' : 'refused' });
    if (locked) await auditLock(db, account, email, input.address, Math.max(byPair.count, byAddress.count), at);
    throw refuse('sign_in_failed');
  }
  // Signed in: the failures this address made (this attempt's slot among them) are taken back from the account's
  // count and forgotten; those counted for the account from other addresses stand (an attacker elsewhere is not
  // forgiven by the person's success).
  await inTransaction(db, async (trx) => {
    const current = await signInFailures(trx, [keys.email, keys.pair]);
    const fromHere = current.get(keys.pair)?.count ?? 1;
    await keepSignInFailures(trx, keys.email, withoutFailures(current.get(keys.email), fromHere, Number.POSITIVE_INFINITY));
    await forgetSignInFailures(trx, keys.pair, { lastBefore: now - THROTTLE.windowMs, now });
    await forgetSignInFailures(trx, keys.address, { lastBefore: now - THROTTLE.windowMs, now });
  });
  return openSession(db, account, { address: input.address, userAgent: input.userAgent }, at);
}

/** Whether the account has signed in from this address lately: the person's own, spared the account-wide wait. */
async function knownAddress(db: Executor, accountId: number, address: string | null, now: number): Promise<boolean> {
  return address !== null && signedInFrom(db, accountId, address, new Date(now - THROTTLE.knownAddressMs).toISOString());
}

type CodeGiven = { kind: 'none needed' } | { kind: 'missing' } | { kind: 'step'; step: number } | { kind: 'recovery'; left: string[] } | { kind: 'wrong' };

/** What the code given is, for an account with a second factor: a time step, a recovery code, or wrong. */
function secondFactorOf(account: (Account & { secrets: AccountSecrets }) | undefined, given: string, at: Date): CodeGiven {
  if (!account?.secrets.totpConfirmed || !account.secrets.totpSecret) return { kind: 'none needed' };
  const code = given.trim();
  if (!code) return { kind: 'missing' };
  const step = codeStep(account.email, account.secrets.totpSecret, code, at);
  if (step !== null) return { kind: 'step', step };
  const used = sha256(code.toLowerCase());
  const left = account.secrets.recoveryCodes.filter((h) => !safeEqual(h, used));
  return left.length < account.secrets.recoveryCodes.length ? { kind: 'recovery', left } : { kind: 'wrong' };
}

/** Spends the code (a time step or a recovery code is taken once: the same again is refused); whether it was good. */
async function spendCode(db: Db, account: Account & { secrets: AccountSecrets }, code: CodeGiven): Promise<boolean> {
  switch (code.kind) {
    case 'none needed':
      return true;
    case 'step':
      return takeCodeStep(db, account.id, code.step);
    case 'recovery':
      return takeRecoveryCode(db, account.id, account.secrets.recoveryCodes, code.left);
    default:
      return false;
  }
}

async function auditLock(db: Db, account: Account | undefined, email: string, address: string | null, failures: number, at: Date): Promise<void> {
  const who: Who = { principal: REGISTRY, requestId: null, via: address ? `address ${address}` : null };
  await inTransaction(db, async (trx) =>
    recordAudit(trx, {
      who,
      action: 'signin.locked',
      record: { type: 'account', id: account?.id ?? 0, agency: account ? await agencyOf(trx, account) : null },
      before: null,
      after: { email, address, failures, lockedUntil: new Date(at.getTime() + THROTTLE.lockMs).toISOString() },
      at: at.toISOString(),
    }),
  );
}

const safeEqual = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A new session for a person (a new id every time: never one carried over). */
export async function openSession(
  db: Db,
  person: Pick<Account, 'id' | 'name' | 'role' | 'agency' | 'companyId'>,
  meta: { address: string | null; userAgent: string | null },
  at: Date,
): Promise<SignInResult> {
  const cookie = newSecret();
  const stamp = at.toISOString();
  const expiresAt = new Date(at.getTime() + SESSION_LIFETIME_MS).toISOString();
  const principal: Principal = { id: person.id, name: person.name, role: person.role, agency: person.agency, companyId: person.companyId };
  return inTransaction(db, async (trx) => {
    const sessionId = await insertSession(trx, {
      secretHash: hashSecret(cookie),
      principalId: person.id,
      at: stamp,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 200) ?? null,
      address: meta.address,
    });
    const who: Who = { principal, requestId: null, via: `session ${sessionId}` };
    await auditAccount(trx, who, 'session.start', person, await agencyOf(trx, person), null, { sessionId, address: meta.address, expiresAt }, stamp);
    return { cookie, sessionId, principal, expiresAt };
  });
}

/**
 * The person behind a page's session cookie while the session lives (idle 30 min, 12 h at most), and whether
 * they must first set up a second factor (their role needs one, by the rule or by their agency's policy, and
 * they have none yet): such a session opens the second-factor page only.
 */
export async function sessionPrincipal(
  db: Db,
  cookie: string | undefined,
  at: Date,
): Promise<{ principal: Principal; sessionId: number; mustEnrol: boolean; ends: SessionEnd } | undefined> {
  if (!cookie) return undefined;
  // Read as lookups are, so a coordinator's pages go on from the replica while the primary cannot be reached.
  const { session, mustEnrol } = await inReadSnapshot(db, async (snapshot) => {
    const session = await sessionByHash(snapshot, hashSecret(cookie));
    const mustEnrol = session ? !session.secondFactor && (await secondFactorNeeded(snapshot, session.principal)) : false;
    return { session, mustEnrol };
  });
  if (!session || session.endedAt) return undefined;
  // From the replica nothing is written: the session is neither ended nor touched until the primary is back.
  const writable = !servedFromReplica();
  if (!sessionAlive(session, at)) {
    if (writable) await endSessions(db, { id: session.id }, 'timed out', at.toISOString());
    return undefined;
  }
  let lastSeenAt = session.lastSeenAt;
  if (writable && at.getTime() - Date.parse(lastSeenAt) >= SESSION_TOUCH_MS) {
    lastSeenAt = at.toISOString();
    await touchSession(db, session.id, lastSeenAt);
  }
  return { principal: session.principal, sessionId: session.id, mustEnrol, ends: sessionEnds({ lastSeenAt, expiresAt: session.expiresAt }) };
}

/**
 * The person asked to stay signed in (the pages warn before an idle session ends): the session counts as
 * active now, whatever the once-a-minute rule says. When it now ends; the 12-hour limit is never moved.
 */
export async function keepSessionAlive(db: Db, sessionId: number, at: Date): Promise<SessionEnd> {
  const session = await sessionById(db, sessionId);
  if (!session || !sessionAlive(session, at)) throw refuse('session_ended');
  await touchSession(db, sessionId, at.toISOString());
  return sessionEnds({ lastSeenAt: at.toISOString(), expiresAt: session.expiresAt });
}

export async function signOut(db: Db, who: Who, sessionId: number, at: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    await endSessions(trx, { id: sessionId }, 'signed out', at.toISOString());
    await auditAccount(trx, who, 'session.end', { id: who.principal.id! }, null, null, { sessionId, reason: 'signed out' }, at.toISOString());
  });
}

export type SessionView = {
  id: number;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  address: string | null;
};

/** A person's own live sessions, this one marked. */
export async function mySessions(db: Executor, who: Who, currentId: number, at: Date): Promise<SessionView[]> {
  const rows = await openSessionsOf(db, who.principal.id!);
  return rows
    .filter((s) => sessionAlive(s, at))
    .map((s) => ({
      id: s.id,
      current: s.id === currentId,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      userAgent: s.userAgent,
      address: s.address,
    }));
}

/** Ends one of the person's own sessions, or all but the current one (`id` null). */
export async function endMySessions(db: Executor, who: Who, currentId: number, id: number | null, at: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    const mine = await openSessionsOf(trx, who.principal.id!);
    if (id !== null && !mine.some((s) => s.id === id)) throw notFound('noun.session', id);
    const ended = await endSessions(trx, id === null ? { principalId: who.principal.id!, except: currentId } : { id }, 'ended by its owner', at.toISOString());
    await auditAccount(trx, who, 'session.end', { id: who.principal.id! }, null, null, { sessions: id ?? 'all others', ended }, at.toISOString());
    return ended;
  });
}
