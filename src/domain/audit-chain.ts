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

/**
 * The chain's head as it is written outside the registry (the log, a backup's manifest): the last event's
 * id and its link's hash, "<id>:<hash>". Whoever can write the database can cut events from the chain's
 * end, or rewrite every link after a deletion; a head kept elsewhere shows both.
 */
export type AuditHead = { eventId: number; hash: string };

export const headText = (h: AuditHead): string => `${h.eventId}:${h.hash}`;

export function parseHead(text: string): AuditHead | null {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  return m ? { eventId: Number(m[1]), hash: m[2]! } : null;
}

/** How a chain stands against a head recorded earlier: it still holds that link, or it does not (and why). */
export function againstHead(
  links: readonly { eventId: number; hash: string | null }[],
  expected: AuditHead,
): { holds: true } | { holds: false; reason: 'cut from the end' | 'the recorded link differs' } {
  const last = links.at(-1)?.eventId ?? 0;
  if (last < expected.eventId && !links.some((l) => l.eventId === expected.eventId)) return { holds: false, reason: 'cut from the end' };
  const link = links.find((l) => l.eventId === expected.eventId);
  return link?.hash === expected.hash ? { holds: true } : { holds: false, reason: 'the recorded link differs' };
}

/** The runs of event ids missing between the first and the last, as [from, to]. */
export function idGaps(ids: readonly number[]): [number, number][] {
  const gaps: [number, number][] = [];
  for (let i = 1; i < ids.length; i++) if (ids[i]! > ids[i - 1]! + 1) gaps.push([ids[i - 1]! + 1, ids[i]! - 1]);
  return gaps;
}
