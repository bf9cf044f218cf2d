import type { AreaCode } from './areas.ts';
import type { Role } from './access.ts';

// People: accounts, sessions and the rules about them that need no storage.

export type AccountStatus = 'active' | 'disabled';

export type Account = {
  id: number;
  name: string;
  email: string;
  role: Role;
  agency: AreaCode | null;
  companyId: number | null;
  status: AccountStatus;
  hasPassword: boolean;
  secondFactor: boolean;
  createdAt: string;
  disabledAt: string | null;
  version: number;
};

/** Sessions end after 30 minutes without a request, and 12 hours after sign-in whatever happens. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_LIFETIME_MS = 12 * 3600_000;
/** A set-password link lives two hours and is used once. */
export const LINK_LIFETIME_MS = 2 * 3600_000;
/** A session's last-seen time is written at most once a minute (a page view is not a write). */
export const SESSION_TOUCH_MS = 60_000;

/** Registrars and admins change the registry and its people: a password alone is never enough for them. */
export const ALWAYS_SECOND_FACTOR: readonly Role[] = ['registrar', 'admin'];
/** The roles an agency may add to those that must have a second factor. */
export const OPTIONAL_SECOND_FACTOR = ['coordinator', 'operator'] as const;
export type OptionalSecondFactorRole = (typeof OPTIONAL_SECOND_FACTOR)[number];

/** Whether a role must have a second factor: always for registrars and admins, and for the roles its agency adds. */
export const secondFactorRequired = (role: Role, alsoFor: readonly Role[] = []): boolean => ALWAYS_SECOND_FACTOR.includes(role) || alsoFor.includes(role);

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** Why a new password is refused, or null. Length is what matters most (NIST SP 800-63B: at least 8, we ask 12). */
export function passwordProblem(password: string, email: string): 'password_short' | 'password_long' | 'password_is_email' | 'password_repeated' | null {
  if (password.length < 12) return 'password_short';
  if (password.length > 200) return 'password_long';
  if (normaliseEmail(password) === normaliseEmail(email)) return 'password_is_email';
  if (/^(.)\1+$/.test(password)) return 'password_repeated';
  return null;
}

/** When a session ends if nothing more is asked of it, and why: 30 idle minutes, or its 12-hour limit if that comes first. */
/** When a session ends and what ends it: 30 minutes without a request, or its 12-hour limit. */
export type SessionEnd = { at: string; by: 'idle' | 'limit' };

export function sessionEnds(s: { lastSeenAt: string; expiresAt: string }): SessionEnd {
  const idle = Date.parse(s.lastSeenAt) + SESSION_IDLE_MS;
  const limit = Date.parse(s.expiresAt);
  return idle < limit ? { at: new Date(idle).toISOString(), by: 'idle' } : { at: s.expiresAt, by: 'limit' };
}

/** Whether a session is still alive at `now`, by its idle and absolute limits. */
export function sessionAlive(s: { lastSeenAt: string; expiresAt: string; endedAt: string | null }, now: Date): boolean {
  if (s.endedAt) return false;
  const t = now.getTime();
  return t < Date.parse(s.expiresAt) && t - Date.parse(s.lastSeenAt) < SESSION_IDLE_MS;
}

// Sign-in throttling, counted three ways. Failures for one account from one address make that pair's next
// attempt wait, doubling from the third (2 s, 4 s, 8 s …), and the tenth locks the pair for 15 minutes: an
// attacker elsewhere never locks the person out. The same doubling applies to one address across accounts
// (the fiftieth locks the address) and to the account from every address, where the wait never exceeds a
// minute and does not apply to an address the person has signed in from before: a stranger can slow the
// account's guessing down, not keep the person on the RCC's own network out.
export const THROTTLE = {
  freeFailures: 2,
  lockPairAt: 10,
  lockAddressAt: 50,
  accountWaitCapMs: 60_000,
  lockMs: 15 * 60_000,
  windowMs: 15 * 60_000,
  /** An address the account signed in from within this time is the person's own. */
  knownAddressMs: 30 * 24 * 3600_000,
} as const;

export type Failures = { count: number; last: number; lockedUntil: number | null };

/** How long (ms) an attempt must still wait after these failures, at `now`; 0 when it may go ahead. */
export function waitBeforeAttempt(f: Failures | undefined, now: number, capMs = Number.POSITIVE_INFINITY): number {
  if (!f) return 0;
  if (f.lockedUntil !== null && now < f.lockedUntil) return f.lockedUntil - now;
  if (now - f.last > THROTTLE.windowMs) return 0;
  if (f.count <= THROTTLE.freeFailures) return 0;
  const delay = Math.min(capMs, 1000 * 2 ** Math.min(30, f.count - THROTTLE.freeFailures));
  return Math.max(0, f.last + delay - now);
}

/** The failures with `n` taken back (those one address made, once it signed in), and no lock that count no longer reaches. */
export function withoutFailures(f: Failures | undefined, n: number, lockAt: number): Failures {
  if (!f) return { count: 0, last: 0, lockedUntil: null };
  const count = Math.max(0, f.count - n);
  return { count, last: f.last, lockedUntil: count >= lockAt ? f.lockedUntil : null };
}

/** The failures after one more, with the lock set when `lockAt` is reached. */
export function afterFailure(f: Failures | undefined, now: number, lockAt: number): Failures {
  const fresh = !f || now - f.last > THROTTLE.windowMs || (f.lockedUntil !== null && now >= f.lockedUntil);
  const count = fresh ? 1 : f!.count + 1;
  return { count, last: now, lockedUntil: count >= lockAt ? now + THROTTLE.lockMs : null };
}
