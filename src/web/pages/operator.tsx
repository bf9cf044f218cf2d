import type { FC } from 'hono/jsx';
import type { Company } from '../../domain/company.ts';
import type { PlanView } from '../../services/plans.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
import { Badge, Layout, Tel, type View } from '../layout.tsx';

type FleetRow = {
  vesselId: number;
  nameZh: string;
  nameEn: string;
  plan: PlanView | null;
  flags: { planOutOfDate: boolean; exerciseOverdue: boolean; copiesNotAcknowledged: number };
};

export const OperatorPage: FC<{ view: View; company: Company; rows: FleetRow[] }> = ({ view, company, rows }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <Layout view={view} title={company.nameEn}>
      <h1>
        {company.nameZh} · {company.nameEn}
      </h1>
      <p>
        <a href="/proposals/new">{t('page.proposeChange')}</a> · <a href="/proposals">{t('page.proposals')}</a>
      </p>
      {/* The numbers the centres will call, as the registry holds them now: an approved change shows here at once. */}
      <h2>{t('doc.module1')}</h2>
      <dl class="facts">
        <dt>{t('doc.emergencyPhone')}</dt>
        <dd>
          <Tel number={company.emergencyPhone} />
        </dd>
        <dt>{t('doc.emergencyPhoneAlt')}</dt>
        <dd>{company.emergencyPhoneAlt ? <Tel number={company.emergencyPhoneAlt} /> : '—'}</dd>
        <dt>{t('doc.dpa')}</dt>
        <dd>
          {company.designatedPerson.name} · <Tel number={company.designatedPerson.phone} />
          {company.designatedPerson.mobile && (
            <>
              {' '}
              · <Tel number={company.designatedPerson.mobile} />
            </>
          )}{' '}
          · {company.designatedPerson.email}
        </dd>
        <dt>{t('doc.ert')}</dt>
        <dd>
          {company.emergencyTeam.name} · <Tel number={company.emergencyTeam.phone} />
        </dd>
      </dl>
      <h2>{t('page.ourShips')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('page.ship')}</th>
            <th>{t('page.plan')}</th>
            <th>{t('page.copies')}</th>
            <th>{t('page.needsAttention')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`/ships/${r.vesselId}`}>
                  {r.nameZh} · {r.nameEn}
                </a>
              </td>
              <td>
                {r.plan ? (
                  <>
                    <a href={`/plans/${r.plan.id}`}>{r.plan.planNumber}</a>
                    {r.plan.current && ` · ${t('doc.revision')} ${r.plan.current.revision}`}
                  </>
                ) : (
                  t('page.noPlan')
                )}
              </td>
              <td>
                {r.plan?.current && r.plan.status !== 'withdrawn' && (
                  <>
                    <a href={`/plans/${r.plan.id}/revisions/${r.plan.current.revision}/copies/4.pdf`} download>
                      {t('page.download')} 4/5
                    </a>{' '}
                    ·{' '}
                    <a href={`/plans/${r.plan.id}/revisions/${r.plan.current.revision}/copies/5.pdf`} download>
                      {t('page.download')} 5/5
                    </a>
                  </>
                )}
              </td>
              <td>
                {r.flags.planOutOfDate && <Badge kind="stale" text={t('page.stale')} />}{' '}
                {r.flags.exerciseOverdue && <Badge kind="overdue" text={t('page.exerciseOverdue')} />}{' '}
                {r.flags.copiesNotAcknowledged > 0 && <Badge kind="draft" text={t('page.copiesUnacknowledged', { n: r.flags.copiesNotAcknowledged })} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
};
