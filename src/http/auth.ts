import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Principal } from '../domain/access.ts';
import { AppError } from '../errors.ts';
import { principalForToken as resolveToken } from '../services/tokens.ts';
import type { AppEnv } from './env.ts';

export const SESSION_COOKIE = 'sar_session';

/** The token of an API request: the Authorization header only (the pages' cookie never authorises the API). */
export function bearerToken(authorization: string | undefined): string | undefined {
  return authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
}

/** The principal behind a request's token (see services/tokens.ts for the cache and revocation). */
export const principalForToken = (c: Context<AppEnv>, token: string | undefined): Promise<Principal | undefined> => resolveToken(c.get('deps').db, token);

/** The principal of a web page request: the token kept in the session cookie. */
export const sessionPrincipal = (c: Context<AppEnv>) => principalForToken(c, getCookie(c, SESSION_COOKIE));

/** Resolves the token to a principal on every request (so a revoked token stops at once), or answers 401. */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await principalForToken(c, bearerToken(c.req.header('Authorization')));
  if (!principal) {
    const hasHeader = Boolean(c.req.header('Authorization'));
    throw new AppError('unauthenticated', hasHeader ? 'The access token is not valid or has been revoked' : 'Send Authorization: Bearer <token>; mint one with `npm run cli -- token create`');
  }
  c.set('principal', principal);
  await next();
});
