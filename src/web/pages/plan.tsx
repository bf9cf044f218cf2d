import type { FC } from 'hono/jsx';
import { documentLang, EXERCISE_KINDS, type PlanContent } from '../../domain/plan.ts';
import type { Script } from '../../domain/agency.ts';
import { AREAS } from '../../domain/areas.ts';
import type { AreaCode } from '../../domain/areas.ts';
import type { FixAt, Readiness } from '../../services/plan-issuing.ts';
import type { PlanDetail, PlanView, StaleChange } from '../../services/plans.ts';
import { say, readsChinese, type Key, type Params, type Said } from '../i18n.ts';
import { Badge, Field, FormErrors, Layout, PlanStatus, type View } from '../layout.tsx';

/** A first issue's summary as the copies print it: in the plan's Chinese, then in English. */
const firstIssue = (script: Script) => `${say(documentLang(script), 'summary.firstIssue')} ${say('en', 'summary.firstIssue')}`;

const CONTENT_FIELDS: { name: keyof PlanContent; label: Key }[] = [
  { name: 'routeNotes', label: 'doc.route' },
  { name: 'communicationsNotes', label: 'doc.communications' },
  { name: 'lifeSavingNotes', label: 'doc.lifeSaving' },
  { name: 'medicalNotes', label: 'doc.medical' },
  { name: 'exerciseNotes', label: 'doc.programme' },
];

