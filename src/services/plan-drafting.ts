import { requireHomeRegistrar, type Who } from '../domain/access.ts';
import type { Script } from '../domain/agency.ts';
import type { AreaCode } from '../domain/areas.ts';
import { deltaDate, keptIntervalReason, planNumber, prefilledContent, type Plan, type PlanContent } from '../domain/plan.ts';
import type { ExpectedVersion } from '../domain/version.ts';
import { refuse } from '../errors.ts';
import { PORTS } from '../reference/ports.ts';
import { inTransaction, type Executor, type Tx } from '../store/database.ts';
import { getAgency } from '../store/agencies.ts';
import { insertPlan, insertRevision, listRevisions, nextPlanSequence, plansInForceForVessel, updateDraftContent } from '../store/plans.ts';
import { getVessel } from '../store/vessels.ts';
import { auditPlan, planView, refuseIfWithdrawn, touched, writablePlan, type PlanView } from './plans.ts';

// Opening a plan and its revisions, editing the draft, the plan's own settings, and withdrawing it.

/** Opens the plan of a vessel with its first draft, prefilled from the vessel record. */
export async function openPlan(db: Executor, who: Who, vesselId: number, at: Date): Promise<PlanView> {
  return inTransaction(db, async (trx) => {
    const vessel = await getVessel(trx, vesselId);
    if (!vessel) throw refuse('vessel_unknown', {}, [{ field: 'vesselId', code: 'vessel_unknown', params: { id: String(vesselId) } }]);
    requireHomeRegistrar(who.principal, vessel.homeAgency, 'compile_plans');
    const existing = (await plansInForceForVessel(trx, vesselId)).find((p) => p.homeAgency === vessel.homeAgency);
    if (existing)
      throw refuse('plan_exists', { ship: vessel.nameEn, planNumber: existing.planNumber }, [], {
        plan: { id: existing.id, planNumber: existing.planNumber },
      });
    if (vessel.status === 'withdrawn') throw refuse('vessel_withdrawn', { ship: vessel.nameEn });
    const stamp = at.toISOString();
    const year = Number(deltaDate(at).slice(0, 4));
    const number = planNumber(vessel.homeAgency, year, await nextPlanSequence(trx, vessel.homeAgency, year));
    const plan = await insertPlan(trx, { vesselId, planNumber: number, homeAgency: vessel.homeAgency, at: stamp });
    const draft = await insertRevision(trx, {
      planId: plan.id,
      revision: 1,
      content: prefilledContent(vessel, PORTS, (await getAgency(trx, vessel.homeAgency))?.documentScript ?? 'hant'),
      at: stamp,
    });
    await auditPlan(trx, who, plan, 'plan.open', null, { plan, draft }, stamp);
    return planView(trx, plan, deltaDate(at));
  });
}

/** Opens the next revision as a draft, starting from the content of the last one. */
export async function openRevision(db: Executor, who: Who, id: number, expected: ExpectedVersion, at: Date): Promise<PlanView> {
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, expected);
    refuseIfWithdrawn(plan);
    const revisions = await listRevisions(trx, plan.id);
    if (revisions.some((r) => r.state === 'draft')) throw refuse('draft_open', { planNumber: plan.planNumber });
    const stamp = at.toISOString();
    const after = await touched(trx, plan, expected, stamp);
    const draft = await insertRevision(trx, { planId: plan.id, revision: revisions.at(-1)!.revision + 1, content: revisions.at(-1)!.content, at: stamp });
    await auditPlan(trx, who, plan, 'plan.draft.open', null, draft, stamp);
    return planView(trx, after, deltaDate(at));
  });
}

export async function editDraft(db: Executor, who: Who, id: number, expected: ExpectedVersion, patch: Partial<PlanContent>, at: Date): Promise<PlanView> {
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, expected);
    refuseIfWithdrawn(plan);
    const draft = (await listRevisions(trx, plan.id)).find((r) => r.state === 'draft');
    if (!draft) throw refuse('no_open_draft', { planNumber: plan.planNumber });
    const stamp = at.toISOString();
    const after = await touched(trx, plan, expected, stamp);
    const content = { ...draft.content, ...patch };
    await updateDraftContent(trx, draft.id, content, stamp);
    await auditPlan(trx, who, plan, 'plan.draft.edit', draft.content, content, stamp);
    return planView(trx, after, deltaDate(at));
  });
}

