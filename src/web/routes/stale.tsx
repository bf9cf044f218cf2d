import type { Context } from 'hono';
import type { AppError } from '../../errors.ts';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { latestChangesTo } from '../../services/audit.ts';
import { formFields, page, viewOf } from '../context.ts';
import { say } from '../i18n.ts';
import { ErrorPage } from '../pages/error.tsx';
import { StalePage } from '../pages/stale.tsx';

/**
 * Where each versioned form posts, the record it changes (as the audit trail names it) and the page that
 * shows the record as it is now. An arrangement block is the pair's; an agency's blocks are its own.
 */
const FORMS: {
  path: RegExp;
  record: (m: RegExpExecArray, c: Context<AppEnv>) => { type: string; id: string } | null;
  reopen: (m: RegExpExecArray) => string;
}[] = [
  { path: /^\/ships\/(\d+)\/edit$/, record: (m) => ({ type: 'vessel', id: m[1]! }), reopen: (m) => `/ships/${m[1]}/edit` },
  { path: /^\/ships\/(\d+)\/[a-z/]+$/, record: (m) => ({ type: 'vessel', id: m[1]! }), reopen: (m) => `/ships/${m[1]}` },
  { path: /^\/companies\/(\d+)\/edit$/, record: (m) => ({ type: 'company', id: m[1]! }), reopen: (m) => `/companies/${m[1]}/edit` },
  { path: /^\/plans\/(\d+)\/[a-z/-]+$/, record: (m) => ({ type: 'plan', id: m[1]! }), reopen: (m) => `/plans/${m[1]}` },
  { path: /^\/proposals\/(\d+)\/[a-z]+$/, record: () => null, reopen: (m) => `/proposals/${m[1]}` },
  {
    path: /^\/agency\/[a-z]+$/,
    record: (_, c) => (c.get('principal').agency ? { type: 'agency', id: c.get('principal').agency! } : null),
    reopen: () => '/agency',
  },
  { path: /^\/signatures\/([A-Z]{2}-[A-Z]{2})(\/[a-z]+)?$/, record: (m) => ({ type: 'arrangement', id: m[1]! }), reopen: () => '/signatures' },
];

/**
 * The answer to a form sent from a version someone else has since changed: a page that shows what they
 * changed, and who, with what this person entered kept to send again; the refusal's status stays 412.
 */
export async function stalePage(c: Context<AppEnv>, err: AppError): Promise<Response | undefined> {
  const form = FORMS.map((f) => ({ f, m: f.path.exec(c.req.path) })).find((x) => x.m);
  if (!form?.m) return undefined;
  const fields = await formFields(c);
  const view = viewOf(c);
  const reopen = form.f.reopen(form.m);
  // A button with nothing typed (open a draft, issue, withdraw): the refusal, and the way to the record as it is now.
  if (!Object.entries(fields).some(([name, value]) => name !== 'version' && value.trim() !== ''))
    return page(
      c,
      <ErrorPage
        view={view}
        title={say(view.lang, 'page.errorTitle')}
        detail={err.detailIn(view.lang)}
        next={{ href: reopen, label: say(view.lang, 'page.staleReopen') }}
      />,
      412,
    );
  const record = form.f.record(form.m, c);
  // The latest changes to the record: the one that made this form stale is the newest.
  const changes = record ? await latestChangesTo(c.get('deps').db, whoOf(c), record) : null;
  const current = err.extra.currentVersion;
  return page(
    c,
    <StalePage
      view={view}
      action={c.req.path}
      reopen={reopen}
      fields={fields}
      currentVersion={typeof current === 'number' ? current : null}
      changes={changes}
    />,
    412,
  );
}
