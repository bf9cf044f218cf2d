import type { FC } from 'hono/jsx';
import { AUDIT_RECORD_TYPES } from '../../domain/audit-chain.ts';
import type { AuditEvent } from '../../store/audit.ts';
import { fieldWord } from '../../words/field-label.ts';
import { CATALOGUES } from '../../words/index.ts';
import { say, type Key, type Lang, type Params, type Said } from '../i18n.ts';
import { Field, FormErrors, Layout, NextPage, type View } from '../layout.tsx';

/** The audit trail with its filters (record, person, dates) and paging, for registrars and admins. */
export const AuditPage: FC<{ view: View; events: AuditEvent[]; values: Record<string, string>; errors: Record<string, string>; next?: string }> = ({
  view,
  events,
  values,
  errors,
  next,
}) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.audit')}>
      <h1>{t('page.audit')}</h1>
      <FormErrors view={view} errors={errors} />
      <form method="get" action="/audit" class="stack filters">
        <Field
          name="recordType"
          label={'page.recordType'}
          lang={view.lang}
          value={values.recordType}
          errors={errors}
          options={[{ value: '', label: '—' }, ...AUDIT_RECORD_TYPES.map((r) => ({ value: r, label: known(view.lang, `auditRecord.${r}`, r) }))]}
        />
        <Field name="recordId" label={'page.recordId'} lang={view.lang} value={values.recordId} errors={errors} />
        <Field name="actorName" label={'page.person'} lang={view.lang} value={values.actorName} errors={errors} />
        <Field name="from" label={'page.fromDate'} lang={view.lang} type="date" value={values.from} errors={errors} />
        <Field name="to" label={'page.toDate'} lang={view.lang} type="date" value={values.to} errors={errors} />
        <div class="actions">
          <button type="submit">{t('page.filter')}</button>
        </div>
      </form>
      <p role="status">{events.length === 0 ? t('page.noEvents') : ''}</p>
      {events.length > 0 && (
        <div class="wide">
          <table>
            <thead>
              <tr>
                <th>{t('page.when')}</th>
                <th>{t('page.person')}</th>
                <th>{t('page.action')}</th>
                <th>{t('page.recordType')}</th>
                <th>{t('page.details')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr>
                  <td>{e.at.slice(0, 19).replace('T', ' ')} UTC</td>
                  <td>
                    {e.actor.name}
                    {e.via && <span class="help"> · {t(e.via.startsWith('session') ? 'page.viaSession' : 'page.viaToken')}</span>}
                  </td>
                  <td title={e.action}>{known(view.lang, `auditAction.${e.action}`, e.action)}</td>
                  <td>
                    {known(view.lang, `auditRecord.${e.record.type}`, e.record.type)} {e.record.id}
                    {e.record.agency && ` (${say(view.lang, `area.${e.record.agency}` as Key)})`}
                  </td>
                  <td>
                    <Changes lang={view.lang} before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NextPage href={next} lang={view.lang} />
    </Layout>
  );
};

/** A phrase of the catalogue when there is one for this key, else the code as it stands (an action added later). */
export const known = (lang: Lang, key: string, fallback: string) => (key in CATALOGUES[lang] ? say(lang, key as Key) : fallback);

const shown = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Fields the registry keeps for itself (ids, versions, times, the frozen snapshot): never a change a person made. */
const BOOKKEEPING = ['id', 'planId', 'version', 'updatedAt', 'createdAt', 'snapshot'];

/** What an event changed: each field whose value differs, by its label, before → after; the rest folded away. */
export const Changes: FC<{ lang: Lang; before: unknown; after: unknown }> = ({ lang, before, after }) => {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const changed = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !BOOKKEEPING.includes(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (changed.length === 0) return <span class="help">—</span>;
  return (
    <details>
      <summary>
        {say(lang, 'page.changedFields')}: {changed.map((k) => fieldWord(lang, k)).join('、')}
      </summary>
      <dl class="facts">
        {changed.map((k) => (
          <>
            <dt>{fieldWord(lang, k)}</dt>
            <dd>
              {before !== null && before !== undefined && <>{shown(b[k])} → </>}
              {shown(a[k])}
            </dd>
          </>
        ))}
      </dl>
    </details>
  );
};
