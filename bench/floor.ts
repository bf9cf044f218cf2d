import { serve } from '@hono/node-server';
import { Hono } from 'hono';

// The floor a lookup is measured against: the same framework and server, a route that checks for an
// Authorization header and answers a fixed JSON body of the lookup's median size, and nothing else.
// Started in a process of its own by the benchmark: node --import tsx bench/floor.ts <port> <bytes>.
const [port, bytes] = process.argv.slice(2).map(Number) as [number, number];
const body = JSON.stringify({ query: 'floor', items: [{ padding: 'x'.repeat(Math.max(0, bytes - 40)) }] });
const app = new Hono().get('*', (c) => {
  if (!c.req.header('Authorization')) return c.json({ error: 'unauthenticated' }, 401);
  return c.body(body, 200, { 'Content-Type': 'application/json' });
});
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
// Stopped by the benchmark: exit cleanly, so a CPU profile (--profile) is written.
process.on('SIGTERM', () => process.exit(0));
