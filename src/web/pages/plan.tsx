import type { FC } from 'hono/jsx';
import { AREA_NAMES, AREAS } from '../../domain/areas.ts';
import type { PlanContent } from '../../domain/plan.ts';
import { CHANGE, EXERCISE_KIND, EXERCISE_STATE, L } from '../../labels.ts';
import type { AreaCode } from '../../domain/areas.ts';
import type { FixAt, Readiness } from '../../services/plan-issuing.ts';
import type { PlanDetail, PlanView, StaleChange } from '../../services/plans.ts';
import { message, say, W, readsChinese } from '../i18n.ts';
import { Badge, Field, FormErrors, Layout, PlanStatus, type View } from '../layout.tsx';

const CONTENT_FIELDS: { name: keyof PlanContent; label: { zh: string; en: string } }[] = [
  { name: 'routeNotes', label: L.route },
  { name: 'communicationsNotes', label: L.communications },
  { name: 'lifeSavingNotes', label: L.lifeSaving },
  { name: 'medicalNotes', label: L.medical },
  { name: 'exerciseNotes', label: L.programme },
];

export const PlanPage: FC<{
  view: View;
  detail: PlanDetail;
  problems?: { field: string; message: string }[];
  notice?: string;
}> = ({ view, detail, problems, notice }) => {
  const { plan, revisions, copies, mayWrite } = detail;
  const lang = view.lang;
  const t = (b: { zh: string; en: string }) => say(lang, b);
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
          <strong>{t(W.errorTitle)}</strong>
          <ul>
            {problems.map((p) => (
              <li>
                {p.field && `${p.field}: `}
                {message(lang, p.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.stale && (
        <div class="notice">
          <p>{t(W.staleHelp)}</p>
          <ChangesTable changes={plan.staleChanges} lang={lang} />
        </div>
      )}
      <p>
        {t(L.homeAgency)}: {say(lang, AREA_NAMES[plan.homeAgency])}
        {plan.current && ` · ${t(L.revision)} ${plan.current.revision} · ${t(L.issueDate)} ${plan.current.issuedOn}`}
        {plan.withdrawn && ` · ${t(W.withdrawn)} ${plan.withdrawn.on}: ${plan.withdrawn.reason}`}
      </p>

      <h2>{t(W.recognitionMatrix)}</h2>
      {plan.recognitions.length > 0 && (
        <p>
          {plan.recognitions.map((r) => (
            <span>
              {say(lang, AREA_NAMES[r.agency])}: <Badge kind={r.status} text={t(r.status === 'recognised' ? L.recognised : L.pending)} />{' '}
              {r.since ? `${t(W.recognisedSince)} ${r.since}` : ''}{' '}
            </span>
          ))}
        </p>
      )}
      {revisions.length ? (
        <table>
          <thead>
            <tr>
              <th>{t(L.revision)}</th>
              {AREAS.map((a) => (
                <th>{say(lang, AREA_NAMES[a])}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr>
                <td>
                  {r.revision} · {r.issuedOn} <Badge kind={r.state} text={t(r.state === 'issued' ? W.issued : W.superseded)} />
                </td>
                {AREAS.map((a) => {
                  if (a === plan.homeAgency) return <td>{t(W.compiled)}</td>;
                  const rec = r.recognitions.find((x) => x.agency === a)!;
                  return (
                    <td>
                      <Badge kind={rec.status} text={t(rec.status === 'recognised' ? L.recognised : L.pending)} /> {rec.since ?? ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="help">{t(W.draft)}</p>
      )}

      {copies.length > 0 && (
        <>
          <h2>
            {t(W.copies)} · {t(L.revision)} {plan.current!.revision}
          </h2>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>{t(L.holder)}</th>
                <th>{t(W.status)}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {copies.map((cp) => (
                <tr>
                  <td>{cp.number} / 5</td>
                  <td>{readsChinese(lang) ? cp.holderNameZh : cp.holderNameEn}</td>
                  <td>{cp.acknowledgedAt ? `${t(W.acknowledged)} ${cp.acknowledgedAt.slice(0, 10)}` : t(W.notAcknowledged)}</td>
                  <td>
                    {cp.mayDownload && (
                      <a href={`/plans/${plan.id}/revisions/${plan.current!.revision}/copies/${cp.number}.pdf`} download>
                        {t(W.download)}
                      </a>
                    )}{' '}
                    {cp.mayAcknowledge && !cp.acknowledgedAt && (
                      <form method="post" action={`/plans/${plan.id}/revisions/${plan.current!.revision}/copies/${cp.number}/acknowledge`} class="inline">
                        <button type="submit">{t(W.acknowledge)}</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>{t(L.amendments)}</h2>
      <table>
        <thead>
          <tr>
            <th>{t(L.revision)}</th>
            <th>{t(L.issueDate)}</th>
            <th>{t(L.change)}</th>
            <th>{t(L.summary)}</th>
            <th>{t(L.issuedBy)}</th>
          </tr>
        </thead>
        <tbody>
          {plan.amendments.map((a) => (
            <tr>
              <td>{a.revision}</td>
              <td>{a.issuedOn}</td>
              <td>{t(CHANGE[a.change])}</td>
              <td>{a.summary}</td>
              <td>{a.issuedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t(L.module5)}</h2>
      <p>
        {t(W.nextDue)}: {plan.exercises.nextDue ?? '—'} {plan.exercises.overdue && <Badge kind="overdue" text={t(W.overdue)} />}
      </p>
      {plan.exercises.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t(L.date)}</th>
              <th>{t(W.status)}</th>
              <th>{t(L.kind)}</th>
              <th>{t(L.scenario)}</th>
              <th>{t(L.agencies)}</th>
            </tr>
          </thead>
          <tbody>
            {plan.exercises.items.map((e) => (
              <tr>
                <td>{e.date}</td>
                <td>
                  {t(EXERCISE_STATE[e.state])}
                  {e.voluntary && ` (${t(W.voluntary)})`}
                </td>
                <td>{t(EXERCISE_KIND[e.kind])}</td>
                <td>{e.scenario}</td>
                <td>
                  {e.agencies.join(', ')}
                  {writable && e.state === 'planned' && (
                    <form method="post" action={`/plans/${plan.id}/exercises/${e.id}/held`} class="actions">
                      <label for={`held-${e.id}`}>
                        {t(W.heldOn)}
                        <input id={`held-${e.id}`} name="date" type="date" value={e.date} required />
                      </label>
                      <button type="submit">{t(W.markHeld)}</button>
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
            {t(W.editDraft)} · {t(L.revision)} {plan.draft.revision}
          </h2>
          <form method="post" action={`/plans/${plan.id}/draft`} class="stack" novalidate>
            <input type="hidden" name="version" value={String(plan.version)} />
            {CONTENT_FIELDS.map((f) => (
              <Field name={f.name} label={f.label} lang={lang} value={plan.draft!.content[f.name]} errors={errors} textarea />
            ))}
            <div class="actions">
              <button class="primary" type="submit">
                {t(W.save)}
              </button>
            </div>
          </form>
          <h2>{t(W.issuePlan)}</h2>
          <p>
            <a class="button primary" href={`/plans/${plan.id}/issue`}>
              {t(W.checkAndIssue)} …
            </a>
          </p>
        </>
      )}
      {writable && !plan.draft && (
        <form method="post" action={`/plans/${plan.id}/new-draft`} class="actions">
          <input type="hidden" name="version" value={String(plan.version)} />
          <button class="primary" type="submit">
            {t(W.newRevision)}
          </button>
        </form>
      )}
      {writable && (
        <>
          <h2>{t(W.recordExercise)}</h2>
          <form method="post" action={`/plans/${plan.id}/exercises`} class="stack" novalidate>
            <Field
              name="state"
              label={W.status}
              lang={lang}
              errors={errors}
              options={[
                { value: 'held', label: t(EXERCISE_STATE.held) },
                { value: 'planned', label: t(EXERCISE_STATE.planned) },
              ]}
            />
            <Field name="date" label={L.date} lang={lang} type="date" errors={errors} />
            <Field
              name="kind"
              label={L.kind}
              lang={lang}
              errors={errors}
              options={Object.entries(EXERCISE_KIND).map(([value, b]) => ({ value, label: t(b) }))}
            />
            <Field name="scenario" label={L.scenario} lang={lang} errors={errors} textarea />
            <Field name="agencies" label={L.agencies} lang={lang} value={AREAS.join(', ')} errors={errors} />
            <Field name="lessonsLearned" label={L.lessons} lang={lang} errors={errors} textarea />
            <label>
              <span>
                <input type="checkbox" name="voluntary" value="true" style="width:auto" /> {t(W.voluntary)}
              </span>
            </label>
            <div class="actions">
              <button class="primary" type="submit">
                {t(W.recordExercise)}
              </button>
            </div>
          </form>
          <h2>{t(W.planSettings)}</h2>
          <form method="post" action={`/plans/${plan.id}/settings`} class="stack" novalidate>
            <input type="hidden" name="version" value={String(plan.version)} />
            <Field
              name="documentScript"
              label={W.documentScript}
              lang={lang}
              errors={errors}
              value={plan.settings.ownDocumentScript ?? ''}
              options={[
                { value: '', label: `${t(W.agencyDefault)} (${t(plan.settings.documentScript === 'hans' ? L.languagesHans : L.languagesHant)})` },
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
              value={plan.settings.ownExerciseIntervalMonths}
              hint={`${t(W.agencyDefault)}: ${plan.settings.exerciseIntervalMonths} · ${t(W.intervalHelp)}`}
            />
            <div class="actions">
              <button type="submit">{t(W.save)}</button>
            </div>
          </form>
          <h2>{t(W.withdraw)}</h2>
          <p>
            <a href={`/plans/${plan.id}/withdraw`}>{t(W.withdrawTitle)} …</a>
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
  const t = (b: { zh: string; en: string }) => say(view.lang, b);
  return (
    <Layout view={view} title={t(W.withdrawTitle)}>
      <h1>
        {t(W.withdrawTitle)}: {plan.planNumber} · {readsChinese(view.lang) ? plan.vessel.nameZh : plan.vessel.nameEn}
      </h1>
      <p class="notice">{t(W.withdrawHelp)}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={`/plans/${plan.id}/withdraw`} class="stack" novalidate>
        <input type="hidden" name="version" value={String(plan.version)} />
        <Field name="reason" label={W.reason} lang={view.lang} value={values.reason} errors={errors} textarea needed />
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
            {t(W.withdrawConfirm)}
          </span>
          {errors.confirm && (
            <span class="error" id="f-confirm-error">
              {message(view.lang, errors.confirm)}
            </span>
          )}
        </label>
        <div class="actions">
          <button class="primary" type="submit">
            {t(W.withdraw)}
          </button>
          <a href={`/plans/${plan.id}`}>{t(W.back)}</a>
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
        <th>{say(lang, W.changedField)}</th>
        <th>{say(lang, W.printed)}</th>
        <th>{say(lang, W.nowRecorded)}</th>
      </tr>
    </thead>
    <tbody>
      {changes.map((c) => (
        <tr>
          <td>{say(lang, c.label)}</td>
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
  const t = (b: { zh: string; en: string }) => say(view.lang, b);
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
    <Layout view={view} title={t(W.readinessTitle)}>
      <h1>
        {t(W.readinessTitle)}: {plan.planNumber} · {t(L.revision)} {plan.draft?.revision}
      </h1>
      <h2>{t(W.mustComplete)}</h2>
      {missing.length === 0 ? (
        <p class="notice ok">{t(W.allComplete)}</p>
      ) : (
        <ul class="missing">
          {missing.map((m) => {
            const href = fixLink(m.fixAt, m.field);
            return (
              <li>
                <strong>{t(m.label)}</strong> {href ? <a href={href}>{t(W.fixIt)}</a> : <span class="help">({t(W.askAgency)})</span>}
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t(W.changedSince)}</h2>
      {plan.current ? (
        changes.length === 0 ? (
          <p class="help">—</p>
        ) : (
          <div class="wide">
            <ChangesTable changes={changes} lang={view.lang} />
          </div>
        )
      ) : (
        <p class="help">{t(W.firstIssue)}</p>
      )}
      {missing.length === 0 && (
        <form method="post" action={`/plans/${plan.id}/issue`} class="stack" novalidate>
          <FormErrors view={view} errors={errors} />
          <input type="hidden" name="version" value={String(plan.version)} />
          <p class="help">
            {t(W.proposed)}: {t(proposal.kind === 'major' ? W.major : W.minor)}
            {proposal.because.length > 0 && ` (${proposal.because.map((b) => t(b)).join('; ')})`}
          </p>
          <Field
            name="change"
            label={W.change}
            lang={view.lang}
            value={values.change ?? proposal.kind}
            errors={errors}
            options={[
              { value: 'major', label: t(W.major) },
              { value: 'minor', label: t(W.minor) },
            ]}
          />
          <Field name="reason" label={W.minorReason} lang={view.lang} value={values.reason} errors={errors} hint={t(W.minorReasonHelp)} />
          <Field name="summary" label={W.summary} lang={view.lang} value={values.summary ?? (plan.current ? '' : 'First issue')} errors={errors} needed />
          <div class="actions">
            <button class="primary" type="submit">
              {t(W.issue)}
            </button>
            <a href={`/plans/${plan.id}`}>{t(W.back)}</a>
          </div>
        </form>
      )}
    </Layout>
  );
};
