import type { Context } from 'hono';
import { recordAudit, type NewAuditEvent } from '../store/audit.ts';
import type { Tx } from '../store/database.ts';
import type { AppEnv } from './env.ts';

/** Records who (the request's principal) did what, inside the transaction of the write itself. */
export function audit(c: Context<AppEnv>, trx: Tx, e: Omit<NewAuditEvent, 'actor' | 'requestId' | 'at'> & { at: string }) {
  return recordAudit(trx, { ...e, actor: c.get('principal'), requestId: c.get('requestId') });
}
