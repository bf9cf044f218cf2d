import { CHANGE_ACTIONS, type ChangeEvent } from '../domain/changes.ts';
import type { Executor } from './database.ts';
import { fromJson } from './json.ts';

/** The audit events of the changes feed after `cursor`, oldest first. */
export async function changeEventsAfter(db: Executor, cursor: number, limit: number): Promise<ChangeEvent[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select(['id', 'at', 'action', 'record_type', 'record_id', 'record_agency', 'after'])
    .where('id', '>', cursor)
    .where('action', 'in', [...CHANGE_ACTIONS])
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    recordAgency: r.record_agency,
    after: r.after === null ? null : fromJson(r.after),
  }));
}

/** The newest audit event's id: a feed read from here on sees only what happens next. */
export async function lastEventId(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}
