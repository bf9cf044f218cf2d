import type { AreaCode } from '../domain/areas.ts';
import type { ArrangementPair, PendingSigning } from '../domain/recognition.ts';
import { fromJson, toJson } from './json.ts';
import type { Executor } from './database.ts';

const toPair = (r: {
  agency_a: string;
  agency_b: string;
  signed_on: string | null;
  signatory_a: string | null;
  signatory_b: string | null;
  pending: string | null;
  version: number;
}): ArrangementPair => ({
  agencyA: r.agency_a as AreaCode,
  agencyB: r.agency_b as AreaCode,
  signedOn: r.signed_on,
  signatoryA: r.signatory_a,
  signatoryB: r.signatory_b,
  pending: r.pending === null ? null : fromJson<PendingSigning>(r.pending),
  version: r.version,
});

export async function listPairs(db: Executor): Promise<ArrangementPair[]> {
  const rows = await db.selectFrom('arrangement_pairs').selectAll().orderBy('agency_a').orderBy('agency_b').execute();
  return rows.map(toPair);
}

export async function insertPair(db: Executor, p: Omit<ArrangementPair, 'version'>): Promise<void> {
  await db
    .insertInto('arrangement_pairs')
    .values({ agency_a: p.agencyA, agency_b: p.agencyB, signed_on: p.signedOn, signatory_a: p.signatoryA, signatory_b: p.signatoryB })
    .onConflict((oc) => oc.columns(['agency_a', 'agency_b']).doNothing())
    .execute();
}

export async function getPair(db: Executor, a: AreaCode, b: AreaCode): Promise<ArrangementPair | undefined> {
  const row = await db.selectFrom('arrangement_pairs').selectAll().where('agency_a', '=', a).where('agency_b', '=', b).executeTakeFirst();
  return row && toPair(row);
}

/** Sets (or clears) the signing waiting for confirmation, if the pair's version still matches. */
export async function setPendingSigning(db: Executor, pair: ArrangementPair, pending: PendingSigning | null, at: string): Promise<ArrangementPair | undefined> {
  const row = await db
    .updateTable('arrangement_pairs')
    .set((eb) => ({ pending: pending === null ? null : toJson(pending), version: eb('version', '+', 1), updated_at: at }))
    .where('agency_a', '=', pair.agencyA)
    .where('agency_b', '=', pair.agencyB)
    .where('version', '=', pair.version)
    .returningAll()
    .executeTakeFirst();
  return row && toPair(row);
}

/** Records a pair's confirmed signing (clearing the pending one) if its version still matches; the updated pair, or undefined when stale. */
export async function recordSigning(
  db: Executor,
  pair: ArrangementPair,
  signing: { signedOn: string; signatoryA: string; signatoryB: string },
  at: string,
): Promise<ArrangementPair | undefined> {
  const row = await db
    .updateTable('arrangement_pairs')
    .set((eb) => ({
      signed_on: signing.signedOn,
      signatory_a: signing.signatoryA,
      signatory_b: signing.signatoryB,
      pending: null,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('agency_a', '=', pair.agencyA)
    .where('agency_b', '=', pair.agencyB)
    .where('version', '=', pair.version)
    .returningAll()
    .executeTakeFirst();
  return row && toPair(row);
}
