import type { Context } from 'hono';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env.ts';

// The headers every answer carries, in one place: the security set, the request's id, no-store for a
// signed API answer, the caller's rate limit, and the replica's mark. Most answers get them after their route (withAnswerHeaders);
// the lookup, the hottest path, is made with them (answerWith), as one plain record: a Headers object
// built and copied for each answer cost a lookup as much as its search.

/** API paths that need no token: anyone holding a copy may check it, against the agencies' published certificates. */
const PUBLIC_API = new Set<string>(['/api/verify']);
export const isPublicApi = (path: string) => PUBLIC_API.has(path) || /^\/api\/agencies\/[^/]+\/certificates$/.test(path);

/** The security headers as hono/secure-headers sets them, taken once: they are the same for every answer. */
const SECURITY: Readonly<Record<string, string>> = await (async () => {
  const probe = new Hono().use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
      // The registry's own pages learn which page a button was pressed on (to return there after signing in
      // again); no other site ever learns a registry address, a ship's id or a search typed.
      referrerPolicy: 'same-origin',
    }),
  );
  probe.get('/', (c) => c.body(null, 204));
  return Object.freeze(Object.fromEntries((await probe.request('/')).headers));
})();

/** What every answer to this request carries (read once its work is done: whether a read came from the replica). */
function answerHeaders(c: Context<AppEnv>): Record<string, string> {
  const headers: Record<string, string> = { ...SECURITY, 'x-request-id': c.get('requestId') };
  const client = c.get('clientRequestId');
  if (client) headers['x-client-request-id'] = client;
  // An answer to a signed request is never kept by a browser or a proxy (a copy download says so itself).
  if (c.req.path.startsWith('/api/') && !isPublicApi(c.req.path)) headers['cache-control'] = 'no-store';
  const budget = c.get('rateLimit');
  if (budget) {
    headers['ratelimit-policy'] = budget.policy;
    headers.ratelimit = budget.state;
  }
  // Read from the replica, the primary unreachable: it may be a moment old.
  if (c.get('servedFromReplica')()) headers['registry-served-from'] = 'replica';
  return headers;
}

/** An answer made with every header it carries, in one plain record: the server writes it as it is. */
export function answerWith(c: Context<AppEnv>, body: Uint8Array | string, status: 200, own: Record<string, string>): Response {
  c.set('answerHeadersIncluded', true);
  return new Response(body, { status, headers: { ...answerHeaders(c), ...own } });
}

/** Adds the headers every answer carries to one made without them (an answer's own Cache-Control is kept). */
export function withAnswerHeaders(c: Context<AppEnv>): void {
  if (c.get('answerHeadersIncluded')) return;
  const headers = c.res.headers;
  for (const [name, value] of Object.entries(answerHeaders(c))) if (name !== 'cache-control' || !headers.has(name)) headers.set(name, value);
}
