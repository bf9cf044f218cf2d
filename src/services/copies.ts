import { requireCompanyReader, type Who } from '../domain/access.ts';
import { mayAcknowledgeCopy, mayDownloadCopy } from '../domain/copy-access.ts';
import { controlledCopies, copyState, sha256, type CopyState, type Holder } from '../domain/copies.ts';
import type { Plan, Revision } from '../domain/plan.ts';
import { notFound, refuse } from '../errors.ts';
import { recognitionFor, type Recognition } from '../domain/recognition.ts';
import { listPairs } from '../store/arrangement.ts';
import { recordAudit } from '../store/audit.ts';
import { acknowledgeCopy, copiesOfRevision, copyPdf, findCopy } from '../store/copies.ts';
import { inTransaction, type Executor } from '../store/database.ts';
import { getPlan, getRevision, listRevisions } from '../store/plans.ts';
import { getVessel } from '../store/vessels.ts';

export type Verification =
  | { genuine: false }
  | {
      genuine: true;
      planNumber: string;
      revision: number;
      copyNumber: number;
      holderNameZh: string;
      holderNameEn: string;
      status: CopyState;
      issuedOn: string;
      /** The revision that superseded this copy's, from its issue date; null while current or withdrawn. */
      supersededBy: { revision: number; since: string } | null;
      withdrawnOn: string | null;
      /** The plan's recognition today (the copy prints it as at its issue date). */
      recognitions: Recognition[];
    };

/** One controlled copy as its reader sees it: holder, fingerprint, receipt, and what this reader may do with it. */
export type CopyView = {
  number: number;
  holder: Holder;
  holderNameZh: string;
  holderNameEn: string;
  sha256: string;
  size: number;
  state: CopyState;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  mayDownload: boolean;
  mayAcknowledge: boolean;
};

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
  const revision = (await getRevision(db, found.planId, found.revision))!;
  const holder = controlledCopies(revision.snapshot!)[found.copyNumber - 1]!;
  const issued = (await listRevisions(db, found.planId)).filter((r) => r.issuedOn);
  const firstIssue = issued[0]!.issuedOn!;
  // Recognised as the plan is, continuously from its first issue, until this copy's revision ended.
  const next = issued.find((r) => r.revision > found.revision);
  const withdrawnOn = found.state === 'withdrawn' ? ((await getPlan(db, found.planId))?.withdrawnOn ?? null) : null;
  const endedOn = next?.issuedOn ?? withdrawnOn;
  return {
    genuine: true,
    planNumber: found.planNumber,
    revision: found.revision,
    copyNumber: found.copyNumber,
    holderNameZh: holder.nameZh,
    holderNameEn: holder.nameEn,
    status: found.state,
    issuedOn: revision.issuedOn!,
    supersededBy: next && found.state !== 'withdrawn' ? { revision: next.revision, since: next.issuedOn! } : null,
    withdrawnOn,
    recognitions: recognitionFor(revision.snapshot!.homeAgency, firstIssue, await listPairs(db), endedOn),
  };
}

/** Codes are printed as XXXX-XXXX-XXXX-XXXX; people type them in any case, with or without hyphens. */
export function normaliseCode(code: string): string {
  const hex = code.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return hex.match(/.{1,4}/g)?.join('-') ?? '';
}

/** An issued (or superseded) revision of a plan the one asking may see at all, with the plan's company. */
async function readableRevision(db: Executor, who: Who, planId: number, rev: number) {
  const plan = await getPlan(db, planId);
  if (!plan) throw notFound('noun.plan', planId);
  const vessel = (await getVessel(db, plan.vesselId))!;
  requireCompanyReader(who.principal, vessel.companyId);
  const revision = await getRevision(db, planId, rev);
  if (!revision || revision.state === 'draft') throw refuse('revision_not_issued', { revision: String(rev), planNumber: plan.planNumber });
  return { plan, companyId: vessel.companyId, revision };
}

