import { mayWriteHomeRecord, operatorScope, requireCompanyReader, requireHomeRegistrar, requireRole, type Who } from '../domain/access.ts';
import type { Agency, Script } from '../domain/agency.ts';
import type { AreaCode } from '../domain/areas.ts';
import type { Company } from '../domain/company.ts';
import type { Vessel } from '../domain/vessel.ts';
import { fieldLabel, type Bilingual } from '../labels.ts';
import { toSimplified } from '../script.ts';
import { controlledCopies, sha256, verificationCode } from '../domain/copies.ts';
import type { Page } from '../domain/page.ts';
import {
  addDays,
  daysBetween,
  deltaDate,
  issueProblems,
  nextExerciseDue,
  planNumber,
  planStatus,
  prefilledContent,
  proposedChange,
  requiredExerciseClash,
  sourcesOf,
  staleFields,
  type Amendment,
  type ChangeKind,
  type Exercise,
  type Plan,
  type PlanContent,
  type PlanSnapshot,
  type PlanStatus,
  type Revision,
} from '../domain/plan.ts';
import { recognitionFor, type Recognition } from '../domain/recognition.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { AppError, conflict, notFound } from '../errors.ts';
import { renderCopyOffThread } from '../pdf/render-pool.ts';
import { PORTS } from '../reference/ports.ts';
import { listAgencies } from '../store/agencies.ts';
import { listPairs } from '../store/arrangement.ts';
import { recordAudit } from '../store/audit.ts';
import { companiesByIds, getCompany } from '../store/companies.ts';
import { insertCopies } from '../store/copies.ts';
import { inTransaction, type Executor, type Tx } from '../store/database.ts';
import { exercisesByPlan, insertExercise, listExercises, markExerciseHeld as markExerciseHeld_ } from '../store/exercises.ts';
import {
  getPlan,
  getRevision,
  insertPlan,
  insertRevision,
  listPlans,
  listRevisions,
  markIssued,
  nextPlanSequence,
  planForVessel,
  planInForceForVessel,
  revisionsOfPlans,
  touchPlan,
  updateDraftContent,
} from '../store/plans.ts';
import { getVessel, vesselsByIds } from '../store/vessels.ts';
import { copyViewsOf, type CopyView } from './copies.ts';

// Plan work, once for every caller (the API, the pages, the demo seed): each write checks who may do
// it and the version the caller last saw, runs in one transaction (its own, or the caller's) with its
// audit event, and answers with the plan's view.

/** One printed field that changed since the plan's current revision was issued: its label, and the value then and now. */
export type StaleChange = { field: string; label: Bilingual; before: string; after: string };

export type PlanView = {
  id: number;
  planNumber: string;
  homeAgency: Plan['homeAgency'];
  vessel: { id: number; nameZh: string; nameEn: string; companyId: number };
  status: PlanStatus;
  stale: boolean;
  staleFields: string[];
  /** The same changes as staleFields, each with its bilingual label and its old and new value. */
  staleChanges: StaleChange[];
  /** What the registry proposes for the next issue, and which changes make it major. */
  proposedChange: { kind: ChangeKind; because: Bilingual[] };
  /** The script the documents print in and the agreed exercise interval: the plan's own, else its agency's. */
  settings: { documentScript: Script; exerciseIntervalMonths: number; ownDocumentScript: Script | null; ownExerciseIntervalMonths: number | null };
  current: { revision: number; issuedOn: string; change: ChangeKind; summary: string } | null;
  draft: { revision: number; content: PlanContent; updatedAt: string } | null;
  amendments: Amendment[];
  /** Recognition of the plan, continuous across revisions: since the later of its first issue and the agencies' joining. */
  recognitions: Recognition[];
  exercises: { nextDue: string | null; overdue: boolean; items: Exercise[] };
  withdrawn: { on: string; reason: string } | null;
  version: number;
};

/** Each issued revision with its own recognition by the other two agencies. */
export type RevisionRecognitions = { revision: number; state: 'issued' | 'superseded'; issuedOn: string; recognitions: Recognition[] };

/** Everything the plan's page shows, for the one who reads it: the view, each revision's recognition, the current copies. */
export type PlanDetail = { plan: PlanView; revisions: RevisionRecognitions[]; copies: CopyView[]; mayWrite: boolean };

