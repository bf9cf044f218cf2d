import { PORTS } from '../../fixtures/ports.ts';
import type { Agency } from '../domain/agency.ts';
import {
  deltaDate,
  issueProblems,
  nextExerciseDue,
  planNumber,
  prefilledContent,
  requiredExerciseClash,
  sourcesOf,
  staleFields,
  type Amendment,
  type ChangeKind,
  type Exercise,
  type PlanContent,
  type PlanSnapshot,
} from '../domain/plan.ts';
import { recognitionFor, type Recognition } from '../domain/recognition.ts';
import { AppError, conflict, forbidden, notFound } from '../errors.ts';
import { mayWriteHomeRecord, type Principal } from '../domain/access.ts';
import { listAgencies } from '../store/agencies.ts';
import { listPairs } from '../store/arrangement.ts';
import { recordAudit, type Actor } from '../store/audit.ts';
import { companiesByIds, getCompany } from '../store/companies.ts';
import { inTransaction, type Db, type Executor, type Tx } from '../store/database.ts';
import { insertCopies } from '../store/copies.ts';
import { controlledCopies, sha256, verificationCode } from '../domain/copies.ts';
import { renderInWorker } from '../pdf/render-pool.ts';
import { exercisesByPlan, insertExercise, listExercises } from '../store/exercises.ts';
import {
  getPlan,
  insertPlan,
  insertRevision,
  listRevisions,
  markIssued,
  nextPlanSequence,
  planForVessel,
  revisionsOfPlans,
  touchPlan,
  updateDraftContent,
  type Plan,
  type Revision,
} from '../store/plans.ts';
import { getVessel, vesselsByIds } from '../store/vessels.ts';

// Plan work that more than one caller needs (the API, the web pages, the demo seed): each function
// runs inside the caller's transaction and records its own audit event there.

/** Who acts, for the audit trail. */
export type Who = { actor: Actor; requestId: string | null };

export type PlanView = {
  id: number;
  planNumber: string;
  homeAgency: Plan['homeAgency'];
  vessel: { id: number; nameZh: string; nameEn: string; companyId: number };
  status: 'draft' | 'issued' | 'withdrawn';
  stale: boolean;
  staleFields: string[];
  current: { revision: number; issuedOn: string; change: ChangeKind; summary: string } | null;
  draft: { revision: number; content: PlanContent; updatedAt: string } | null;
  amendments: Amendment[];
  recognitions: Recognition[];
  exercises: { nextDue: string | null; overdue: boolean; items: Exercise[] };
  withdrawn: { on: string; reason: string } | null;
  version: number;
};

const amendmentOf = (r: Revision): Amendment => ({ revision: r.revision, issuedOn: r.issuedOn!, change: r.change!, summary: r.summary!, issuedBy: r.issuedBy! });

