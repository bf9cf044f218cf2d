import { createRoute, z } from '@hono/zod-openapi';
import { todayOf, whoOf } from '../../http/context.ts';
import { requireReady } from '../../services/health.ts';
import { signingReadiness } from '../../services/signing-keys.ts';
import { metricsText } from '../../services/metrics.ts';
import { bearerSecurity, jsonOk, problems } from '../../http/openapi.ts';
import { router } from '../../http/router.ts';

const Status = z.object({ status: z.literal('ok') });
const Readiness = Status.extend({
  servedFrom: z
    .literal('replica')
    .optional()
    .openapi({ description: 'The primary database cannot be reached; lookups are read from its replica, and changes are paused' }),
  signing: z
    .object(
      Object.fromEntries(['GD', 'HK', 'MO'].map((a) => [a, z.enum(['ready', 'missing', 'locked', 'expired'])])) as Record<
        'GD' | 'HK' | 'MO',
        z.ZodEnum<{ ready: 'ready'; missing: 'missing'; locked: 'locked'; expired: 'expired' }>
      >,
    )
    .optional()
    .openapi({
      description:
        "Whether each agency's copies can be signed, so its plans issued: ready, missing (no signing key), locked (the passphrase does not open it) or expired. Lookups are served either way, so the status stays 200.",
    }),
  signingProblems: z.array(z.string()).optional().openapi({ description: 'What stops an agency signing, in words, with the command that fixes it' }),
});

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['System'],
  operationId: 'checkLiveness',
  summary: 'Liveness',
  description: 'The process is alive',
  security: [],
  responses: { 200: jsonOk(Status, 'Alive'), ...problems() },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['System'],
  operationId: 'checkReadiness',
  summary: 'Readiness',
  description: 'The database answers and a connection can be had (503 with Retry-After when every connection has been busy for more than 5 s)',
  security: [],
  responses: { 200: jsonOk(Readiness, 'Ready'), ...problems() },
});

const metrics = createRoute({
  method: 'get',
  path: '/metrics',
  tags: ['System'],
  operationId: 'readMetrics',
  summary: 'Metrics for Prometheus',
  description:
    "The registry's counters and gauges in Prometheus's text format (requests by route pattern and status, their latency, plans issued and their copies' render time, sign-in failures and locks, webhook deliveries, caches, the database pool, the audit chain's length, the process): for an agency's admins, or a token an admin made for the monitoring system",
  security: bearerSecurity,
  responses: {
    200: { description: 'The metrics', content: { 'text/plain': { schema: z.string() } } },
    ...problems(401, 403),
  },
});

export const system = router()
  .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))
  .openapi(metrics, async (c) => {
    const { contentType, body } = await metricsText(c.get('deps').db, whoOf(c), todayOf(c));
    return c.text(body, 200, { 'Content-Type': contentType });
  })
  .openapi(readyz, async (c) => {
    const { db, now } = c.get('deps');
    const from = await requireReady(db);
    if (from === 'replica') return c.json({ status: 'ok' as const, servedFrom: 'replica' as const }, 200);
    const signing = await signingReadiness(db, now());
    return c.json({ status: 'ok' as const, signing: signing.state, ...(signing.problems.length ? { signingProblems: signing.problems } : {}) }, 200);
  });