const amendmentOf = (r: Revision): Amendment => ({
  revision: r.revision,
  issuedOn: r.issuedOn!,
  change: r.change!,
  summary: r.summary!,
  issuedBy: r.issuedBy!,
  ...(r.changeReason ? { reason: r.changeReason } : {}),
});

/** A value as a registrar reads it in a notice. */
const shown = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.map(shown).join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v);

const valueAt = (root: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), root);

const agencyLabel =
  (agencies: readonly Agency[]) =>
  (code: string): Bilingual => {
    const a = agencies.find((x) => x.code === code);
    return a ? { zh: a.nameZh, en: a.nameEn } : { zh: code, en: code };
  };

/** The printed fields that changed between an issued revision and the records now (and the draft's content, if given). */
function changesSince(issued: PlanSnapshot, company: Company, vessel: Vessel, agencies: readonly Agency[], draft?: PlanContent) {
  const then = { ...sourcesOf(issued.company, issued.vessel, issued.agencies), content: issued.content };
  const now = { ...sourcesOf(company, vessel, agencies), content: draft ?? issued.content };
  const label = agencyLabel(agencies);
  return staleFields(then, now).map((field) => ({
    field,
    label: fieldLabel(field, label),
    before: shown(valueAt(then, field)),
    after: shown(valueAt(now, field)),
  }));
}

/** The script and exercise interval in force for a plan: its own, else its agency's. */
function settingsOf(plan: Plan, agencies: readonly Agency[]) {
  const agency = agencies.find((a) => a.code === plan.homeAgency)!;
  return {
    documentScript: plan.documentScript ?? agency.documentScript,
    exerciseIntervalMonths: plan.exerciseIntervalMonths ?? agency.exerciseIntervalMonths,
    ownDocumentScript: plan.documentScript,
    ownExerciseIntervalMonths: plan.exerciseIntervalMonths,
  };
}

/** Views of many plans with few queries: staleness, recognition and exercise dues are derived here. */
async function planViews(db: Executor, plans: Plan[], today: string): Promise<PlanView[]> {
  const ids = plans.map((p) => p.id);
  const [vessels, agencies, pairs, exercises, revisions] = await Promise.all([
    vesselsByIds(
      db,
      plans.map((p) => p.vesselId),
    ),
    listAgencies(db),
    listPairs(db),
    exercisesByPlan(db, ids),
    revisionsOfPlans(db, ids),
  ]);
  const companies = await companiesByIds(
    db,
    [...vessels.values()].map((v) => v.companyId),
  );
  return plans.map((plan) => {
    const vessel = vessels.get(plan.vesselId)!;
    const company = companies.get(vessel.companyId)!;
    const all = revisions.get(plan.id) ?? [];
    const issued = all.find((r) => r.state === 'issued');
    const draft = all.find((r) => r.state === 'draft');
    const done = all.filter((r) => r.state !== 'draft');
    const staleChanges = issued?.snapshot && !plan.withdrawnOn ? changesSince(issued.snapshot, company, vessel, agencies) : [];
    const pending = issued?.snapshot ? changesSince(issued.snapshot, company, vessel, agencies, draft?.content) : [];
    const proposal = proposedChange(
      pending.map((c) => c.field),
      !issued,
    );
    const settings = settingsOf(plan, agencies);
    const planExercises = exercises.get(plan.id) ?? [];
    const nextDue = plan.withdrawnOn ? null : nextExerciseDue(planExercises, done[0]?.issuedOn ?? null, settings.exerciseIntervalMonths);
    return {
      id: plan.id,
      planNumber: plan.planNumber,
      homeAgency: plan.homeAgency,
      vessel: { id: vessel.id, nameZh: vessel.nameZh, nameEn: vessel.nameEn, companyId: vessel.companyId },
      status: planStatus(plan, all),
      stale: staleChanges.length > 0,
      staleFields: staleChanges.map((c) => c.field),
      staleChanges,
      proposedChange: { kind: proposal.kind, because: pending.filter((c) => proposal.because.includes(c.field)).map((c) => c.label) },
      settings,
      current: issued ? { revision: issued.revision, issuedOn: issued.issuedOn!, change: issued.change!, summary: issued.summary! } : null,
      draft: draft ? { revision: draft.revision, content: draft.content, updatedAt: draft.updatedAt } : null,
      amendments: done.map(amendmentOf),
      recognitions: issued ? recognitionFor(plan.homeAgency, done[0]!.issuedOn!, pairs) : [],
      exercises: { nextDue, overdue: nextDue !== null && nextDue < today, items: planExercises },
      withdrawn: plan.withdrawnOn ? { on: plan.withdrawnOn, reason: plan.withdrawnReason ?? '' } : null,
      version: plan.version,
    };
  });
}

