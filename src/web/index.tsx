import { overHttps } from '../http/context.ts';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { bodyLimit } from 'hono/body-limit';
import { AppError, refuse } from '../errors.ts';
import { resolveSession } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { askedLang, page, viewOf } from './context.ts';
import { LANG_COOKIE, say, type Key, type Params, type Said } from './i18n.ts';
import { ErrorPage } from './pages/error.tsx';
import { agencyPages } from './routes/agency.tsx';
import { companyPages } from './routes/companies.tsx';
import { accountPages, SECOND_FACTOR_PAGE } from './routes/account.tsx';
import { lifePages } from './routes/life.tsx';
import { auditPages } from './routes/audit.tsx';
import { peoplePages } from './routes/people.tsx';
import { signaturePages } from './routes/signatures.tsx';
import { operatorPages } from './routes/operator.tsx';
import { planPages } from './routes/plans.tsx';
import { fleetPages } from './routes/fleet.tsx';
import { webhookPages } from './routes/webhooks.tsx';
import { searchPages } from './routes/search.tsx';
import { shipPages } from './routes/ships.tsx';
import { HELD_COOKIE, heldFormPages, signInPages } from './routes/signin.tsx';
import { holdSubmittedForm } from '../services/held-forms.ts';
import { stalePage } from './routes/stale.tsx';
import { copyCheckPages } from './routes/verify.tsx';

/** The largest form a page sends (the agency's facilities, row by row, are the largest). */
export const FORM_BODY_LIMIT = 64 * 1024;
/** The largest file a page uploads (a fleet's spreadsheet), as large as the API takes one. */
const UPLOAD_LIMIT = 5 * 1024 * 1024;

/** Paths of the signed-in pages (the API and the assets have their own rules). */
const PAGES = [
  '/',
  '/held',
  '/search',
  '/ships',
  '/ships/*',
  '/companies',
  '/companies/*',
  '/plans',
  '/plans/*',
  '/agency',
  '/agency/*',
  '/company',
  '/transfers',
  '/proposals',
  '/proposals/*',
  '/account',
  '/account/*',
  '/session/*',
  '/people',
  '/people/*',
  '/signatures',
  '/signatures/*',
  '/audit',
  '/incident-book.pdf',
  '/incident-book.html',
  '/fleet',
  '/fleet/*',
  '/webhooks',
  '/webhooks/*',
];

