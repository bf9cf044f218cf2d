import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { hashSecret, type Principal, type Role } from '../domain/access.ts';
import { AppError } from '../errors.ts';
import { principalByTokenHash } from '../store/principals.ts';
import type { AppEnv } from './env.ts';

export const SESSION_COOKIE = 'sar_session';

/** The bearer token of a request: the Authorization header, or the web pages' session cookie. */
export function presentedToken(authorization: string | undefined, cookie: string | undefined): string | undefined {
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1];
  }
  return cookie;
}

export async function resolvePrincipal(c: Context<AppEnv>): Promise<Principal | undefined> {
  const token = presentedToken(c.req.header('Authorization'), getCookie(c, SESSION_COOKIE));
  if (!token) return undefined;
  return principalByTokenHash(c.get('deps').db, hashSecret(token));
}

/** Resolves the token to a principal on every request (so a revoked token stops at once), or answers 401. */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await resolvePrincipal(c);
  if (!principal) {
    const hasHeader = Boolean(c.req.header('Authorization'));
    throw new AppError('unauthenticated', hasHeader ? 'The access token is not valid or has been revoked' : 'Send Authorization: Bearer <token>; mint one with `npm run cli -- token create`');
  }
  c.set('principal', principal);
  await next();
});

export function requireRole(p: Principal, ...roles: Role[]): void {
  if (!roles.includes(p.role)) throw new AppError('forbidden', `This needs the role ${roles.join(' or ')}; you are ${p.role}`);
}