export const PlanPage: FC<{
  view: View;
  detail: PlanDetail;
  problems?: { field: string; message: string }[];
  notice?: string;
}> = ({ view, detail, problems, notice }) => {
  const { plan, revisions, copies, mayWrite } = detail;
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const errors = Object.fromEntries((problems ?? []).map((p) => [p.field, p.message]));
  const writable = mayWrite && plan.status !== 'withdrawn';
  return (
    <Layout view={view} title={plan.planNumber}>
      <h1>
        {plan.planNumber} · <a href={`/ships/${plan.vessel.id}`}>{readsChinese(lang) ? plan.vessel.nameZh : plan.vessel.nameEn}</a>{' '}
        <PlanStatus plan={plan} lang={lang} />
      </h1>
      {notice && <p class="notice ok">{notice}</p>}
      {problems && problems.length > 0 && (
        <div class="notice" role="alert">
          <strong>{t('page.errorTitle')}</strong>
          <ul>
            {problems.map((p) => (
              <li>
                {p.field && `${p.field}: `}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.stale && (
        <div class="notice">
          <p>{t('page.staleHelp')}</p>
          <ChangesTable changes={plan.staleChanges} lang={lang} />
        </div>
      )}
      <p>
        {t('doc.homeAgency')}: {say(lang, `area.${plan.homeAgency}` as const)}
        {plan.current && ` · ${t('doc.revision')} ${plan.current.revision} · ${t('doc.issueDate')} ${plan.current.issuedOn}`}
        {plan.withdrawn && ` · ${t('page.withdrawn')} ${plan.withdrawn.on}: ${plan.withdrawn.reason}`}
      </p>

      <h2>{t('page.recognitionMatrix')}</h2>
      {plan.recognitions.length > 0 && (
        <p>
          {plan.recognitions.map((r) => (
            <span>
              {say(lang, `area.${r.agency}` as const)}: <Badge kind={r.status} text={t(r.status === 'recognised' ? 'doc.recognised' : 'doc.pending')} />{' '}
              {r.since ? `${t('page.recognisedSince')} ${r.since}` : ''}{' '}
            </span>
          ))}
        </p>
      )}
      {revisions.length ? (
        <table>
          <thead>
            <tr>
              <th>{t('doc.revision')}</th>
              {AREAS.map((a) => (
                <th>{say(lang, `area.${a}` as const)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr>
                <td>
                  {r.revision} · {r.issuedOn} <Badge kind={r.state} text={t(r.state === 'issued' ? 'page.issued' : 'page.superseded')} />
                </td>
                {AREAS.map((a) => {
                  if (a === plan.homeAgency) return <td>{t('page.compiled')}</td>;
                  const rec = r.recognitions.find((x) => x.agency === a)!;
                  return (
                    <td>
                      <Badge kind={rec.status} text={t(rec.status === 'recognised' ? 'doc.recognised' : 'doc.pending')} /> {rec.since ?? ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="help">{t('page.draft')}</p>
      )}

      {copies.length > 0 && (
        <>
          <h2>
            {t('page.copies')} · {t('doc.revision')} {plan.current!.revision}
          </h2>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>{t('doc.holder')}</th>
                <th>{t('page.status')}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {copies.map((cp) => (
                <tr>
                  <td>{cp.number} / 5</td>
                  <td>{readsChinese(lang) ? cp.holderNameZh : cp.holderNameEn}</td>
                  <td>{cp.acknowledgedAt ? `${t('page.acknowledged')} ${cp.acknowledgedAt.slice(0, 10)}` : t('page.notAcknowledged')}</td>
                  <td>
                    {cp.mayDownload && (
                      <a href={`/plans/${plan.id}/revisions/${plan.current!.revision}/copies/${cp.number}.pdf`} download>
                        {t('page.download')}
                      </a>
                    )}{' '}
                    {cp.mayAcknowledge && !cp.acknowledgedAt && (
                      <form method="post" action={`/plans/${plan.id}/revisions/${plan.current!.revision}/copies/${cp.number}/acknowledge`} class="inline">
                        <button type="submit">{t('page.acknowledge')}</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>{t('doc.amendments')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('doc.revision')}</th>
            <th>{t('doc.issueDate')}</th>
            <th>{t('doc.change')}</th>
            <th>{t('doc.summary')}</th>
            <th>{t('doc.issuedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.amendments.map((a) => (
            <tr>
              <td>{a.revision}</td>
              <td>{a.issuedOn}</td>
              <td>{t(`change.${a.change}`)}</td>
              <td>{a.summary}</td>
              <td>{a.issuedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('doc.module5')}</h2>
      <p>
        {t('page.nextDue')}: {plan.exercises.nextDue ?? '—'} {plan.exercises.overdue && <Badge kind="overdue" text={t('page.overdue')} />}
      </p>
      {plan.exercises.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('doc.date')}</th>
              <th>{t('page.status')}</th>
              <th>{t('doc.kind')}</th>
              <th>{t('doc.scenario')}</th>
              <th>{t('doc.agencies')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.exercises.items.map((e) => (
              <tr>
                <td>{e.date}</td>
                <td>
                  {t(`exerciseState.${e.state}`)}
                  {e.voluntary && ` (${t('page.voluntary')})`}
                </td>
                <td>{t(`exerciseKind.${e.kind}`)}</td>
                <td>{e.scenario}</td>
                <td>
                  {e.agencies.join(', ')}
                  {writable && e.state === 'planned' && (
                    <form method="post" action={`/plans/${plan.id}/exercises/${e.id}/held`} class="actions">
                      <label for={`held-${e.id}`}>
                        {t('page.heldOn')}
                        <input id={`held-${e.id}`} name="date" type="date" value={e.date} required />
                      </label>
                      <button type="submit">{t('page.markHeld')}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {writable && plan.draft && (
        <>
          <h2 id="draft">
            {t('page.editDraft')} · {t('doc.revision')} {plan.draft.revision}
          </h2>
          <form method="post" action={`/plans/${plan.id}/draft`} class="stack" novalidate>
            <input type="hidden" name="version" value={String(plan.version)} />
            {CONTENT_FIELDS.map((f) => (
              <Field name={f.name} label={f.label} lang={lang} value={plan.draft!.content[f.name]} errors={errors} textarea />
            ))}
            <div class="actions">
              <button class="primary" type="submit">
                {t('page.save')}
              </button>
            </div>
          </form>
          <h2>{t('page.issuePlan')}</h2>
          <p>
            <a class="button primary" href={`/plans/${plan.id}/issue`}>
              {t('page.checkAndIssue')} …
            </a>
          </p>
        </>
      )}
      {writable && !plan.draft && (
        <form method="post" action={`/plans/${plan.id}/new-draft`} class="actions">
          <input type="hidden" name="version" value={String(plan.version)} />
          <button class="primary" type="submit">
            {t('page.newRevision')}
          </button>
        </form>
      )}
      {writable && (
        <>
          <h2>{t('page.recordExercise')}</h2>
          <form method="post" action={`/plans/${plan.id}/exercises`} class="stack" novalidate>
            <Field
              name="state"
              label={'page.status'}
              lang={lang}
              errors={errors}
              options={[
                { value: 'held', label: t('exerciseState.held') },
                { value: 'planned', label: t('exerciseState.planned') },
              ]}
            />
            <Field name="date" label={'doc.date'} lang={lang} type="date" errors={errors} />
            <Field
              name="kind"
              label={'doc.kind'}
              lang={lang}
              errors={errors}
              options={EXERCISE_KINDS.map((value) => ({ value, label: t(`exerciseKind.${value}`) }))}
            />
            <Field name="scenario" label={'doc.scenario'} lang={lang} errors={errors} textarea />
            <Field name="agencies" label={'doc.agencies'} lang={lang} value={AREAS.join(', ')} errors={errors} />
            <Field name="lessonsLearned" label={'doc.lessons'} lang={lang} errors={errors} textarea />
            <label>
              <span>
                <input type="checkbox" name="voluntary" value="true" style="width:auto" /> {t('page.voluntary')}
              </span>
            </label>
            <div class="actions">
              <button class="primary" type="submit">
                {t('page.recordExercise')}
              </button>
            </div>
          </form>
          <h2>{t('page.planSettings')}</h2>
          <form method="post" action={`/plans/${plan.id}/settings`} class="stack" novalidate>
            <input type="hidden" name="version" value={String(plan.version)} />
            <Field
              name="documentScript"
              label={'page.documentScript'}
              lang={lang}
              errors={errors}
              value={plan.settings.ownDocumentScript ?? ''}
              options={[
                { value: '', label: `${t('page.agencyDefault')} (${t(plan.settings.documentScript === 'hans' ? 'doc.languagesHans' : 'doc.languagesHant')})` },
                { value: 'hant', label: t('doc.languagesHant') },
                { value: 'hans', label: t('doc.languagesHans') },
              ]}
            />
            <Field
              name="exerciseIntervalMonths"
              label={'doc.interval'}
              lang={lang}
              type="number"
              errors={errors}
              value={plan.settings.ownExerciseIntervalMonths}
              hint={`${t('page.agencyDefault')}: ${plan.settings.exerciseIntervalMonths} · ${t('page.intervalHelp')}`}
            />
            <div class="actions">
              <button type="submit">{t('page.save')}</button>
            </div>
          </form>
          <h2>{t('page.withdraw')}</h2>
          <p>
            <a href={`/plans/${plan.id}/withdraw`}>{t('page.withdrawTitle')} …</a>
          </p>
        </>
      )}
    </Layout>
  );
};

/** Withdrawing a plan on a page of its own: what it means, the reason, and an explicit confirmation. */
export const WithdrawPage: FC<{ view: View; plan: PlanView; values: Record<string, string>; errors: Record<string, string> }> = ({
  view,
  plan,
  values,
  errors,
}) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.withdrawTitle')}>
      <h1>
        {t('page.withdrawTitle')}: {plan.planNumber} · {readsChinese(view.lang) ? plan.vessel.nameZh : plan.vessel.nameEn}
      </h1>
      <p class="notice">{t('page.withdrawHelp')}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={`/plans/${plan.id}/withdraw`} class="stack" novalidate>
        <input type="hidden" name="version" value={String(plan.version)} />
        <Field name="reason" label={'page.reason'} lang={view.lang} value={values.reason} errors={errors} textarea needed />
        <label class={errors.confirm ? 'field-error' : ''} for="f-confirm">
          <span>
            <input
              id="f-confirm"
              type="checkbox"
              name="confirm"
              value="yes"
              checked={values.confirm === 'yes'}
              aria-describedby={errors.confirm ? 'f-confirm-error' : undefined}
              style="width: auto"
            />{' '}
            {t('page.withdrawConfirm')}
          </span>
          {errors.confirm && (
            <span class="error" id="f-confirm-error">
              {errors.confirm}
            </span>
          )}
        </label>
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.withdraw')}
          </button>
          <a href={`/plans/${plan.id}`}>{t('page.back')}</a>
        </div>
      </form>
    </Layout>
  );
};

/** What changed in the printed records: each field, as printed and as recorded now. */
const ChangesTable: FC<{ changes: StaleChange[]; lang: View['lang'] }> = ({ changes, lang }) => (
  <table>
    <thead>
      <tr>
        <th>{say(lang, 'page.changedField')}</th>
        <th>{say(lang, 'page.printed')}</th>
        <th>{say(lang, 'page.nowRecorded')}</th>
      </tr>
    </thead>
    <tbody>
      {changes.map((c) => (
        <tr>
          <td>{c.label[lang]}</td>
          <td>{c.before}</td>
          <td>{c.after}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** Issuing, after a check: what is still missing (each item linked to where it is completed), what changed, then the confirmation. */
export const ReadinessPage: FC<{
  view: View;
  readiness: Readiness;
  ownAgency: AreaCode | null;
  values: Record<string, string>;
  errors: Record<string, string>;
}> = ({ view, readiness, ownAgency, values, errors }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  const { plan, missing, changes, proposal } = readiness;
  // Each link lands on the field to complete (`company.emergencyPhoneAlt` → `#f-emergencyPhoneAlt`).
  const fieldAnchor = (field: string) => {
    const m = /^(?:company|vessel|content|agencies\.[A-Z]{2}\.rcc)\.(.+)$/.exec(field);
    if (!m) return '';
    return `#f-${(m[1] === 'communications' ? 'communications.bridgePhone' : m[1]!).replaceAll('.', '-')}`;
  };
  const fixLink = (fix: FixAt, field: string) =>
    fix.kind === 'ship'
      ? `/ships/${fix.id}/edit${fieldAnchor(field)}`
      : fix.kind === 'company'
        ? `/companies/${fix.id}/edit${fieldAnchor(field)}`
        : fix.kind === 'agency'
          ? fix.code === ownAgency
            ? `/agency${fieldAnchor(field)}`
            : null
          : `/plans/${plan.id}${fieldAnchor(field) || '#draft'}`;
  return (
    <Layout view={view} title={t('page.readinessTitle')}>
      <h1>
        {t('page.readinessTitle')}: {plan.planNumber} · {t('doc.revision')} {plan.draft?.revision}
      </h1>
      <h2>{t('page.mustComplete')}</h2>
      {missing.length === 0 ? (
        <p class="notice ok">{t('page.allComplete')}</p>
      ) : (
        <ul class="missing">
          {missing.map((m) => {
            const href = fixLink(m.fixAt, m.field);
            return (
              <li>
                <strong>{m.label[view.lang]}</strong> {href ? <a href={href}>{t('page.fixIt')}</a> : <span class="help">({t('page.askAgency')})</span>}
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t('page.changedSince')}</h2>
      {plan.current ? (
        changes.length === 0 ? (
          <p class="help">—</p>
        ) : (
          <div class="wide">
            <ChangesTable changes={changes} lang={view.lang} />
          </div>
        )
      ) : (
        <p class="help">{t('page.firstIssue')}</p>
      )}
      {missing.length === 0 && (
        <form method="post" action={`/plans/${plan.id}/issue`} class="stack" novalidate>
          <FormErrors view={view} errors={errors} />
          <input type="hidden" name="version" value={String(plan.version)} />
          <p class="help">
            {t('page.proposed')}: {t(proposal.kind === 'major' ? 'page.major' : 'page.minor')}
            {proposal.because.length > 0 && ` (${proposal.because.map((b) => b[view.lang]).join('; ')})`}
          </p>
          <Field
            name="change"
            label={'page.change'}
            lang={view.lang}
            value={values.change ?? proposal.kind}
            errors={errors}
            options={[
              { value: 'major', label: t('page.major') },
              { value: 'minor', label: t('page.minor') },
            ]}
          />
          <Field name="reason" label={'page.minorReason'} lang={view.lang} value={values.reason} errors={errors} hint={t('page.minorReasonHelp')} />
          <Field
            name="summary"
            label={'page.summary'}
            lang={view.lang}
            value={values.summary ?? (plan.current ? '' : firstIssue(plan.settings.documentScript))}
            errors={errors}
            needed
          />
          <div class="actions">
            <button class="primary" type="submit">
              {t('page.issue')}
            </button>
            <a href={`/plans/${plan.id}`}>{t('page.back')}</a>
          </div>
        </form>
      )}
    </Layout>
  );
};
