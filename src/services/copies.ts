import { mayReadCompanyRecord, type Principal } from '../domain/access.ts';
import { mayAcknowledgeCopy, mayDownloadCopy } from '../domain/copy-access.ts';
import { controlledCopies, sha256 } from '../domain/copies.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { recordAudit } from '../store/audit.ts';
import { acknowledgeCopy, copiesOfRevision, copyPdf, findCopy } from '../store/copies.ts';
import type { Db, Executor } from '../store/database.ts';
import { getRevision } from '../store/plans.ts';
import { getVessel } from '../store/vessels.ts';
import { requirePlan } from './plans.ts';

export type Verification =
  | { genuine: false }
  | { genuine: true; planNumber: string; revision: number; copyNumber: number; holderNameZh: string; holderNameEn: string; status: 'current' | 'superseded' | 'withdrawn' };

/** The state of a copy, from its revision's and its plan's. */
export function copyState(revisionState: string, withdrawnOn: string | null): 'current' | 'superseded' | 'withdrawn' {
  if (withdrawnOn) return 'withdrawn';
  return revisionState === 'issued' ? 'current' : 'superseded';
}

/**
 * Whether a copy is one the registry issued, and if so which and whether still current. Used by the
 * public API and the CLI; it tells nothing else about the plan.
 */
export async function verifyCopy(db: Executor, evidence: { pdf: Uint8Array } | { sha256: string } | { code: string }): Promise<Verification> {
  const by =
    'pdf' in evidence
      ? { sha256: sha256(evidence.pdf) }
      : 'sha256' in evidence
        ? { sha256: evidence.sha256.toLowerCase() }
        : { verificationCode: normaliseCode(evidence.code) };
  const found = await findCopy(db, by);
  if (!found) return { genuine: false };
  const revision = (await getRevision(db, found.plan_id, found.revision))!;
  const holder = controlledCopies(revision.snapshot!)[found.copy_number - 1]!;
  return {
    genuine: true,
    planNumber: found.plan_number,
    revision: found.revision,
    copyNumber: found.copy_number,
    holderNameZh: holder.nameZh,
    holderNameEn: holder.nameEn,
    status: copyState(found.state, found.withdrawn_on),
  };
}

/** Codes are printed as XXXX-XXXX-XXXX-XXXX; people type them in any case, with or without hyphens. */
export function normaliseCode(code: string): string {
  const hex = code.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return hex.match(/.{1,4}/g)?.join('-') ?? '';
}

/** An issued (or superseded) revision of a plan the principal may see at all, with the plan's company. */
export async function readableRevision(db: Executor, principal: Principal, planId: number, rev: number) {
  const plan = await requirePlan(db, planId);
  const vessel = (await getVessel(db, plan.vesselId))!;
  if (!mayReadCompanyRecord(principal, vessel.companyId)) throw forbidden("Operators see only their own company's plans");
  const revision = await getRevision(db, planId, rev);
  if (!revision || revision.state === 'draft') throw notFound(`Issued revision ${rev} of plan ${plan.planNumber}`);
  return { plan, companyId: vessel.companyId, revision };
}

/** One controlled copy for download, if it is the principal's to have; with the file name to give it. */
export async function copyForDownload(db: Executor, principal: Principal, planId: number, rev: number, n: number) {
  const { plan, companyId, revision } = await readableRevision(db, principal, planId, rev);
  if (!mayDownloadCopy(principal, n, { homeAgency: plan.homeAgency, companyId })) {
    throw forbidden(`Copy ${n} is not yours to download: each holder gets its own copy`);
  }
  const pdf = await copyPdf(db, revision.id, n);
  if (!pdf) throw notFound(`Copy ${n} of revision ${rev}`);
  const holder = controlledCopies(revision.snapshot!)[n - 1]!.holder;
  return { pdf, filename: `${plan.planNumber}-rev${revision.revision}-copy${n}-${holder}.pdf` };
}

/** The holder records receipt of its copy of the current revision; false when it already had. */
export async function acknowledgeReceipt(db: Db, who: { principal: Principal; requestId: string | null }, planId: number, rev: number, n: number, at: Date): Promise<boolean> {
  const { principal } = who;
  const { plan, companyId, revision } = await readableRevision(db, principal, planId, rev);
  if (!mayAcknowledgeCopy(principal, n, { companyId })) throw forbidden(`Only the holder of copy ${n} acknowledges it`);
  if (revision.state !== 'issued' || plan.withdrawnOn) {
    throw conflict(`Revision ${rev} of ${plan.planNumber} is no longer current; acknowledge the current revision instead`);
  }
  const stamp = at.toISOString();
  const stored = (await copiesOfRevision(db, revision.id)).find((x) => x.number === n)!;
  return db.transaction().execute(async (trx) => {
    const done = await acknowledgeCopy(trx, stored.id, `${principal.name}${principal.agency ? ` (${principal.agency})` : ''}`, stamp);
    if (done) {
      await recordAudit(trx, {
        actor: principal,
        requestId: who.requestId,
        action: 'copy.acknowledge',
        record: { type: 'copy', id: `${plan.planNumber}/${rev}/${n}`, agency: plan.homeAgency },
        before: null,
        after: { acknowledgedAt: stamp },
        at: stamp,
      });
    }
    return done;
  });
}