/** The five copies of an issued revision, as `who` may use them (the API's list and the plan page alike). */
export async function copyViewsOf(db: Executor, who: Who, plan: Plan, companyId: number, revision: Revision): Promise<CopyView[]> {
  const names = controlledCopies(revision.snapshot!);
  const state = copyState(revision.state, plan.withdrawnOn);
  return (await copiesOfRevision(db, revision.id)).map((s) => ({
    number: s.number,
    holder: s.holder,
    holderNameZh: names[s.number - 1]!.nameZh,
    holderNameEn: names[s.number - 1]!.nameEn,
    sha256: s.sha256,
    size: s.size,
    state,
    acknowledgedAt: s.acknowledgedAt,
    acknowledgedBy: s.acknowledgedBy,
    mayDownload: mayDownloadCopy(who.principal, s.number, { homeAgency: plan.homeAgency, companyId }),
    mayAcknowledge: state === 'current' && mayAcknowledgeCopy(who.principal, s.number, { companyId }),
  }));
}

/** The copies of one issued revision, whether a later one superseded it, and who has not acknowledged receipt. */
export async function revisionCopies(db: Executor, who: Who, planId: number, rev: number) {
  const { plan, companyId, revision } = await readableRevision(db, who, planId, rev);
  const copies = await copyViewsOf(db, who, plan, companyId, revision);
  const later = (await listRevisions(db, planId)).find((r) => r.revision > revision.revision && r.state !== 'draft');
  return {
    planNumber: plan.planNumber,
    revision: revision.revision,
    state: revision.state as 'issued' | 'superseded',
    supersededBy: later?.revision ?? null,
    copies,
    unacknowledged: copies.filter((x) => !x.acknowledgedAt).map((x) => x.number),
  };
}

/** One controlled copy for download, if it is the reader's to have; with the file name to give it. */
export async function copyForDownload(db: Executor, who: Who, planId: number, rev: number, n: number) {
  const { plan, companyId, revision } = await readableRevision(db, who, planId, rev);
  if (!mayDownloadCopy(who.principal, n, { homeAgency: plan.homeAgency, companyId })) {
    throw refuse('copy_not_yours', { n });
  }
  const pdf = await copyPdf(db, revision.id, n);
  if (!pdf) throw refuse('copy_not_found', { n, revision: String(rev) });
  const holder = controlledCopies(revision.snapshot!)[n - 1]!.holder;
  // A copy never changes once issued: its digest is its strong validator.
  return { pdf, sha256: sha256(pdf), filename: `${plan.planNumber}-rev${revision.revision}-copy${n}-${holder}.pdf` };
}

/** The holder records receipt of its copy of the current revision; `fresh` is false when it already had. */
export async function acknowledgeReceipt(
  db: Executor,
  who: Who,
  planId: number,
  rev: number,
  n: number,
  at: Date,
): Promise<{ fresh: boolean; copy: CopyView }> {
  const { principal } = who;
  return inTransaction(db, async (trx) => {
    const { plan, companyId, revision } = await readableRevision(trx, who, planId, rev);
    if (!mayAcknowledgeCopy(principal, n, { companyId })) throw refuse('copy_holder_only', { n });
    if (revision.state !== 'issued' || plan.withdrawnOn) {
      throw refuse('copy_not_current', { revision: String(rev), planNumber: plan.planNumber });
    }
    const stamp = at.toISOString();
    const stored = (await copiesOfRevision(trx, revision.id)).find((x) => x.number === n)!;
    const fresh = await acknowledgeCopy(trx, stored.id, `${principal.name}${principal.agency ? ` (${principal.agency})` : ''}`, stamp);
    if (fresh) {
      await recordAudit(trx, {
        who,
        action: 'copy.acknowledge',
        record: { type: 'copy', id: `${plan.planNumber}/${rev}/${n}`, agency: plan.homeAgency },
        before: null,
        after: { acknowledgedAt: stamp },
        at: stamp,
      });
    }
    const copy = (await copyViewsOf(trx, who, plan, companyId, revision)).find((x) => x.number === n)!;
    return { fresh, copy };
  });
}
