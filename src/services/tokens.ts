import { bindingProblem, hashSecret, mintSecret, secretHint, type Principal, type Role, type Who } from '../domain/access.ts';
import { notFound, refuse } from '../errors.ts';
import { recordAudit } from '../store/audit.ts';
import { countedCache, inTransaction, readOnce, servedFromReplica, type Db, type Executor } from '../store/database.ts';
import { freshReadModel } from './read-model.ts';
import type { AreaCode } from '../domain/areas.ts';
import { getCompany } from '../store/companies.ts';
import {
  addToken,
  createPrincipal,
  listTokens,
  principalByTokenHash,
  revokeOwnToken,
  revokeToken,
  systemTokensOf,
  tokensOf,
  type PersonalToken,
  type SystemToken,
  type TokenListing,
} from '../store/principals.ts';

// API tokens: a person's own, named, expiring (at most a year), and read-only if asked; acting as
// that person, so never wider than their role. The command line mints too, for bootstrapping (below).

type Holder = { principal: Principal; tokenId: number; expiresAt: string | null; scope: 'full' | 'read' };
type Checked = { epoch: number; holder: Holder | undefined };
const checked = new WeakMap<Db, Map<string, Checked>>();
const counts = countedCache('token checks');
/** Token checks kept: the most recently used, far more than the people and programs of three agencies. */
const CHECKS_KEPT = 10_000;

/**
 * The principal behind a live token at `at`, the token's id and scope. Kept in memory until a token,
 * principal or account changes (a revocation included, even by the CLI or another instance: the read
 * model follows the registry's journal of changes before every request reads it); expiry is checked on every use.
 */
export async function principalForToken(db: Db, token: string | undefined, at: Date): Promise<Holder | undefined> {
  if (!token) return undefined;
  const model = await freshReadModel(db);
  const { accessEpoch } = model;
  let cache = checked.get(db);
  if (!cache) checked.set(db, (cache = new Map()));
  const hash = hashSecret(token);
  let found = cache.get(hash);
  if (found && found.epoch === accessEpoch) {
    counts.hits += 1;
    // Most recently used last (a Map keeps insertion order): the oldest goes first when the cache is full.
    cache.delete(hash);
    cache.set(hash, found);
  } else {
    counts.misses += 1;
    found = { epoch: accessEpoch, holder: await readOnce(db, (from) => principalByTokenHash(from, hash)) };
    if (cache.size >= CHECKS_KEPT) cache.delete(cache.keys().next().value!);
    // Kept only if no access record changed while it was read, and it was not read from a standby behind the model.
    if (model.accessEpoch === accessEpoch && !servedFromReplica()) cache.set(hash, found);
  }
  const holder = found.holder;
  return holder && (holder.expiresAt === null || Date.parse(holder.expiresAt) > at.getTime()) ? holder : undefined;
}

export const TOKEN_MAX_DAYS = 365;

/** A new token's secret and times, once its life is checked (1 to 365 days). */
function newTokenTerms(days: number, at: Date) {
  if (!Number.isInteger(days) || days < 1 || days > TOKEN_MAX_DAYS) {
    throw refuse('token_days_range', {}, [{ field: 'days', code: 'token_days', params: { max: TOKEN_MAX_DAYS } }]);
  }
  return { secret: mintSecret(), stamp: at.toISOString(), expiresAt: new Date(at.getTime() + days * 86_400_000).toISOString() };
}

/** A person mints a token for their own programs; the secret is returned once and kept only as a hash. */
export async function createPersonalToken(
  db: Executor,
  who: Who,
  input: { name: string; days: number; scope: 'full' | 'read' },
  at: Date,
): Promise<{ secret: string; token: PersonalToken }> {
  const id = who.principal.id;
  if (id === null) throw refuse('token_needs_account');
  const { secret, stamp, expiresAt } = newTokenTerms(input.days, at);
  return inTransaction(db, async (trx) => {
    const tokenId = await addToken(trx, id, hashSecret(secret), secretHint(secret), { name: input.name.trim(), expiresAt, scope: input.scope, at: stamp });
    const token = (await tokensOf(trx, id)).find((t) => t.id === tokenId)!;
    await recordAudit(trx, {
      who,
      action: 'token.create',
      record: { type: 'account', id, agency: who.principal.agency },
      before: null,
      after: token,
      at: stamp,
    });
    return { secret, token };
  });
}

const requireAgencyAdmin = (who: Who): AreaCode => {
  if (who.principal.role !== 'admin' || !who.principal.agency)
    throw refuse('role_required', { role: { key: 'roles.admin' }, action: { key: 'action.system_tokens' } });
  return who.principal.agency;
};

/**
 * An agency's admin makes a token for one of its systems (a duty system that looks ships up, say): a
 * principal of the agency with no person behind it, a coordinator's or registrar's role, named, expiring.
 */
