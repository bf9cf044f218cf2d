import type { FC } from 'hono/jsx';
import { AUDIT_RECORD_TYPES } from '../../domain/audit-chain.ts';
import type { Bilingual } from '../../labels.ts';
import type { AuditEvent } from '../../store/audit.ts';
import { say, W } from '../i18n.ts';
import { Field, FormErrors, Layout, NextPage, type View } from '../layout.tsx';

/** The audit trail with its filters (record, person, dates) and paging, for registrars and admins. */
export const AuditPage: FC<{ view: View; events: AuditEvent[]; values: Record<string, string>; errors: Record<string, string>; next?: string }> = ({
  view,
  events,
  values,
  errors,
  next,
}) => {
  const t = (b: Bilingual) => say(view.lang, b);
  return (
    <Layout view={view} title={t(W.audit)}>
      <h1>{t(W.audit)}</h1>
      <FormErrors view={view} errors={errors} />
      <form method="get" action="/audit" class="stack filters">
        <Field
          name="recordType"
          label={W.recordType}
          lang={view.lang}
          value={values.recordType}
          errors={errors}
          options={[{ value: '', label: '—' }, ...AUDIT_RECORD_TYPES.map((r) => ({ value: r, label: r }))]}
        />
        <Field name="recordId" label={W.recordId} lang={view.lang} value={values.recordId} errors={errors} />
        <Field name="actorName" label={W.person} lang={view.lang} value={values.actorName} errors={errors} />
        <Field name="from" label={W.fromDate} lang={view.lang} type="date" value={values.from} errors={errors} />
        <Field name="to" label={W.toDate} lang={view.lang} type="date" value={values.to} errors={errors} />
        <div class="actions">
          <button type="submit">{t(W.filter)}</button>
        </div>
      </form>
      <p role="status">{events.length === 0 ? t(W.noEvents) : ''}</p>
      {events.length > 0 && (
        <div class="wide">
          <table>
            <thead>
              <tr>
                <th>{t(W.when)}</th>
                <th>{t(W.person)}</th>
                <th>{t(W.action)}</th>
                <th>{t(W.recordType)}</th>
                <th>{t(W.details)}</th>
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
                      <summary>{t(W.details)}</summary>
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
