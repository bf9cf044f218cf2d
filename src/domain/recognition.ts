import { AREAS, type AreaCode } from './areas.ts';

/**
 * One signature block of the arrangement's signature page: two agencies (Guangdong and one other),
 * both signatories, and the date they signed (null while the block is blank).
 */
export type ArrangementPair = {
  agencyA: AreaCode;
  agencyB: AreaCode;
  signedOn: string | null;
  signatoryA: string | null;
  signatoryB: string | null;
  /** A signing recorded by an admin of one of the two agencies, waiting for the other's confirmation: it does not count yet. */
  pending?: PendingSigning | null;
  version: number;
};

export type PendingSigning = {
  signedOn: string;
  signatoryA: string;
  signatoryB: string;
  recordedBy: { id: number | null; name: string; agency: AreaCode };
  recordedAt: string;
};

/**
 * The day the arrangement was concluded (its first block, Guangdong and Hong Kong, signed at the 18th
 * Plenary of the Hong Kong/Guangdong Co-operation Joint Conference). No block can be signed earlier.
 */
export const ARRANGEMENT_CONCLUDED = '2015-09-09';

/** What is wrong with a block's signing date, if anything: signed after today, or before the arrangement existed. */
export function signingDateProblem(
  signedOn: string,
  today: string,
): { code: 'signing_in_future'; params: { today: string } } | { code: 'signing_before_arrangement'; params: { date: string } } | null {
  if (signedOn > today) return { code: 'signing_in_future', params: { today } };
  if (signedOn < ARRANGEMENT_CONCLUDED) return { code: 'signing_before_arrangement', params: { date: ARRANGEMENT_CONCLUDED } };
  return null;
}

/** Blocks are kept in a fixed order (GD < HK < MO) so that each block has one key. */
export function pairKey(a: AreaCode, b: AreaCode): [AreaCode, AreaCode] {
  return a < b ? [a, b] : [b, a];
}

/** How another agency stands towards an issued plan, under the arrangement (clause 2). */
export type Recognition = {
  agency: AreaCode;
  /** `never`: the plan or revision ended (withdrawn, superseded) before the two agencies recognised each other's plans. */
  status: 'recognised' | 'pending' | 'never';
  /** The later of the two agencies' joining dates and the issue; null while pending, and for never. */
  since: string | null;
  /** The day the recognition ended with the plan or revision; null while it is in force. */
  until: string | null;
};

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The date each agency joined the arrangement: that of its first signed block (clause 3: it takes
 * effect on signing). The arrangement is one instrument among all three (clause 2), so an agency
 * that has joined recognises, and is recognised by, every other agency that has joined.
 */
export function joiningDates(blocks: readonly ArrangementPair[]): Record<AreaCode, string | null> {
  const joined = Object.fromEntries(AREAS.map((a) => [a, null])) as Record<AreaCode, string | null>;
  for (const b of blocks) {
    if (!b.signedOn) continue;
    for (const agency of [b.agencyA, b.agencyB]) {
      const before = joined[agency];
      joined[agency] = before && before < b.signedOn ? before : b.signedOn;
    }
  }
  return joined;
}

/** Since when two agencies recognise each other's plans: the later of their joining dates; null while either has not joined. */
export function mutualRecognitionSince(a: AreaCode, b: AreaCode, blocks: readonly ArrangementPair[]): string | null {
  const joined = joiningDates(blocks);
  const ja = joined[a];
  const jb = joined[b];
  return ja && jb ? later(ja, jb) : null;
}

/**
 * Recognition of a plan compiled by `homeAgency` and issued on `issuedOn`, by each of the other two
 * agencies: recognised from the later of the issue and the two agencies' mutual recognition, pending
 * while either has not joined. Derived, never stored, so a newly signed block applies at once.
 * A plan that ended on `endedOn` (withdrawn, or a revision superseded) is recognised until then, and
 * never if the agencies came to recognise each other only on or after that day: a block signed later
 * does not reach back to a plan no longer in force.
 */
export function recognitionFor(homeAgency: AreaCode, issuedOn: string, blocks: readonly ArrangementPair[], endedOn: string | null = null): Recognition[] {
  return AREAS.filter((a) => a !== homeAgency).map((agency): Recognition => {
    const mutual = mutualRecognitionSince(homeAgency, agency, blocks);
    const since = mutual && later(mutual, issuedOn);
    if (endedOn && (!since || since >= endedOn)) return { agency, status: 'never', since: null, until: null };
    return since ? { agency, status: 'recognised', since, until: endedOn } : { agency, status: 'pending', since: null, until: null };
  });
}
