import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { httpDuration, httpRequests } from '../metrics.ts';
import type { AppEnv } from './env.ts';

/**
 * Each request counted and timed by its route's pattern (src/metrics.ts), and one line per request, after its answer: the route's pattern (never the path, which may hold a query's
 * words or an id), the status, the time it took, the request id, and who asked (the principal's role
 * and id, and the session or token it came through, by number). Nothing a client sent is copied in.
 */
export const accessLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  try {
    await next();
  } finally {
    const principal = c.get('principal');
    const seconds = (performance.now() - started) / 1000;
    const route = routePath(c);
    httpRequests.inc({ method: c.req.method, route, status: String(c.res.status) });
    httpDuration.observe({ method: c.req.method, route }, seconds);
    c.get('deps').logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      route,
      status: c.res.status,
      durationMs: Math.round(seconds * 10_000) / 10,
      principal: principal ? { role: principal.role, id: principal.id, agency: principal.agency } : null,
      via: c.get('via') ?? null,
    });
  }
};
