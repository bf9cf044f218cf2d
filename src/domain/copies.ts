import { createHash } from 'node:crypto';
import type { PlanSnapshot } from './plan.ts';

/** The five holders of a plan's controlled copies, in the arrangement's order (clause 1). */
export const HOLDERS = ['GD', 'HK', 'MO', 'company', 'ship'] as const;
export type Holder = (typeof HOLDERS)[number];

/** A rendered copy as the registry keeps it (the PDF itself is read only for download). */
export type StoredCopy = {
  id: number;
  revisionId: number;
  number: number;
  holder: Holder;
  sha256: string;
  size: number;
  verificationCode: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  /** The key that signed it; null for a copy issued before copies were signed. */
  signingKeyId: number | null;
};

export type CopyState = 'current' | 'superseded' | 'withdrawn';

/** The state of a copy, from its revision's and its plan's. */
export function copyState(revisionState: string, withdrawnOn: string | null): CopyState {
  if (withdrawnOn) return 'withdrawn';
  return revisionState === 'issued' ? 'current' : 'superseded';
}

export type ControlledCopy = { number: number; holder: Holder; nameZh: string; nameEn: string };

/** Copy 1 Guangdong MRCC, 2 MRCC Hong Kong, 3 Macao, 4 the company, 5 the ship, each with its holder's names. */
export function controlledCopies(snapshot: Pick<PlanSnapshot, 'agencies' | 'company' | 'vessel'>): ControlledCopy[] {
  return HOLDERS.map((holder, i) => {
    if (holder === 'company') return { number: i + 1, holder, nameZh: snapshot.company.nameZh, nameEn: snapshot.company.nameEn };
    if (holder === 'ship') return { number: i + 1, holder, nameZh: `船舶「${snapshot.vessel.nameZh}」`, nameEn: `The ship ${snapshot.vessel.nameEn}` };
    const agency = snapshot.agencies.find((a) => a.code === holder)!;
    return { number: i + 1, holder, nameZh: agency.nameZh, nameEn: agency.nameEn };
  });
}

/**
 * The code printed on every page of a copy, so a paper copy can be checked too: derived from the
 * revision's snapshot and the copy number, so it is the same each time the copy is rendered.
 */
export function verificationCode(snapshot: PlanSnapshot, copyNumber: number): string {
  const hex = createHash('sha256')
    .update(`${copyNumber}\n${JSON.stringify(snapshot)}`)
    .digest('hex')
    .slice(0, 16)
    .toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
