import type { FC } from 'hono/jsx';
import type { Verification } from '../../services/copies.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
import { Layout, type View } from '../layout.tsx';

// What a finder of a copy learns from its QR code, without signing in: genuine or not, which copy, and
// whether it is still the one to use. Never a contact or anything else of the plan.

export const CopyCheckPage: FC<{ view: View; code: string; found: Verification }> = ({ view, code, found }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  if (!found.genuine) {
    return (
      <Layout view={view} title={t('page.checkTitle')}>
        <h1>{t('page.checkTitle')}</h1>
        <p class="notice" role="alert">
          <strong>{t('page.checkNotGenuine')}</strong> {t('page.checkNotGenuineHelp', { code })}
        </p>
      </Layout>
    );
  }
  const holder = view.lang === 'en' ? found.holderNameEn : found.holderNameZh;
  const status =
    found.status === 'current'
      ? t('page.checkCurrent')
      : found.status === 'withdrawn'
        ? t('page.checkWithdrawn', { date: found.withdrawnOn ?? '—' })
        : t('page.checkSuperseded', { revision: found.supersededBy?.revision ?? '—', since: found.supersededBy?.since ?? '—' });
  return (
    <Layout view={view} title={t('page.checkTitle')}>
      <h1>{t('page.checkTitle')}</h1>
      <p class={found.status === 'current' ? 'notice ok' : 'notice'} role="status">
        <strong>{t('page.checkGenuine')}</strong> {status}
      </p>
      <dl class="facts">
        <dt>{t('page.checkPlan')}</dt>
        <dd>{found.planNumber}</dd>
        <dt>{t('page.checkRevision')}</dt>
        <dd>{found.revision}</dd>
        <dt>{t('page.checkCopy')}</dt>
        <dd>
          {t('page.checkCopyOf', { n: found.copyNumber })}: {holder}
        </dd>
        <dt>{t('page.checkIssued')}</dt>
        <dd>{found.issuedOn}</dd>
        <dt>{t('page.checkCode')}</dt>
        <dd>
          <code>{code}</code>
        </dd>
      </dl>
    </Layout>
  );
};
