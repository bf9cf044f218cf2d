import type { AreaCode } from '../domain/areas.ts';
import { pageOf, type Page } from '../domain/page.ts';
import type { ChangeKind, Plan, PlanContent, PlanSnapshot, PlanStatus, Revision } from '../domain/plan.ts';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json.ts';
import type { PlanRevisionTable, PlanTable } from './schema.ts';
import type { Selectable } from 'kysely';
import { prepared } from './prepared.ts';
import { idsIn } from './dialect.ts';
import { grouped } from './grouped.ts';

const toPlan = (r: Selectable<PlanTable>): Plan => ({
  id: r.id,
  vesselId: r.vessel_id,
  planNumber: r.plan_number,
  homeAgency: r.home_agency as AreaCode,
  withdrawnOn: r.withdrawn_on,
  withdrawnReason: r.withdrawn_reason,
  documentScript: r.document_script,
  exerciseIntervalMonths: r.exercise_interval_months,
  exerciseIntervalReason: r.exercise_interval_reason,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRevision = (r: Selectable<PlanRevisionTable>): Revision => ({
  id: r.id,
  planId: r.plan_id,
  revision: r.revision,
  state: r.state,
  content: fromJson(r.content),
  snapshot: r.snapshot === null ? null : fromJson(r.snapshot),
  change: r.change,
  changeReason: r.change_reason,
  summary: r.summary,
  issuedOn: r.issued_on,
  issuedBy: r.issued_by,
  updatedAt: r.updated_at,
});

/** The next free sequence number for plans of `area` in `year`. */
export async function nextPlanSequence(db: Executor, area: AreaCode, year: number): Promise<number> {
  const row = await db
    .selectFrom('plans')
    .select((eb) => eb.fn.max('plan_number').as('last'))
    .where('plan_number', 'like', `${area}-${year}-%`)
    .executeTakeFirst();
  const last = row?.last ? Number(String(row.last).slice(-4)) : 0;
  return last + 1;
}

export async function insertPlan(db: Executor, p: { vesselId: number; planNumber: string; homeAgency: AreaCode; at: string }): Promise<Plan> {
  const row = await db
    .insertInto('plans')
    .values({ vessel_id: p.vesselId, plan_number: p.planNumber, home_agency: p.homeAgency, created_at: p.at, updated_at: p.at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPlan(row);
}

export async function getPlan(db: Executor, id: number): Promise<Plan | undefined> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPlan(row);
}

/**
 * The ship's plan, and during a transfer's handover the gaining agency's plan on its way. The plan is
 * the one not withdrawn, else the latest (a transferred ship has had several). While a transfer is
 * handed over, two are not withdrawn: the losing agency's, issued and in force until the gaining
 * agency's first issue withdraws it, and the gaining agency's, not yet issued; the first is the plan.
 */
export async function plansForVessel(db: Executor, vesselId: number, homeAgency: AreaCode): Promise<{ plan?: Plan; incoming?: Plan }> {
  return (await plansForVessels(db, [{ id: vesselId, homeAgency }])).get(vesselId)!;
}

/** Of one ship's plans, newest first: its plan, and the incoming one during a handover (see plansForVessel). */
function choosePlans(rows: Selectable<PlanTable>[], homeAgency: AreaCode): { plan?: Plan; incoming?: Plan } {
  const open = rows.filter((r) => r.withdrawn_on === null);
  const handedOver = open.find((r) => r.home_agency !== homeAgency);
  const own = open.find((r) => r.home_agency === homeAgency);
  const row = handedOver ?? own ?? rows[0];
  return { ...(row ? { plan: toPlan(row) } : {}), ...(handedOver && own ? { incoming: toPlan(own) } : {}) };
}

const plansOfVessels = prepared((db, ids: string) =>
  db.selectFrom('plans').selectAll().where('vessel_id', 'in', idsIn(db, ids)).orderBy('vessel_id').orderBy('id', 'desc'),
);

/** plansForVessel for several ships in one statement, by ship id. */
export async function plansForVessels(db: Executor, ships: { id: number; homeAgency: AreaCode }[]): Promise<Map<number, { plan?: Plan; incoming?: Plan }>> {
  const rows = ships.length ? await plansOfVessels(db, JSON.stringify(ships.map((s) => s.id))) : [];
  const byShip = grouped(
    rows,
    (r) => r.vessel_id,
    (r) => r,
  );
  return new Map(ships.map((s) => [s.id, choosePlans(byShip.get(s.id) ?? [], s.homeAgency)]));
}

/**
 * The ship's plans in force (not withdrawn): one per compiling agency, two only during a transfer's
 * handover (see plansForVessel).
 */
export async function plansInForceForVessel(db: Executor, vesselId: number): Promise<Plan[]> {
  const rows = await db.selectFrom('plans').selectAll().where('vessel_id', '=', vesselId).where('withdrawn_on', 'is', null).execute();
  return rows.map(toPlan);
}

export type PlanFilter = {
  homeAgency?: AreaCode;
  companyId?: number;
  vesselId?: number;
  status?: PlanStatus;
  withdrawn?: boolean;
  after?: number;
  limit?: number;
};

/** Plans in id order from a cursor; a page of `limit` (and whether another follows), or all of them without one. */
export async function listPlans(db: Executor, f: PlanFilter): Promise<Page<Plan>> {
  let q = db.selectFrom('plans').innerJoin('vessels', 'vessels.id', 'plans.vessel_id').selectAll('plans').orderBy('plans.id');
  if (f.homeAgency) q = q.where('plans.home_agency', '=', f.homeAgency);
  if (f.companyId !== undefined) q = q.where('vessels.company_id', '=', f.companyId);
  if (f.vesselId !== undefined) q = q.where('plans.vessel_id', '=', f.vesselId);
  if (f.withdrawn !== undefined || f.status) {
    const withdrawn = f.status ? f.status === 'withdrawn' : f.withdrawn;
    q = q.where('plans.withdrawn_on', withdrawn ? 'is not' : 'is', null);
  }
  if (f.status === 'issued' || f.status === 'draft') {
    q = q.where((eb) => {
      const issued = eb.exists(
        eb
          .selectFrom('plan_revisions')
          .select('plan_revisions.id')
          .whereRef('plan_revisions.plan_id', '=', 'plans.id')
          .where('plan_revisions.state', '=', 'issued'),
      );
      return f.status === 'issued' ? issued : eb.not(issued);
    });
  }
  if (f.after !== undefined) q = q.where('plans.id', '>', f.after);
  if (f.limit === undefined) return { items: (await q.execute()).map(toPlan), nextCursor: null };
  const rows = await q.limit(f.limit + 1).execute();
  return pageOf(rows.map(toPlan), f.limit, (p) => p.id);
}

/** Moves the plan's version on (every change to a plan or its draft does), if it still is `expected`. */
export async function touchPlan(
  db: Executor,
  id: number,
  expected: number,
  at: string,
  set: {
    withdrawn_on?: string;
    withdrawn_reason?: string;
    document_script?: 'hans' | 'hant' | null;
    exercise_interval_months?: number | null;
    exercise_interval_reason?: string | null;
  } = {},
): Promise<Plan | undefined> {
  const row = await db
    .updateTable('plans')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('version', '=', expected)
    .returningAll()
    .executeTakeFirst();
  return row && toPlan(row);
}

export async function insertRevision(db: Executor, r: { planId: number; revision: number; content: PlanContent; at: string }): Promise<Revision> {
  const row = await db
    .insertInto('plan_revisions')
    .values({ plan_id: r.planId, revision: r.revision, state: 'draft', content: toJson(r.content), created_at: r.at, updated_at: r.at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRevision(row);
}

export async function listRevisions(db: Executor, planId: number): Promise<Revision[]> {
  const rows = await db.selectFrom('plan_revisions').selectAll().where('plan_id', '=', planId).orderBy('revision').execute();
  return rows.map(toRevision);
}

/** Every revision of each of these plans, in order (one query for a page of plans). */
export async function revisionsOfPlans(db: Executor, planIds: number[]): Promise<Map<number, Revision[]>> {
  const out = new Map<number, Revision[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return out;
  const rows = await db
    .selectFrom('plan_revisions')
    .selectAll()
    .where('plan_id', 'in', idsIn(db, JSON.stringify(planIds)))
    .orderBy('plan_id')
    .orderBy('revision')
    .execute();
  for (const r of rows) out.get(r.plan_id)!.push(toRevision(r));
  return out;
}

export async function getRevision(db: Executor, planId: number, revision: number): Promise<Revision | undefined> {
  const row = await db.selectFrom('plan_revisions').selectAll().where('plan_id', '=', planId).where('revision', '=', revision).executeTakeFirst();
  return row && toRevision(row);
}

export async function updateDraftContent(db: Executor, revisionId: number, content: PlanContent, at: string): Promise<void> {
  await db
    .updateTable('plan_revisions')
    .set({ content: toJson(content), updated_at: at })
    .where('id', '=', revisionId)
    .where('state', '=', 'draft')
    .execute();
}

/** Issues a draft: it takes its snapshot and becomes the current revision; the one before is superseded. */
export async function markIssued(
  db: Executor,
  draft: Revision,
  issue: { snapshot: PlanSnapshot; change: ChangeKind; reason: string | null; summary: string; issuedOn: string; issuedBy: string; at: string },
): Promise<void> {
  await db
    .updateTable('plan_revisions')
    .set({ state: 'superseded', updated_at: issue.at })
    .where('plan_id', '=', draft.planId)
    .where('state', '=', 'issued')
    .execute();
  await db
    .updateTable('plan_revisions')
    .set({
      state: 'issued',
      snapshot: toJson(issue.snapshot),
      change: issue.change,
      change_reason: issue.reason,
      summary: issue.summary,
      issued_on: issue.issuedOn,
      issued_by: issue.issuedBy,
      updated_at: issue.at,
    })
    .where('id', '=', draft.id)
    .where('state', '=', 'draft')
    .execute();
}

/** Current issued revision of each of these plans (one query for a page of plans). */
export async function currentRevisions(db: Executor, planIds: number[]): Promise<Map<number, Revision>> {
  if (planIds.length === 0) return new Map();
  const rows = await db.selectFrom('plan_revisions').selectAll().where('plan_id', 'in', planIds).where('state', '=', 'issued').execute();
  return new Map(rows.map((r) => [r.plan_id, toRevision(r)]));
}

/** How many plans each agency has in force (issued, not withdrawn). */
export async function plansInForceByAgency(db: Executor): Promise<Record<AreaCode, number>> {
  const rows = await db
    .selectFrom('plans')
    .innerJoin('plan_revisions', 'plan_revisions.plan_id', 'plans.id')
    .select(['plans.home_agency', (eb) => eb.fn.countAll<number>().as('n')])
    .where('plan_revisions.state', '=', 'issued')
    .where('plans.withdrawn_on', 'is', null)
    .groupBy('plans.home_agency')
    .execute();
  const out: Record<AreaCode, number> = { GD: 0, HK: 0, MO: 0 };
  for (const r of rows) out[r.home_agency as AreaCode] = Number(r.n);
  return out;
}