export async function planView(db: Executor, plan: Plan, today: string): Promise<PlanView> {
  return (await planViews(db, [plan], today))[0]!;
}

async function requirePlan(db: Executor, id: number): Promise<Plan> {
  const plan = await getPlan(db, id);
  if (!plan) throw notFound(`Plan ${id}`);
  return plan;
}

/** A plan the one asking may read: everyone but operators, and operators their own company's. */
async function readablePlan(db: Executor, who: Who, id: number): Promise<Plan> {
  const plan = await requirePlan(db, id);
  if (operatorScope(who.principal) !== undefined) {
    const vessel = (await getVessel(db, plan.vesselId))!;
    requireCompanyReader(who.principal, vessel.companyId, 'plans');
  }
  return plan;
}

/** A plan the one asking may change (the home agency's registrars only), still at the version they saw. */
async function writablePlan(trx: Executor, who: Who, id: number, expected: ExpectedVersion | null, what = 'compile and change its plans'): Promise<Plan> {
  const plan = await requirePlan(trx, id);
  requireHomeRegistrar(who.principal, plan.homeAgency, what);
  if (expected !== null) requireVersion('plan', plan.version, expected);
  return plan;
}

function refuseIfWithdrawn(plan: Plan) {
  if (plan.withdrawnOn) throw conflict(`Plan ${plan.planNumber} was withdrawn on ${plan.withdrawnOn}; it no longer changes`);
}

/** Moves the plan's version on, atomically, if it is still the one the caller saw. */
async function touched(trx: Tx, plan: Plan, expected: ExpectedVersion, stamp: string, set?: Parameters<typeof touchPlan>[4]): Promise<Plan> {
  const after = await touchPlan(trx, plan.id, requireVersion('plan', plan.version, expected), stamp, set);
  if (!after) throw changedMeanwhile('plan');
  return after;
}

const auditPlan = (trx: Tx, who: Who, plan: Plan, action: string, before: unknown, after: unknown, stamp: string) =>
  recordAudit(trx, { who, action, record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before, after, at: stamp });

// --- reads -----------------------------------------------------------------------------------

export async function readPlan(db: Executor, who: Who, id: number, today: string): Promise<PlanView> {
  return planView(db, await readablePlan(db, who, id), today);
}

/** The plan of a ship, if it has one (read rules as for the ship). */
export async function planOfVessel(db: Executor, vesselId: number, today: string): Promise<PlanView | null> {
  const plan = await planForVessel(db, vesselId);
  return plan ? planView(db, plan, today) : null;
}

export type PlanQuery = {
  area?: Plan['homeAgency'];
  companyId?: number;
  vesselId?: number;
  status?: PlanStatus;
  stale?: boolean;
  cursor?: number;
  limit: number;
};

/**
 * A page of plans. Status is filtered in SQL; staleness is derived from the records, so with that
 * filter the plans are read in batches until the page is full: never a silent cut.
 */
export async function listPlanViews(db: Executor, who: Who, q: PlanQuery, today: string): Promise<Page<PlanView>> {
  const scope = operatorScope(who.principal);
  if (scope !== undefined && q.companyId !== undefined && q.companyId !== scope) requireCompanyReader(who.principal, q.companyId, 'plans');
  const filter = { homeAgency: q.area, companyId: scope ?? q.companyId, vesselId: q.vesselId, status: q.status };
  if (q.stale === undefined) {
    const page = await listPlans(db, { ...filter, after: q.cursor, limit: q.limit });
    return { items: await planViews(db, page.items, today), nextCursor: page.nextCursor };
  }
  const found: PlanView[] = [];
  let after = q.cursor;
  for (;;) {
    const batch = await listPlans(db, { ...filter, after, limit: Math.max(100, q.limit * 2) });
    for (const view of await planViews(db, batch.items, today)) {
      if (view.stale !== q.stale) continue;
      if (found.length === q.limit) return { items: found, nextCursor: found.at(-1)!.id };
      found.push(view);
    }
    if (batch.nextCursor === null) return { items: found, nextCursor: null };
    after = batch.nextCursor;
  }
}

