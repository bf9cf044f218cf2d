import { AppError } from '../errors.ts';

/**
 * The version of a record the caller last saw: a number from an ETag or a form; 'any' for
 * `If-Match: *`; 'absent' when the caller sent none; 'other' when what it sent names no version of
 * this record. Every change to an existing record is checked against it (optimistic locking), after
 * the permission check, so a caller who may not write learns that first.
 */
export type ExpectedVersion = number | 'any' | 'absent' | 'other';

/** The one answer to "this record changed since you read it": 412, and nothing is written. */
export const changedMeanwhile = (what: string) =>
  new AppError('precondition_failed', `This ${what} changed since you read it; read it again and reapply your change`);

/** The version the write must still find (checked again atomically by the store), or 428 / 412. */
export function requireVersion(what: string, current: number, expected: ExpectedVersion): number {
  if (expected === 'absent') throw new AppError('precondition_required', `Send If-Match with the ETag from GET of this ${what}`);
  if (expected !== 'any' && expected !== current) throw changedMeanwhile(what);
  return current;
}
