import { refuse } from '../errors.ts';

/** The kinds of record a caller changes with If-Match. */
export type Versioned = 'plan' | 'agency' | 'pair' | 'proposal' | 'company' | 'vessel';

/**
 * The version of a record the caller last saw: a number from an ETag or a form; 'any' for the
 * registry's own changes that follow a decision already checked (an approved proposal, the demo);
 * 'wildcard' for `If-Match: *`, which is refused: it would overwrite whatever is there now, the lost
 * update the check exists to stop; 'absent' when the caller sent none; 'other' when what it sent names
 * no version of this record. Every change to an existing record is checked against it (optimistic locking), after
 * the permission check, so a caller who may not write learns that first.
 */
export type ExpectedVersion = number | 'any' | 'wildcard' | 'absent' | 'other';

/** The one answer to "this record changed since you read it": 412, and nothing is written. */
export const changedMeanwhile = (what: Versioned, current?: number) =>
  refuse('stale_version', { record: { key: `what.${what}` } }, [], current === undefined ? {} : { currentVersion: current });

/** The version the write must still find (checked again atomically by the store), or 428 / 412. */
export function requireVersion(what: Versioned, current: number, expected: ExpectedVersion): number {
  if (expected === 'absent') throw refuse('if_match_required', { record: { key: `what.${what}` } });
  if (expected === 'wildcard') throw refuse('if_match_wildcard', { record: { key: `what.${what}` } });
  if (expected !== 'any' && expected !== current) throw changedMeanwhile(what, current);
  return current;
}
