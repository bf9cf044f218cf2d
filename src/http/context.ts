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
  return Boolean(c.get('deps').trustProxy) && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https';
}

/** The client's address: the socket's, or the first of a trusted proxy's X-Forwarded-For. */
export function clientAddress(c: Context<AppEnv>): string | null {
  if (c.get('deps').trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}