/** Every plan of one company's ships (a fleet is small: no paging), for its operator's page. */
export async function companyPlanViews(db: Executor, who: Who, companyId: number, today: string): Promise<PlanView[]> {
  requireCompanyReader(who.principal, companyId, 'plans');
  return planViews(db, (await listPlans(db, { companyId })).items, today);
}

/** Each issued revision of a plan with its recognition: continuous from the first, each from its own issue. */
export async function planRecognitions(db: Executor, who: Who, id: number) {
  const plan = await readablePlan(db, who, id);
  return { planNumber: plan.planNumber, homeAgency: plan.homeAgency, revisions: await revisionRecognitions(db, plan) };
}

async function revisionRecognitions(db: Executor, plan: Plan): Promise<RevisionRecognitions[]> {
  const [pairs, revisions] = await Promise.all([listPairs(db), listRevisions(db, plan.id)]);
  return revisions
    .filter((r) => r.state !== 'draft')
    .map((r) => ({
      revision: r.revision,
      state: r.state as 'issued' | 'superseded',
      issuedOn: r.issuedOn!,
      recognitions: recognitionFor(plan.homeAgency, r.issuedOn!, pairs),
    }));
}

/** The plan's page: its view, the recognition of each revision, and the current revision's copies as this reader may use them. */
export async function planDetail(db: Executor, who: Who, id: number, today: string): Promise<PlanDetail> {
  const plan = await readablePlan(db, who, id);
  const [view, revisions, all] = await Promise.all([planView(db, plan, today), revisionRecognitions(db, plan), listRevisions(db, plan.id)]);
  const current = all.find((r) => r.state === 'issued');
  const copies = current ? await copyViewsOf(db, who, plan, view.vessel.companyId, current) : [];
  return { plan: view, revisions, copies, mayWrite: mayWriteHomeRecord(who.principal, plan.homeAgency) };
}

export async function readRevision(db: Executor, who: Who, id: number, rev: number) {
  await readablePlan(db, who, id);
  const r = await getRevision(db, id, rev);
  if (!r) throw notFound(`Revision ${rev} of plan ${id}`);
  return {
    planId: id,
    revision: r.revision,
    state: r.state,
    content: r.content,
    issuedOn: r.issuedOn,
    change: r.change,
    summary: r.summary,
    issuedBy: r.issuedBy,
    snapshot: r.snapshot,
  };
}

/** Plans whose next exercise falls due within `days` (or is overdue), soonest first. */
export async function exercisesDue(db: Executor, who: Who, days: number, today: string) {
  const horizon = addDays(today, days);
  const plans = await listPlans(db, { withdrawn: false, companyId: operatorScope(who.principal) });
  const views = await planViews(db, plans.items, today);
  return views
    .filter((v) => v.exercises.nextDue !== null && v.exercises.nextDue <= horizon)
    .map((v) => ({
      planId: v.id,
      planNumber: v.planNumber,
      homeAgency: v.homeAgency,
      vessel: { id: v.vessel.id, nameZh: v.vessel.nameZh, nameEn: v.vessel.nameEn },
      nextDue: v.exercises.nextDue!,
      overdue: v.exercises.overdue,
      daysUntilDue: daysBetween(today, v.exercises.nextDue!),
    }))
    .sort((a, b) => a.nextDue.localeCompare(b.nextDue) || a.planId - b.planId);
}

// --- writes ----------------------------------------------------------------------------------

