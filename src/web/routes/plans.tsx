import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, problemFor, refuse, type FieldProblem } from '../../errors.ts';
import { todayOf, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { DraftPatch, ExerciseHeldInput, ExerciseInput, IssueInput, PlanSettingsInput, WithdrawInput } from '../../schemas/plans.ts';
import { acknowledgeReceipt, copyForDownload } from '../../services/copies.ts';
import { changePlanSettings, editDraft, openRevision, planToWithdraw, withdrawPlan } from '../../services/plan-drafting.ts';
import { issuePlan, issueReadiness } from '../../services/plan-issuing.ts';
import { listPlanViews, planDetail } from '../../services/plans.ts';
import { markExerciseHeld, recordExercise } from '../../services/plan-exercises.ts';
import { plansAwaitingReissue, reissueAfterAgencyChanges, type ReissueReport } from '../../services/plan-reissue.ts';
import { cursorParam, errorsByField, formFields, formVersion, idParam, langOf, nextPageLink, page, submitForm, viewOf } from '../context.ts';
import { say } from '../i18n.ts';
import { PlansPage } from '../pages/plans.tsx';
import { PlanPage, ReadinessPage, WithdrawPage } from '../pages/plan.tsx';

type C = Context<AppEnv>;

const DRAFT_FIELDS = ['routeNotes', 'communicationsNotes', 'lifeSavingNotes', 'medicalNotes', 'exerciseNotes'] as const;

/** The plan's page, with the problems of a refused form when there are any. */
async function planPage(c: C, id: number, problems?: { field: string; message: string }[], status: ContentfulStatusCode = 200) {
  const detail = await planDetail(c.get('deps').db, whoOf(c), id, todayOf(c));
  const issued = detail.plan.current;
  // Landing here after issuing, or after a Back or a repeat of an issue already done: it says what was issued.
  const notice =
    c.req.query('issued') && issued
      ? say(langOf(c), 'page.issuedAs', { revision: String(issued.revision), date: issued.issuedOn })
      : c.req.query('saved')
        ? say(langOf(c), 'page.saved')
        : undefined;
  return page(c, <PlanPage view={viewOf(c)} detail={detail} problems={problems} notice={notice} />, status);
}

/** A refused plan form: its problems at the top of the plan's page, the refusal's own summary first. */
const refused = (c: C, id: number) => (problems: FieldProblem[], status: ContentfulStatusCode, refusal?: AppError) => {
  const lang = langOf(c);
  const said = problems.map((p) => ({ field: p.field, message: problemFor(lang, p).message }));
  return planPage(c, id, status === 422 && refusal ? [{ field: '', message: refusal.detailIn(lang) }, ...said] : said, status);
};

/** The list of plans; for a registrar, with the plans that await re-issue after agency changes, and the report of one. */
async function plansPage(c: C, report?: ReissueReport) {
  const p = c.get('principal');
  const { db } = c.get('deps');
  const list = await listPlanViews(db, whoOf(c), { area: p.role === 'registrar' ? p.agency! : undefined, cursor: cursorParam(c), limit: 100 }, todayOf(c));
  const awaiting = p.role === 'registrar' ? await plansAwaitingReissue(db, whoOf(c), todayOf(c)) : [];
  return page(c, <PlansPage view={viewOf(c)} plans={list.items} next={nextPageLink(c, list.nextCursor)} awaiting={awaiting} report={report} />);
}

/**
 * An issue asked for again (Back after issuing, a second press, a form left open while a colleague
 * issued): there is no draft left to issue because it was issued. The plan's page says which revision
 * was issued and when, with its copies, instead of an error; any other refusal goes on as it was.
 */
const alreadyIssued = (c: C, id: number) => async (err: unknown) => {
  if (!(err instanceof AppError) || (err.code !== 'no_open_draft' && err.code !== 'stale_version')) throw err;
  const detail = await planDetail(c.get('deps').db, whoOf(c), id, todayOf(c));
  if (detail.plan.draft || !detail.plan.current) throw err;
  return c.redirect(`/plans/${id}?issued=1`, 303);
};

const back = (c: C, id: number, saved = false) => c.redirect(`/plans/${id}${saved ? '?saved=1' : ''}`, 303);

/** Plans: the list, the plan's page and every action on it; each action is the same service the API calls. */
export const planPages = new Hono<AppEnv>()
  .get('/plans', (c) => plansPage(c))
  .post('/plans/reissue', async (c) => plansPage(c, await reissueAfterAgencyChanges(c.get('deps').db, whoOf(c), c.get('deps').now())))
  .get('/plans/:id', (c) => planPage(c, idParam(c)))
  .post('/plans/:id/draft', async (c) => {
    const id = idParam(c);
    const f = await formFields(c);
    const patch = Object.fromEntries(DRAFT_FIELDS.map((k) => [k, f[k]?.trim() ? f[k] : null]));
    return submitForm(
      DraftPatch,
      patch,
      async (value) => {
        await editDraft(c.get('deps').db, whoOf(c), id, formVersion(f), value, c.get('deps').now());
        return back(c, id, true);
      },
      refused(c, id),
    );
  })
  .post('/plans/:id/new-draft', async (c) => {
    const id = idParam(c);
    await openRevision(c.get('deps').db, whoOf(c), id, formVersion(await formFields(c)), c.get('deps').now());
    return back(c, id);
  })
  .get('/plans/:id/withdraw', async (c) => {
    const plan = await planToWithdraw(c.get('deps').db, whoOf(c), idParam(c), todayOf(c));
    return page(c, <WithdrawPage view={viewOf(c)} plan={plan} values={{}} errors={{}} />);
  })
  .post('/plans/:id/withdraw', async (c) => {
    const id = idParam(c);
    const { db, now } = c.get('deps');
    const plan = await planToWithdraw(db, whoOf(c), id, todayOf(c));
    const f = await formFields(c);
    const again = (problems: FieldProblem[], status: ContentfulStatusCode) =>
      page(c, <WithdrawPage view={viewOf(c)} plan={plan} values={f} errors={errorsByField(langOf(c), problems)} />, status);
    // The confirmation belongs to the page (the API's caller confirms by calling); it is checked with the reason, at once.
    const unconfirmed: FieldProblem[] = f.confirm === 'yes' ? [] : [{ field: 'confirm', code: 'tick_to_confirm' }];
    return submitForm(
      WithdrawInput,
      { reason: f.reason },
      async ({ reason }) => {
        if (unconfirmed.length) return again(unconfirmed, 400);
        await withdrawPlan(db, whoOf(c), id, formVersion(f), reason, now());
        return back(c, id);
      },
      (problems, status) => again([...problems, ...unconfirmed], status),
    );
  })
  .get('/plans/:id/issue', async (c) => {
    const id = idParam(c);
    const readiness = await issueReadiness(c.get('deps').db, whoOf(c), id, todayOf(c)).catch(alreadyIssued(c, id));
    if (readiness instanceof Response) return readiness;
    return page(c, <ReadinessPage view={viewOf(c)} readiness={readiness} ownAgency={c.get('principal').agency} values={{}} errors={{}} />);
  })
  .post('/plans/:id/issue', async (c) => {
    const id = idParam(c);
    const f = await formFields(c);
    return submitForm(
      IssueInput,
      { change: f.change, reason: f.reason?.trim() ? f.reason : null, summary: f.summary },
      async (issue) => {
        const done = await issuePlan(c.get('deps').db, whoOf(c), id, formVersion(f), issue, c.get('deps').now()).catch(alreadyIssued(c, id));
        return done instanceof Response ? done : c.redirect(`/plans/${id}?issued=1`, 303);
      },
      async (problems, status) => {
        // Back to the check, which lists what is missing and keeps what was typed.
        const readiness = await issueReadiness(c.get('deps').db, whoOf(c), id, todayOf(c));
        return page(
          c,
          <ReadinessPage view={viewOf(c)} readiness={readiness} ownAgency={c.get('principal').agency} values={f} errors={errorsByField(langOf(c), problems)} />,
          status,
        );
      },
    );
  })
  .post('/plans/:id/exercises', async (c) => {
    const id = idParam(c);
    const f = await formFields(c);
    const input = {
      state: f.state,
      date: f.date,
      kind: f.kind,
      scenario: f.scenario,
      agencies: (f.agencies ?? '')
        .split(/[,\s]+/)
        .filter(Boolean)
        .map((a) => a.toUpperCase()),
      lessonsLearned: f.lessonsLearned?.trim() ? f.lessonsLearned : null,
      voluntary: f.voluntary === 'true',
    };
    return submitForm(
      ExerciseInput,
      input,
      async (exercise) => {
        await recordExercise(c.get('deps').db, whoOf(c), id, exercise, c.get('deps').now());
        return back(c, id);
      },
      refused(c, id),
    );
  })
  .post('/plans/:id/exercises/:exerciseId/held', async (c) => {
    const id = idParam(c);
    const f = await formFields(c);
    return submitForm(
      ExerciseHeldInput,
      { date: f.date, lessonsLearned: f.lessonsLearned?.trim() ? f.lessonsLearned : null },
      async (held) => {
        await markExerciseHeld(c.get('deps').db, whoOf(c), id, idParam(c, 'exerciseId'), held, c.get('deps').now());
        return back(c, id, true);
      },
      refused(c, id),
    );
  })
  .post('/plans/:id/settings', async (c) => {
    const id = idParam(c);
    const f = await formFields(c);
    const input = {
      documentScript: f.documentScript ? f.documentScript : null,
      exerciseIntervalMonths: f.exerciseIntervalMonths?.trim() ? Number(f.exerciseIntervalMonths) : null,
      exerciseIntervalReason: f.exerciseIntervalReason?.trim() || null,
    };
    return submitForm(
      PlanSettingsInput,
      input,
      async (settings) => {
        await changePlanSettings(c.get('deps').db, whoOf(c), id, formVersion(f), settings, c.get('deps').now());
        return back(c, id, true);
      },
      refused(c, id),
    );
  })
  .get('/plans/:id/revisions/:rev/copies/:file', async (c) => {
    const match = /^([1-5])\.pdf$/.exec(c.req.param('file'));
    if (!match) throw refuse('no_such_page');
    const { pdf, filename } = await copyForDownload(c.get('deps').db, whoOf(c), idParam(c), idParam(c, 'rev'), Number(match[1]));
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    });
  })
  .post('/plans/:id/revisions/:rev/copies/:n/acknowledge', async (c) => {
    const id = idParam(c);
    await acknowledgeReceipt(c.get('deps').db, whoOf(c), id, idParam(c, 'rev'), idParam(c, 'n'), c.get('deps').now());
    return back(c, id);
  });
