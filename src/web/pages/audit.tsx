import type { FC } from 'hono/jsx';
import { AUDIT_RECORD_TYPES } from '../../domain/audit-chain.ts';
import type { AuditEvent } from '../../store/audit.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
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
          options={[{ value: '', label: '—' }, ...AUDIT_RECORD_TYPES.map((r) => ({ value: r, label: r }))]}
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
                    {e.via && <span class="help"> · {e.via}</span>}
                  </td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.record.type} {e.record.id}
                    {e.record.agency && ` (${e.record.agency})`}
                  </td>
                  <td>
                    <details>
                      <summary>{t('page.details')}</summary>
                      <pre>{JSON.stringify({ before: e.before, after: e.after }, null, 1)}</pre>
                    </details>
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
