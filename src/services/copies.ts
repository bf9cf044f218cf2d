import { controlledCopies, sha256 } from '../domain/copies.ts';
import type { Executor } from '../store/database.ts';
import { findCopy } from '../store/copies.ts';
import { getRevision } from '../store/plans.ts';

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
