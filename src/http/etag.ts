import type { ExpectedVersion } from '../domain/version.ts';

/** A strong ETag naming the record and its version, so one record's tag never matches another's. */
export function etagOf(kind: string, id: string | number, version: number): string {
  return `"${kind}-${id}-${version}"`;
}

/**
 * The version the client last read, from If-Match, for the service to check. If-Match uses the
 * strong comparison (RFC 9110 §13.1.1), so a weak tag (W/"…") never matches.
 */
export function versionFromIfMatch(ifMatch: string | undefined, kind: string, id: string | number): ExpectedVersion {
  if (!ifMatch) return 'absent';
  const tags = ifMatch.split(',').map((t) => t.trim());
  if (tags.includes('*')) return 'wildcard';
  const prefix = `"${kind}-${id}-`;
  const named = tags
    .filter((t) => t.startsWith(prefix) && t.endsWith('"'))
    .map((t) => Number(t.slice(prefix.length, -1)))
    .filter((v) => Number.isInteger(v) && v >= 0);
  return named.length ? Math.max(...named) : 'other';
}
