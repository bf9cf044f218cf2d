import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE, principalForToken } from '../../http/auth.ts';
import type { AppEnv } from '../../http/env.ts';
import { formFields, page, viewOf } from '../context.ts';
import { SignInPage } from '../pages/misc.tsx';

/** Only a path on this site is followed after signing in: never another host, however it is spelled. */
export function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f]/.test(next)) return '/';
  return next;
}

/** Signing in and out. */
export const signInPages = new Hono<AppEnv>()
  .get('/signin', (c) => page(c, <SignInPage view={viewOf(c)} failed={false} next={c.req.query('next') ?? '/'} />))
  .post('/signin', async (c) => {
    const f = await formFields(c);
    const principal = await principalForToken(c, f.token?.trim());
    if (!principal) return page(c, <SignInPage view={viewOf(c)} failed next={f.next ?? '/'} />, 401);
    setCookie(c, SESSION_COOKIE, f.token!.trim(), { path: '/', httpOnly: true, sameSite: 'Strict', secure: new URL(c.req.url).protocol === 'https:', maxAge: 12 * 3600 });
    return c.redirect(safeNext(f.next), 303);
  })
  .post('/signout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/signin', 303);
  });