/** The server-rendered pages: each area in its own module under routes/, all of them over the services. */
export function webRoutes() {
  const web = new Hono<AppEnv>();

  // A page's form is a few KiB: anything far larger is refused from its Content-Length, before it is read.
  const formLimit = bodyLimit({
    maxSize: FORM_BODY_LIMIT,
    onError: () => {
      throw refuse('body_too_large', { limit: `${FORM_BODY_LIMIT / 1024} KiB` });
    },
  });
  // A fleet's spreadsheet is uploaded as a file, as large as the API takes one.
  const uploadLimit = bodyLimit({
    maxSize: UPLOAD_LIMIT,
    onError: () => {
      throw refuse('body_too_large', { limit: `${UPLOAD_LIMIT / 1024 / 1024} MiB` });
    },
  });
  web.use('*', (c, next) => (c.req.method !== 'POST' ? next() : c.req.path === '/fleet/imports' ? uploadLimit(c, next) : formLimit(c, next)));

  // ?lang=zh-Hant|zh-Hans|en switches the language and remembers it.
  web.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    const lang = askedLang(asked);
    if (lang) setCookie(c, LANG_COOKIE, lang, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 86400 });
    await next();
  });
  // A request that changes anything is only accepted from the registry's own pages, whatever its content
  // type (a JSON body with a session cookie included). A browser says where it comes from in Sec-Fetch-Site,
  // which no page can set: same-origin only.
  // Without it, the Origin, or failing that the Referer, must be the registry's own address, as the request
  // reached it, behind a trusted proxy, or as PUBLIC_URL names it.
  web.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const site = c.req.header('Sec-Fetch-Site');
    if (site !== undefined) {
      if (site !== 'same-origin') throw refuse('cross_origin_form');
      return next();
    }
    const here = new URL(c.req.url);
    const own = new Set([here.origin, `${overHttps(c) ? 'https' : here.protocol.slice(0, -1)}://${here.host}`]);
    const publicUrl = c.get('deps').publicUrl;
    if (publicUrl) own.add(new URL(publicUrl).origin);
    const referer = c.req.header('Referer');
    const from = c.req.header('Origin') ?? (referer && URL.canParse(referer) ? new URL(referer).origin : null);
    if (!from || !own.has(from)) throw refuse('cross_origin_form');
    await next();
  });

  web.route('/', signInPages);
  web.route('/', copyCheckPages);

  for (const path of PAGES) {
    web.use(path, async (c, next) => {
      if (!(await resolveSession(c))) {
        const url = new URL(c.req.url);
        const next = encodeURIComponent(url.pathname + url.search);
        if (c.req.method === 'POST') {
          // A form sent after the session ended is held, not lost: it can be sent again after signing in.
          const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
          const fields = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
          if (Object.keys(fields).length > 0) {
            const secret = await holdSubmittedForm(c.get('deps').db, url.pathname + url.search, fields, c.get('deps').now());
            setCookie(c, HELD_COOKIE, secret, { path: '/', httpOnly: true, sameSite: 'Lax', secure: overHttps(c), maxAge: 3600 });
            return c.redirect(`/signin?next=${next}&held=1`, 303);
          }
          // A bare button (confirm an import, open a draft) has nothing to hold: after signing in, the person
          // goes back to the page it was on, where it can be pressed again, never to the address it posts to.
          const from = c.req.header('Referer');
          const back = from && URL.canParse(from) && new URL(from).origin === url.origin ? new URL(from) : null;
          return c.redirect(`/signin?next=${encodeURIComponent(back ? back.pathname + back.search : '/')}`, 303);
        }
        return c.redirect(`/signin?next=${next}`, 303);
      }
      // A person whose role now needs a second factor sets one up before anything else.
      if (c.get('mustEnrol') && !c.req.path.startsWith(SECOND_FACTOR_PAGE)) return c.redirect(SECOND_FACTOR_PAGE, 303);
      // A signed-in page is never kept by a browser or a proxy.
      c.header('Cache-Control', 'no-store');
      await next();
    });
  }

  web.get('/', (c) => c.redirect(c.get('principal').role === 'operator' ? '/company' : '/search', 303));
  for (const pages of [
    heldFormPages,
    searchPages,
    fleetPages,
    webhookPages,
    accountPages,
    peoplePages,
    signaturePages,
    auditPages,
    lifePages,
    shipPages,
    companyPages,
    planPages,
    agencyPages,
    operatorPages,
  ])
    web.route('/', pages);

  // A refusal is the API's status with a page in the reader's language; anything unexpected is logged and a 500.
  web.onError(async (err, c) => {
    const view = viewOf(c);
    const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
    if (err instanceof AppError) {
      // The refusal's own sentence, in the reader's language: what was refused and why.
      if (err.category === 'unavailable') c.header('Retry-After', '1');
      // A form sent from a version someone else has since changed: what they changed, beside what was typed.
      if (err.code === 'stale_version' && c.req.method === 'POST' && c.get('principal')) {
        const stale = await stalePage(c, err);
        if (stale) return stale;
      }
      return page(c, <ErrorPage view={view} title={t('page.errorTitle')} detail={err.detailIn(view.lang)} />, err.status);
    }
    if (err instanceof Error && 'getResponse' in err) return (err as unknown as { getResponse: () => Response }).getResponse();
    c.get('deps').logger.error('unexpected failure on a page', { requestId: c.get('requestId'), error: err instanceof Error ? err.stack : String(err) });
    return page(c, <ErrorPage view={view} title={t('page.errorTitle')} detail={`Request ${c.get('requestId')}`} />, 500);
  });
  return web;
}
