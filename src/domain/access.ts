import { createHash, randomBytes } from 'node:crypto';
import { refuse, type Refusal } from '../errors.ts';
import type { Key } from '../words/index.ts';
import type { AreaCode } from './areas.ts';

/** What a refusal says a principal may not do (`action.<name>` in the catalogue). */
export type Action = { [K in Key]: K extends `action.${infer A}` ? A : never }[Key];

export const ROLES = ['admin', 'registrar', 'coordinator', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking: resolved from a bearer token. Registrars and coordinators belong to an agency,
 * operators to a company. `id` is null for one who holds no account (the demo seed's registrars).
 */
export type Principal = {
  id: number | null;
  name: string;
  role: Role;
  agency: AreaCode | null;
  companyId: number | null;
};

/** What a principal must be bound to, by role; null when the binding is right. */
export function bindingProblem(role: Role, agency: string | null, companyId: number | null): Refusal | null {
  const params = { role: { key: `role.${role}` as const } };
  if (role === 'registrar' || role === 'coordinator') {
    if (!agency) return { code: 'binding_agency_missing', params };
    if (companyId !== null) return { code: 'binding_staff_company', params };
  } else if (role === 'operator') {
    if (companyId === null) return { code: 'binding_company_missing' };
    if (agency) return { code: 'binding_operator_agency' };
  } else if (companyId !== null) {
    // An agency's admin manages its people; one without an agency administers the registry as a whole.
    return { code: 'binding_admin_company' };
  }
  return null;
}

/** Who acts, the one shape every service takes: the principal and the request it came with (for the audit trail). */
export type Who = { principal: Principal; requestId: string | null; via?: string | null };

// Tokens are 32 random bytes; only their SHA-256 is stored. A slow hash adds nothing for secrets of that entropy.
const TOKEN_PREFIX = 'sar_';

export function mintSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A short, non-secret hint to tell tokens apart in listings. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, TOKEN_PREFIX.length + 4)}…`;
}

/** Home-agency records (companies, vessels, plans) are written only by that agency's registrars. */
export function mayWriteHomeRecord(p: Principal, homeAgency: AreaCode): boolean {
  return p.role === 'registrar' && p.agency === homeAgency;
}

/** Agencies and coordinators read everything; operators read only what belongs to their company. */
export function mayReadCompanyRecord(p: Principal, companyId: number): boolean {
  return p.role !== 'operator' || p.companyId === companyId;
}

/** The company an operator is confined to; undefined for everyone else (they read every company's records). */
export function operatorScope(p: Principal): number | undefined {
  return p.role === 'operator' ? (p.companyId ?? -1) : undefined;
}

export function requireHomeRegistrar(p: Principal, homeAgency: AreaCode, action: Action): void {
  if (!mayWriteHomeRecord(p, homeAgency)) throw refuse('not_home_registrar', { agency: { key: `area.${homeAgency}` }, action: { key: `action.${action}` } });
}

/** Refuses an operator a record of another company (403, as the API always answered). */
export function requireCompanyReader(p: Principal, companyId: number): void {
  if (!mayReadCompanyRecord(p, companyId)) throw refuse('other_company');
}

/** Refuses anyone but `role` the `action`. */
export function requireRole(p: Principal, role: 'admin' | 'registrar' | 'operator', action: Action): void {
  if (p.role !== role) throw refuse('role_required', { role: { key: `roles.${role}` }, action: { key: `action.${action}` } });
}

/** Audit trail: admins see all of it; registrars the records of their own agency. */
export function mayReadAudit(p: Principal): boolean {
  return p.role === 'admin' || p.role === 'registrar';
}
