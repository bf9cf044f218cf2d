import type { Context } from 'hono';
import type { Who } from '../domain/access.ts';
import { deltaDate } from '../domain/plan.ts';
import type { AppEnv } from './env.ts';

/** Who acts in this request: its principal and its request id, as every service takes them. */
export const whoOf = (c: Context<AppEnv>): Who => ({ principal: c.get('principal'), requestId: c.get('requestId'), via: c.get('via') ?? null });

/** Today in the Pearl River Delta, by the app's clock (tests fix it). */
export const todayOf = (c: Context<AppEnv>): string => deltaDate(c.get('deps').now());

/** Whether the request reached the registry over https (directly, or through a trusted proxy that says so). */
export function overHttps(c: Context<AppEnv>): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustedProxies(c) > 0 && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https';
}

/** How many proxies in front of the registry are believed. */
const trustedProxies = (c: Context<AppEnv>): number => Number(c.get('deps').trustProxy ?? 0);

/**
 * The client's address: the socket's, or, behind trusted proxies, the one the outermost of them saw. Each
 * proxy appends the address it was reached from, so that one is counted from the right: the entries to
 * its left are whatever the client sent, and a client could rotate them at will.
 */
export function clientAddress(c: Context<AppEnv>): string | null {
  const hops = trustedProxies(c);
  if (hops > 0) {
    const entries = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const seen = entries[Math.max(0, entries.length - hops)];
    if (seen) return seen.slice(0, 64);
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}