export async function createSystemToken(
  db: Executor,
  who: Who,
  input: { name: string; role: 'coordinator' | 'registrar'; days: number; scope: 'full' | 'read' },
  at: Date,
): Promise<{ secret: string; token: SystemToken }> {
  const agency = requireAgencyAdmin(who);
  const { secret, stamp, expiresAt } = newTokenTerms(input.days, at);
  return inTransaction(db, async (trx) => {
    const system = await createPrincipal(trx, { name: input.name.trim(), role: input.role, agency, companyId: null });
    const tokenId = await addToken(trx, system.id, hashSecret(secret), secretHint(secret), {
      name: input.name.trim(),
      expiresAt,
      scope: input.scope,
      at: stamp,
    });
    const token = (await systemTokensOf(trx, agency)).find((t) => t.id === tokenId)!;
    await recordAudit(trx, { who, action: 'token.create', record: { type: 'account', id: system.id, agency }, before: null, after: token, at: stamp });
    return { secret, token };
  });
}

export async function agencySystemTokens(db: Executor, who: Who): Promise<SystemToken[]> {
  return systemTokensOf(db, requireAgencyAdmin(who));
}

export async function revokeSystemToken(db: Executor, who: Who, tokenId: number, at: Date): Promise<void> {
  const agency = requireAgencyAdmin(who);
  await inTransaction(db, async (trx) => {
    const token = (await systemTokensOf(trx, agency)).find((t) => t.id === tokenId && t.revokedAt === null);
    if (!token || !(await revokeOwnToken(trx, token.holder.id, tokenId, at.toISOString()))) throw refuse('token_not_found', { id: String(tokenId) });
    await recordAudit(trx, {
      who,
      action: 'token.revoke',
      record: { type: 'account', id: token.holder.id, agency },
      before: token,
      after: { tokenId },
      at: at.toISOString(),
    });
  });
}

export async function myTokens(db: Executor, who: Who): Promise<PersonalToken[]> {
  return who.principal.id === null ? [] : tokensOf(db, who.principal.id);
}

export async function revokeMyToken(db: Executor, who: Who, tokenId: number, at: Date): Promise<void> {
  const id = who.principal.id;
  if (id === null) throw notFound('noun.token', tokenId);
  await inTransaction(db, async (trx) => {
    if (!(await revokeOwnToken(trx, id, tokenId, at.toISOString()))) throw refuse('token_not_found', { id: String(tokenId) });
    await recordAudit(trx, {
      who,
      action: 'token.revoke',
      record: { type: 'account', id, agency: who.principal.agency },
      before: null,
      after: { tokenId },
      at: at.toISOString(),
    });
  });
}

// The command line mints tokens to bootstrap systems before any admin account exists. Whoever runs it
// on the registry's machine acts as "Command line" in the audit trail; its tokens expire like every other.

/** A token minted on the command line lives this long unless told (--days, 1 to 365). */
export const COMMAND_LINE_TOKEN_DAYS = 90;

/** Who acts from the operator's command line, as the audit trail names it. */
export const commandLine = (agency: AreaCode | null): Who => ({
  principal: { id: null, name: 'Command line', role: 'admin', agency, companyId: null },
  requestId: null,
  via: 'command line',
});

/** A token for a new principal of `role`, bound as its role needs; audited, expiring after `days`. */
export async function createCommandLineToken(
  db: Executor,
  input: { name: string; role: Role; agency: AreaCode | null; companyId: number | null; days: number },
  at: Date,
): Promise<{ secret: string; tokenId: number; expiresAt: string }> {
  const problem = bindingProblem(input.role, input.agency, input.companyId);
  if (problem) throw refuse('token_binding', {}, [{ field: problem.code === 'binding_company_missing' ? 'companyId' : 'agency', ...problem }]);
  const { secret, stamp, expiresAt } = newTokenTerms(input.days, at);
  return inTransaction(db, async (trx) => {
    if (input.companyId !== null && !(await getCompany(trx, input.companyId))) throw refuse('company_unknown', { id: String(input.companyId) });
    const principal = await createPrincipal(trx, { name: input.name, role: input.role, agency: input.agency, companyId: input.companyId });
    const tokenId = await addToken(trx, principal.id, hashSecret(secret), secretHint(secret), { name: input.name, expiresAt, scope: 'full', at: stamp });
    const after = { tokenId, name: input.name, role: input.role, agency: input.agency, companyId: input.companyId, expiresAt };
    await recordAudit(trx, {
      who: commandLine(input.agency),
      action: 'token.create',
      record: { type: 'account', id: principal.id, agency: input.agency },
      before: null,
      after,
      at: stamp,
    });
    return { secret, tokenId, expiresAt };
  });
}

/** Every token of the registry, never a secret: for the command line's listing. */
export const allTokens = (db: Executor): Promise<TokenListing[]> => listTokens(db);

/** Revokes any live token from the command line, audited; false when there is no live token `tokenId`. */
export async function revokeFromCommandLine(db: Executor, tokenId: number, at: Date): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const token = (await listTokens(trx)).find((t) => t.id === tokenId);
    if (!token || !(await revokeToken(trx, tokenId, at.toISOString()))) return false;
    const agency = token.principal.agency;
    await recordAudit(trx, {
      who: commandLine(agency),
      action: 'token.revoke',
      record: { type: 'account', id: token.principal.id!, agency },
      before: token,
      after: { tokenId },
      at: at.toISOString(),
    });
    return true;
  });
}
