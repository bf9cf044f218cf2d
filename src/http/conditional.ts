import type { Context, Next } from 'hono';
import type { AppEnv } from './env.ts';

// HTTP as clients and caches expect it (RFC 9110, RFC 8288): a read whose ETag the client already holds
// is answered 304 with no body, and a page of a list says where the next page is in a Link header.

/** Whether If-None-Match names this ETag (weak comparison, RFC 9110 §13.1.2), or is `*`. */
function holds(ifNoneMatch: string, etag: string): boolean {
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
}

/** A GET or HEAD whose answer carries an ETag the client sent in If-None-Match: 304, headers kept, no body. */
export async function conditionalGet(c: Context<AppEnv>, next: Next) {
  await next();
  // The answer's headers are looked at only when the request asks: reading them costs every other answer.
  const asked = c.req.header('If-None-Match');
  // Registered for GET, which Hono's HEAD goes through too (app.ts).
  if (!asked || c.res.status !== 200) return;
  const etag = c.res.headers.get('ETag');
  if (!etag || !holds(asked, etag)) return;
  const headers = new Headers(c.res.headers);
  for (const h of ['Content-Length', 'Content-Type', 'Content-Disposition']) headers.delete(h);
  c.res = new Response(null, { status: 304, headers });
}

/**
 * A page of a list with a `nextCursor`: `Link: <the same request, from the next cursor>; rel="next"`, so a
 * client follows the list without building the address. The changes feed continues with `after`.
 */
export async function linkToNextPage(c: Context<AppEnv>, next: Next) {
  await next();
  // The lookup, the hottest path, never pages; nor do single records, which carry an ETag.
  if (c.req.method !== 'GET' || c.req.path === '/api/lookup' || c.res.status !== 200) return;
  if (!c.res.headers.get('Content-Type')?.startsWith('application/json') || c.res.headers.has('ETag')) return;
  const body = (await c.res
    .clone()
    .json()
    .catch(() => null)) as { nextCursor?: unknown } | null;
  const cursor = body?.nextCursor;
  if (cursor === null || cursor === undefined || (c.req.path === '/api/changes' && String(cursor) === (c.req.query('after') ?? '0'))) return;
  const url = new URL(c.req.url);
  url.searchParams.set(c.req.path === '/api/changes' ? 'after' : 'cursor', String(cursor));
  c.res.headers.set('Link', `<${url.pathname}${url.search}>; rel="next"`);
}
