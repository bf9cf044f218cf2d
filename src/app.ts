import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { API_TAGS, API_VERSION } from './http/openapi.ts';
import { limitByAddress, limitByCaller, RateLimiter } from './http/rate-limit.ts';
import { DEFAULT_RATE_PER_MINUTE } from './config.ts';
import { idempotentPost } from './http/idempotency.ts';
import { onAuditHead } from './store/audit.ts';
import { servedFromReplica, servingRequest } from './store/database.ts';
import { isPublicApi, withAnswerHeaders } from './http/answer-headers.ts';
import { headText } from './domain/audit-chain.ts';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { randomUUID } from 'node:crypto';
import { cors } from 'hono/cors';
import { refuse } from './errors.ts';
import { requireAuth } from './http/auth.ts';
import { docs } from './http/docs.ts';
import type { AppEnv, Deps } from './http/env.ts';
import { accessLog } from './http/access-log.ts';
import { notFoundHandler, onError, problemResponse, validationHook } from './http/problem.ts';
import { conditionalGet, linkToNextPage } from './http/conditional.ts';
import { withDeclaredHeaders, type OpenApiDocument } from './http/declared-headers.ts';
import { agencies } from './routes/agencies/agencies.index.ts';
import { arrangement } from './routes/arrangement/arrangement.index.ts';
import { audit } from './routes/audit/audit.index.ts';
import { companies } from './routes/companies/companies.index.ts';
import { copies } from './routes/copies/copies.index.ts';
import { fleetRoutes } from './routes/fleet/fleet.index.ts';
import { changesRoutes } from './routes/changes/changes.index.ts';
import { incidentBookRoutes } from './routes/incident-book/incident-book.index.ts';
import { lookupRoutes } from './routes/lookup/lookup.index.ts';
import { plans } from './routes/plans/plans.index.ts';
import { ports } from './routes/ports/ports.index.ts';
import { system } from './routes/system/system.index.ts';
import { vessels } from './routes/vessels/vessels.index.ts';
import { transfers } from './routes/transfers/transfers.index.ts';
import { peopleRoutes } from './routes/people/people.index.ts';
import { proposals } from './routes/proposals/proposals.index.ts';
import { assets } from './web/assets.ts';
import { webRoutes } from './web/index.tsx';

/** Largest JSON body accepted (documented in docs/api.md and the OpenAPI description). */
export const JSON_BODY_LIMIT = 64 * 1024;

/** Largest file uploaded: a PDF for verification (a copy is well under 1 MiB), a fleet's spreadsheet. */
export const PDF_BODY_LIMIT = 5 * 1024 * 1024;

/**
 * The methods whose requests carry a body: the checks of a body are registered for these alone, so a GET
 * (the lookup, the hottest path) does not pass through middleware that has nothing to do for it.
 */
const BODY_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
const JSON_BODY_METHODS = ['POST', 'PUT', 'PATCH'];

/** API paths whose body is a file (a PDF, a spreadsheet), not JSON. */
const UPLOADS = new Set<string>(['/api/verify', '/api/fleet/imports']);

