import type { FC } from 'hono/jsx';
import type { PlanView } from '../../services/plans.ts';
import type { ReissueReport } from '../../services/plan-reissue.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
import { Badge, Layout, NextPage, PlanStatus, type View } from '../layout.tsx';

export const PlansPage: FC<{ view: View; plans: PlanView[]; next?: string; awaiting?: PlanView[]; report?: ReissueReport }> = ({
  view,
  plans,
  next,
  awaiting = [],
  report,
}) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <Layout view={view} title={t('page.plans')}>
      <h1>{t('page.plans')}</h1>
      {report && (
        <div class={report.failed.length ? 'notice' : 'notice ok'} role="status">
          <p>
            {t('page.reissued')}: {report.renewed.map((r) => `${r.planNumber} (${t('doc.revision')} ${r.revision})`).join(', ') || '—'}
          </p>
          {report.failed.length > 0 && (
            <ul>
              {report.failed.map((f) => (
                <li>
                  {t('page.reissueFailed')}: {f.planNumber}: {f.refusal.detailIn(lang)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {awaiting.length > 0 && (
        <form method="post" action="/plans/reissue" class="notice">
          <p>
            {awaiting.length} {t('page.awaitingReissue')}: {awaiting.map((p) => p.planNumber).join(', ')}
          </p>
          <p class="help">{t('page.reissueHelp')}</p>
          <button class="primary" type="submit">
            {t('page.reissueAll')}
          </button>
        </form>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('doc.planNumber')}</th>
            <th>{t('page.ship')}</th>
            <th>{t('page.status')}</th>
            <th>{t('page.nextDue')}</th>
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
                {p.exercises.nextDue ?? '—'} {p.exercises.overdue && <Badge kind="overdue" text={t('page.overdue')} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NextPage href={next} lang={lang} />
    </Layout>
  );
};
