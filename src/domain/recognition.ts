import { AREAS, type AreaCode } from './areas.ts';

/** One signature block of the arrangement: two agencies, and when (if yet) they signed. */
export type ArrangementPair = {
  agencyA: AreaCode;
  agencyB: AreaCode;
  signedOn: string | null;
  signatoryA: string | null;
  signatoryB: string | null;
  version: number;
};

/** Pairs are kept in a fixed order (GD < HK < MO) so that each pair has one key. */
export function pairKey(a: AreaCode, b: AreaCode): [AreaCode, AreaCode] {
  return a < b ? [a, b] : [b, a];
}

export function pairOf(pairs: readonly ArrangementPair[], a: AreaCode, b: AreaCode): ArrangementPair | undefined {
  const [x, y] = pairKey(a, b);
  return pairs.find((p) => p.agencyA === x && p.agencyB === y);
}

/** How another agency stands towards an issued plan, under the arrangement (clause 2). */
export type Recognition = {
  agency: AreaCode;
  status: 'recognised' | 'pending';
  /** The later of the pair's signing and the revision's issue; null while pending. */
  since: string | null;
};

/**
 * Recognition of a plan compiled by `homeAgency` and issued on `issuedOn`, by each of the other two
 * agencies: recognised from the later of the pair's signing date and the issue date, pending while
 * the pair has not signed. Derived, never stored, so a newly recorded signature applies at once.
 */
export function recognitionFor(homeAgency: AreaCode, issuedOn: string, pairs: readonly ArrangementPair[]): Recognition[] {
  return AREAS.filter((a) => a !== homeAgency).map((agency) => {
    const signedOn = pairOf(pairs, homeAgency, agency)?.signedOn ?? null;
    if (!signedOn) return { agency, status: 'pending' as const, since: null };
    return { agency, status: 'recognised' as const, since: signedOn > issuedOn ? signedOn : issuedOn };
  });
}