// A lone surrogate (half of a UTF-16 pair) in a JSON string would be stored as invalid UTF-8 and read
// back changed; bytes that are not UTF-8 would be silently replaced. Both are refused before anything.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hasLoneSurrogate = (v: unknown): boolean =>
  typeof v === 'string'
    ? LONE_SURROGATE.test(v)
    : v !== null && typeof v === 'object'
      ? Object.entries(v).some(([k, x]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(x))
      : false;

/** No body of the registry's nests deeper than a few levels; a far deeper one is refused before it is parsed. */
const MAX_JSON_DEPTH = 32;

/** How deep a JSON text's arrays and objects nest, counted outside its strings, without parsing it. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return deepest;
}

const refuseMalformedText = createMiddleware<AppEnv>(async (c, next) => {
  if (/^application\/json/i.test(c.req.header('Content-Type') ?? '')) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
    } catch {
      throw refuse('body_not_utf8');
    }
    if (jsonDepth(text) > MAX_JSON_DEPTH) throw refuse('body_too_deep', { max: MAX_JSON_DEPTH });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined; // malformed JSON is answered by the route's own validation
    }
    if (hasLoneSurrogate(parsed)) throw refuse('body_lone_surrogate');
  }
  await next();
});

/** Builds the whole application over the given dependencies; no I/O happens here. */
export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // The audit chain's head goes to the log at every write, outside the database (audit verify --expect-head).
  onAuditHead(deps.db, (head) => deps.logger.info('audit head', { auditHead: headText(head) }));

  // The request id is the server's own, so that no two audit events can share one a client chose. A
  // client's X-Request-Id (a reasonable one) is echoed back as X-Client-Request-Id for its own logs.
  app.use('*', async (c, next) => {
    c.set('requestId', randomUUID());
    c.set('deps', deps);
    c.set('servedFromReplica', servedFromReplica);
    const client = c.req.header('X-Request-Id');
    if (client && /^[\w.:-]{1,128}$/.test(client)) c.set('clientRequestId', client);
    // The token check's catch-up serves the rest of the request; the answer's headers are added once its
    // work is done (they say whether a read came from the replica).
    await servingRequest(async () => {
      await next();
      withAnswerHeaders(c);
    });
  });
  app.use('*', accessLog);

  // Browsers on the agencies' dashboards (CORS_ORIGINS) may call the API; nobody else's page may. Off
  // unless configured. A preflight is answered here, before the token check, as browsers send none with it.
  if (deps.corsOrigins?.length) {
    app.use(
      '/api/*',
      cors({
        origin: [...deps.corsOrigins],
        allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'Accept-Language', 'X-Request-Id'],
        exposeHeaders: ['ETag', 'Location', 'Link', 'Retry-After', 'Idempotent-Replayed', 'X-Request-Id', 'Content-Disposition', 'Registry-Served-From'],
        maxAge: 600,
      }),
    );
  }

  app.on(JSON_BODY_METHODS, '/api/*', async (c, next) => {
    // A write that carries a body carries JSON; a body-less POST (an action such as opening a draft) is fine.
    const length = c.req.header('Content-Length');
    const hasBody = Boolean(c.req.header('Content-Type') || c.req.header('Transfer-Encoding') || (length && length !== '0'));
    if (hasBody && !UPLOADS.has(c.req.path)) {
      const type = c.req.header('Content-Type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw refuse('body_not_json_type', { type: type ? type.split(';')[0]! : 'none' });
      }
    }
    await next();
  });
  const limit = (maxSize: number, what: string) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw refuse('body_too_large', { limit: what });
      },
    });
  const jsonLimit = limit(JSON_BODY_LIMIT, `${JSON_BODY_LIMIT / 1024} KiB`);
  const pdfLimit = limit(PDF_BODY_LIMIT, `${PDF_BODY_LIMIT / 1024 / 1024} MiB`);
  // Only a request that may carry a body is measured: reading the limit makes the server build a full
  // Request object, which a lookup (a GET) has no use for.
  app.on(BODY_METHODS, '/api/*', (c, next) => (UPLOADS.has(c.req.path) ? pdfLimit(c, next) : jsonLimit(c, next)));
  app.on(JSON_BODY_METHODS, '/api/*', refuseMalformedText);
  const limiter = new RateLimiter(deps.rateLimitPerMinute ?? DEFAULT_RATE_PER_MINUTE);
  // Health checks too: a load balancer's polling is far under an address's budget, a flood is not.
  for (const path of ['/api/*', '/healthz', '/readyz', '/metrics']) app.use(path, limitByAddress(limiter));
  app.use('/metrics', requireAuth);
  app.use('/api/*', async (c, next) => (isPublicApi(c.req.path) ? next() : requireAuth(c, next)));
  app.use('/api/*', limitByCaller(limiter));
  app.on('POST', '/api/*', idempotentPost);
  // For GET; a HEAD too, which Hono answers with the GET's handlers and no body.
  app.on('GET', '/api/*', conditionalGet);
  app.on('GET', '/api/*', linkToNextPage);

  app.route('/', system);
  app.route('/', agencies);
  app.route('/', arrangement);
  app.route('/', ports);
  app.route('/', companies);
  app.route('/', vessels);
  app.route('/', transfers);
  app.route('/', proposals);
  app.route('/', plans);
  app.route('/', copies);
  app.route('/', lookupRoutes);
  app.route('/', incidentBookRoutes);
  app.route('/', changesRoutes);
  app.route('/', fleetRoutes);
  app.route('/', audit);
  app.route('/', peopleRoutes);

  // An /api request no route took: 405 with the methods its path has, or 404, both problem+json. Never
  // passed on to the pages, whose guard against cross-site forms would answer it in their own way.
  const apiRoutes = () =>
    app.routes
      .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
      .map((r) => ({ method: r.method, pattern: new RegExp(`^${r.path.replace(/:[^/]+/g, '[^/]+')}$`) }));
  let known: ReturnType<typeof apiRoutes> | undefined;
  app.all('/api/*', (c) => {
    known ??= apiRoutes();
    const allowed = [...new Set(known.filter((r) => r.pattern.test(c.req.path)).map((r) => r.method))];
    if (allowed.length === 0) return notFoundHandler(c);
    if (allowed.includes('GET')) allowed.push('HEAD');
    const answer = problemResponse(c, refuse('method_not_allowed', { method: c.req.method }));
    answer.headers.set('Allow', allowed.join(', '));
    return answer;
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Access token minted with `npm run cli -- token create`',
  });
  const documentFor = (c: Context<AppEnv>) => {
    // The address people reach the registry at (PUBLIC_URL), else the one this document was asked from
    // (behind a trusted proxy, by the scheme the proxy says it was asked over).
    const asked = new URL(c.req.url);
    const proto = deps.trustProxy ? c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() : undefined;
    const origin = deps.publicUrl ?? (proto === 'https' || proto === 'http' ? `${proto}://${asked.host}` : asked.origin);
    return {
      openapi: '3.1.0',
      info: {
        title: 'SAR co-operation plan registry',
        version: API_VERSION,
        description:
          'Registry of co-operation plans between passenger ships and SAR centres under the Guangdong–Hong Kong–Macao mutual recognition arrangement. ' +
          `Errors are application/problem+json (RFC 9457). JSON bodies are limited to ${JSON_BODY_LIMIT / 1024} KiB. ` +
          'Lists page with `cursor` and `limit`; changes need `If-Match`; creating and acting requests take an `Idempotency-Key`; ' +
          'requests are rate limited per token and per address (429 with Retry-After). docs/api.md states these conventions in full.',
        contact: { name: 'The registry team of the three SAR agencies', url: `${origin}/docs` },
        license: { name: 'For the use of the three SAR agencies and the operators they register', url: `${origin}/docs` },
      },
      servers: [{ url: origin, description: 'This registry' }],
      tags: API_TAGS,
    };
  };
  // The document as built from the routes' schemas, then with the headers every answer carries stated.
  app.get('/openapi.json', (c) => c.json(withDeclaredHeaders(app.getOpenAPI31Document(documentFor(c)) as OpenApiDocument)));
  app.route('/', docs);
  app.route('/', assets);
  app.route('/', webRoutes());

  app.notFound(notFoundHandler);
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;
