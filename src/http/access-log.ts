import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './env.ts';

/**
 * One line per request, after its answer: the route's pattern (never the path, which may hold a query's
 * words or an id), the status, the time it took, the request id, and who asked (the principal's role
 * and id, and the session or token it came through, by number). Nothing a client sent is copied in.
 */
export const accessLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  try {
    await next();
  } finally {
    const principal = c.get('principal');
    c.get('deps').logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      principal: principal ? { role: principal.role, id: principal.id, agency: principal.agency } : null,
      via: c.get('via') ?? null,
    });
  }
};
