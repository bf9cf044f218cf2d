import type { Context } from 'hono';
import { mayReadCompanyRecord, mayWriteHomeRecord } from '../../domain/access.ts';
import { AREA_NAMES, type AreaCode } from '../../domain/areas.ts';
import { deltaDate } from '../../domain/plan.ts';
import { recognitionFor } from '../../domain/recognition.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { etagOf, expectedVersion } from '../../http/etag.ts';
import { listPairs } from '../../store/arrangement.ts';
import type { Executor, Tx } from '../../store/database.ts';
import { getRevision, listPlans, listRevisions, type Plan } from '../../store/plans.ts';
import { getVessel } from '../../store/vessels.ts';
import { editDraft as editDraftOf, issuePlan, openPlan, openRevision, planView, planViews, recordExercise, requirePlan, withdrawPlan, type Who } from '../../services/plans.ts';
import type * as R from './plans.routes.ts';

type C = Context<AppEnv>;

const who = (c: C): Who => ({ actor: c.get('principal'), requestId: c.get('requestId') });
const today = (c: C) => deltaDate(c.get('deps').now());

function requireHomeRegistrar(c: C, homeAgency: AreaCode) {
  if (!mayWriteHomeRecord(c.get('principal'), homeAgency)) {
    throw forbidden(`Only registrars of ${AREA_NAMES[homeAgency].en} (${homeAgency}) compile and change its plans`);
  }
}

/** A plan the caller may read: operators only their own company's. */
async function readablePlan(c: C, db: Executor, id: number): Promise<Plan> {
  const plan = await requirePlan(db, id);
  const principal = c.get('principal');
  if (principal.role === 'operator') {
    const vessel = await getVessel(db, plan.vesselId);
    if (!vessel || !mayReadCompanyRecord(principal, vessel.companyId)) throw forbidden("Operators see only their own company's plans");
  }
  return plan;
}

async function respond<S extends 200 | 201>(c: C, plan: Plan, status: S) {
  const view = await planView(c.get('deps').db, plan, today(c));
  c.header('ETag', etagOf('plan', plan.id, plan.version));
  return c.json(view, status);
}

export const open: AppRouteHandler<R.OpenRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const { vesselId } = c.req.valid('json');
  const plan = await db.transaction().execute(async (trx) => {
    const vessel = await getVessel(trx, vesselId);
    if (!vessel) throw new AppError('validation_failed', 'No such vessel', [{ field: 'vesselId', message: `vessel ${vesselId} does not exist` }]);
    requireHomeRegistrar(c, vessel.homeAgency);
    return openPlan(trx, who(c), vesselId, now());
  });
  c.header('Location', `/api/plans/${plan.id}`);
  return respond(c, plan, 201);
};

export const list: AppRouteHandler<R.ListRoute> = async (c) => {
  const { db } = c.get('deps');
  const principal = c.get('principal');
  const q = c.req.valid('query');
  if (principal.role === 'operator' && q.companyId !== undefined && q.companyId !== principal.companyId) {
    throw forbidden("Operators see only their own company's plans");
  }
  const plans = await listPlans(db, {
    homeAgency: q.area,
    companyId: principal.role === 'operator' ? principal.companyId! : q.companyId,
    vesselId: q.vesselId,
    after: q.cursor,
  });
  // Status and staleness are derived, so the filters on them apply to the views.
  const views = (await planViews(db, plans, today(c))).filter(
    (v) => (!q.status || v.status === q.status) && (!q.stale || v.stale === (q.stale === 'true')),
  );
  const items = views.slice(0, q.limit);
  return c.json({ items, nextCursor: views.length > q.limit ? items.at(-1)!.id : null }, 200);
};

export const get: AppRouteHandler<R.GetRoute> = async (c) => {
  const plan = await readablePlan(c, c.get('deps').db, c.req.valid('param').id);
  return respond(c, plan, 200);
};

/** The shared shape of every change to an existing plan: home registrar, If-Match, one transaction. */
async function changePlan(c: C, id: number, ifMatch: string | undefined, change: (trx: Tx, plan: Plan, version: number) => Promise<Plan>) {
  return c.get('deps').db.transaction().execute(async (trx) => {
    const plan = await requirePlan(trx, id);
    requireHomeRegistrar(c, plan.homeAgency);
    return change(trx, plan, expectedVersion(ifMatch, 'plan', id, plan.version));
  });
}

