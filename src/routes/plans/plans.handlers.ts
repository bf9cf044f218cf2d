import type { Context } from 'hono';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { todayOf, whoOf } from '../../http/context.ts';
import { etagOf, versionFromIfMatch } from '../../http/etag.ts';
import { editDraft as editDraftOf, openPlan, openRevision, withdrawPlan, changePlanSettings } from '../../services/plan-drafting.ts';
import { exercisesDue, recordExercise, markExerciseHeld } from '../../services/plan-exercises.ts';
import { issuePlan, issueReadiness } from '../../services/plan-issuing.ts';
import { problemFor } from '../../errors.ts';
import { listPlanViews, planRecognitions, readPlan, readRevision, type PlanView } from '../../services/plans.ts';
import { reissueAfterAgencyChanges } from '../../services/plan-reissue.ts';
import { langFromAcceptLanguage } from '../../words/index.ts';
import type * as R from './plans.routes.ts';

// Each handler translates: the request into a service call, its answer into a response.

function respond<S extends 200 | 201>(c: Context<AppEnv>, view: PlanView, status: S) {
  c.header('ETag', etagOf('plan', view.id, view.version));
  return c.json(view, status);
}

const ifMatch = (c: Context<AppEnv>, id: number) => versionFromIfMatch(c.req.header('If-Match'), 'plan', id);

export const open: AppRouteHandler<R.OpenRoute> = async (c) => {
  const view = await openPlan(c.get('deps').db, whoOf(c), c.req.valid('json').vesselId, c.get('deps').now());
  c.header('Location', `/api/plans/${view.id}`);
  return respond(c, view, 201);
};

export const list: AppRouteHandler<R.ListRoute> = async (c) => {
  const q = c.req.valid('query');
  const page = await listPlanViews(
    c.get('deps').db,
    whoOf(c),
    {
      area: q.area,
      companyId: q.companyId,
      vesselId: q.vesselId,
      status: q.status,
      stale: q.stale === undefined ? undefined : q.stale === 'true',
      cursor: q.cursor,
      limit: q.limit,
    },
    todayOf(c),
  );
  return c.json(page, 200);
};

export const get: AppRouteHandler<R.GetRoute> = async (c) => respond(c, await readPlan(c.get('deps').db, whoOf(c), c.req.valid('param').id, todayOf(c)), 200);

export const readiness: AppRouteHandler<R.ReadinessRoute> = async (c) => {
  const r = await issueReadiness(c.get('deps').db, whoOf(c), c.req.valid('param').id, todayOf(c));
  const lang = langFromAcceptLanguage(c.req.header('Accept-Language')) ?? 'en';
  return c.json(
    {
      planId: r.plan.id,
      planNumber: r.plan.planNumber,
      ready: r.missing.length === 0,
      missing: r.missing.map((m) => ({ field: m.field, code: m.code, message: problemFor(lang, m).message, label: m.label, fixAt: m.fixAt })),
      proposedChange: r.proposal,
    },
    200,
  );
};

export const openDraft: AppRouteHandler<R.OpenDraftRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return respond(c, await openRevision(c.get('deps').db, whoOf(c), id, ifMatch(c, id), c.get('deps').now()), 201);
};

export const editDraft: AppRouteHandler<R.EditDraftRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return respond(c, await editDraftOf(c.get('deps').db, whoOf(c), id, ifMatch(c, id), c.req.valid('json'), c.get('deps').now()), 200);
};

export const issue: AppRouteHandler<R.IssueRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return respond(c, await issuePlan(c.get('deps').db, whoOf(c), id, ifMatch(c, id), c.req.valid('json'), c.get('deps').now()), 200);
};

export const withdraw: AppRouteHandler<R.WithdrawRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return respond(c, await withdrawPlan(c.get('deps').db, whoOf(c), id, ifMatch(c, id), c.req.valid('json').reason, c.get('deps').now()), 200);
};

export const revision: AppRouteHandler<R.RevisionRoute> = async (c) => {
  const { id, rev } = c.req.valid('param');
  return c.json(await readRevision(c.get('deps').db, whoOf(c), id, rev), 200);
};

export const recognitions: AppRouteHandler<R.RecognitionsRoute> = async (c) =>
  c.json(await planRecognitions(c.get('deps').db, whoOf(c), c.req.valid('param').id), 200);

export const addExercise: AppRouteHandler<R.AddExerciseRoute> = async (c) =>
  c.json(await recordExercise(c.get('deps').db, whoOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('deps').now()), 201);

export const due: AppRouteHandler<R.DueRoute> = async (c) => {
  const days = Number(c.req.valid('query').within.slice(0, -1));
  return c.json({ items: await exercisesDue(c.get('deps').db, whoOf(c), days, todayOf(c)) }, 200);
};

export const settings: AppRouteHandler<R.SettingsRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return respond(c, await changePlanSettings(c.get('deps').db, whoOf(c), id, ifMatch(c, id), c.req.valid('json'), c.get('deps').now()), 200);
};

export const exerciseHeld: AppRouteHandler<R.ExerciseHeldRoute> = async (c) => {
  const { id, exerciseId } = c.req.valid('param');
  return c.json(await markExerciseHeld(c.get('deps').db, whoOf(c), id, exerciseId, c.req.valid('json'), c.get('deps').now()), 200);
};

export const reissue: AppRouteHandler<R.ReissueRoute> = async (c) => {
  const report = await reissueAfterAgencyChanges(c.get('deps').db, whoOf(c), c.get('deps').now());
  const lang = langFromAcceptLanguage(c.req.header('Accept-Language')) ?? 'en';
  const failed = report.failed.map(({ refusal, ...plan }) => ({ ...plan, code: refusal.code, reason: refusal.detailIn(lang) }));
  return c.json({ ...report, failed }, 200);
};
