import type { AreaCode } from './areas.ts';

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
