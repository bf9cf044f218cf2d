import type { FC } from 'hono/jsx';
import { L } from '../../labels.ts';
import type { PlanView } from '../../services/plans.ts';
import type { ReissueReport } from '../../services/plan-reissue.ts';
import { say, W } from '../i18n.ts';
import { Badge, Layout, NextPage, PlanStatus, type View } from '../layout.tsx';

export const PlansPage: FC<{ view: View; plans: PlanView[]; next?: string; awaiting?: PlanView[]; report?: ReissueReport }> = ({
  view,
  plans,
  next,
  awaiting = [],
  report,
}) => {
  const lang = view.lang;
  const t = (b: { zh: string; en: string }) => say(lang, b);
  return (
    <Layout view={view} title={t(W.plans)}>
      <h1>{t(W.plans)}</h1>
      {report && (
        <div class={report.failed.length ? 'notice' : 'notice ok'} role="status">
          <p>
            {t(W.reissued)}: {report.renewed.map((r) => `${r.planNumber} (${t(L.revision)} ${r.revision})`).join(', ') || '—'}
          </p>
          {report.failed.length > 0 && (
            <ul>
              {report.failed.map((f) => (
                <li>
                  {t(W.reissueFailed)}: {f.planNumber}: {f.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {awaiting.length > 0 && (
        <form method="post" action="/plans/reissue" class="notice">
          <p>
            {awaiting.length} {t(W.awaitingReissue)}: {awaiting.map((p) => p.planNumber).join(', ')}
          </p>
          <p class="help">{t(W.reissueHelp)}</p>
          <button class="primary" type="submit">
            {t(W.reissueAll)}
          </button>
        </form>
      )}
      <table>
        <thead>
          <tr>
            <th>{t(L.planNumber)}</th>
            <th>{t(W.ship)}</th>
            <th>{t(W.status)}</th>
            <th>{t(W.nextDue)}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr>
              <td>
                <a href={`/plans/${p.id}`}>{p.planNumber}</a>
              </td>
              <td>
                {p.vessel.nameZh} · {p.vessel.nameEn}
              </td>
              <td>
                <PlanStatus plan={p} lang={lang} />
              </td>
              <td>
                {p.exercises.nextDue ?? '—'} {p.exercises.overdue && <Badge kind="overdue" text={t(W.overdue)} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NextPage href={next} lang={lang} />
    </Layout>
  );
};
