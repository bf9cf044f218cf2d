import { AGENCIES, ARRANGEMENT_PAIRS } from '../../fixtures/agencies.ts';
import { DEMO_COMPANIES, DEMO_LATER_CHANGES, DEMO_PLANS, DEMO_VESSELS } from '../../fixtures/demo.ts';
import { PORTS } from '../../fixtures/ports.ts';
import { checkVessel } from '../domain/vessel.ts';
import { insertAgency } from './agencies.ts';
import { insertPair } from './arrangement.ts';
import { SYSTEM_ACTOR, recordAudit } from './audit.ts';
import { deltaDate } from '../domain/plan.ts';
import { editDraft, issuePlan, openPlan, openRevision } from '../services/plans.ts';
import { countCompanies, getCompany, insertCompany, updateCompany } from './companies.ts';
import { insertExercise } from './exercises.ts';
import type { Db } from './database.ts';
import { indexMissingVessels } from './search.ts';
import { insertVessel } from './vessels.ts';

const DAY = 86_400_000;

/** The three agencies and the arrangement's signature page: every registry needs them. Idempotent. */
export async function ensureReferenceData(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const agency of AGENCIES) await insertAgency(trx, agency);
    for (const pair of ARRANGEMENT_PAIRS) await insertPair(trx, pair);
    // Vessels written before the search index existed (or restored from elsewhere) are indexed now.
    await indexMissingVessels(trx);
  });
}

/**
 * Loads the demo companies and ships into a registry that has none, through the same rules as the API.
 * Returns false (and changes nothing) when the registry already holds companies.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<boolean> {
  await ensureReferenceData(db);
  return db.transaction().execute(async (trx) => {
    if ((await countCompanies(trx)) > 0) return false;
    const at = now.toISOString();
    const companyIds = new Map<string, number>();
    const vesselIds = new Map<string, number>();
    for (const { key, ...details } of DEMO_COMPANIES) {
      const company = await insertCompany(trx, details, at);
      companyIds.set(key, company.id);
      await recordAudit(trx, { actor: SYSTEM_ACTOR, action: 'seed-demo', record: { type: 'company', id: company.id, agency: company.homeAgency }, before: null, after: company, at });
    }
    for (const { company, ...rest } of DEMO_VESSELS) {
      const checked = checkVessel({ ...rest, companyId: companyIds.get(company)! }, PORTS);
      if (!checked.ok) throw new Error(`demo vessel ${rest.nameEn} breaks the rules: ${JSON.stringify(checked.problems)}`);
      const vessel = await insertVessel(trx, checked.value, at);
      await recordAudit(trx, { actor: SYSTEM_ACTOR, action: 'seed-demo', record: { type: 'vessel', id: vessel.id, agency: vessel.homeAgency }, before: null, after: vessel, at });
      vesselIds.set(vessel.mmsi, vessel.id);
    }

    // Plans go through the same service as the API, on the days the fixtures give.
    const who = { actor: SYSTEM_ACTOR, requestId: null };
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    for (const demo of DEMO_PLANS) {
      let plan = await openPlan(trx, who, vesselIds.get(demo.mmsi)!, ago(demo.openedDaysAgo));
      for (const [i, issue] of demo.issues.entries()) {
        if (i > 0) plan = await openRevision(trx, who, plan, plan.version, ago(issue.daysAgo));
        if (issue.edit) plan = await editDraft(trx, who, plan, plan.version, issue.edit, ago(issue.daysAgo));
        plan = (await issuePlan(trx, who, plan, plan.version, { change: issue.change, summary: issue.summary, issuedBy: 'Demo registrar' }, ago(issue.daysAgo))).plan;
      }
      for (const e of demo.exercises) {
        await insertExercise(trx, plan.id, { ...e, date: deltaDate(ago(e.daysAgo)), lessonsLearned: e.lessonsLearned ?? null, voluntary: false }, at);
      }
    }
    for (const change of DEMO_LATER_CHANGES) {
      const before = (await getCompany(trx, companyIds.get(change.company)!))!;
      const { id, version, createdAt: _c, updatedAt: _u, ...details } = before;
      const after = await updateCompany(trx, id, version, { ...details, emergencyPhone: change.emergencyPhone }, ago(change.daysAgo).toISOString());
      await recordAudit(trx, { actor: SYSTEM_ACTOR, action: 'seed-demo', record: { type: 'company', id, agency: before.homeAgency }, before, after, at });
    }
    return true;
  });
}
