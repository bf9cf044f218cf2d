import type { FC } from 'hono/jsx';
import type { AuditEvent } from '../../store/audit.ts';
import { fieldWord } from '../../words/field-label.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
import { Layout, type View } from '../layout.tsx';
import { Changes, known } from './audit.tsx';

/** Fields a form carries for the registry, not typed by the person. */
const BOOKKEEPING = new Set(['version']);

/** What a person entered in a form, field by field in their language: kept to be sent again. */
export const WhatWasEntered: FC<{ lang: View['lang']; fields: Record<string, string> }> = ({ lang, fields }) => (
  <dl class="facts">
    {Object.entries(fields)
      .filter(([name, value]) => !BOOKKEEPING.has(name) && value.trim() !== '')
      .map(([name, value]) => (
        <>
          <dt>{fieldWord(lang, name)}</dt>
          <dd>{value}</dd>
        </>
      ))}
  </dl>
);

/**
 * A form sent from a record that someone else changed meanwhile (the GOV.UK and Rails pattern): what
 * they changed and who, beside what this person entered, kept in a form they may send again over the
 * new version, or leave for the record as it is now. Nothing was saved.
 */
export const StalePage: FC<{
  view: View;
  action: string;
  reopen: string;
  fields: Record<string, string>;
  currentVersion: number | null;
  changes: AuditEvent[] | null;
}> = ({ view, action, reopen, fields, currentVersion, changes }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.staleTitle')}>
      <h1>{t('page.staleTitle')}</h1>
      <p class="notice" role="alert">
        {t('page.staleText')}
      </p>
      <h2>{t('page.staleTheirs')}</h2>
      {changes && changes.length > 0 ? (
        <ul class="stale-changes">
          {changes.map((e) => (
            <li>
              <strong>{e.actor.name}</strong>, {e.at.slice(0, 16).replace('T', ' ')} UTC: {known(view.lang, `auditAction.${e.action}`, e.action)}
              <Changes lang={view.lang} before={e.before} after={e.after} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('page.staleNotShown')}</p>
      )}
      <h2>{t('page.staleYours')}</h2>
      <WhatWasEntered lang={view.lang} fields={fields} />
      {currentVersion !== null && (
        <form method="post" action={action} class="inline">
          {Object.entries(fields).map(([name, value]) => (
            <input type="hidden" name={name} value={name === 'version' ? String(currentVersion) : value} />
          ))}
          <button class="primary" type="submit">
            {t('page.staleSendMine')}
          </button>
        </form>
      )}{' '}
      <a href={reopen}>{t('page.staleReopen')}</a>
    </Layout>
  );
};
