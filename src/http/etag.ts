import { AppError } from '../errors.ts';

/** A strong ETag naming the record and its version, so one record's tag never matches another's. */
export function etagOf(kind: string, id: string | number, version: number): string {
  return `"${kind}-${id}-${version}"`;
}

/**
 * The version the client last read, from If-Match: 428 when absent, 412 when it names another
 * record or a version other than the current one. The write must still check the version atomically.
 */
export function expectedVersion(ifMatch: string | undefined, kind: string, id: string | number, currentVersion: number): number {
  if (!ifMatch) throw new AppError('precondition_required', `Send If-Match with the ETag from GET of this ${kind}`);
  const current = etagOf(kind, id, currentVersion);
  const offered = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!offered.includes(current) && !offered.includes('*')) {
    throw new AppError('precondition_failed', `This ${kind} has changed since you read it (now ${current}); read it again and reapply your change`);
  }
  return currentVersion;
}
