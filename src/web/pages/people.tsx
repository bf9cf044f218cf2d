import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import { OPTIONAL_SECOND_FACTOR, type Account } from '../../domain/account.ts';
import type { Company } from '../../domain/company.ts';
import type { Enrolment, Person, SignInPolicy } from '../../services/accounts.ts';
import type { SessionView } from '../../services/sessions.ts';
import type { PersonalToken, SystemToken } from '../../store/principals.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
import { Badge, Field, FormErrors, Layout, PostButton, type View } from '../layout.tsx';
import { WhatWasEntered } from './stale.tsx';

// Signing in, setting up an account from its one-time link, one's own account, and an agency's people.

const ROLE_WORD: Record<string, Key> = {
  admin: 'page.admin',
  registrar: 'page.registrar',
  coordinator: 'page.coordinator',
  operator: 'page.operator',
};

export const SignInPage: FC<{ view: View; failed: string | null; next: string; email?: string; held?: boolean }> = ({ view, failed, next, email, held }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.signIn')}>
      <h1>{t('page.signIn')}</h1>
      {held && (
        <p class="notice" role="status">
          {t('page.sessionEndedHeld')}
        </p>
      )}
      {failed && (
        <p class="notice" role="alert">
          {failed}
        </p>
      )}
      <form method="post" action="/signin" class="stack" novalidate>
        <input type="hidden" name="next" value={next} />
        <Field name="email" label={'page.email'} lang={view.lang} type="email" value={email} required />
        <Field name="password" label={'page.password'} lang={view.lang} type="password" required />
        <Field name="code" label={'page.code'} lang={view.lang} hint={t('page.codeHelp')} />
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.signIn')}
          </button>
        </div>
      </form>
    </Layout>
  );
};

export const LinkPage: FC<{ view: View; secret: string; account: Account; required: boolean; enrolment: Enrolment; errors: Record<string, string> }> = ({
  view,
  secret,
  account,
  required,
  enrolment,
  errors,
}) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.setUpAccount')}>
      <h1>
        {t('page.setUpAccount')}: {account.name}
      </h1>
      <p>
        {account.email} · {t(ROLE_WORD[account.role]!)}
      </p>
      <p class="help">{t('page.linkHelp')}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={`/link/${secret}`} class="stack" novalidate>
        <Field name="password" label={'page.password'} lang={view.lang} type="password" required errors={errors} hint={t('page.passwordHelp')} />
        <Field name="confirm" label={'page.confirmPassword'} lang={view.lang} type="password" required errors={errors} />
        <fieldset>
          <legend>{t('page.secondFactor')}</legend>
          <p class="help">{t(required ? 'page.secondFactorRequired' : 'page.secondFactorOptional')}</p>
          <div class="qr" role="img" aria-label={t('page.secondFactor')}>
            {raw(enrolment.qrSvg)}
          </div>
          <p class="help">
            {t('page.secretKey')}: <code>{enrolment.secret}</code>
          </p>
          <Field name="code" label={'page.code'} lang={view.lang} errors={errors} required={required} />
        </fieldset>
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.save')}
          </button>
        </div>
      </form>
    </Layout>
  );
};

/** Adding a second factor from one's account page: scan, then confirm with a code. */
export const EnrolPage: FC<{ view: View; enrolment: Enrolment; errors: Record<string, string>; required?: boolean }> = ({
  view,
  enrolment,
  errors,
  required,
}) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.addSecondFactor')}>
      <h1>{t('page.addSecondFactor')}</h1>
      {required && (
        <p class="notice" role="status">
          {t('page.secondFactorNowRequired')}
        </p>
      )}
      <FormErrors view={view} errors={errors} />
      <div class="qr" role="img" aria-label={t('page.secondFactor')}>
        {raw(enrolment.qrSvg)}
      </div>
      <p class="help">
        {t('page.secretKey')}: <code>{enrolment.secret}</code>
      </p>
      <form method="post" action="/account/second-factor" class="stack" novalidate>
        <Field name="code" label={'page.code'} lang={view.lang} errors={errors} required />
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.save')}
          </button>
        </div>
      </form>
    </Layout>
  );
};