/** Opens the plan of a vessel with its first draft, prefilled from the vessel record. */
export async function openPlan(db: Executor, who: Who, vesselId: number, at: Date): Promise<PlanView> {
  return inTransaction(db, async (trx) => {
    const vessel = await getVessel(trx, vesselId);
    if (!vessel) throw new AppError('validation_failed', 'No such vessel', [{ field: 'vesselId', message: `vessel ${vesselId} does not exist` }]);
    requireHomeRegistrar(who.principal, vessel.homeAgency, 'compile and change its plans');
    const existing = await planInForceForVessel(trx, vesselId);
    if (existing)
      throw conflict(`${vessel.nameEn} already has plan ${existing.planNumber}; a ship has one plan in force, kept current by revisions`, [], {
        plan: { id: existing.id, planNumber: existing.planNumber },
      });
    if (vessel.status === 'withdrawn') throw new AppError('unprocessable', `${vessel.nameEn} is withdrawn from service`);
    const stamp = at.toISOString();
    const year = Number(deltaDate(at).slice(0, 4));
    const number = planNumber(vessel.homeAgency, year, await nextPlanSequence(trx, vessel.homeAgency, year));
    const plan = await insertPlan(trx, { vesselId, planNumber: number, homeAgency: vessel.homeAgency, at: stamp });
    const draft = await insertRevision(trx, { planId: plan.id, revision: 1, content: prefilledContent(vessel, PORTS), at: stamp });
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
    if (revisions.some((r) => r.state === 'draft')) throw conflict(`Plan ${plan.planNumber} already has an open draft`);
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
    if (!draft)
      throw conflict(`Plan ${plan.planNumber} has no open draft: an issued revision never changes. Open a new revision with POST /api/plans/${plan.id}/draft`);
    const stamp = at.toISOString();
    const after = await touched(trx, plan, expected, stamp);
    const content = { ...draft.content, ...patch };
    await updateDraftContent(trx, draft.id, content, stamp);
    await auditPlan(trx, who, plan, 'plan.draft.edit', draft.content, content, stamp);
    return planView(trx, after, deltaDate(at));
  });
}

/**
 * Issues the open draft: checks completeness (every agency's Module 3 included), freezes the snapshot of
 * everything printed, renders its five controlled copies, and in one transaction marks it issued,
 * supersedes the previous revision, stores the copies and audits. Rendering happens before that
 * transaction so that other requests are not held up by it; the snapshot is rebuilt inside the
 * transaction and must be the same, or nothing is written.
 */
export type IssueInput = { change?: ChangeKind; reason?: string | null; summary: string };

export async function issuePlan(db: Executor, who: Who, id: number, expected: ExpectedVersion, issue: IssueInput, at: Date): Promise<PlanView> {
  const { principal } = who;
  const input = { ...issue, issuedBy: `${principal.name}${principal.agency ? ` (${principal.agency})` : ''}` };
  const prepared = await prepareIssue(db, who, id, expected, input, at);
  // The copies render in worker threads (src/pdf/render-pool.ts), which load the PDF machinery on the
  // first issue: a registry that is only being searched never carries it, and lookups are not held up.
  const copies = await Promise.all(
    controlledCopies(prepared.snapshot).map(async (copy) => {
      const pdf = await renderCopyOffThread(prepared.snapshot, copy.number);
      return { number: copy.number, holder: copy.holder, pdf, sha256: sha256(pdf), verificationCode: verificationCode(prepared.snapshot, copy.number) };
    }),
  );
  return inTransaction(db, async (trx) => {
    const again = await prepareIssue(trx, who, id, expected, input, at);
    if (JSON.stringify(again.snapshot) !== JSON.stringify(prepared.snapshot)) {
      throw conflict(`A record printed in plan ${again.plan.planNumber} changed while it was being issued; issue it again`);
    }
    const { plan, snapshot, draft } = again;
    const stamp = at.toISOString();
    const after = await touched(trx, plan, expected, stamp);
    await markIssued(trx, draft, {
      snapshot,
      change: snapshot.change,
      reason: again.reason,
      summary: issue.summary,
      issuedOn: snapshot.issuedOn,
      issuedBy: input.issuedBy,
      at: stamp,
    });
    await insertCopies(trx, draft.id, copies);
    await auditPlan(
      trx,
      who,
      plan,
      'plan.issue',
      { revision: draft.revision, state: 'draft' },
      {
        revision: draft.revision,
        state: 'issued',
        change: snapshot.change,
        reason: again.reason,
        summary: issue.summary,
        issuedOn: snapshot.issuedOn,
        copies: copies.map((c) => ({ number: c.number, sha256: c.sha256 })),
      },
      stamp,
    );
    return planView(trx, after, deltaDate(at));
  });
}

