import { createRoute, z } from '@hono/zod-openapi';
import { requireReady } from '../../services/health.ts';
import { jsonOk } from '../../http/openapi.ts';
import { router } from '../../http/router.ts';

const Status = z.object({ status: z.literal('ok') });

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['System'],
  summary: 'The process is alive',
  responses: { 200: jsonOk(Status, 'Alive') },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['System'],
  summary: 'The database answers',
  responses: { 200: jsonOk(Status, 'Ready'), 503: { description: 'The database does not answer' } },
});

export const system = router()
  .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))
  .openapi(readyz, async (c) => {
    await requireReady(c.get('deps').db);
    return c.json({ status: 'ok' as const }, 200);
  });
