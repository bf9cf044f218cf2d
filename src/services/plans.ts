import { mayWriteHomeRecord, operatorScope, requireCompanyReader, requireHomeRegistrar, type Action, type Who } from '../domain/access.ts';
import type { Agency, Script } from '../domain/agency.ts';
import type { Company } from '../domain/company.ts';
import type { Vessel } from '../domain/vessel.ts';
import { diffArrays } from 'diff';
import { toSimplified } from '../script.ts';
import { fieldLabel, type Words } from '../words/field-label.ts';
import type { Page } from '../domain/page.ts';
import {
  nextExerciseDue,
  planStatus,
  proposedChange,
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
  type RevisionChange,
} from '../domain/plan.ts';
import { recognitionFor, type Recognition } from '../domain/recognition.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { notFound, refuse } from '../errors.ts';
import { listAgencies } from '../store/agencies.ts';
import { listPairs } from '../store/arrangement.ts';
import { recordAudit } from '../store/audit.ts';
import { companiesByIds } from '../store/companies.ts';
import type { Executor, Tx } from '../store/database.ts';
import { exercisesByPlan } from '../store/exercises.ts';
import { getPlan, getRevision, listPlans, listRevisions, plansForVessel, revisionsOfPlans, touchPlan } from '../store/plans.ts';
import { getVessel, vesselsByIds } from '../store/vessels.ts';
import { copyViewsOf, type CopyView } from './copies.ts';

// Plan work, once for every caller (the API, the pages, the demo seed): each write checks who may do
// it and the version the caller last saw, runs in one transaction (its own, or the caller's) with its
// audit event, and answers with the plan's view.

/** One printed field that changed since the plan's current revision was issued: its label, and the value then and now. */

export type PlanView = {
  id: number;
  planNumber: string;
  homeAgency: Plan['homeAgency'];
  vessel: { id: number; nameZh: string; nameEn: string; companyId: number };
  status: PlanStatus;
  stale: boolean;
  staleFields: string[];
  /** The same changes as staleFields, each with its bilingual label and its old and new value. */
  staleChanges: RevisionChange[];
  /** What the registry proposes for the next issue, and which changes make it major. */
  proposedChange: { kind: ChangeKind; because: Words[] };
  /** The script the documents print in and the agreed exercise interval: the plan's own, else its agency's. */
  settings: {
    documentScript: Script;
    exerciseIntervalMonths: number;
    exerciseIntervalReason: string | null;
    ownDocumentScript: Script | null;
    ownExerciseIntervalMonths: number | null;
  };
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
/** The revision in force beside the one before it: each printed item that differs, with its value in each. */
export type RevisionComparison = { revision: number; previous: number; changes: RevisionChange[] };

export type PlanDetail = { plan: PlanView; revisions: RevisionRecognitions[]; copies: CopyView[]; comparison: RevisionComparison | null; mayWrite: boolean };

export const amendmentOf = (r: Revision): Amendment => ({
  revision: r.revision,
  issuedOn: r.issuedOn!,
  change: r.change!,
  summary: r.summary!,
  issuedBy: r.issuedBy!,
  ...(r.changeReason ? { reason: r.changeReason } : {}),
});

/** A value as a registrar reads it in a notice and a copy prints it among the changes: a list's items one a line, a record's parts after each other. */
const shown = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map(shown).join(v.some((x) => x !== null && typeof x === 'object') ? '\n' : ', ');
  if (typeof v === 'object')
    return (
      Object.values(v)
        .filter((x) => x !== null && x !== undefined && x !== '')
        .map(shown)
        .join(', ') || '—'
    );
  return String(v);
};

const valueAt = (root: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), root);

export const agencyLabel =
  (agencies: readonly Pick<Agency, 'code' | 'nameZh' | 'nameEn'>[]) =>
  (code: string): Words => {
    const a = agencies.find((x) => x.code === code);
    return a ? { 'zh-Hant': a.nameZh, 'zh-Hans': toSimplified(a.nameZh), en: a.nameEn } : { 'zh-Hant': code, 'zh-Hans': code, en: code };
  };

/** The printed fields that changed between an issued revision and the records now (and the draft's content, if given). */
export function changesSince(issued: PlanSnapshot, company: Company, vessel: Vessel, agencies: readonly Agency[], draft?: PlanContent): RevisionChange[] {
  const then = { ...sourcesOf(issued.company, issued.vessel, issued.agencies), content: issued.content };
  const now = { ...sourcesOf(company, vessel, agencies), content: draft ?? issued.content };
  return changedFields(then, now, agencies);
}

