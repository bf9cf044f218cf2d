import type { Principal } from './access.ts';
import type { AreaCode } from './areas.ts';
import { HOLDERS } from './copies.ts';

/**
 * Who may download copy `n` of a plan: each agency's registrars and coordinators their own agency's
 * copy of any plan; the home agency's registrars all five; the operator copies 4 and 5 of its own ships.
 */
export function mayDownloadCopy(p: Principal, n: number, plan: { homeAgency: AreaCode; companyId: number }): boolean {
  const holder = HOLDERS[n - 1];
  if (p.role === 'registrar' && p.agency === plan.homeAgency) return true;
  if (p.role === 'registrar' || p.role === 'coordinator') return holder === p.agency;
  if (p.role === 'operator') return p.companyId === plan.companyId && (holder === 'company' || holder === 'ship');
  return false;
}

/** Only the holder acknowledges receipt: the agency's own people for copies 1–3, the company for 4 and 5. */
export function mayAcknowledgeCopy(p: Principal, n: number, plan: { companyId: number }): boolean {
  const holder = HOLDERS[n - 1];
  if (p.role === 'registrar' || p.role === 'coordinator') return holder === p.agency;
  if (p.role === 'operator') return p.companyId === plan.companyId && (holder === 'company' || holder === 'ship');
  return false;
}
