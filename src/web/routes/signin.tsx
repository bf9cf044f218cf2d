import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { resolveSession, SESSION_COOKIE } from '../../http/auth.ts';
import { clientAddress, overHttps, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { AppError } from '../../errors.ts';
import { completeLink, linkPage } from '../../services/accounts.ts';
import { formHeldFor, releaseHeldForm } from '../../services/held-forms.ts';
import { signIn, signOut } from '../../services/sessions.ts';
import { errorsByField, langOf, formFields, page, viewOf } from '../context.ts';
import { HeldFormPage, LinkPage, RecoveryCodesPage, SignInPage } from '../pages/people.tsx';

/** The cookie that names a form held when its session had ended (src/services/held-forms.ts). */
export const HELD_COOKIE = 'sar_held';

/** Only a path on this site is followed after signing in: never another host, however it is spelled. */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f]/.test(next)) return '/';
  return next;
}

/** Signing in and out, and setting up an account from its one-time link (no session needed for these). */
export const signInPages = new Hono<AppEnv>()
  .get('/signin', (c) =>
    page(
      c,
      <SignInPage view={viewOf(c)} failed={null} next={c.req.query('next') ?? '/'} held={c.req.query('held') === '1' && Boolean(getCookie(c, HELD_COOKIE))} />,
    ),
  )
  .post('/signin', async (c) => {
    const f = await formFields(c);
    const { db, now } = c.get('deps');
    try {
      const session = await signIn(
        db,
        { email: f.email ?? '', password: f.password ?? '', code: f.code ?? '', address: clientAddress(c), userAgent: c.req.header('User-Agent') ?? null },
        now(),
      );
      // The cookie lives as long as the session may; the server ends it sooner when idle.
      setCookie(c, SESSION_COOKIE, session.cookie, { path: '/', httpOnly: true, sameSite: 'Strict', secure: overHttps(c), maxAge: 12 * 3600 });
      // A form held when the session had ended is shown first, to be sent again.
      if (await formHeldFor(db, getCookie(c, HELD_COOKIE), now())) return c.redirect('/held', 303);
      return c.redirect(safeNext(f.next), 303);
    } catch (err) {
      if (!(err instanceof AppError) || (err.category !== 'unauthenticated' && err.category !== 'too_many_requests')) throw err;
      // Failed sign-ins are logged (never the password): the operator sees an attack as it happens.
      c.get('deps').logger.warn(err.category === 'too_many_requests' ? 'sign-in throttled' : 'sign-in refused', {
        email: f.email?.trim().toLowerCase().slice(0, 254),
        address: clientAddress(c),
        requestId: c.get('requestId'),
      });
      if (err.category === 'too_many_requests') c.header('Retry-After', String(err.extra.retryAfterSeconds ?? 60));
      return page(c, <SignInPage view={viewOf(c)} failed={err.detailIn(langOf(c))} next={f.next ?? '/'} email={f.email} />, err.status as 401 | 429);
    }
  })
  .post('/signout', async (c) => {
    if (await resolveSession(c)) await signOut(c.get('deps').db, whoOf(c), c.get('sessionId'), c.get('deps').now());
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/signin', 303);
  })
  .get('/link/:secret', async (c) => {
    const secret = c.req.param('secret');
    const state = await linkPage(c.get('deps').db, secret, c.get('deps').now());
    return page(c, <LinkPage view={viewOf(c)} secret={secret} {...state} errors={{}} />);
  })
  .post('/link/:secret', async (c) => {
    const { db, now } = c.get('deps');
    const secret = c.req.param('secret');
    const f = await formFields(c);
    try {
      const done = await completeLink(db, secret, { password: f.password ?? '', confirm: f.confirm ?? '', code: f.code ?? '' }, now());
      return page(c, <RecoveryCodesPage view={viewOf(c)} codes={done.recoveryCodes} />);
    } catch (err) {
      if (!(err instanceof AppError) || err.category !== 'validation_failed') throw err;
      const state = await linkPage(db, secret, now());
      return page(c, <LinkPage view={viewOf(c)} secret={secret} {...state} errors={errorsByField(langOf(c), err.errors)} />, 400);
    }
  });

/** The form held when a session had ended, shown once after signing in again (registered behind the session check). */
export const heldFormPages = new Hono<AppEnv>().get('/held', async (c) => {
  // Behind the pages' session check (see PAGES): only a person signed in again sees what was typed.
  const secret = getCookie(c, HELD_COOKIE);
  const held = await formHeldFor(c.get('deps').db, secret, c.get('deps').now());
  // Shown once: from here what was typed lives in the page's form, sent or not as the person decides.
  await releaseHeldForm(c.get('deps').db, secret);
  deleteCookie(c, HELD_COOKIE, { path: '/' });
  if (!held) return c.redirect('/', 303);
  return page(c, <HeldFormPage view={viewOf(c)} path={held.path} fields={held.fields} />);
});