export const RecoveryCodesPage: FC<{ view: View; codes: string[]; next?: { href: string; label: Key } }> = ({ view, codes, next }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.recoveryCodes')}>
      <h1>{t('page.saved')}</h1>
      {codes.length > 0 && (
        <>
          <h2>{t('page.recoveryCodes')}</h2>
          <p class="notice">{t('page.recoveryHelp')}</p>
          <ul class="codes">
            {codes.map((c) => (
              <li>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={next?.href ?? '/signin'}>{t(next?.label ?? 'page.continueSignIn')}</a>
      </p>
    </Layout>
  );
};

/** A user agent as a person recognises it: the browser and the system, not the whole string. */
function device(ua: string | null): string {
  if (!ua) return '—';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Chrome\//.test(ua)
      ? 'Chrome'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Safari\//.test(ua)
          ? 'Safari'
          : ua.split(' ')[0]!;
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return system ? `${browser}, ${system}` : browser;
}

export const AccountPage: FC<{
  view: View;
  account: Account;
  sessions: SessionView[];
  tokens: PersonalToken[];
  newToken?: string;
  errors?: Record<string, string>;
}> = ({ view, account, sessions, tokens, newToken, errors = {} }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return (
    <Layout view={view} title={t('page.account')}>
      <h1>{t('page.account')}</h1>
      <dl class="facts">
        <dt>{t('page.name')}</dt>
        <dd>{account.name}</dd>
        <dt>{t('page.email')}</dt>
        <dd>{account.email}</dd>
        <dt>{t('page.role')}</dt>
        <dd>{t(ROLE_WORD[account.role]!)}</dd>
        <dt>{t('page.secondFactor')}</dt>
        <dd>
          {t(account.secondFactor ? 'page.secondFactorOn' : 'page.secondFactorOff')}
          {!account.secondFactor && (
            <>
              {' · '}
              <a href="/account/second-factor">{t('page.addSecondFactor')}</a>
            </>
          )}
        </dd>
      </dl>
      <h2>{t('page.sessions')}</h2>
      <div class="wide">
        <table>
          <thead>
            <tr>
              <th>{t('page.startedAt')}</th>
              <th>{t('page.lastSeen')}</th>
              <th>{t('page.sessionFrom')}</th>
              <th>{t('page.status')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr>
                <td>{when(s.createdAt)}</td>
                <td>{when(s.lastSeenAt)}</td>
                <td>
                  {device(s.userAgent)}
                  {s.address && ` · ${s.address}`}
                </td>
                <td>
                  {s.current ? (
                    <Badge kind="current" text={t('page.thisSession')} />
                  ) : (
                    <PostButton action={`/account/sessions/${s.id}/end`} label={t('page.endSession')} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sessions.length > 1 && <PostButton action="/account/sessions/end-others" label={t('page.endOthers')} />}
      <TokenSection
        view={view}
        id="tokens"
        title={'page.apiTokens'}
        help={'page.apiTokensHelp'}
        tokens={tokens}
        newToken={newToken}
        errors={errors}
        action="/account/tokens"
      />
    </Layout>
  );
};

/**
 * API tokens, a person's own or an agency's systems' (`roles` given: each with its holder and role):
 * the list with a revoke button each, the secret of the one just made, and the form to make another.
 */
const TokenSection: FC<{
  view: View;
  id: string;
  title: Key;
  help: Key;
  tokens: (PersonalToken & { holder?: SystemToken['holder'] })[];
  newToken?: string;
  errors: Record<string, string>;
  action: string;
  roles?: string[];
}> = ({ view, id, title, help, tokens, newToken, errors, action, roles }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <>
      <h2 id={id}>{t(title)}</h2>
      <p class="help">{t(help)}</p>
      {newToken && (
        <p class="notice ok" role="status">
          {t('page.newTokenShown')} <code class="link">{newToken}</code>
        </p>
      )}
      {tokens.length > 0 && (
        <div class="wide">
          <table>
            <tbody>
              {tokens.map((k) => (
                <tr>
                  <td>{k.holder?.name ?? k.name ?? '—'}</td>
                  {k.holder && <td>{t(ROLE_WORD[k.holder.role]!)}</td>}
                  <td>
                    <code>{k.hint}</code>
                  </td>
                  <td>{t(k.scope === 'read' ? 'page.scopeRead' : 'page.scopeFull')}</td>
                  <td>{k.expiresAt ? `${t('page.expires')} ${k.expiresAt.slice(0, 10)}` : '—'}</td>
                  <td>{k.revokedAt ? t('page.revoked') : <PostButton action={`${action}/${k.id}/revoke`} label={t('page.revoke')} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form method="post" action={action} class="stack" novalidate>
        <Field name="name" form="token" label={'page.tokenName'} lang={view.lang} errors={errors} required />
        {roles && (
          <Field
            name="role"
            form="token"
            label={'page.role'}
            lang={view.lang}
            errors={errors}
            options={roles.map((r) => ({ value: r, label: t(ROLE_WORD[r]!) }))}
          />
        )}
        <Field name="days" label={'page.tokenDays'} lang={view.lang} type="number" value="90" errors={errors} />
        <Field
          name="scope"
          label={'page.tokenScope'}
          lang={view.lang}
          errors={errors}
          options={[
            { value: 'read', label: t('page.scopeRead') },
            { value: 'full', label: t('page.scopeFull') },
          ]}
        />
        <div class="actions">
          <button type="submit">{t('page.makeToken')}</button>
        </div>
      </form>
    </>
  );
};

export type PeopleExtras = {
  issued?: { name: string; link: string };
  systems: SystemToken[];
  policy: SignInPolicy;
  newToken?: string;
  tokenErrors?: Record<string, string>;
};

export const PeoplePage: FC<
  { view: View; people: Person[]; companies: Company[]; values: Record<string, string>; errors: Record<string, string> } & PeopleExtras
> = ({ view, people, companies, values, errors, issued, systems, policy, newToken, tokenErrors = {} }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.people')}>
      <h1>{t('page.people')}</h1>
      {issued && (
        <p class="notice ok" role="status">
          {issued.name}: {t('page.linkIssued')} <code class="link">{issued.link}</code>
        </p>
      )}
      <div class="wide">
        <table>
          <tbody>
            {people.map((p) => (
              <tr>
                <td>{p.name}</td>
                <td>{p.email}</td>
                <td>
                  {t(ROLE_WORD[p.role]!)}
                  {p.companyId !== null && ` · ${companies.find((c) => c.id === p.companyId)?.nameEn ?? p.companyId}`}
                </td>
                <td>
                  <Badge kind={p.status === 'active' ? 'current' : 'withdrawn'} text={t(p.status === 'active' ? 'page.active' : 'page.disabled')} />
                  {p.secondFactor && ' · 2FA'}
                  {p.signInLockedUntil && (
                    <>
                      {' '}
                      <Badge kind="withdrawn" text={t('page.signInLocked', { until: `${p.signInLockedUntil.slice(11, 16)} UTC` })} />
                    </>
                  )}
                </td>
                <td>
                  <PostButton
                    action={`/people/${p.id}/${p.status === 'active' ? 'disable' : 'enable'}`}
                    label={t(p.status === 'active' ? 'page.disable' : 'page.enable')}
                  />{' '}
                  <PostButton action={`/people/${p.id}/reset`} label={t('page.reset')} />
                  {p.signInLockedUntil && (
                    <>
                      {' '}
                      <PostButton action={`/people/${p.id}/unlock`} label={t('page.unlock')} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('page.newPerson')}</h2>
      <FormErrors view={view} errors={errors} />
      <form method="post" action="/people" class="stack" novalidate>
        <Field name="name" label={'page.name'} lang={view.lang} value={values.name} errors={errors} required />
        <Field name="email" label={'page.email'} lang={view.lang} type="email" value={values.email} errors={errors} required />
        <Field
          name="role"
          label={'page.role'}
          lang={view.lang}
          value={values.role ?? 'coordinator'}
          errors={errors}
          options={['coordinator', 'registrar', 'admin', 'operator'].map((r) => ({ value: r, label: t(ROLE_WORD[r]!) }))}
        />
        <Field
          name="companyId"
          label={'page.company'}
          lang={view.lang}
          value={values.companyId}
          errors={errors}
          options={[{ value: '', label: '—' }, ...companies.map((c) => ({ value: String(c.id), label: `${c.nameZh} ${c.nameEn}` }))]}
          hint={t('page.operatorsOnly')}
        />
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.newPerson')}
          </button>
        </div>
      </form>
      <h2 id="sign-in-policy">{t('page.signInPolicy')}</h2>
      <p class="help">{t('page.signInPolicyHelp')}</p>
      <form method="post" action="/people/sign-in-policy" class="stack" novalidate>
        <fieldset>
          <legend>{t('page.alsoRequiredFor')}</legend>
          {OPTIONAL_SECOND_FACTOR.map((role) => (
            <label>
              <input type="checkbox" name="alsoRequiredFor" value={role} checked={policy.alsoRequiredFor.includes(role)} style="width: auto" />{' '}
              {t(ROLE_WORD[role]!)}
            </label>
          ))}
        </fieldset>
        <p class="help" role="status">
          {t('page.withoutSecondFactor', { count: policy.withoutSecondFactor })}
        </p>
        <div class="actions">
          <button type="submit">{t('page.save')}</button>
        </div>
      </form>
      <TokenSection
        view={view}
        id="systems"
        title={'page.systemTokens'}
        help={'page.systemTokensHelp'}
        tokens={systems}
        newToken={newToken}
        errors={tokenErrors}
        action="/people/tokens"
        roles={['coordinator', 'registrar']}
      />
    </Layout>
  );
};

/** After signing in again: the form that was posted when the session had ended, to send once more. */
export const HeldFormPage: FC<{ view: View; path: string; fields: Record<string, string> }> = ({ view, path, fields }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.heldTitle')}>
      <h1>{t('page.heldTitle')}</h1>
      <p class="notice" role="status">
        {t('page.heldText', { path })}
      </p>
      <h2>{t('page.staleYours')}</h2>
      <WhatWasEntered lang={view.lang} fields={fields} />
      <form method="post" action={path} class="stack">
        {Object.entries(fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.heldSend')}
          </button>
          <a href={path.endsWith('/edit') ? path : '/'}>{t('page.heldDiscard')}</a>
        </div>
      </form>
    </Layout>
  );
};
