import { mayReadAudit, type Who } from '../domain/access.ts';
import type { Page } from '../domain/page.ts';
import { refuse } from '../errors.ts';
import { listAudit, type AuditEvent, type AuditFilter } from '../store/audit.ts';
import type { Executor } from '../store/database.ts';

/**
 * The latest changes to one record, newest first, for a form sent from an older version of it: null when
 * the reader may not read the audit trail (an operator), who is then shown the record as it is now instead.
 */
export async function latestChangesTo(db: Executor, who: Who, record: { type: string; id: string }, limit = 3): Promise<AuditEvent[] | null> {
  if (!mayReadAudit(who.principal)) return null;
  return (await auditTrail(db, who, { recordType: record.type, recordId: record.id, limit })).items;
}

/** The audit trail, newest first: registrars and an agency's admins read their own agency's records; a registry-wide admin all of them. */
export async function auditTrail(db: Executor, who: Who, filter: Omit<AuditFilter, 'recordAgency'>): Promise<Page<AuditEvent>> {
  const { principal } = who;
  if (!mayReadAudit(principal)) throw refuse('audit_not_allowed');
  return listAudit(db, { ...filter, recordAgency: principal.agency ?? undefined });
}
