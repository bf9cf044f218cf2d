import { requireRole, type Who } from '../domain/access.ts';
import { deltaDate, documentLang } from '../domain/plan.ts';
import { AppError, refuse } from '../errors.ts';
import { listAgencies } from '../store/agencies.ts';
import { toSimplified } from '../script.ts';
import { say } from '../words/index.ts';
import type { Executor } from '../store/database.ts';
import { listPlans } from '../store/plans.ts';
import { planViews, type PlanView } from './plans.ts';
import { issuePlan } from './plan-issuing.ts';

// After an agency changes its own Module 3 or 4 block, every plan stale only because of that is re-issued
// as a minor revision, each in its own transaction.

/** What a bulk re-issue did: the plans renewed, and those it could not renew, with why. */
export type ReissueReport = {
  renewed: { planId: number; planNumber: string; revision: number }[];
  /** Each plan not re-issued, with the refusal that stopped it (said in the reader's language where it is shown). */
  failed: { planId: number; planNumber: string; refusal: AppError }[];
};

/** The issued plans of the registrar's agency that are out of date only because an agency changed its own blocks. */
export async function plansAwaitingReissue(db: Executor, who: Who, today: string): Promise<PlanView[]> {
  requireRole(who.principal, 'registrar', 'reissue');
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
  requireRole(who.principal, 'registrar', 'reissue');
  const agency = who.principal.agency!;
  const views = await planViews(db, (await listPlans(db, { homeAgency: agency, status: 'issued' })).items, deltaDate(at));
  const agencies = await listAgencies(db);
  const report: ReissueReport = { renewed: [], failed: [] };
  for (const view of views.filter(onlyAgencyChanges)) {
    // agencies.<code>.… : the agencies whose blocks changed, by name.
    const codes = new Set(view.staleFields.map((f) => f.split('.')[1]));
    const changed = agencies.filter((a) => codes.has(a.code));
    // The summary printed in the record of amendments: in the Chinese of the plan's copies, then in English.
    const zh = documentLang(view.settings.documentScript);
    const summary = [
      say(zh, 'summary.agencyUpdate', { agencies: changed.map((a) => (zh === 'zh-Hans' ? toSimplified(a.nameZh) : a.nameZh)).join('、') }),
      say('en', 'summary.agencyUpdate', { agencies: changed.map((a) => a.nameEn).join(', ') }),
    ].join(' ');
    try {
      if (view.draft) throw refuse('reissue_has_draft', { revision: String(view.draft.revision) });
      // Opening the revision and issuing it stand or fall together (a failed issue leaves no draft
      // behind), and the copies render before that transaction, as for any issue.
      const issued = await issuePlan(db, who, view.id, view.version, { change: 'minor', summary }, at, { openRevision: true });
      report.renewed.push({ planId: view.id, planNumber: view.planNumber, revision: issued.current!.revision });
    } catch (err) {
      report.failed.push({ planId: view.id, planNumber: view.planNumber, refusal: err instanceof AppError ? err : refuse('internal') });
    }
  }
  return report;
}
