import { mayReadAudit, type Who } from '../domain/access.ts';
import type { Page } from '../domain/page.ts';
import { refuse } from '../errors.ts';
import { listAudit, type AuditEvent, type AuditFilter } from '../store/audit.ts';
import type { Executor } from '../store/database.ts';

/** The audit trail, newest first: registrars and an agency's admins read their own agency's records; a registry-wide admin all of them. */
export async function auditTrail(db: Executor, who: Who, filter: Omit<AuditFilter, 'recordAgency'>): Promise<Page<AuditEvent>> {
  const { principal } = who;
  if (!mayReadAudit(principal)) throw refuse('audit_not_allowed');
  return listAudit(db, { ...filter, recordAgency: principal.agency ?? undefined });
}
