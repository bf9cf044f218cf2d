import type { Principal, Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { deltaDate } from '../domain/plan.ts';
import { ensureReferenceData } from '../services/reference.ts';
import { ensureSigningKeys } from '../services/signing-keys.ts';
import { changeCompany, registerCompany, registerVessel } from '../services/registry.ts';
import { editDraft, openPlan, openRevision } from '../services/plan-drafting.ts';
import { issuePlan } from '../services/plan-issuing.ts';
import { recordExercise } from '../services/plan-exercises.ts';
import { proposeChange } from '../services/proposals.ts';
import { acceptVessel, releaseVessel } from '../services/transfers.ts';
import { countCompanies } from '../store/companies.ts';
import { allowingRenderingInTransaction, inTransaction, type Db } from '../store/database.ts';
import { DEMO_COMPANIES } from './companies.ts';
import { DEMO_VESSELS } from './fleet.ts';
import { DEMO_LATER_CHANGES, DEMO_PLANS, DEMO_PROPOSALS, DEMO_TRANSFERS } from './life.ts';

const DAY = 86_400_000;
/** How far back the demo's history reaches (its oldest plan opened 520 days before the start), for its signing keys. */
const DEMO_HISTORY_DAYS = 730;

/** The demo is registered as each agency's registrar would register it: one without an account. */
const demoRegistrar = (agency: AreaCode): Who => {
  const principal: Principal = { id: null, name: 'Demo registrar', role: 'registrar', agency, companyId: null };
  return { principal, requestId: null };
};

/**
 * Loads the demo companies, ships and plans into a registry that has none, through the services the
 * API and the pages use, so the demo obeys every rule they do. Returns false (and changes nothing)
 * when the registry already holds companies.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<boolean> {
  await ensureReferenceData(db);
  // The demo makes the agencies' signing keys, valid from before its oldest plan.
  await ensureSigningKeys(db, now, new Date(now.getTime() - DEMO_HISTORY_DAYS * DAY));
  // All or nothing, in one transaction, its copies rendered inside it: the seed runs before the server
  // listens, so no other writer waits on its lock (issuePlan refuses that anywhere else).
  return allowingRenderingInTransaction(() => seedIn(db, now));
}

function seedIn(db: Db, now: Date): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    if ((await countCompanies(trx)) > 0) return false;
    const companies = new Map<string, { id: number; homeAgency: AreaCode }>();
    const vessels = new Map<string, { id: number; homeAgency: AreaCode }>();
    for (const { key, ...details } of DEMO_COMPANIES) {
      const company = await registerCompany(trx, demoRegistrar(details.homeAgency), details, now);
      companies.set(key, company);
    }
    for (const { company, ...rest } of DEMO_VESSELS) {
      const vessel = await registerVessel(trx, demoRegistrar(rest.areaOfRegistry), { ...rest, companyId: companies.get(company)!.id }, now);
      vessels.set(vessel.mmsi, vessel);
    }

    // Plans on the days the demo data gives, so the registry shows plans of different ages.
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    for (const demo of DEMO_PLANS) {
      const vessel = vessels.get(demo.mmsi)!;
      const who = demoRegistrar(vessel.homeAgency);
      let plan = await openPlan(trx, who, vessel.id, ago(demo.openedDaysAgo));
      for (const [i, issue] of demo.issues.entries()) {
        if (i > 0) plan = await openRevision(trx, who, plan.id, plan.version, ago(issue.daysAgo));
        if (issue.edit) plan = await editDraft(trx, who, plan.id, plan.version, issue.edit, ago(issue.daysAgo));
        plan = await issuePlan(trx, who, plan.id, plan.version, { change: issue.change, summary: issue.summary }, ago(issue.daysAgo));
      }
      for (const e of demo.exercises) {
        await recordExercise(trx, who, plan.id, { ...e, date: deltaDate(ago(e.daysAgo)), lessonsLearned: e.lessonsLearned ?? null, voluntary: false }, now);
      }
    }
    for (const t of DEMO_TRANSFERS) {
      const vessel = vessels.get(t.mmsi)!;
      await releaseVessel(trx, demoRegistrar(vessel.homeAgency), vessel.id, 'any', { toArea: t.toArea, note: t.note }, ago(t.releasedDaysAgo));
      const gaining = demoRegistrar(t.toArea);
      await acceptVessel(trx, gaining, vessel.id, 'any', t.registration, ago(t.acceptedDaysAgo));
      const plan = await openPlan(trx, gaining, vessel.id, ago(t.newPlan.openedDaysAgo));
      await issuePlan(trx, gaining, plan.id, plan.version, { change: 'major', summary: t.newPlan.summary }, ago(t.newPlan.issuedDaysAgo));
    }
    for (const change of DEMO_LATER_CHANGES) {
      const company = companies.get(change.company)!;
      await changeCompany(trx, demoRegistrar(company.homeAgency), company.id, 'any', { emergencyPhone: change.emergencyPhone }, ago(change.daysAgo));
    }
    for (const p of DEMO_PROPOSALS) {
      const companyId = companies.get(p.company)!.id;
      const operator: Who = { principal: { id: null, name: p.proposer, role: 'operator', agency: null, companyId }, requestId: null };
      await proposeChange(trx, operator, { recordType: 'vessel', recordId: vessels.get(p.mmsi)!.id, changes: p.changes, note: p.note }, ago(p.daysAgo));
    }
    return true;
  });
}
