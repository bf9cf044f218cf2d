import { createHash } from 'node:crypto';

/** An audit event as stored, in the fields its link of the chain covers. */
export type ChainedEvent = {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  actorRole: string;
  actorAgency: string | null;
  action: string;
  recordType: string;
  recordId: string;
  recordAgency: string | null;
  before: string | null;
  after: string | null;
  requestId: string | null;
  /** The session or token the write came through (events before migration 0009 have none). */
  via?: string | null;
};

/** What an audit event can be about. */
export const AUDIT_RECORD_TYPES = ['agency', 'arrangement', 'company', 'vessel', 'plan', 'exercise', 'copy', 'account'] as const;

/** The first link's "previous hash". */
export const CHAIN_START = '0'.repeat(64);

/**
 * One link of the audit chain: the SHA-256 of the previous link and everything the event holds, so that
 * changing, removing or reordering any stored event breaks every link after it.
 */
export function chainHash(previous: string, e: ChainedEvent): string {
  const fields: unknown[] = [
    e.id,
    e.at,
    e.actorId,
    e.actorName,
    e.actorRole,
    e.actorAgency,
    e.action,
    e.recordType,
    e.recordId,
    e.recordAgency,
    e.before,
    e.after,
    e.requestId,
  ];
  // Covered only where present, so the links of events stored before it existed still hold.
  if (e.via) fields.push(e.via);
  return createHash('sha256').update(previous).update('\n').update(JSON.stringify(fields)).digest('hex');
}

/** Where a chain breaks: the first event whose link does not follow from the one before. */
export type ChainBreak = { eventId: number; reason: 'missing link' | 'previous hash differs' | 'event altered' };

/** Walks a chain in event order; null when every link holds. */
export function firstBreak(links: readonly { event: ChainedEvent; prevHash: string | null; hash: string | null }[]): ChainBreak | null {
  let previous = CHAIN_START;
  for (const { event, prevHash, hash } of links) {
    if (hash === null || prevHash === null) return { eventId: event.id, reason: 'missing link' };
    if (prevHash !== previous) return { eventId: event.id, reason: 'previous hash differs' };
    if (chainHash(previous, event) !== hash) return { eventId: event.id, reason: 'event altered' };
    previous = hash;
  }
  return null;
}