/** The printed fields that differ between two issued revisions: what the later one's copies list, and the plan page shows side by side. */
export function changesBetween(earlier: PlanSnapshot, later: PlanSnapshot): RevisionChange[] {
  const then = { ...sourcesOf(earlier.company, earlier.vessel, earlier.agencies), content: earlier.content };
  const now = { ...sourcesOf(later.company, later.vessel, later.agencies), content: later.content };
  return changedFields(then, now, later.agencies);
}

function changedFields(
  then: Parameters<typeof staleFields>[0],
  now: Parameters<typeof staleFields>[1],
  agencies: readonly Pick<Agency, 'code' | 'nameZh' | 'nameEn'>[],
) {
  const label = agencyLabel(agencies);
  return staleFields(then, now).map((field) => {
    const before = shown(valueAt(then, field));
    const after = shown(valueAt(now, field));
    const passages = changedPassages(before, after);
    return { field, label: fieldLabel(field, label), before, after, ...(passages ? { passages } : {}) };
  });
}

/** A text longer than this is shown by the passages that changed, not whole. */
const LONG_TEXT = 160;
/** Words kept on each side of a change. */
const CONTEXT_WORDS = 6;
const words = new Intl.Segmenter(['zh', 'en'], { granularity: 'word' });

/**
 * The passages of a long text that changed, each with a few words either side and 〔〕 around what
 * changed; the rest elided (…). Words as Intl.Segmenter finds them, so a Chinese text without spaces is
 * compared word by word too. Undefined for short texts, which are shown whole.
 */
export function changedPassages(before: string, after: string): { before: string; after: string } | undefined {
  if (before.length <= LONG_TEXT && after.length <= LONG_TEXT) return undefined;
  const tokens = (text: string) => [...words.segment(text)].map((x) => x.segment);
  const parts = diffArrays(tokens(before), tokens(after));
  const side = (drop: 'added' | 'removed') => {
    const runs = parts.filter((p) => !p[drop]).map((p) => ({ changed: Boolean(p.added || p.removed), text: p.value }));
    return runs
      .map((run, i) => {
        if (run.changed) return `〔${run.text.join('')}〕`;
        const keepStart = i > 0 ? run.text.slice(0, CONTEXT_WORDS) : [];
        const keepEnd = i < runs.length - 1 ? run.text.slice(-CONTEXT_WORDS) : [];
        if (run.text.length <= 2 * CONTEXT_WORDS) return run.text.join('');
        return `${keepStart.join('')}…${keepEnd.join('')}`;
      })
      .join('');
  };
  return { before: side('added'), after: side('removed') };
}

/** The script and exercise interval in force for a plan: its own, else its agency's. */
export function settingsOf(plan: Plan, agencies: readonly Agency[]) {
  const agency = agencies.find((a) => a.code === plan.homeAgency)!;
  return {
    documentScript: plan.documentScript ?? agency.documentScript,
    exerciseIntervalMonths: plan.exerciseIntervalMonths ?? agency.exerciseIntervalMonths,
    exerciseIntervalReason: plan.exerciseIntervalMonths !== null ? plan.exerciseIntervalReason : agency.exerciseIntervalReason,
    ownDocumentScript: plan.documentScript,
    ownExerciseIntervalMonths: plan.exerciseIntervalMonths,
  };
}

/** Views of many plans with few queries: staleness, recognition and exercise dues are derived here. */
export async function planViews(db: Executor, plans: Plan[], today: string): Promise<PlanView[]> {
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
      recognitions: issued ? recognitionFor(plan.homeAgency, done[0]!.issuedOn!, pairs, plan.withdrawnOn) : [],
      exercises: { nextDue, overdue: nextDue !== null && nextDue < today, items: planExercises },
      withdrawn: plan.withdrawnOn ? { on: plan.withdrawnOn, reason: plan.withdrawnReason ?? '' } : null,
      version: plan.version,
    };
  });
}

export async function planView(db: Executor, plan: Plan, today: string): Promise<PlanView> {
  return (await planViews(db, [plan], today))[0]!;
}

export async function requirePlan(db: Executor, id: number): Promise<Plan> {
  const plan = await getPlan(db, id);
  if (!plan) throw notFound('noun.plan', id);
  return plan;
}

/** A plan the one asking may read: everyone but operators, and operators their own company's. */
export async function readablePlan(db: Executor, who: Who, id: number): Promise<Plan> {
  const plan = await requirePlan(db, id);
  if (operatorScope(who.principal) !== undefined) {
    const vessel = (await getVessel(db, plan.vesselId))!;
    requireCompanyReader(who.principal, vessel.companyId);
  }
  return plan;
}

