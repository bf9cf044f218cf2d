import type { Context, Next } from 'hono';
import { refuse } from '../errors.ts';
import { clientAddress } from './context.ts';
import type { AppEnv } from './env.ts';

// Fair limits: each token, and each client address, has its own buckets, so one client's burst never
// slows another's. Lookups draw from buckets of their own, so a client's (or an office's) bulk listing
// never starves the lookup of an incident. A bucket holds a minute's worth of requests and refills
// continuously; an empty one answers 429 with the seconds until the next request may go.

type Bucket = { tokens: number; at: number };
type Class = 'lookup' | 'other';

/** Buckets for `perMinute` requests a minute of one token's ordinary requests; lookups get twice as many, an address four times. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(private readonly perMinute: number) {}

  private rate(kind: 'token' | 'address', cls: Class): number {
    return this.perMinute * (cls === 'lookup' ? 2 : 1) * (kind === 'address' ? 4 : 1);
  }

  /** Takes one request from the bucket; the seconds to wait when it is empty, else 0. */
  take(kind: 'token' | 'address', who: string, cls: Class, now: number): number {
    if (this.perMinute <= 0) return 0;
    const capacity = this.rate(kind, cls);
    const key = `${kind} ${cls} ${who}`;
    const perMs = capacity / 60_000;
    const b = this.buckets.get(key) ?? { tokens: capacity, at: now };
    b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perMs);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > 50_000) this.forgetFull(now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
  }

  /** A bucket that has refilled is the same as none: dropped, so memory follows the active clients. */
  private forgetFull(now: number) {
    for (const [key, b] of this.buckets) {
      const cls = key.split(' ')[1] as Class;
      const capacity = this.rate(key.startsWith('token') ? 'token' : 'address', cls);
      if (b.tokens + (now - b.at) * (capacity / 60_000) >= capacity) this.buckets.delete(key);
    }
  }
}

const over = (seconds: number) => refuse('rate_limited', { seconds }, [], { retryAfterSeconds: seconds });
const classOf = (path: string): Class => (path === '/api/lookup' ? 'lookup' : 'other');

/** Before authentication: each client address's bucket. */
export const limitByAddress = (limiter: RateLimiter) => async (c: Context<AppEnv>, next: Next) => {
  const wait = limiter.take('address', clientAddress(c) ?? 'unknown', classOf(c.req.path), Date.now());
  if (wait) throw over(wait);
  await next();
};

/** After authentication: the token's (or session's) own bucket. */
export const limitByCaller = (limiter: RateLimiter) => async (c: Context<AppEnv>, next: Next) => {
  const via = c.get('via');
  if (via) {
    const wait = limiter.take('token', via, classOf(c.req.path), Date.now());
    if (wait) throw over(wait);
  }
  await next();
};
