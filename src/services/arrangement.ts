import type { Action, Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { AREAS } from '../domain/areas.ts';
import { joiningDates, mutualRecognitionSince, pairKey, signingDateProblem, type ArrangementPair } from '../domain/recognition.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { deltaDate } from '../domain/plan.ts';
import { refuse } from '../errors.ts';
import { say } from '../words/index.ts';
import { getPair, listPairs, recordSigning, setPendingSigning } from '../store/arrangement.ts';
import { recordAudit } from '../store/audit.ts';
import { inTransaction, type Executor } from '../store/database.ts';
import { plansInForceByAgency } from '../store/plans.ts';

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
  const pairs = AREAS.flatMap((a, i) => AREAS.slice(i + 1).map((b) => [a, b] as const));
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
  return {
    titleZh: say('zh-Hant', 'arrangement.title'),
    titleEn: say('en', 'arrangement.title'),
    pairs: pairs.map((p) => pairView(p, pairs, inForce)),
    ...standing(pairs, inForce),
  };
}

export async function readPair(db: Executor, a: AreaCode, b: AreaCode): Promise<PairView> {
  const [x, y] = pairKey(a, b);
  const pair = await getPair(db, x, y);
  if (!pair) throw refuse('signature_block_not_found', { x, y });
  return pairView(pair, await listPairs(db), await plansInForceByAgency(db));
}

/** The admin's agency, if it is one of the block's two: only they take part in signing it. */
function requirePairAdmin(who: Who, x: AreaCode, y: AreaCode, action: Action): AreaCode {
  const agency = who.principal.agency;
  if (who.principal.role !== 'admin' || (agency !== x && agency !== y))
    throw refuse('signing_pair_only', { x: { key: `area.${x}` }, y: { key: `area.${y}` }, action: { key: `action.${action}` } });
  return agency;
}

async function pairForChange(trx: Executor, x: AreaCode, y: AreaCode, expected: ExpectedVersion): Promise<ArrangementPair> {
  const before = await getPair(trx, x, y);
  if (!before) throw refuse('signature_block_not_found', { x, y });
  requireVersion('pair', before.version, expected);
  return before;
}

const auditPair = (trx: Executor, who: Who, action: string, x: AreaCode, y: AreaCode, before: unknown, after: unknown, stamp: string) =>
  // Each of the two agencies reads the events of its own blocks.
  Promise.all([x, y].map((agency) => recordAudit(trx, { who, action, record: { type: 'arrangement', id: `${x}-${y}`, agency }, before, after, at: stamp })));

/**
 * Records a signature block's signing, the first of two steps: an admin of one of its two agencies
 * records it; it counts only once an admin of the other confirms it (confirmSigning).
 */
export async function signPair(
  db: Executor,
  who: Who,
  a: AreaCode,
  b: AreaCode,
  expected: ExpectedVersion,
  signing: { signedOn: string; signatoryA: string; signatoryB: string },
  at: Date,
): Promise<PairView> {
  const [x, y] = pairKey(a, b);
  const agency = requirePairAdmin(who, x, y, 'record_signing');
  // A signing is recorded after it happened (a date after today would make recognition start in the
  // future), and not before the arrangement existed.
  const dateProblem = signingDateProblem(signing.signedOn, deltaDate(at));
  if (dateProblem) throw refuse(dateProblem.code, dateProblem.params, [{ field: 'signedOn', ...dateProblem }]);
  const stamp = at.toISOString();
  const saved = await inTransaction(db, async (trx) => {
    const before = await pairForChange(trx, x, y, expected);
    const pending = { ...signing, recordedBy: { id: who.principal.id, name: who.principal.name, agency }, recordedAt: stamp };
    const after = await setPendingSigning(trx, before, pending, stamp);
    if (!after) throw changedMeanwhile('pair');
    await auditPair(trx, who, 'arrangement.sign.record', x, y, before, after, stamp);
    return after;
  });
  return pairView(saved, await listPairs(db), await plansInForceByAgency(db));
}

/** The second step: an admin of the other agency confirms the recorded signing, which then counts. */
export async function confirmSigning(db: Executor, who: Who, a: AreaCode, b: AreaCode, expected: ExpectedVersion, at: Date): Promise<PairView> {
  const [x, y] = pairKey(a, b);
  const agency = requirePairAdmin(who, x, y, 'confirm_signing');
  const stamp = at.toISOString();
  const saved = await inTransaction(db, async (trx) => {
    const before = await pairForChange(trx, x, y, expected);
    if (!before.pending) throw refuse('no_signing_pending', { x, y });
    if (before.pending.recordedBy.agency === agency) {
      throw refuse('signing_confirm_other', { agency: { key: `area.${agency}` }, other: { key: `area.${agency === x ? y : x}` } });
    }
    const { signedOn, signatoryA, signatoryB } = before.pending;
    const after = await recordSigning(trx, before, { signedOn, signatoryA, signatoryB }, stamp);
    if (!after) throw changedMeanwhile('pair');
    await auditPair(trx, who, 'arrangement.sign', x, y, before, after, stamp);
    return after;
  });
  return pairView(saved, await listPairs(db), await plansInForceByAgency(db));
}

/** Either agency's admin withdraws a recorded signing not yet confirmed. */
export async function cancelSigning(db: Executor, who: Who, a: AreaCode, b: AreaCode, expected: ExpectedVersion, at: Date): Promise<PairView> {
  const [x, y] = pairKey(a, b);
  requirePairAdmin(who, x, y, 'cancel_signing');
  const stamp = at.toISOString();
  const saved = await inTransaction(db, async (trx) => {
    const before = await pairForChange(trx, x, y, expected);
    if (!before.pending) throw refuse('no_signing_pending', { x, y });
    const after = await setPendingSigning(trx, before, null, stamp);
    if (!after) throw changedMeanwhile('pair');
    await auditPair(trx, who, 'arrangement.sign.cancel', x, y, before, after, stamp);
    return after;
  });
  return pairView(saved, await listPairs(db), await plansInForceByAgency(db));
}
