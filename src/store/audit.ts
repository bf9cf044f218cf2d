import type { Who } from '../domain/access.ts';
import { afterCommit, inTransaction, type Db, type Executor } from './database.ts';
import type { Selectable } from 'kysely';
import { containsText } from './dialect.ts';
import { againstHead, CHAIN_START, chainHash, firstBreak, idGaps, type AuditHead, type ChainBreak, type ChainedEvent } from '../domain/audit-chain.ts';
import { pageOf, type Page } from '../domain/page.ts';
import { fromJson, toJson } from './json.ts';
import type { AuditEventTable } from './schema.ts';

export type AuditEvent = {
  id: number;
  at: string;
  actor: { id: number | null; name: string; role: string; agency: string | null };
  action: string;
  record: { type: string; id: string; agency: string | null };
  before: unknown;
  after: unknown;
  requestId: string | null;
  via: string | null;
};

export type NewAuditEvent = {
  who: Who;
  action: string;
  record: { type: string; id: string | number; agency: string | null };
  before: unknown;
  after: unknown;
  at: string;
};

/**
 * Appends one event, and its link of the audit chain (src/domain/audit-chain.ts); call it inside the
 * same transaction as the write it records. It is a transaction of its own when called outside one:
 * write transactions take the one writer lock at their start (BEGIN IMMEDIATE; PostgreSQL's advisory
 * lock), so no other writer, in this process or another, can add a link between reading the last one
 * and adding this one.
 */
export function recordAudit(db: Executor, e: NewAuditEvent): Promise<void> {
  return inTransaction(db, async (db) => {
    const row = await db
      .insertInto('audit_events')
      .values({
        at: e.at,
        actor_id: e.who.principal.id,
        actor_name: e.who.principal.name,
        actor_role: e.who.principal.role,
        actor_agency: e.who.principal.agency,
        action: e.action,
        record_type: e.record.type,
        record_id: String(e.record.id),
        record_agency: e.record.agency,
        before: e.before === null || e.before === undefined ? null : toJson(e.before),
        after: e.after === null || e.after === undefined ? null : toJson(e.after),
        request_id: e.who.requestId,
        via: e.who.via ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const last = await db.selectFrom('audit_chain').select('hash').orderBy('event_id', 'desc').limit(1).executeTakeFirst();
    const previous = last?.hash ?? CHAIN_START;
    const head: AuditHead = { eventId: row.id, hash: chainHash(previous, chained(row)) };
    await db.insertInto('audit_chain').values({ event_id: row.id, prev_hash: previous, hash: head.hash }).execute();
    afterCommit(db, (root) => {
      for (const listener of headListeners.get(root) ?? []) listener(head);
    });
  });
}

const headListeners = new WeakMap<Db, Set<(head: AuditHead) => void>>();

/** Tells `listener` the chain's new head after each committed audit write on `db` (the server logs it). */
export function onAuditHead(db: Db, listener: (head: AuditHead) => void): () => void {
  const set = headListeners.get(db) ?? new Set();
  headListeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

/** The chain's head now: its last link. */
export async function auditHead(db: Executor): Promise<AuditHead | null> {
  const last = await db.selectFrom('audit_chain').select(['event_id', 'hash']).orderBy('event_id', 'desc').limit(1).executeTakeFirst();
  return last ? { eventId: last.event_id, hash: last.hash } : null;
}

const chained = (r: Selectable<AuditEventTable>): ChainedEvent => ({
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRole: r.actor_role,
  actorAgency: r.actor_agency,
  action: r.action,
  recordType: r.record_type,
  recordId: r.record_id,
  recordAgency: r.record_agency,
  before: r.before,
  after: r.after,
  requestId: r.request_id,
  via: r.via,
});

export type ChainReport = {
  events: number;
  broken: ChainBreak | null;
  head: AuditHead | null;
  /** Runs of event ids missing between the first and the last. */
  gaps: [number, number][];
  /** Against the head recorded earlier, when one is given. */
  againstExpected: ReturnType<typeof againstHead> | null;
};

/** Walks the whole audit chain in event order: how many events, the first broken link, the gaps, and whether it still holds `expected`. */
export async function verifyAuditChain(db: Executor, expected?: AuditHead): Promise<ChainReport> {
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('audit_chain', 'audit_chain.event_id', 'audit_events.id')
    .selectAll('audit_events')
    .select(['audit_chain.prev_hash', 'audit_chain.hash'])
    .orderBy('audit_events.id')
    .execute();
  const last = rows.at(-1);
  return {
    events: rows.length,
    broken: firstBreak(rows.map((r) => ({ event: chained(r), prevHash: r.prev_hash, hash: r.hash }))),
    head: last?.hash ? { eventId: last.id, hash: last.hash } : null,
    gaps: idGaps(rows.map((r) => r.id)),
    againstExpected: expected
      ? againstHead(
          rows.map((r) => ({ eventId: r.id, hash: r.hash })),
          expected,
        )
      : null,
  };
}

export type AuditFilter = {
  recordType?: string;
  recordId?: string;
  actorId?: number;
  /** Part of the acting person's name, any case. */
  actorName?: string;
  recordAgency?: string;
  from?: string;
  to?: string;
  after?: number;
  limit: number;
};

/** Newest first; the cursor is the last id seen. Fetches one more than `limit`, so the caller knows whether a next page exists. */
export async function listAudit(db: Executor, f: AuditFilter): Promise<Page<AuditEvent>> {
  let q = db
    .selectFrom('audit_events')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(f.limit + 1);
  if (f.recordType) q = q.where('record_type', '=', f.recordType);
  if (f.recordId) q = q.where('record_id', '=', f.recordId);
  if (f.actorId !== undefined) q = q.where('actor_id', '=', f.actorId);
  if (f.actorName) q = q.where(containsText(db, 'actor_name', f.actorName));
  if (f.recordAgency) q = q.where('record_agency', '=', f.recordAgency);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  if (f.after !== undefined) q = q.where('id', '<', f.after);
  const rows = await q.execute();
  const events = rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: { id: r.actor_id, name: r.actor_name, role: r.actor_role, agency: r.actor_agency },
    action: r.action,
    record: { type: r.record_type, id: r.record_id, agency: r.record_agency },
    before: r.before === null ? null : fromJson(r.before),
    after: r.after === null ? null : fromJson(r.after),
    requestId: r.request_id,
    via: r.via,
  }));
  return pageOf(events, f.limit, (e) => e.id);
}

export async function countAudit(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many events the audit chain holds. */
export async function auditChainLength(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_chain')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