/** A plan in force with its open draft and the records the draft would print (for its home registrars). */
async function draftToIssue(db: Executor, who: Who, id: number, expected: ExpectedVersion | null) {
  const plan = await writablePlan(db, who, id, expected);
  refuseIfWithdrawn(plan);
  const revisions = await listRevisions(db, plan.id);
  const draft = revisions.find((r) => r.state === 'draft');
  if (!draft) throw conflict(`Plan ${plan.planNumber} has no open draft to issue`);
  const vessel = (await getVessel(db, plan.vesselId))!;
  const company = (await getCompany(db, vessel.companyId))!;
  return { plan, revisions, draft, vessel, company, agencies: await listAgencies(db) };
}

/** Everything issuing checks and the snapshot it would freeze; writes nothing. */
async function prepareIssue(db: Executor, who: Who, id: number, expected: ExpectedVersion, issue: IssueInput & { issuedBy: string }, at: Date) {
  const { plan, revisions, draft, vessel, company, agencies } = await draftToIssue(db, who, id, expected);
  const problems = issueProblems(company, vessel, agencies, draft.content);
  if (problems.length)
    throw new AppError(
      'unprocessable',
      `Plan ${plan.planNumber} cannot be issued: ${problems.length} item${problems.length === 1 ? ' is' : 's are'} missing`,
      problems,
    );

  // The kind of change: the registrar may raise the registry's proposal, and lower it only with a reason.
  const last = revisions.filter((r) => r.state !== 'draft').at(-1);
  const changed = last?.snapshot ? changesSince(last.snapshot, company, vessel, agencies, draft.content) : [];
  const proposal = proposedChange(
    changed.map((c) => c.field),
    !last,
  );
  const change = issue.change ?? proposal.kind;
  const reason = issue.reason?.trim() || null;
  if (proposal.kind === 'major' && change === 'minor' && !reason) {
    const because = changed.filter((c) => proposal.because.includes(c.field)).map((c) => c.label.en);
    throw new AppError('unprocessable', 'This revision is a major change; issuing it as minor needs a reason', [
      {
        field: 'reason',
        message: `the registry proposes a major change${because.length ? ` (${because.join(', ')} changed)` : ' (a first issue)'}: give the reason for issuing it as minor`,
      },
    ]);
  }

  const issuedOn = deltaDate(at);
  const sources = sourcesOf(company, vessel, agencies);
  const settings = settingsOf(plan, agencies);
  const snapshot: PlanSnapshot = {
    planNumber: plan.planNumber,
    revision: draft.revision,
    issuedOn,
    homeAgency: plan.homeAgency,
    change,
    summary: issue.summary,
    company: sources.company,
    vessel: sources.vessel,
    routePorts: vessel.route.ports.map((code) => PORTS.find((p) => p.code === code)!),
    agencies: agencies.map(({ code, nameZh, nameEn, rcc, facilities }: Agency) => ({ code, nameZh, nameEn, rcc, facilities })),
    content: draft.content,
    exercises: await listExercises(db, plan.id),
    amendments: [
      ...revisions.filter((r) => r.state !== 'draft').map(amendmentOf),
      { revision: draft.revision, issuedOn, change, summary: issue.summary, issuedBy: issue.issuedBy, ...(reason ? { reason } : {}) },
    ],
    recognitions: recognitionFor(plan.homeAgency, issuedOn, await listPairs(db)),
    script: settings.documentScript,
    exerciseIntervalMonths: settings.exerciseIntervalMonths,
    // Agencies' names in the document's script: a Guangdong plan prints them in Simplified Chinese.
    agencyNamesZh: Object.fromEntries(agencies.map((a) => [a.code, settings.documentScript === 'hans' ? toSimplified(a.nameZh) : a.nameZh])),
  };
  return { plan, snapshot, draft, reason };
}

/** Where a missing item of a plan is completed: the ship's or company's record, an agency's block, or the draft. */
export type FixAt = { kind: 'ship'; id: number } | { kind: 'company'; id: number } | { kind: 'agency'; code: AreaCode } | { kind: 'draft' };

export type Readiness = {
  plan: PlanView;
  /** What must be complete before issuing, each with where to complete it. */
  missing: { field: string; message: string; label: Bilingual; fixAt: FixAt }[];
  /** What changed since the last issued revision, and the kind of change the registry proposes. */
  changes: StaleChange[];
  proposal: { kind: ChangeKind; because: Bilingual[] };
};

