import type { AreaCode } from './areas.ts';

// The changes feed: what each centre must learn of at once, read from the audit trail (append-only and
// ordered, so a client that was away catches up from its last cursor without loss).

export const CHANGE_KINDS = ['plan.issued', 'plan.revised', 'plan.withdrawn', 'vessel.transferred'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The audit actions the feed is made of. */
export const CHANGE_ACTIONS = ['plan.issue', 'plan.withdraw', 'vessel.transfer.accept'] as const;

export type ChangeEvent = { id: number; at: string; action: string; recordType: string; recordId: string; recordAgency: string | null; after: unknown };
export type Change = {
  cursor: number;
  kind: ChangeKind;
  at: string;
  recordType: 'plan' | 'vessel';
  recordId: number;
  revision: number | null;
  area: AreaCode | null;
};

/**
 * The change an audit event stands for, or null. A transfer is audited once in each agency's trail:
 * the feed keeps the gaining agency's, so it says it once.
 */
export function changeOf(e: ChangeEvent): Change | null {
  const after = (e.after ?? {}) as { revision?: number; areaOfRegistry?: AreaCode };
  const base = { cursor: e.id, at: e.at, recordId: Number(e.recordId) };
  if (e.action === 'plan.issue')
    return {
      ...base,
      kind: after.revision === 1 ? 'plan.issued' : 'plan.revised',
      recordType: 'plan',
      revision: after.revision ?? null,
      area: e.recordAgency as AreaCode | null,
    };
  if (e.action === 'plan.withdraw') return { ...base, kind: 'plan.withdrawn', recordType: 'plan', revision: null, area: e.recordAgency as AreaCode | null };
  if (e.action === 'vessel.transfer.accept' && e.recordAgency === after.areaOfRegistry)
    return { ...base, kind: 'vessel.transferred', recordType: 'vessel', revision: null, area: after.areaOfRegistry ?? null };
  return null;
}

/** When a failed delivery is tried again: after 1, 2, 4 … minutes, at most an hour apart, for a day. */
export function nextAttempt(firstQueuedAt: string, attempts: number, now: Date): string | null {
  const wait = Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
  const next = now.getTime() + wait;
  return next > Date.parse(firstQueuedAt) + 24 * 60 * 60_000 ? null : new Date(next).toISOString();
}