/** Views of many plans with few queries: staleness, recognition and exercise dues are derived here. */
export async function planViews(db: Executor, plans: Plan[], today: string): Promise<PlanView[]> {
  const ids = plans.map((p) => p.id);
  const [vessels, agencies, pairs, exercises, revisions] = await Promise.all([
    vesselsByIds(db, plans.map((p) => p.vesselId)),
    listAgencies(db),
    listPairs(db),
    exercisesByPlan(db, ids),
    revisionsOfPlans(db, ids),
  ]);
  const companies = await companiesByIds(db, [...vessels.values()].map((v) => v.companyId));
  return plans.map((plan) => {
    const vessel = vessels.get(plan.vesselId)!;
    const company = companies.get(vessel.companyId)!;
    const all = revisions.get(plan.id) ?? [];
    const issued = all.find((r) => r.state === 'issued');
    const draft = all.find((r) => r.state === 'draft');
    const done = all.filter((r) => r.state !== 'draft');
    const stale = issued?.snapshot
      ? staleFields(sourcesOf(issued.snapshot.company, issued.snapshot.vessel, issued.snapshot.agencies), sourcesOf(company, vessel, agencies))
      : [];
    const planExercises = exercises.get(plan.id) ?? [];
    const nextDue = plan.withdrawnOn ? null : nextExerciseDue(planExercises, done[0]?.issuedOn ?? null);
    return {
      id: plan.id,
      planNumber: plan.planNumber,
      homeAgency: plan.homeAgency,
      vessel: { id: vessel.id, nameZh: vessel.nameZh, nameEn: vessel.nameEn, companyId: vessel.companyId },
      status: plan.withdrawnOn ? 'withdrawn' : issued ? 'issued' : 'draft',
      stale: !plan.withdrawnOn && stale.length > 0,
      staleFields: plan.withdrawnOn ? [] : stale,
      current: issued ? { revision: issued.revision, issuedOn: issued.issuedOn!, change: issued.change!, summary: issued.summary! } : null,
      draft: draft ? { revision: draft.revision, content: draft.content, updatedAt: draft.updatedAt } : null,
      amendments: done.map(amendmentOf),
      recognitions: issued ? recognitionFor(plan.homeAgency, issued.issuedOn!, pairs) : [],
      exercises: { nextDue, overdue: nextDue !== null && nextDue < today, items: planExercises },
      withdrawn: plan.withdrawnOn ? { on: plan.withdrawnOn, reason: plan.withdrawnReason ?? '' } : null,
      version: plan.version,
    };
  });
}

export async function planView(db: Executor, plan: Plan, today: string): Promise<PlanView> {
  return (await planViews(db, [plan], today))[0]!;
}

/** Opens the plan of a vessel with its first draft, prefilled from the vessel record. */
export async function openPlan(trx: Tx, who: Who, vesselId: number, at: Date): Promise<Plan> {
  const vessel = await getVessel(trx, vesselId);
  if (!vessel) throw new AppError('validation_failed', 'No such vessel', [{ field: 'vesselId', message: `vessel ${vesselId} does not exist` }]);
  const existing = await planForVessel(trx, vesselId);
  if (existing) throw conflict(`${vessel.nameEn} already has plan ${existing.planNumber}; a ship has one plan, kept current by revisions`, [], { plan: { id: existing.id, planNumber: existing.planNumber } });
  if (vessel.status === 'withdrawn') throw new AppError('unprocessable', `${vessel.nameEn} is withdrawn from service`);
  const stamp = at.toISOString();
  const year = Number(deltaDate(at).slice(0, 4));
  const number = planNumber(vessel.homeAgency, year, await nextPlanSequence(trx, vessel.homeAgency, year));
  const plan = await insertPlan(trx, { vesselId, planNumber: number, homeAgency: vessel.homeAgency, at: stamp });
  const draft = await insertRevision(trx, { planId: plan.id, revision: 1, content: prefilledContent(vessel, PORTS), at: stamp });
  await recordAudit(trx, { ...who, action: 'plan.open', record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before: null, after: { plan, draft }, at: stamp });
  return plan;
}

export async function requirePlan(db: Executor, id: number): Promise<Plan> {
  const plan = await getPlan(db, id);
  if (!plan) throw notFound(`Plan ${id}`);
  return plan;
}

function refuseIfWithdrawn(plan: Plan) {
  if (plan.withdrawnOn) throw conflict(`Plan ${plan.planNumber} was withdrawn on ${plan.withdrawnOn}; it no longer changes`);
}

async function openDraftOf(trx: Executor, plan: Plan): Promise<Revision | undefined> {
  return (await listRevisions(trx, plan.id)).find((r) => r.state === 'draft');
}

/** Opens the next revision as a draft, starting from the content of the last one. */
export async function openRevision(trx: Tx, who: Who, plan: Plan, expectedVersion: number, at: Date): Promise<Plan> {
  refuseIfWithdrawn(plan);
  const revisions = await listRevisions(trx, plan.id);
  if (revisions.some((r) => r.state === 'draft')) throw conflict(`Plan ${plan.planNumber} already has an open draft`);
  const last = revisions.at(-1)!;
  const stamp = at.toISOString();
  const touched = await touchPlan(trx, plan.id, expectedVersion, stamp);
  if (!touched) throw staleVersion();
  const draft = await insertRevision(trx, { planId: plan.id, revision: last.revision + 1, content: last.content, at: stamp });
  await recordAudit(trx, { ...who, action: 'plan.draft.open', record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before: null, after: draft, at: stamp });
  return touched;
}

