import { createRoute, z } from '@hono/zod-openapi';
import { requireReady } from '../../services/health.ts';
import { jsonOk, problems } from '../../http/openapi.ts';
import { router } from '../../http/router.ts';

const Status = z.object({ status: z.literal('ok') });

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
  responses: { 200: jsonOk(Status, 'Ready'), ...problems() },
});

export const system = router()
  .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))
  .openapi(readyz, async (c) => {
    await requireReady(c.get('deps').db);
    return c.json({ status: 'ok' as const }, 200);
  });