/** The plan for its withdrawal page: only its home registrars open it, and only while it is in force. */
export async function planToWithdraw(db: Executor, who: Who, id: number, today: string): Promise<PlanView> {
  const plan = await writablePlan(db, who, id, null, 'withdraw_plans');
  refuseIfWithdrawn(plan);
  return planView(db, plan, today);
}

export async function withdrawPlan(db: Executor, who: Who, id: number, expected: ExpectedVersion, reason: string, at: Date): Promise<PlanView> {
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, expected);
    refuseIfWithdrawn(plan);
    const stamp = at.toISOString();
    const after = await touched(trx, plan, expected, stamp, { withdrawn_on: deltaDate(at), withdrawn_reason: reason });
    await auditPlan(trx, who, plan, 'plan.withdraw', plan, after, stamp);
    return planView(trx, after, deltaDate(at));
  });
}

/** The withdrawal reason of a plan whose ship moved to another area's register. */
export const TRANSFERRED = 'transferred';

/**
 * A ship accepted into another area's register keeps its cover: the losing agency's plan, if it was
 * ever issued, stays in force (and recognised) until the gaining agency issues its own
 * (`supersedeHandedOverPlans`). A plan never issued covered nothing and is withdrawn at once as
 * "transferred". In the transfer's transaction; the acting registrar is the gaining agency's, so the
 * permission was checked by the transfer, not here.
 */
export async function handOverPlan(
  trx: Tx,
  who: Who,
  vesselId: number,
  from: AreaCode,
  at: Date,
): Promise<{ handedOver: Plan | null; withdrawn: Plan | null }> {
  const plan = (await plansInForceForVessel(trx, vesselId)).find((p) => p.homeAgency === from);
  if (!plan) return { handedOver: null, withdrawn: null };
  if ((await listRevisions(trx, plan.id)).some((r) => r.issuedOn)) return { handedOver: plan, withdrawn: null };
  const stamp = at.toISOString();
  const after = await touched(trx, plan, plan.version, stamp, { withdrawn_on: deltaDate(at), withdrawn_reason: TRANSFERRED });
  await auditPlan(trx, who, plan, 'plan.withdraw', plan, after, stamp);
  return { handedOver: null, withdrawn: after };
}

/**
 * The first issue of a transferred ship's plan by its new agency supersedes the plan handed over: it is
 * withdrawn that day, saying by which plan. In the transaction.
 */
export async function supersedeHandedOverPlans(trx: Tx, who: Who, successor: Plan, issuedOn: string, at: Date): Promise<void> {
  const stamp = at.toISOString();
  const handedOver = (await plansInForceForVessel(trx, successor.vesselId)).filter((p) => p.homeAgency !== successor.homeAgency);
  for (const plan of handedOver) {
    const after = await touched(trx, plan, plan.version, stamp, {
      withdrawn_on: issuedOn,
      withdrawn_reason: `${TRANSFERRED}: superseded by ${successor.planNumber}`,
    });
    await auditPlan(trx, who, plan, 'plan.withdraw', plan, after, stamp);
  }
}

/** The plan's own script and exercise interval (null: the agency's), by its home registrars. */
export async function changePlanSettings(
  db: Executor,
  who: Who,
  id: number,
  expected: ExpectedVersion,
  settings: { documentScript?: Script | null; exerciseIntervalMonths?: number | null; exerciseIntervalReason?: string | null },
  at: Date,
): Promise<PlanView> {
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, expected);
    refuseIfWithdrawn(plan);
    const stamp = at.toISOString();
    const set = {
      ...(settings.documentScript !== undefined ? { document_script: settings.documentScript } : {}),
      ...(settings.exerciseIntervalMonths !== undefined
        ? {
            exercise_interval_months: settings.exerciseIntervalMonths,
            exercise_interval_reason: keptIntervalReason(settings.exerciseIntervalMonths, settings.exerciseIntervalReason),
          }
        : {}),
    };
    const after = await touched(trx, plan, expected, stamp, set);
    await auditPlan(
      trx,
      who,
      plan,
      'plan.settings',
      { documentScript: plan.documentScript, exerciseIntervalMonths: plan.exerciseIntervalMonths, exerciseIntervalReason: plan.exerciseIntervalReason },
      { documentScript: after.documentScript, exerciseIntervalMonths: after.exerciseIntervalMonths, exerciseIntervalReason: after.exerciseIntervalReason },
      stamp,
    );
    return planView(trx, after, deltaDate(at));
  });
}