/** Everything the registrar checks before issuing the open draft (the same rules the issue itself applies). */
export async function issueReadiness(db: Executor, who: Who, id: number, today: string): Promise<Readiness> {
  const { plan, revisions, draft, vessel, company, agencies } = await draftToIssue(db, who, id, null);
  const label = agencyLabel(agencies);
  const fixAt = (field: string): FixAt => {
    const [record, code] = field.split('.');
    if (record === 'vessel') return { kind: 'ship', id: vessel.id };
    if (record === 'company') return { kind: 'company', id: company.id };
    if (record === 'agencies') return { kind: 'agency', code: code as AreaCode };
    return { kind: 'draft' };
  };
  const missing = issueProblems(company, vessel, agencies, draft.content).map((p) => ({ ...p, label: fieldLabel(p.field, label), fixAt: fixAt(p.field) }));
  const last = revisions.filter((r) => r.state !== 'draft').at(-1);
  const changes = last?.snapshot ? changesSince(last.snapshot, company, vessel, agencies, draft.content) : [];
  const proposal = proposedChange(
    changes.map((c) => c.field),
    !last,
  );
  return {
    plan: await planView(db, plan, today),
    missing,
    changes,
    proposal: { kind: proposal.kind, because: changes.filter((c) => proposal.because.includes(c.field)).map((c) => c.label) },
  };
}

/** The plan for its withdrawal page: only its home registrars open it, and only while it is in force. */
export async function planToWithdraw(db: Executor, who: Who, id: number, today: string): Promise<PlanView> {
  const plan = await writablePlan(db, who, id, null, 'withdraw its plans');
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
 * A ship accepted into another area's register: its plan in force (if any) is withdrawn with the reason
 * "transferred", in the transfer's transaction; the new home agency compiles a new one. The acting
 * registrar is the gaining agency's, so the permission was checked by the transfer, not here.
 */
export async function withdrawTransferredPlan(trx: Tx, who: Who, vesselId: number, at: Date): Promise<Plan | null> {
  const plan = await planInForceForVessel(trx, vesselId);
  if (!plan) return null;
  const stamp = at.toISOString();
  const after = await touched(trx, plan, plan.version, stamp, { withdrawn_on: deltaDate(at), withdrawn_reason: TRANSFERRED });
  await auditPlan(trx, who, plan, 'plan.withdraw', plan, after, stamp);
  return after;
}

/** A planned exercise was held: it becomes the held one (on the day it was held, not in the future). */
export async function markExerciseHeld(
  db: Executor,
  who: Who,
  id: number,
  exerciseId: number,
  held: { date: string; lessonsLearned: string | null },
  at: Date,
): Promise<Exercise> {
  const today = deltaDate(at);
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, null, 'record its exercises');
    refuseIfWithdrawn(plan);
    if (held.date > today)
      throw new AppError('validation_failed', 'A held exercise cannot be in the future', [
        { field: 'date', message: `a held exercise is on or before today (${today})` },
      ]);
    const before = (await listExercises(trx, plan.id)).find((e) => e.id === exerciseId);
    if (!before) throw notFound(`Exercise ${exerciseId} of plan ${plan.planNumber}`);
    const after = await markExerciseHeld_(trx, plan.id, exerciseId, held);
    if (!after) throw conflict(`Exercise ${exerciseId} of plan ${plan.planNumber} is already recorded as held`);
    const stamp = at.toISOString();
    await recordAudit(trx, { who, action: 'exercise.held', record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before, after, at: stamp });
    return after;
  });
}

/** The plan's own script and exercise interval (null: the agency's), by its home registrars. */
export async function changePlanSettings(
  db: Executor,
  who: Who,
  id: number,
  expected: ExpectedVersion,
  settings: { documentScript?: Script | null; exerciseIntervalMonths?: number | null },
  at: Date,
): Promise<PlanView> {
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, expected);
    refuseIfWithdrawn(plan);
    const stamp = at.toISOString();
    const set = {
      ...(settings.documentScript !== undefined ? { document_script: settings.documentScript } : {}),
      ...(settings.exerciseIntervalMonths !== undefined ? { exercise_interval_months: settings.exerciseIntervalMonths } : {}),
    };
    const after = await touched(trx, plan, expected, stamp, set);
    await auditPlan(
      trx,
      who,
      plan,
      'plan.settings',
      { documentScript: plan.documentScript, exerciseIntervalMonths: plan.exerciseIntervalMonths },
      { documentScript: after.documentScript, exerciseIntervalMonths: after.exerciseIntervalMonths },
      stamp,
    );
    return planView(trx, after, deltaDate(at));
  });
}

