import type { FC } from 'hono/jsx';
import type { Agency } from '../../domain/agency.ts';
import { AREA_NAMES } from '../../domain/areas.ts';
import type { Company } from '../../domain/company.ts';
import { L } from '../../labels.ts';
import type { PlanView } from '../../services/plans.ts';
import type { ReissueReport } from '../../services/plan-reissue.ts';
import { say, W } from '../i18n.ts';
import { facilitiesToForm, formRows } from '../forms.ts';
import { Badge, Field, FormErrors, Layout, NextPage, PlanStatus, type View } from '../layout.tsx';

export const ErrorPage: FC<{ view: View; title: string; detail: string }> = ({ view, title, detail }) => (
  <Layout view={view} title={title}>
    <h1>{title}</h1>
    <p class="notice" role="alert">
      {detail}
    </p>
    <p>
      <a href="/">{say(view.lang, W.home)}</a>
    </p>
  </Layout>
);

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

export const AgencyPage: FC<{ view: View; agency: Agency; errors: Record<string, string>; notice?: string; values?: Record<string, string> }> = ({
  view,
  agency,
  errors,
  notice,
  values,
}) => {
  const lang = view.lang;
  const t = (b: { zh: string; en: string }) => say(lang, b);
  const r = agency.rcc;
  const v = (name: string, fallback: string | null) => (values && name in values ? values[name] : fallback);
  // Module 4 row by row: what was submitted (after a refusal) or what is recorded, and two blank rows to add to.
  const submittedFacilities = values && Object.keys(values).some((k) => /^(rescueUnits|hospitals)\./.test(k));
  const facilityValues = submittedFacilities ? values! : facilitiesToForm(agency.facilities);
  const rowValue = (name: string) => facilityValues[name] ?? '';
  const rows = (list: string, recorded: number) => {
    const used = formRows(facilityValues, list);
    const count = Math.max(recorded, used.length ? used.at(-1)! + 1 : 0);
    return Array.from({ length: count + 2 }, (_, i) => i);
  };
  const rowField = (name: string, label: { zh: string; en: string }, type?: string) => (
    <Field name={name} label={label} lang={lang} errors={errors} value={rowValue(name)} type={type} />
  );
  const removeBox = (name: string) => (
    <label class="remove" for={`f-${name.replaceAll('.', '-')}`}>
      <input id={`f-${name.replaceAll('.', '-')}`} type="checkbox" name={name} value="yes" checked={rowValue(name) === 'yes'} style="width: auto" />{' '}
      {t(W.remove)}
    </label>
  );
  const f = (name: keyof typeof r, label: { zh: string; en: string }, textarea = false) => (
    <Field
      name={name}
      label={label}
      lang={lang}
      value={v(name, Array.isArray(r[name]) ? (r[name] as string[]).join(', ') : (r[name] as string | null))}
      errors={errors}
      textarea={textarea}
    />
  );
  return (
    <Layout view={view} title={agency.nameEn}>
      <h1>
        {agency.nameZh} · {agency.nameEn}
      </h1>
      {notice && <p class="notice ok">{notice}</p>}
      <FormErrors view={view} errors={errors} />
      <h2>{t(W.rcc)}</h2>
      <form method="post" action="/agency/rcc" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        {f('nameZh', L.nameZh)}
        {f('nameEn', L.nameEn)}
        {f('sarRegionZh', { zh: '搜救區（中文）', en: 'SAR region (Chinese)' }, true)}
        {f('sarRegionEn', { zh: '搜救區（英文）', en: 'SAR region (English)' }, true)}
        {f('phone24h', L.phone24h)}
        {f('shortNumber', L.shortNumber)}
        {f('fax', L.fax)}
        {f('email', L.email)}
        {f('vhfChannels', L.vhfChannels)}
        {f('dscMmsi', L.dsc)}
        {f('coordinationProcedureZh', { zh: '協調程序（中文）', en: 'Co-ordination procedure (Chinese)' }, true)}
        {f('coordinationProcedureEn', { zh: '協調程序（英文）', en: 'Co-ordination procedure (English)' }, true)}
        <div class="actions">
          <button class="primary" type="submit">
            {t(W.save)}
          </button>
        </div>
      </form>
      <h2>{t(W.facilities)}</h2>
      <form method="post" action="/agency/facilities" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        <p class="help">{t(W.rowsHelp)}</p>
        <fieldset>
          <legend>{t(L.rescueUnits)}</legend>
          {rows('rescueUnits', agency.facilities.rescueUnits.length).map((i) => (
            <div class="row-fields">
              {rowField(`rescueUnits.${i}.nameZh`, L.nameZh)}
              {rowField(`rescueUnits.${i}.nameEn`, L.nameEn)}
              <Field
                name={`rescueUnits.${i}.kind`}
                label={W.unitKind}
                lang={lang}
                errors={errors}
                value={rowValue(`rescueUnits.${i}.kind`) || 'vessel'}
                options={[
                  { value: 'vessel', label: t(W.vesselKind) },
                  { value: 'helicopter', label: t(W.helicopterKind) },
                  { value: 'aircraft', label: t(W.aircraftKind) },
                ]}
              />
              {rowField(`rescueUnits.${i}.base`, W.base)}
              {rowField(`rescueUnits.${i}.contact`, W.contact)}
              {removeBox(`rescueUnits.${i}.remove`)}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(L.hospitals)}</legend>
          {rows('hospitals', agency.facilities.hospitals.length).map((i) => (
            <div class="row-fields">
              {rowField(`hospitals.${i}.nameZh`, L.nameZh)}
              {rowField(`hospitals.${i}.nameEn`, L.nameEn)}
              {rowField(`hospitals.${i}.phone`, { zh: '電話', en: 'Telephone' }, 'tel')}
              {removeBox(`hospitals.${i}.remove`)}
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <button class="primary" type="submit">
            {t(W.save)}
          </button>
        </div>
      </form>
      <h2>{t(W.planDefaults)}</h2>
      <form method="post" action="/agency/settings" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        <Field
          name="documentScript"
          label={W.documentScript}
          lang={lang}
          errors={errors}
          value={v('documentScript', agency.documentScript)}
          options={[
            { value: 'hant', label: t(L.languagesHant) },
            { value: 'hans', label: t(L.languagesHans) },
          ]}
        />
        <Field
          name="exerciseIntervalMonths"
          label={L.interval}
          lang={lang}
          type="number"
          errors={errors}
          value={v('exerciseIntervalMonths', String(agency.exerciseIntervalMonths))}
          hint={t(W.intervalHelp)}
        />
        <div class="actions">
          <button class="primary" type="submit">
            {t(W.save)}
          </button>
        </div>
      </form>
      <p class="help">{say(lang, AREA_NAMES[agency.code])}</p>
    </Layout>
  );
};

type FleetRow = {
  vesselId: number;
  nameZh: string;
  nameEn: string;
  plan: PlanView | null;
  flags: { planOutOfDate: boolean; exerciseOverdue: boolean; copiesNotAcknowledged: number };
};

export const OperatorPage: FC<{ view: View; company: Company; rows: FleetRow[] }> = ({ view, company, rows }) => {
  const lang = view.lang;
  const t = (b: { zh: string; en: string }) => say(lang, b);
  return (
    <Layout view={view} title={company.nameEn}>
      <h1>
        {company.nameZh} · {company.nameEn}
      </h1>
      <p>
        <a href="/proposals/new">{t(W.proposeChange)}</a> · <a href="/proposals">{t(W.proposals)}</a>
      </p>
      <h2>{t(W.ourShips)}</h2>
      <table>
        <thead>
          <tr>
            <th>{t(W.ship)}</th>
            <th>{t(W.plan)}</th>
            <th>{t(W.copies)}</th>
            <th>{t(W.needsAttention)}</th>
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
                    {r.plan.current && ` · ${t(L.revision)} ${r.plan.current.revision}`}
                  </>
                ) : (
                  t(W.noPlan)
                )}
              </td>
              <td>
                {r.plan?.current && r.plan.status !== 'withdrawn' && (
                  <>
                    <a href={`/plans/${r.plan.id}/revisions/${r.plan.current.revision}/copies/4.pdf`} download>
                      {t(W.download)} 4/5
                    </a>{' '}
                    ·{' '}
                    <a href={`/plans/${r.plan.id}/revisions/${r.plan.current.revision}/copies/5.pdf`} download>
                      {t(W.download)} 5/5
                    </a>
                  </>
                )}
              </td>
              <td>
                {r.flags.planOutOfDate && <Badge kind="stale" text={t(W.stale)} />}{' '}
                {r.flags.exerciseOverdue && <Badge kind="overdue" text={t(W.exerciseOverdue)} />}{' '}
                {r.flags.copiesNotAcknowledged > 0 && (
                  <Badge kind="draft" text={t(W.copiesUnacknowledged).replace('{n}', String(r.flags.copiesNotAcknowledged))} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
};
