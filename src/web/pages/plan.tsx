import type { FC } from 'hono/jsx';
import { documentLang } from '../../domain/plan.ts';
import type { Script } from '../../domain/agency.ts';
import type { AreaCode } from '../../domain/areas.ts';
import type { FixAt, Readiness } from '../../services/plan-issuing.ts';
import type { PlanDetail, PlanView, RevisionComparison } from '../../services/plans.ts';
import type { RevisionChange } from '../../domain/plan.ts';
import { say, readsChinese, type Key, type Params, type Said } from '../i18n.ts';
import { Field, FormErrors, Layout, PlanStatus, type View } from '../layout.tsx';
import { AmendmentsSection, ChangeForms, CopiesSection, ExercisesSection, RecognitionSection } from './plan-sections.tsx';

/** A first issue's summary as the copies print it: in the plan's Chinese, then in English. */
const firstIssue = (script: Script) => `${say(documentLang(script), 'summary.firstIssue')} ${say('en', 'summary.firstIssue')}`;

export const PlanPage: FC<{
  view: View;
  detail: PlanDetail;
  problems?: { field: string; message: string }[];
  notice?: string;
}> = ({ view, detail, problems, notice }) => {
  const { plan, mayWrite } = detail;
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

      <RecognitionSection view={view} detail={detail} errors={errors} />
      <CopiesSection view={view} detail={detail} errors={errors} />
      {detail.comparison && (
        <section aria-labelledby="changes-since">
          <h2 id="changes-since">{t('doc.changesSince', { n: detail.comparison.previous })}</h2>
          {detail.comparison.changes.length === 0 ? <p>{t('doc.noItemChanged')}</p> : <RevisionsSideBySide comparison={detail.comparison} lang={lang} />}
        </section>
      )}
      <AmendmentsSection view={view} detail={detail} errors={errors} />
      <ExercisesSection view={view} detail={detail} errors={errors} />
      {writable && <ChangeForms view={view} detail={detail} errors={errors} />}
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

/** Revision N beside revision N−1: each printed item that differs (a long text by the passages that changed, the changed words between 〔 〕). */
const RevisionsSideBySide: FC<{ comparison: RevisionComparison; lang: View['lang'] }> = ({ comparison, lang }) => (
  <div class="wide">
    <table>
      <thead>
        <tr>
          <th>{say(lang, 'doc.item')}</th>
          <th>{say(lang, 'doc.inRevision', { n: comparison.previous })}</th>
          <th>{say(lang, 'doc.inRevision', { n: comparison.revision })}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.changes.map((c) => (
          <tr>
            <th scope="row">{c.label[lang]}</th>
            <td style="white-space: pre-line">{c.passages?.before ?? c.before}</td>
            <td style="white-space: pre-line">{c.passages?.after ?? c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** What changed in the printed records: each field, as printed and as recorded now. */
const ChangesTable: FC<{ changes: RevisionChange[]; lang: View['lang'] }> = ({ changes, lang }) => (
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
    const m = /^(?:company|vessel|content|agencies\.[A-Z]{2}\.(?:rcc|facilities))\.(.+)$/.exec(field);
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
