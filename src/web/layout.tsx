import type { Child, FC } from 'hono/jsx';
import type { Principal } from '../domain/access.ts';
import type { SessionEnd } from '../domain/account.ts';
import { servedFromReplica } from '../services/health.ts';
import { LANGS, say, type Lang, type Key, type Params, type Said } from './i18n.ts';

export type View = {
  lang: Lang;
  principal: Principal | null;
  path: string;
  /** A signed-in page's session: how long it has left as the page is sent, and what ends it (the page warns before). */
  session?: { leftMs: number; by: SessionEnd['by'] };
};

/**
 * Both languages of a label: the chosen one first, the other beneath, small, marked with its language
 * so that a screen reader reads English in an English voice on a Chinese page, and the reverse.
 */
export const Label: FC<{ b: Key | Said; lang: Lang }> = ({ b, lang }) => {
  const other: Lang = lang === 'en' ? 'zh-Hant' : 'en';
  return (
    <>
      {say(lang, b)}{' '}
      <span class="en" lang={other}>
        {say(other, b)}
      </span>
    </>
  );
};

const LANG_NAME: Record<Lang, string> = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' };

export const Layout: FC<{ view: View; title: string; children?: Child }> = ({ view, title, children }) => {
  const { lang, principal } = view;
  const others = LANGS.filter((l) => l !== lang);
  const switchTo = (l: Lang) => `${view.path}${view.path.includes('?') ? '&' : '?'}lang=${l}`;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('page.appName')}`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip" href="#main">
          {t('page.skipToContent')}
        </a>
        <header class="top">
          <a class="brand" href="/">
            {t('page.appName')}
          </a>
          {principal && (
            <nav>
              <a href="/search">{t('page.search')}</a>
              {principal.role === 'registrar' && (
                <>
                  <a href="/ships">{t('page.ships')}</a>
                  <a href="/companies">{t('page.companies')}</a>
                  <a href="/plans">{t('page.plans')}</a>
                  <a href="/agency">{t('page.agencyBlocks')}</a>
                  <a href="/transfers">{t('page.transfers')}</a>
                  <a href="/proposals">{t('page.proposals')}</a>
                  <a href="/fleet">{t('page.fleet')}</a>
                </>
              )}
              {(principal.role === 'coordinator' || principal.role === 'admin') && <a href="/plans">{t('page.plans')}</a>}
              {principal.role === 'operator' && <a href="/company">{t('page.company')}</a>}
              {principal.role === 'operator' && <a href="/proposals">{t('page.proposals')}</a>}
              {principal.role === 'admin' && principal.agency && <a href="/people">{t('page.people')}</a>}
              {principal.role === 'admin' && <a href="/signatures">{t('page.signatures')}</a>}
              {principal.role === 'admin' && principal.agency && <a href="/webhooks">{t('page.webhooks')}</a>}
              {(principal.role === 'admin' || principal.role === 'registrar') && <a href="/audit">{t('page.audit')}</a>}
              {principal.id !== null && <a href="/account">{t('page.account')}</a>}
            </nav>
          )}
          {/* Each language named in itself, so a reader finds theirs whatever the page is in. */}
          <span class="langs">
            {others.map((l) => (
              <a href={switchTo(l)} hreflang={l} lang={l}>
                {LANG_NAME[l]}
              </a>
            ))}
          </span>
          {principal && (
            <form method="post" action="/signout">
              <button type="submit" title={`${t('page.signedInAs')}: ${principal.name}`}>
                {t('page.signOut')}
              </button>
            </form>
          )}
        </header>
        {view.session && <SessionWarning lang={lang} session={view.session} />}
        {servedFromReplica() && (
          <p class="notice" role="status">
            {t('page.readOnlyReplica')}
          </p>
        )}
        <main id="main">{children}</main>
      </body>
    </html>
  );
};

/** A sentence around the time a script fills in (the time is the reader's own clock's, known only in the browser). */
const around = (lang: Lang, key: Key) => say(lang, key, { at: '\u0000' }).split('\u0000') as [string, string];

/**
 * Shown by /assets/session.js five minutes before the session ends: an idle session can be extended
 * here, without leaving the form being typed; one reaching its 12-hour limit can only be saved. Hidden
 * until then, and without the script the held forms still keep what is sent after the end.
 */
const SessionWarning: FC<{ lang: Lang; session: NonNullable<View['session']> }> = ({ lang, session }) => {
  const [before, after] = around(lang, session.by === 'idle' ? 'page.sessionEnding' : 'page.sessionLimit');
  return (
    <div id="session-warning" class="session-warning" role="alert" hidden data-left-ms={String(session.leftMs)} data-ends-by={session.by}>
      <p class="ending">
        {before}
        <time class="at"></time>
        {after}
      </p>
      <p class="ended" hidden>
        {say(lang, 'page.sessionEnded')}
      </p>
      {session.by === 'idle' && (
        <button type="button" class="primary">
          {say(lang, 'page.staySignedIn')}
        </button>
      )}
      <script src="/assets/session.js" defer></script>
    </div>
  );
};

/** A form field with its bilingual label and, when the last submission was refused, the reason beside it. */
export const Field: FC<{
  name: string;
  label: Key | Said;
  lang: Lang;
  value?: string | number | null;
  errors?: Record<string, string>;
  type?: string;
  textarea?: boolean;
  required?: boolean;
  /**
   * Marked as required (and announced so) without the browser's own check, so that a submission shows
   * every problem at once, beside its field, in the page's language.
   */
  needed?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  /** A datalist the field suggests from as the person types (the route's ports). */
  list?: string;
  autocomplete?: string;
  /** For a second form on the same page with fields of the same names: its ids are its own. */
  form?: string;
}> = (p) => {
  const error = p.errors?.[p.name];
  const value = p.value === null || p.value === undefined ? '' : String(p.value);
  const id = `f-${p.form ? `${p.form}-` : ''}${p.name.replaceAll('.', '-')}`;
  // The hint and the problem are read out with the field, not only seen beside it.
  const described = [p.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <label class={error ? 'field-error' : ''} for={id}>
      <span>
        <Label b={p.label} lang={p.lang} />
        {(p.required || p.needed) && (
          <span class="req" title={say(p.lang, 'page.required')}>
            {' '}
            *
          </span>
        )}
      </span>
      {p.options ? (
        <select id={id} name={p.name} aria-describedby={described} aria-required={p.needed ? 'true' : undefined}>
          {p.options.map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : p.textarea ? (
        <textarea id={id} name={p.name} aria-describedby={described} aria-invalid={error ? 'true' : undefined} aria-required={p.needed ? 'true' : undefined}>
          {value}
        </textarea>
      ) : (
        <input
          id={id}
          name={p.name}
          type={p.type ?? 'text'}
          value={value}
          list={p.list}
          autocomplete={p.autocomplete}
          required={p.required}
          aria-required={p.needed ? 'true' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
        />
      )}
      {p.hint && (
        <span class="help" id={`${id}-hint`}>
          {p.hint}
        </span>
      )}
      {error && (
        <span class="error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </label>
  );
};

/** A one-button form that posts to `action` (an action with nothing to fill in). */
export const PostButton: FC<{ action: string; label: string; version?: number }> = ({ action, label, version }) => (
  <form method="post" action={action} class="inline">
    {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
    <button type="submit">{label}</button>
  </form>
);

export const Badge: FC<{ kind: string; text: string }> = ({ kind, text }) => <span class={`badge ${kind}`}>{text}</span>;

const RECOGNITION = { compiled: 'page.compiled', recognised: 'doc.recognised', pending: 'doc.pending', never: 'doc.neverRecognised' } as const;

/** One agency's standing towards a plan: its badge, and the days it held (since …, until …). */
export const RecognitionBadge: FC<{ lang: Lang; status: keyof typeof RECOGNITION; since: string | null; until: string | null }> = ({
  lang,
  status,
  since,
  until,
}) => (
  <>
    <Badge kind={status} text={say(lang, RECOGNITION[status])} />
    {since ? ` ${say(lang, 'page.recognisedSince')} ${since}` : ''}
    {until ? ` ${say(lang, 'page.recognisedUntil')} ${until}` : ''}
  </>
);

export const Tel: FC<{ number: string | null | undefined }> = ({ number }) =>
  number ? (
    <a class="tel" href={`tel:${number.replace(/[^+\d]/g, '')}`}>
      {number}
    </a>
  ) : (
    <span class="help">—</span>
  );

/** A plan's standing in one word: draft, current, out of date or withdrawn. */
export const PlanStatus: FC<{ plan: { status: 'draft' | 'issued' | 'withdrawn'; stale: boolean }; lang: Lang }> = ({ plan, lang }) => {
  const kind = plan.status === 'issued' ? (plan.stale ? 'stale' : 'current') : plan.status;
  const word = ({ draft: 'page.draft', current: 'page.current', stale: 'page.stale', withdrawn: 'page.withdrawn' } as const)[kind];
  return <Badge kind={kind} text={say(lang, word)} />;
};

/** "Please correct the fields marked below", when a submitted form was refused. */
/**
 * A refused form's summary, at its top (as the GOV.UK Design System's error summary): focused when the
 * page opens, so the reader starts from it wherever the form is on the page, and each problem a link to
 * its field, however far down; each field's own message stays beside it.
 */
export const FormErrors: FC<{ view: View; errors: Record<string, string>; form?: string }> = ({ view, errors, form }) => {
  const problems = Object.entries(errors);
  if (problems.length === 0) return null;
  return (
    <div class="notice error-summary" role="alert" tabindex={-1} autofocus>
      <p>{say(view.lang, 'page.fixErrors')}</p>
      <ul>
        {problems.map(([field, message]) => (
          <li>
            <a href={`#f-${form ? `${form}-` : ''}${field.replaceAll('.', '-')}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
};

/** A maker of a form's fields over the same values and errors: f(name, label, { type, options … }). */
export function fieldsOf(lang: Lang, values: Record<string, string | number | null | undefined>, errors: Record<string, string>) {
  return (name: string, label: Key | Said, extra: Record<string, unknown> = {}) => (
    <Field name={name} label={label} lang={lang} value={values[name] as string | null} errors={errors} {...extra} />
  );
}

/** The link to a list's next page, when there is one. */
export const NextPage: FC<{ href?: string; lang: Lang }> = ({ href, lang }) =>
  href ? (
    <p>
      <a href={href} rel="next">
        {say(lang, 'page.nextPage')}
      </a>
    </p>
  ) : null;
