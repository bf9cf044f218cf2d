import type { FC } from 'hono/jsx';
import { AREAS } from '../../domain/areas.ts';
import { EXERCISE_KINDS, type PlanContent } from '../../domain/plan.ts';
import type { PlanDetail } from '../../services/plans.ts';
import { readsChinese, say, type Key, type Params, type Said } from '../i18n.ts';
import { Badge, Field, RecognitionBadge, type View } from '../layout.tsx';

// The sections of a plan's page, in the order it shows them: who recognises it, its copies, its record of
// amendments, its exercises, and (for its home registrars) the forms that change it.

export type SectionProps = { view: View; detail: PlanDetail; errors: Record<string, string> };

const CONTENT_FIELDS: { name: keyof PlanContent; label: Key }[] = [
  { name: 'routeNotes', label: 'doc.route' },
  { name: 'communicationsNotes', label: 'doc.communications' },
  { name: 'lifeSavingNotes', label: 'doc.lifeSaving' },
  { name: 'medicalNotes', label: 'doc.medical' },
  { name: 'exerciseNotes', label: 'doc.programme' },
];

/** Which agencies recognise the plan, revision by revision. */
export const RecognitionSection: FC<SectionProps> = ({ view, detail }) => {
  const { plan, revisions } = detail;
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <>
      <h2>{t('page.recognitionMatrix')}</h2>
      {plan.recognitions.length > 0 && (
        <p>
          {plan.recognitions.map((r) => (
            <span>
              {say(lang, `area.${r.agency}` as const)}: <RecognitionBadge lang={lang} {...r} />{' '}
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
                      <RecognitionBadge lang={lang} {...rec} />
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
    </>
  );
};

/** The five controlled copies of the current revision, and who has acknowledged receipt. */
export const CopiesSection: FC<SectionProps> = ({ view, detail }) => {
  const { plan, copies } = detail;
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <>
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
                <th>
                  <span class="visually-hidden">{t('page.download')}</span>
                </th>
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
    </>
  );
};

/** The record of amendments, as the copies print it. */
export const AmendmentsSection: FC<SectionProps> = ({ view, detail }) => {
  const { plan } = detail;
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <>
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
    </>
  );
};

/** Module 5: the exercises, and the next one due; a planned one can be recorded as held. */
export const ExercisesSection: FC<SectionProps> = ({ view, detail }) => {
  const { plan, mayWrite } = detail;
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const writable = mayWrite && plan.status !== 'withdrawn';
  return (
    <>
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
    </>
  );
};

/** What the home registrars change: the draft, a new revision, an exercise, the plan's settings, its withdrawal. */
export const ChangeForms: FC<SectionProps> = ({ view, detail, errors }) => {
  const { plan, mayWrite } = detail;
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const writable = mayWrite && plan.status !== 'withdrawn';
  return (
    <>
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
              hint={`${t('page.agencyDefault')}: ${plan.settings.exerciseIntervalMonths} ${t('doc.months')} · ${t('page.intervalHelp')}`}
            />
            <Field
              name="exerciseIntervalReason"
              label={'doc.intervalReason'}
              lang={lang}
              errors={errors}
              value={plan.settings.ownExerciseIntervalMonths !== null ? plan.settings.exerciseIntervalReason : null}
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
    </>
  );
};