export async function editDraft(trx: Tx, who: Who, plan: Plan, expectedVersion: number, patch: Partial<PlanContent>, at: Date): Promise<Plan> {
  refuseIfWithdrawn(plan);
  const draft = await openDraftOf(trx, plan);
  if (!draft) throw conflict(`Plan ${plan.planNumber} has no open draft: an issued revision never changes. Open a new revision with POST /api/plans/${plan.id}/draft`);
  const stamp = at.toISOString();
  const touched = await touchPlan(trx, plan.id, expectedVersion, stamp);
  if (!touched) throw staleVersion();
  const content = { ...draft.content, ...patch };
  await updateDraftContent(trx, draft.id, content, stamp);
  await recordAudit(trx, { ...who, action: 'plan.draft.edit', record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before: draft.content, after: content, at: stamp });
  return touched;
}

/**
 * Issues the open draft: checks completeness (every agency's Module 3 included), freezes the snapshot of
 * everything printed, renders its five controlled copies, and in one transaction marks it issued,
 * supersedes the previous revision, stores the copies and audits. Rendering happens before that
 * transaction so that other requests are not held up by it; the snapshot is rebuilt inside the
 * transaction and must be the same, or nothing is written.
 */
export async function issuePlan(
  db: Executor,
  who: Who,
  plan: Plan,
  expectedVersion: number,
  issue: { change: ChangeKind; summary: string; issuedBy: string },
  at: Date,
): Promise<{ plan: Plan; snapshot: PlanSnapshot }> {
  const prepared = await prepareIssue(db, plan, expectedVersion, issue, at);
  // The copies render in worker threads (src/pdf/render-pool.ts), which load the PDF machinery on the
  // first issue: a registry that is only being searched never carries it, and lookups are not held up.
  const copies = await Promise.all(
    controlledCopies(prepared.snapshot).map(async (copy) => {
      const pdf = await renderInWorker(prepared.snapshot, copy.number);
      return { number: copy.number, holder: copy.holder, pdf, sha256: sha256(pdf), verificationCode: verificationCode(prepared.snapshot, copy.number) };
    }),
  );
  return inTransaction(db, async (trx) => {
    const again = await prepareIssue(trx, plan, expectedVersion, issue, at);
    if (JSON.stringify(again.snapshot) !== JSON.stringify(prepared.snapshot)) {
      throw conflict(`A record printed in plan ${plan.planNumber} changed while it was being issued; issue it again`);
    }
    const stamp = at.toISOString();
    const touched = await touchPlan(trx, plan.id, expectedVersion, stamp);
    if (!touched) throw staleVersion();
    const { snapshot, draft } = prepared;
    await markIssued(trx, draft, { snapshot, change: issue.change, summary: issue.summary, issuedOn: snapshot.issuedOn, issuedBy: issue.issuedBy, at: stamp });
    await insertCopies(trx, draft.id, copies);
    await recordAudit(trx, {
      ...who,
      action: 'plan.issue',
      record: { type: 'plan', id: plan.id, agency: plan.homeAgency },
      before: { revision: draft.revision, state: 'draft' },
      after: { revision: draft.revision, state: 'issued', change: issue.change, summary: issue.summary, issuedOn: snapshot.issuedOn, copies: copies.map((c) => ({ number: c.number, sha256: c.sha256 })) },
      at: stamp,
    });
    return { plan: touched, snapshot };
  });
}