/** What a bulk re-issue did: the plans renewed, and those it could not renew, with why. */
export type ReissueReport = {
  renewed: { planId: number; planNumber: string; revision: number }[];
  failed: { planId: number; planNumber: string; reason: string }[];
};

/** The issued plans of the registrar's agency that are out of date only because an agency changed its own blocks. */
export async function plansAwaitingReissue(db: Executor, who: Who, today: string): Promise<PlanView[]> {
  requireRole(who.principal, ['registrar'], "Only an agency's registrars re-issue its plans");
  const views = await planViews(db, (await listPlans(db, { homeAgency: who.principal.agency!, status: 'issued' })).items, today);
  return views.filter(onlyAgencyChanges);
}

const onlyAgencyChanges = (v: PlanView) => v.stale && v.staleFields.every((f) => f.startsWith('agencies.'));

/**
 * Re-issues, as a minor revision each, every issued plan of the registrar's agency that is out of date
 * only because an agency changed its own Module 3 or 4 block: one revision, five new copies and one
 * audit event per plan, each in its own transaction, so one failure stops no other.
 */
export async function reissueAfterAgencyChanges(db: Executor, who: Who, at: Date): Promise<ReissueReport> {
  requireRole(who.principal, ['registrar'], "Only an agency's registrars re-issue its plans");
  const agency = who.principal.agency!;
  const views = await planViews(db, (await listPlans(db, { homeAgency: agency, status: 'issued' })).items, deltaDate(at));
  const agencies = await listAgencies(db);
  const report: ReissueReport = { renewed: [], failed: [] };
  for (const view of views.filter(onlyAgencyChanges)) {
    // agencies.<code>.… : the agencies whose blocks changed, by name.
    const codes = new Set(view.staleFields.map((f) => f.split('.')[1]));
    const changed = agencies
      .filter((a) => codes.has(a.code))
      .map((a) => a.nameEn)
      .join(', ');
    try {
      if (view.draft) throw conflict(`it has an open draft (revision ${view.draft.revision}): issue or finish that draft instead`);
      // Opening the revision and issuing it stand or fall together: a failed issue leaves no draft behind.
      const issued = await inTransaction(db, async (trx) => {
        const opened = await openRevision(trx, who, view.id, view.version, at);
        return issuePlan(trx, who, view.id, opened.version, { change: 'minor', summary: `Module 3/4 update: ${changed}` }, at);
      });
      report.renewed.push({ planId: view.id, planNumber: view.planNumber, revision: issued.current!.revision });
    } catch (err) {
      report.failed.push({ planId: view.id, planNumber: view.planNumber, reason: err instanceof AppError ? err.detail : 'unexpected failure' });
    }
  }
  return report;
}

/**
 * Records a planned or held exercise (Module 5) for the home registrar: a held one is not in the
 * future, and a required one is refused within twelve months of another held (voluntary ones pass).
 */
export async function recordExercise(db: Executor, who: Who, id: number, input: Omit<Exercise, 'id'>, at: Date): Promise<Exercise> {
  const today = deltaDate(at);
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, null, 'record its exercises');
    if (input.state === 'held' && input.date > today) {
      throw new AppError('validation_failed', 'A held exercise cannot be in the future', [
        { field: 'date', message: `a held exercise is on or before today (${today})` },
      ]);
    }
    refuseIfWithdrawn(plan);
    // Only what the agency requires is limited; what was held is recorded, in whatever order it comes.
    if (input.state === 'planned' && !input.voluntary) {
      const clash = requiredExerciseClash(input.date, await listExercises(trx, plan.id));
      if (clash) throw new AppError('unprocessable', `Refused: ${clash}`, [{ field: 'voluntary', message: clash }]);
    }
    const stamp = at.toISOString();
    const saved = await insertExercise(trx, plan.id, input, stamp);
    await recordAudit(trx, {
      who,
      action: 'exercise.record',
      record: { type: 'plan', id: plan.id, agency: plan.homeAgency },
      before: null,
      after: saved,
      at: stamp,
    });
    return saved;
  });
}
