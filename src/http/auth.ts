import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { refuse } from '../errors.ts';
import { sessionPrincipal } from '../services/sessions.ts';
import { principalForToken } from '../services/tokens.ts';
import type { AppEnv } from './env.ts';

/** The pages' cookie: a session id (never an API token), resolved server-side. */
export const SESSION_COOKIE = 'sar_session';

/** The token of an API request: the Authorization header only (the pages' cookie never authorises the API). */
export function bearerToken(authorization: string | undefined): string | undefined {
  return authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
}

/** Signs a page request in from its session cookie; false when there is no live session. */
export async function resolveSession(c: Context<AppEnv>): Promise<boolean> {
  const found = await sessionPrincipal(c.get('deps').db, getCookie(c, SESSION_COOKIE), c.get('deps').now());
  if (!found) return false;
  c.set('principal', found.principal);
  c.set('sessionId', found.sessionId);
  c.set('mustEnrol', found.mustEnrol);
  c.set('sessionEnds', found.ends);
  c.set('via', `session ${found.sessionId}`);
  return true;
}

/** Resolves the token to a principal on every request (so a revoked token stops at once), or answers 401. */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const holder = await principalForToken(c.get('deps').db, bearerToken(c.req.header('Authorization')), c.get('deps').now());
  if (!holder) {
    const hasHeader = Boolean(c.req.header('Authorization'));
    throw refuse(hasHeader ? 'token_invalid' : 'token_missing');
  }
  if (holder.scope === 'read' && c.req.method !== 'GET' && c.req.method !== 'HEAD') throw refuse('token_read_only');
  c.set('principal', holder.principal);
  c.set('via', `token ${holder.tokenId}`);
  await next();
});
