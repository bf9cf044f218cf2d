import type { Context, Next } from 'hono';
import { refuse } from '../errors.ts';
import { clientAddress } from './context.ts';
import { problemResponse } from './problem.ts';
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
    return this.draw(kind, who, cls, now).wait;
  }

  /**
   * Takes one request from the bucket, and says where the bucket stands: the seconds to wait when it
   * was empty (else 0), the requests left, the bucket's size and the seconds until it is full again.
   */
  draw(kind: 'token' | 'address', who: string, cls: Class, now: number): { wait: number; remaining: number; capacity: number; fullIn: number } {
    if (this.perMinute <= 0) return { wait: 0, remaining: Number.POSITIVE_INFINITY, capacity: 0, fullIn: 0 };
    const capacity = this.rate(kind, cls);
    const key = `${kind} ${cls} ${who}`;
    const perMs = capacity / 60_000;
    const b = this.buckets.get(key) ?? { tokens: capacity, at: now };
    b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perMs);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > 50_000) this.forgetFull(now);
    const taken = b.tokens >= 1;
    if (taken) b.tokens -= 1;
    const fullIn = Math.ceil((capacity - b.tokens) / perMs / 1000);
    const wait = taken ? 0 : Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
    return { wait, remaining: Math.floor(b.tokens), capacity, fullIn };
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

/**
 * After authentication: the token's (or session's) own bucket. Every answer says where the caller's
 * budget stands (IETF httpapi RateLimit fields: `RateLimit-Policy: "token";q=600;w=60` and
 * `RateLimit: "token";r=…;t=…`), so a client slows down before a 429 instead of after.
 */
export const limitByCaller = (limiter: RateLimiter) => async (c: Context<AppEnv>, next: Next) => {
  const via = c.get('via');
  if (!via) return next();
  const cls = classOf(c.req.path);
  const budget = limiter.draw('token', via, cls, Date.now());
  if (budget.capacity === 0) return next();
  const name = cls === 'lookup' ? '"lookup"' : '"token"';
  // Said on the answer with the headers every answer carries (src/http/answer-headers.ts), a refusal's too.
  c.set('rateLimit', { policy: `${name};q=${budget.capacity};w=60`, state: `${name};r=${budget.remaining};t=${budget.fullIn}` });
  if (budget.wait) return problemResponse(c, over(budget.wait));
  await next();
};
