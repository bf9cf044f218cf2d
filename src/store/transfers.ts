import type { Selectable } from 'kysely';
import type { AreaCode } from '../domain/areas.ts';
import type { FormerRegistration, Transfer, TransferState } from '../domain/transfer.ts';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json.ts';
import type { VesselTransferTable } from './schema.ts';
import { prepared } from './prepared.ts';
import { idsIn } from './dialect.ts';
import { grouped } from './grouped.ts';

const toTransfer = (r: Selectable<VesselTransferTable>): Transfer => ({
  id: r.id,
  vesselId: r.vessel_id,
  fromArea: r.from_area as AreaCode,
  toArea: r.to_area as AreaCode,
  state: r.state,
  former: fromJson(r.former),
  note: r.note,
  releasedAt: r.released_at,
  releasedBy: r.released_by,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
});

export async function insertRelease(
  db: Executor,
  t: { vesselId: number; fromArea: AreaCode; toArea: AreaCode; former: FormerRegistration; note: string | null; at: string; by: string },
): Promise<Transfer> {
  const row = await db
    .insertInto('vessel_transfers')
    .values({
      vessel_id: t.vesselId,
      from_area: t.fromArea,
      to_area: t.toArea,
      state: 'released',
      former: toJson(t.former),
      note: t.note,
      released_at: t.at,
      released_by: t.by,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTransfer(row);
}

/** The ship's release not yet accepted or cancelled, if any. */
export async function openTransfer(db: Executor, vesselId: number): Promise<Transfer | undefined> {
  const row = await db.selectFrom('vessel_transfers').selectAll().where('vessel_id', '=', vesselId).where('state', '=', 'released').executeTakeFirst();
  return row && toTransfer(row);
}

/** Ends an open release (accepted or cancelled); undefined when it was no longer open. */
export async function closeTransfer(
  db: Executor,
  id: number,
  state: Exclude<TransferState, 'released'>,
  at: string,
  by: string,
): Promise<Transfer | undefined> {
  const row = await db
    .updateTable('vessel_transfers')
    .set({ state, decided_at: at, decided_by: by })
    .where('id', '=', id)
    .where('state', '=', 'released')
    .returningAll()
    .executeTakeFirst();
  return row && toTransfer(row);
}

/** A ship's transfers, oldest first. */
export async function transfersOfVessel(db: Executor, vesselId: number): Promise<Transfer[]> {
  return (await transfersOfVessels(db, [vesselId])).get(vesselId) ?? [];
}

const transfersOf = prepared((db, ids: string) => db.selectFrom('vessel_transfers').selectAll().where('vessel_id', 'in', idsIn(db, ids)).orderBy('id'));

/** Each of `ids`' transfers, oldest first (a ship never transferred is not in the map). */
export async function transfersOfVessels(db: Executor, ids: number[]): Promise<Map<number, Transfer[]>> {
  return grouped(ids.length ? await transfersOf(db, JSON.stringify(ids)) : [], (r) => r.vessel_id, toTransfer);
}

/** Open releases to or from an agency, oldest first. */
export async function openTransfersOf(db: Executor, area: AreaCode, direction: 'incoming' | 'outgoing'): Promise<Transfer[]> {
  const rows = await db
    .selectFrom('vessel_transfers')
    .selectAll()
    .where('state', '=', 'released')
    .where(direction === 'incoming' ? 'to_area' : 'from_area', '=', area)
    .orderBy('id')
    .execute();
  return rows.map(toTransfer);
}