/** A plan the one asking may change (the home agency's registrars only), still at the version they saw. */
export async function writablePlan(trx: Executor, who: Who, id: number, expected: ExpectedVersion | null, what: Action = 'compile_plans'): Promise<Plan> {
  const plan = await requirePlan(trx, id);
  requireHomeRegistrar(who.principal, plan.homeAgency, what);
  if (expected !== null) requireVersion('plan', plan.version, expected);
  return plan;
}

export function refuseIfWithdrawn(plan: Plan) {
  if (plan.withdrawnOn) throw refuse('plan_withdrawn', { planNumber: plan.planNumber, date: plan.withdrawnOn });
}

/** Moves the plan's version on, atomically, if it is still the one the caller saw. */
export async function touched(trx: Tx, plan: Plan, expected: ExpectedVersion, stamp: string, set?: Parameters<typeof touchPlan>[4]): Promise<Plan> {
  const after = await touchPlan(trx, plan.id, requireVersion('plan', plan.version, expected), stamp, set);
  if (!after) throw changedMeanwhile('plan');
  return after;
}

export const auditPlan = (trx: Tx, who: Who, plan: Plan, action: string, before: unknown, after: unknown, stamp: string) =>
  recordAudit(trx, { who, action, record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before, after, at: stamp });

// --- reads -----------------------------------------------------------------------------------

export async function readPlan(db: Executor, who: Who, id: number, today: string): Promise<PlanView> {
  return planView(db, await readablePlan(db, who, id), today);
}

/** The plan of a ship, if it has one, and during a transfer's handover the gaining agency's on its way (read rules as for the ship). */
export async function plansOfVessel(
  db: Executor,
  vessel: Pick<Vessel, 'id' | 'homeAgency'>,
  today: string,
): Promise<{ plan: PlanView | null; incoming: PlanView | null }> {
  const { plan, incoming } = await plansForVessel(db, vessel.id, vessel.homeAgency);
  return { plan: plan ? await planView(db, plan, today) : null, incoming: incoming ? await planView(db, incoming, today) : null };
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
  if (scope !== undefined && q.companyId !== undefined && q.companyId !== scope) requireCompanyReader(who.principal, q.companyId);
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
  requireCompanyReader(who.principal, companyId);
  return planViews(db, (await listPlans(db, { companyId })).items, today);
}

/** Each issued revision of a plan with its recognition: continuous from the first, each from its own issue. */
export async function planRecognitions(db: Executor, who: Who, id: number) {
  const plan = await readablePlan(db, who, id);
  return { planNumber: plan.planNumber, homeAgency: plan.homeAgency, revisions: await revisionRecognitions(db, plan) };
}

async function revisionRecognitions(db: Executor, plan: Plan): Promise<RevisionRecognitions[]> {
  const [pairs, revisions] = await Promise.all([listPairs(db), listRevisions(db, plan.id)]);
  const done = revisions.filter((r) => r.state !== 'draft');
  return done.map((r, i) => ({
    revision: r.revision,
    state: r.state as 'issued' | 'superseded',
    issuedOn: r.issuedOn!,
    // Each revision ends when the next is issued, the last when the plan is withdrawn.
    recognitions: recognitionFor(plan.homeAgency, r.issuedOn!, pairs, done[i + 1]?.issuedOn ?? plan.withdrawnOn),
  }));
}

/** The plan's page: its view, the recognition of each revision, and the current revision's copies as this reader may use them. */
export async function planDetail(db: Executor, who: Who, id: number, today: string): Promise<PlanDetail> {
  const plan = await readablePlan(db, who, id);
  const [view, revisions, all] = await Promise.all([planView(db, plan, today), revisionRecognitions(db, plan), listRevisions(db, plan.id)]);
  const current = all.find((r) => r.state === 'issued');
  const copies = current ? await copyViewsOf(db, who, plan, view.vessel.companyId, current) : [];
  const previous = current && all.filter((r) => r.issuedOn && r.revision < current.revision).at(-1);
  const comparison =
    current?.snapshot && previous?.snapshot
      ? { revision: current.revision, previous: previous.revision, changes: changesBetween(previous.snapshot, current.snapshot) }
      : null;
  return { plan: view, revisions, copies, comparison, mayWrite: mayWriteHomeRecord(who.principal, plan.homeAgency) };
}

export async function readRevision(db: Executor, who: Who, id: number, rev: number) {
  await readablePlan(db, who, id);
  const r = await getRevision(db, id, rev);
  if (!r) throw refuse('revision_not_issued', { revision: String(rev), planNumber: String(id) });
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
