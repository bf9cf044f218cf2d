import { createHash } from 'node:crypto';
import type { Context, Next } from 'hono';
import { refuse } from '../errors.ts';
import { finishKeyedRequest, startKeyedRequest } from '../services/idempotency.ts';
import type { AppEnv } from './env.ts';

// An Idempotency-Key on a POST (register, open, issue, acknowledge, record, transfer, propose …):
// the same request sent again with the same key is answered with the first answer (marked
// Idempotent-Replayed: true) and does nothing more; see src/services/idempotency.ts for the rules.

const KEPT_HEADERS = ['content-type', 'location', 'etag'];

export async function idempotentPost(c: Context<AppEnv>, next: Next) {
  const key = c.req.header('Idempotency-Key');
  const via = c.get('via');
  // Registered for POST alone (app.ts).
  if (key === undefined || !via) return next();
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw refuse('idempotency_key_form', {}, [{ field: 'header.idempotency-key', code: 'idempotency_key_form' }]);
  }
  const { db, now } = c.get('deps');
  // The request as sent: method, path and query, and the body's bytes.
  const sent = new Uint8Array(await c.req.arrayBuffer());
  const hash = createHash('sha256')
    .update(`${c.req.method} ${new URL(c.req.url).pathname}${new URL(c.req.url).search}\n`)
    .update(sent)
    .digest('hex');
  const start = await startKeyedRequest(db, via, key, hash, now());
  if (start.kind === 'replay') {
    const { status, headers, body: kept } = start.answer;
    return new Response(kept.byteLength ? kept : null, { status, headers: { ...headers, 'Idempotent-Replayed': 'true' } });
  }
  await next();
  // A refusal or failure has been answered by onError by now: its answer is kept (or, for a failure of
  // the server or the limit, the key freed for the retry) like a success.
  const res = c.res;
  const headers = Object.fromEntries(KEPT_HEADERS.flatMap((h) => (res.headers.has(h) ? [[h, res.headers.get(h)!]] : [])));
  const holdsSecret = c.get('answerHoldsSecret') === true;
  const body = holdsSecret ? new Uint8Array() : new Uint8Array(await res.clone().arrayBuffer());
  await finishKeyedRequest(db, via, key, { status: res.status, headers, body }, now(), holdsSecret);
}
