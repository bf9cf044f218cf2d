import { copyState, type CopyState, type Holder, type StoredCopy } from '../domain/copies.ts';
import type { Executor } from './database.ts';
import { prepared } from './prepared.ts';
import { idsIn } from './dialect.ts';
import { grouped } from './grouped.ts';

const COLUMNS = [
  'id',
  'revision_id',
  'copy_number',
  'holder',
  'sha256',
  'size',
  'verification_code',
  'acknowledged_at',
  'acknowledged_by',
  'signing_key_id',
] as const;
type Row = {
  id: number;
  revision_id: number;
  copy_number: number;
  holder: string;
  sha256: string;
  size: number;
  verification_code: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  signing_key_id: number | null;
};

const toCopy = (r: Row): StoredCopy => ({
  id: r.id,
  revisionId: r.revision_id,
  number: r.copy_number,
  holder: r.holder as Holder,
  sha256: r.sha256,
  size: r.size,
  verificationCode: r.verification_code,
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by,
  signingKeyId: r.signing_key_id,
});

export async function insertCopies(
  db: Executor,
  revisionId: number,
  copies: { number: number; holder: Holder; pdf: Uint8Array; sha256: string; verificationCode: string; signingKeyId: number | null }[],
): Promise<void> {
  await db
    .insertInto('copies')
    .values(
      copies.map((c) => ({
        revision_id: revisionId,
        copy_number: c.number,
        holder: c.holder,
        pdf: c.pdf,
        sha256: c.sha256,
        size: c.pdf.byteLength,
        verification_code: c.verificationCode,
        signing_key_id: c.signingKeyId,
      })),
    )
    .execute();
}

/** A revision's copies, by number. */
export async function copiesOfRevision(db: Executor, revisionId: number): Promise<StoredCopy[]> {
  return (await copiesOfRevisions(db, [revisionId])).get(revisionId) ?? [];
}

const copiesByRevisions = prepared((db, ids: string) =>
  db.selectFrom('copies').select(COLUMNS).where('revision_id', 'in', idsIn(db, ids)).orderBy('revision_id').orderBy('copy_number'),
);

/** The copies of each of `revisionIds`, by number (a revision without copies is not in the map). */
export async function copiesOfRevisions(db: Executor, revisionIds: number[]): Promise<Map<number, StoredCopy[]>> {
  return grouped(revisionIds.length ? await copiesByRevisions(db, JSON.stringify(revisionIds)) : [], (r) => r.revision_id, toCopy);
}

/** For each revision, how many of its copies are not acknowledged yet. */
export async function unacknowledgedCopies(db: Executor, revisionIds: number[]): Promise<Map<number, number>> {
  if (revisionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('copies')
    .select(['revision_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('revision_id', 'in', revisionIds)
    .where('acknowledged_at', 'is', null)
    .groupBy('revision_id')
    .execute();
  return new Map(rows.map((r) => [r.revision_id, Number(r.n)]));
}

export async function copyPdf(db: Executor, revisionId: number, number: number): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('copies').select('pdf').where('revision_id', '=', revisionId).where('copy_number', '=', number).executeTakeFirst();
  return row?.pdf;
}

/** Records the holder's receipt once; false if it was already acknowledged. */
export async function acknowledgeCopy(db: Executor, copyId: number, by: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('copies')
    .set({ acknowledged_at: at, acknowledged_by: by })
    .where('id', '=', copyId)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Where a copy belongs: its plan, revision and number, and whether it is still the current one. */
export type CopyPlace = { planId: number; planNumber: string; revision: number; copyNumber: number; state: CopyState };

/** The copy with this SHA-256 or verification code, with its plan and revision, for verification. */
export async function findCopy(db: Executor, by: { sha256: string } | { verificationCode: string }): Promise<CopyPlace | undefined> {
  let q = db
    .selectFrom('copies')
    .innerJoin('plan_revisions', 'plan_revisions.id', 'copies.revision_id')
    .innerJoin('plans', 'plans.id', 'plan_revisions.plan_id')
    .select([
      'copies.copy_number',
      'copies.holder',
      'copies.sha256',
      'plan_revisions.revision',
      'plan_revisions.state',
      'plan_revisions.issued_on',
      'plans.plan_number',
      'plans.withdrawn_on',
      'plans.id as plan_id',
    ]);
  q = 'sha256' in by ? q.where('copies.sha256', '=', by.sha256) : q.where('copies.verification_code', '=', by.verificationCode);
  const row = await q.executeTakeFirst();
  return (
    row && {
      planId: row.plan_id,
      planNumber: row.plan_number,
      revision: row.revision,
      copyNumber: row.copy_number,
      state: copyState(row.state, row.withdrawn_on),
    }
  );
}
