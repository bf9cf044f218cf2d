import { AGENCIES, ARRANGEMENT_PAIRS } from '../../fixtures/agencies.ts';
import { DEMO_COMPANIES, DEMO_VESSELS } from '../../fixtures/demo.ts';
import { PORTS } from '../../fixtures/ports.ts';
import { checkVessel } from '../domain/vessel.ts';
import { insertAgency } from './agencies.ts';
import { insertPair } from './arrangement.ts';
import { SYSTEM_ACTOR, recordAudit } from './audit.ts';
import { countCompanies, insertCompany } from './companies.ts';
import type { Db } from './database.ts';
import { insertVessel } from './vessels.ts';

/** The three agencies and the arrangement's signature page: every registry needs them. Idempotent. */
export async function ensureReferenceData(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const agency of AGENCIES) await insertAgency(trx, agency);
    for (const pair of ARRANGEMENT_PAIRS) await insertPair(trx, pair);
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
    }
    return true;
  });
}