/** Everything issuing checks and the snapshot it would freeze; writes nothing. */
async function prepareIssue(db: Executor, plan: Plan, expectedVersion: number, issue: { change: ChangeKind; summary: string; issuedBy: string }, at: Date) {
  const current = await requirePlan(db, plan.id);
  if (current.version !== expectedVersion) throw staleVersion();
  refuseIfWithdrawn(current);
  const revisions = await listRevisions(db, plan.id);
  const draft = revisions.find((r) => r.state === 'draft');
  if (!draft) throw conflict(`Plan ${plan.planNumber} has no open draft to issue`);
  const vessel = (await getVessel(db, plan.vesselId))!;
  const company = (await getCompany(db, vessel.companyId))!;
  const agencies = await listAgencies(db);
  const problems = issueProblems(company, vessel, agencies, draft.content);
  if (problems.length) throw new AppError('unprocessable', `Plan ${plan.planNumber} cannot be issued: ${problems.length} item${problems.length === 1 ? ' is' : 's are'} missing`, problems);

  const issuedOn = deltaDate(at);
  const sources = sourcesOf(company, vessel, agencies);
  const snapshot: PlanSnapshot = {
    planNumber: plan.planNumber,
    revision: draft.revision,
    issuedOn,
    homeAgency: plan.homeAgency,
    change: issue.change,
    summary: issue.summary,
    company: sources.company,
    vessel: sources.vessel,
    routePorts: vessel.route.ports.map((code) => PORTS.find((p) => p.code === code)!),
    agencies: agencies.map(({ code, nameZh, nameEn, rcc, facilities }: Agency) => ({ code, nameZh, nameEn, rcc, facilities })),
    content: draft.content,
    exercises: await listExercises(db, plan.id),
    amendments: [
      ...revisions.filter((r) => r.state !== 'draft').map(amendmentOf),
      { revision: draft.revision, issuedOn, change: issue.change, summary: issue.summary, issuedBy: issue.issuedBy },
    ],
    recognitions: recognitionFor(plan.homeAgency, issuedOn, await listPairs(db)),
  };
  return { snapshot, draft };
}

export async function withdrawPlan(trx: Tx, who: Who, plan: Plan, expectedVersion: number, reason: string, at: Date): Promise<Plan> {
  refuseIfWithdrawn(plan);
  const stamp = at.toISOString();
  const touched = await touchPlan(trx, plan.id, expectedVersion, stamp, { withdrawn_on: deltaDate(at), withdrawn_reason: reason });
  if (!touched) throw staleVersion();
  await recordAudit(trx, { ...who, action: 'plan.withdraw', record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before: plan, after: touched, at: stamp });
  return touched;
}

const staleVersion = () => new AppError('precondition_failed', 'This plan changed while your request was being handled; read it again');


/**
 * Records a planned or held exercise (Module 5) for the home registrar: a held one is not in the
 * future, and a required one is refused within twelve months of another held (voluntary ones pass).
 */
export async function recordExercise(db: Db, who: Who & { actor: Principal }, planId: number, input: Omit<Exercise, 'id'>, at: Date): Promise<Exercise> {
  const today = deltaDate(at);
  if (input.state === 'held' && input.date > today) {
    throw new AppError('validation_failed', 'A held exercise cannot be in the future', [{ field: 'date', message: `a held exercise is on or before today (${today})` }]);
  }
  const stamp = at.toISOString();
  return db.transaction().execute(async (trx) => {
    const plan = await requirePlan(trx, planId);
    if (!mayWriteHomeRecord(who.actor, plan.homeAgency)) throw forbidden(`Only registrars of ${plan.homeAgency} record this plan's exercises`);
    refuseIfWithdrawn(plan);
    if (!input.voluntary) {
      const clash = requiredExerciseClash(input.date, await listExercises(trx, plan.id));
      if (clash) throw new AppError('unprocessable', `Refused: ${clash}`, [{ field: 'voluntary', message: clash }]);
    }
    const saved = await insertExercise(trx, plan.id, input, stamp);
    await recordAudit(trx, { ...who, action: 'exercise.record', record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before: null, after: saved, at: stamp });
    return saved;
  });
}
