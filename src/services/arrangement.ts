import { requireRole, type Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { pairKey, type ArrangementPair } from '../domain/recognition.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { notFound } from '../errors.ts';
import { getPair, listPairs, recordSigning } from '../store/arrangement.ts';
import { recordAudit } from '../store/audit.ts';
import { inTransaction, type Executor } from '../store/database.ts';
import { plansInForceByAgency } from '../store/plans.ts';

export const ARRANGEMENT_TITLE = {
  zh: '粵港澳三地搜救機構《客船與搜救中心合作計劃》互認合作安排',
  en: 'Mutual Recognition Arrangement among the Guangdong, Hong Kong and Macao SAR Agencies for Co-operation Plans between Passenger Ships and SAR Centres',
};

/** A pair as it is shown: every plan in force of one side is recognised by the other once the pair signed. */
function pairView(p: ArrangementPair, inForce: Record<AreaCode, number>) {
  const { version: _v, ...rest } = p;
  const signed = p.signedOn !== null;
  const side = (compiledBy: AreaCode, recognisedBy: AreaCode) => ({
    compiledBy,
    recognisedBy,
    recognised: signed ? inForce[compiledBy] : 0,
    pending: signed ? 0 : inForce[compiledBy],
  });
  return { ...rest, version: p.version, signed, recognition: [side(p.agencyA, p.agencyB), side(p.agencyB, p.agencyA)] };
}

export type PairView = ReturnType<typeof pairView>;

export async function arrangementView(db: Executor) {
  const [pairs, inForce] = await Promise.all([listPairs(db), plansInForceByAgency(db)]);
  return { titleZh: ARRANGEMENT_TITLE.zh, titleEn: ARRANGEMENT_TITLE.en, pairs: pairs.map((p) => pairView(p, inForce)) };
}

export async function readPair(db: Executor, a: AreaCode, b: AreaCode): Promise<PairView> {
  const [x, y] = pairKey(a, b);
  const pair = await getPair(db, x, y);
  if (!pair) throw notFound(`The ${x}–${y} pair`);
  return pairView(pair, await plansInForceByAgency(db));
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
  const stamp = at.toISOString();
  const [x, y] = pairKey(a, b);
  const saved = await inTransaction(db, async (trx) => {
    const before = await getPair(trx, x, y);
    if (!before) throw notFound(`The ${x}–${y} pair`);
    requireVersion('pair', before.version, expected);
    const after = await recordSigning(trx, before, signing, stamp);
    if (!after) throw changedMeanwhile('pair');
    await recordAudit(trx, { who, action: 'arrangement.sign', record: { type: 'arrangement', id: `${x}-${y}`, agency: null }, before, after, at: stamp });
    return after;
  });
  return pairView(saved, await plansInForceByAgency(db));
}
