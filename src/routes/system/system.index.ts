import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { AppError } from '../../errors.ts';
import { jsonOk } from '../../http/schemas.ts';
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
    try {
      await sql`select 1`.execute(c.get('deps').db);
    } catch {
      throw new AppError('unavailable', 'The database does not answer');
    }
    return c.json({ status: 'ok' as const }, 200);
  });