export const openDraft: AppRouteHandler<R.OpenDraftRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const plan = await changePlan(c, id, c.req.valid('header')['if-match'], (trx, p, v) => openRevision(trx, who(c), p, v, c.get('deps').now()));
  return respond(c, plan, 201);
};

export const editDraft: AppRouteHandler<R.EditDraftRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  const plan = await changePlan(c, id, c.req.valid('header')['if-match'], (trx, p, v) => editDraftOf(trx, who(c), p, v, patch, c.get('deps').now()));
  return respond(c, plan, 200);
};

export const issue: AppRouteHandler<R.IssueRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const principal = c.get('principal');
  // Not wrapped in a transaction here: issuing renders its copies first, then writes in one transaction.
  const plan = await requirePlan(db, id);
  requireHomeRegistrar(c, plan.homeAgency);
  const version = expectedVersion(c.req.valid('header')['if-match'], 'plan', id, plan.version);
  const issued = await issuePlan(db, who(c), plan, version, { ...body, issuedBy: `${principal.name} (${principal.agency})` }, now());
  return respond(c, issued.plan, 200);
};

export const withdraw: AppRouteHandler<R.WithdrawRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const { reason } = c.req.valid('json');
  const plan = await changePlan(c, id, c.req.valid('header')['if-match'], (trx, p, v) => withdrawPlan(trx, who(c), p, v, reason, c.get('deps').now()));
  return respond(c, plan, 200);
};

export const revision: AppRouteHandler<R.RevisionRoute> = async (c) => {
  const { db } = c.get('deps');
  const { id, rev } = c.req.valid('param');
  await readablePlan(c, db, id);
  const r = await getRevision(db, id, rev);
  if (!r) throw notFound(`Revision ${rev} of plan ${id}`);
  return c.json(
    { planId: id, revision: r.revision, state: r.state, content: r.content, issuedOn: r.issuedOn, change: r.change, summary: r.summary, issuedBy: r.issuedBy, snapshot: r.snapshot },
    200,
  );
};

export const recognitions: AppRouteHandler<R.RecognitionsRoute> = async (c) => {
  const { db } = c.get('deps');
  const plan = await readablePlan(c, db, c.req.valid('param').id);
  const pairs = await listPairs(db);
  const revisions = (await listRevisions(db, plan.id)).filter((r) => r.state !== 'draft');
  return c.json(
    {
      planNumber: plan.planNumber,
      homeAgency: plan.homeAgency,
      revisions: revisions.map((r) => ({
        revision: r.revision,
        state: r.state as 'issued' | 'superseded',
        issuedOn: r.issuedOn!,
        recognitions: recognitionFor(plan.homeAgency, r.issuedOn!, pairs),
      })),
    },
    200,
  );
};

export const addExercise: AppRouteHandler<R.AddExerciseRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const exercise = await recordExercise(db, { actor: c.get('principal'), requestId: c.get('requestId') }, c.req.valid('param').id, c.req.valid('json'), now());
  return c.json(exercise, 201);
};

export const due: AppRouteHandler<R.DueRoute> = async (c) => {
  const { db } = c.get('deps');
  const principal = c.get('principal');
  const days = Number(c.req.valid('query').within.slice(0, -1));
  const on = today(c);
  const horizon = addDays(on, days);
  const plans = await listPlans(db, { withdrawn: false, companyId: principal.role === 'operator' ? principal.companyId! : undefined });
  const views = await planViews(db, plans, on);
  const items = views
    .filter((v) => v.exercises.nextDue !== null && v.exercises.nextDue <= horizon)
    .map((v) => ({
      planId: v.id,
      planNumber: v.planNumber,
      homeAgency: v.homeAgency,
      vessel: { id: v.vessel.id, nameZh: v.vessel.nameZh, nameEn: v.vessel.nameEn },
      nextDue: v.exercises.nextDue!,
      overdue: v.exercises.overdue,
      daysUntilDue: daysBetween(on, v.exercises.nextDue!),
    }))
    .sort((a, b) => a.nextDue.localeCompare(b.nextDue) || a.planId - b.planId);
  return c.json({ items }, 200);
};

const DAY = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
