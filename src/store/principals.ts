import type { AreaCode } from '../domain/areas.ts';
import type { Principal, Role } from '../domain/access.ts';
import type { Executor } from './database.ts';

export type TokenListing = {
  id: number;
  hint: string;
  createdAt: string;
  /** Null for the tokens minted before tokens expired. */
  expiresAt: string | null;
  revokedAt: string | null;
  principal: Principal;
};

export async function createPrincipal(
  db: Executor,
  p: { name: string; role: Role; agency: AreaCode | null; companyId: number | null },
): Promise<Principal & { id: number }> {
  const row = await db
    .insertInto('principals')
    .values({ name: p.name, role: p.role, agency: p.agency, company_id: p.companyId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, ...p };
}

export async function addToken(
  db: Executor,
  principalId: number,
  secretHash: string,
  hint: string,
  personal: { name: string; expiresAt: string; scope: 'full' | 'read'; at: string } | null = null,
): Promise<number> {
  const row = await db
    .insertInto('tokens')
    .values({
      principal_id: principalId,
      secret_hash: secretHash,
      hint,
      ...(personal ? { name: personal.name, expires_at: personal.expiresAt, scope: personal.scope, created_at: personal.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The principal behind a live (not revoked) token, and the token's id, or undefined; a disabled person's tokens are dead. */
export async function principalByTokenHash(
  db: Executor,
  secretHash: string,
): Promise<{ principal: Principal; tokenId: number; expiresAt: string | null; scope: 'full' | 'read' } | undefined> {
  const row = await db
    .selectFrom('tokens')
    .innerJoin('principals', 'principals.id', 'tokens.principal_id')
    .leftJoin('accounts', 'accounts.principal_id', 'principals.id')
    .select([
      'tokens.id as token_id',
      'tokens.expires_at',
      'tokens.scope',
      'principals.id',
      'principals.name',
      'principals.role',
      'principals.agency',
      'principals.company_id',
    ])
    .where('tokens.secret_hash', '=', secretHash)
    .where('tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('accounts.status', 'is', null), eb('accounts.status', '=', 'active')]))
    .executeTakeFirst();
  return (
    row && {
      tokenId: row.token_id,
      expiresAt: row.expires_at,
      scope: row.scope,
      principal: { id: row.id, name: row.name, role: row.role, agency: row.agency as AreaCode | null, companyId: row.company_id },
    }
  );
}

export type PersonalToken = {
  id: number;
  name: string | null;
  hint: string;
  scope: 'full' | 'read';
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
};

/** A person's own tokens, newest first. */
export async function tokensOf(db: Executor, principalId: number): Promise<PersonalToken[]> {
  const rows = await db.selectFrom('tokens').selectAll().where('principal_id', '=', principalId).orderBy('id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, hint: r.hint, scope: r.scope, createdAt: r.created_at, expiresAt: r.expires_at, revokedAt: r.revoked_at }));
}

/** Revokes one of a person's tokens; true if it was theirs and live. */
export async function revokeOwnToken(db: Executor, principalId: number, tokenId: number, at: string): Promise<boolean> {
  const r = await db
    .updateTable('tokens')
    .set({ revoked_at: at })
    .where('id', '=', tokenId)
    .where('principal_id', '=', principalId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export type SystemToken = PersonalToken & { holder: { id: number; name: string; role: Role } };

/** Tokens of an agency's systems: principals of that agency with no person's account (made by its admins or the CLI). */
export async function systemTokensOf(db: Executor, agency: AreaCode): Promise<SystemToken[]> {
  const rows = await db
    .selectFrom('tokens')
    .innerJoin('principals', 'principals.id', 'tokens.principal_id')
    .leftJoin('accounts', 'accounts.principal_id', 'principals.id')
    .selectAll('tokens')
    .select(['principals.name as holder_name', 'principals.role as holder_role'])
    .where('principals.agency', '=', agency)
    .where('accounts.principal_id', 'is', null)
    .orderBy('tokens.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    hint: r.hint,
    scope: r.scope,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    holder: { id: r.principal_id, name: r.holder_name, role: r.holder_role },
  }));
}

/** Revokes every live token of a person (when the account is disabled); how many. */
export async function revokeTokensOf(db: Executor, principalId: number, at: string): Promise<number> {
  const result = await db
    .updateTable('tokens')
    .set({ revoked_at: at })
    .where('principal_id', '=', principalId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listTokens(db: Executor): Promise<TokenListing[]> {
  const rows = await db
    .selectFrom('tokens')
    .innerJoin('principals', 'principals.id', 'tokens.principal_id')
    .select([
      'tokens.id as token_id',
      'tokens.hint',
      'tokens.created_at',
      'tokens.expires_at',
      'tokens.revoked_at',
      'principals.id',
      'principals.name',
      'principals.role',
      'principals.agency',
      'principals.company_id',
    ])
    .orderBy('tokens.id')
    .execute();
  return rows.map((r) => ({
    id: r.token_id,
    hint: r.hint,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    principal: { id: r.id, name: r.name, role: r.role, agency: r.agency as AreaCode | null, companyId: r.company_id },
  }));
}

/** Marks a token revoked; true if it was live. */
export async function revokeToken(db: Executor, tokenId: number, at: string): Promise<boolean> {
  const result = await db.updateTable('tokens').set({ revoked_at: at }).where('id', '=', tokenId).where('revoked_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
