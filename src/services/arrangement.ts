import { requireRole, type Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { AREAS } from '../domain/areas.ts';
import { joiningDates, mutualRecognitionSince, pairKey, type ArrangementPair } from '../domain/recognition.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { deltaDate } from '../domain/plan.ts';
import { AppError, notFound } from '../errors.ts';
import { getPair, listPairs, recordSigning } from '../store/arrangement.ts';
import { recordAudit } from '../store/audit.ts';
import { inTransaction, type Executor } from '../store/database.ts';
import { plansInForceByAgency } from '../store/plans.ts';

export const ARRANGEMENT_TITLE = {
  zh: '粵港澳三地搜救機構《客船與搜救中心合作計劃》互認合作安排',
  en: 'Mutual Recognition Arrangement among the Guangdong, Hong Kong and Macao SAR Agencies for Co-operation Plans between Passenger Ships and SAR Centres',
};

/** A signature block as it is shown, with what it means: since when its two agencies recognise each other's plans. */
function pairView(p: ArrangementPair, all: readonly ArrangementPair[], inForce: Record<AreaCode, number>) {
  const { version: _v, ...rest } = p;
  const since = mutualRecognitionSince(p.agencyA, p.agencyB, all);
  const side = (compiledBy: AreaCode, recognisedBy: AreaCode) => ({
    compiledBy,
    recognisedBy,
    since,
    recognised: since ? inForce[compiledBy] : 0,
    pending: since ? 0 : inForce[compiledBy],
  });
  return { ...rest, version: p.version, signed: p.signedOn !== null, recognition: [side(p.agencyA, p.agencyB), side(p.agencyB, p.agencyA)] };
}

/**
 * The arrangement as it stands: the signature blocks as printed, each agency's joining date, and for
 * every two agencies since when they recognise each other's plans (the later of their joining dates).
 */
function standing(all: readonly ArrangementPair[], inForce: Record<AreaCode, number>) {
  const joined = joiningDates(all);
  const pairs = (AREAS.flatMap((a, i) => AREAS.slice(i + 1).map((b) => [a, b] as const)));
  return {
    members: AREAS.map((agency) => ({ agency, joinedOn: joined[agency] })),
    recognition: pairs.map(([a, b]) => {
      const since = mutualRecognitionSince(a, b, all);
      return { agencies: [a, b], since, plansRecognised: since ? inForce[a] + inForce[b] : 0 };
    }),
  };
}

export type PairView = ReturnType<typeof pairView>;

export async function arrangementView(db: Executor) {
  const [pairs, inForce] = await Promise.all([listPairs(db), plansInForceByAgency(db)]);
  return { titleZh: ARRANGEMENT_TITLE.zh, titleEn: ARRANGEMENT_TITLE.en, pairs: pairs.map((p) => pairView(p, pairs, inForce)), ...standing(pairs, inForce) };
}

export async function readPair(db: Executor, a: AreaCode, b: AreaCode): Promise<PairView> {
  const [x, y] = pairKey(a, b);
  const pair = await getPair(db, x, y);
  if (!pair) throw notFound(`The ${x}–${y} signature block (the page has Guangdong–Hong Kong and Guangdong–Macao)`);
  return pairView(pair, await listPairs(db), await plansInForceByAgency(db));
}

/** Records a signature block's signing: administrators only, against the version last read, audited. */
export async function signPair(
  db: Executor,
  who: Who,
  a: AreaCode,
  b: AreaCode,
  expected: ExpectedVersion,
  signing: { signedOn: string; signatoryA: string; signatoryB: string },
  at: Date,
): Promise<PairView> {
  requireRole(who.principal, ['admin'], "Only an administrator records the arrangement's signatures");
  // A signing is recorded after it happened: a date after today would make recognition start in the future.
  const today = deltaDate(at);
  if (signing.signedOn > today) {
    throw new AppError('unprocessable', `A signature block cannot be dated after today (${today})`, [{ field: 'signedOn', message: `is after today (${today}): record a signing once it has happened` }]);
  }
  const stamp = at.toISOString();
  const [x, y] = pairKey(a, b);
  const saved = await inTransaction(db, async (trx) => {
    const before = await getPair(trx, x, y);
    if (!before) throw notFound(`The ${x}–${y} signature block (the page has Guangdong–Hong Kong and Guangdong–Macao)`);
    requireVersion('pair', before.version, expected);
    const after = await recordSigning(trx, before, signing, stamp);
    if (!after) throw changedMeanwhile('pair');
    await recordAudit(trx, { who, action: 'arrangement.sign', record: { type: 'arrangement', id: `${x}-${y}`, agency: null }, before, after, at: stamp });
    return after;
  });
  return pairView(saved, await listPairs(db), await plansInForceByAgency(db));
}
