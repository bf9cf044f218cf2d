import { mayWriteHomeRecord, requireCompanyReader, requireHomeRegistrar, requireRole, type Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { formerRegistration, registeredIn, type NewRegistration, type Transfer } from '../domain/transfer.ts';
import type { Vessel } from '../domain/vessel.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { notFound, refuse } from '../errors.ts';
import { recordAudit } from '../store/audit.ts';
import { inTransaction, type Executor, type Tx } from '../store/database.ts';
import { closeTransfer, insertRelease, openTransfer, openTransfersOf, transfersOfVessel } from '../store/transfers.ts';
import { getVessel, updateVessel, vesselsByIds } from '../store/vessels.ts';
import { deltaDate } from '../domain/plan.ts';
import { handOverPlan } from './plan-drafting.ts';
import { followTransfer } from './proposals.ts';
import { checkedVessel, vesselDetails } from './registry.ts';

// Transfer of registry, from release to acceptance. The losing agency's registrar releases the ship;
// the gaining agency's registrar accepts it with the new register's identifiers, which withdraws the
// old plan ("transferred") in the same transaction. Every step is recorded in both agencies' audit
// trails, since each agency reads the events of its own records.

/** What a step of a transfer left: the ship, the transfer, and on acceptance the plan handed over (or withdrawn, if never issued) and the open proposals moved. */
export type TransferResult = {
  vessel: Vessel;
  transfer: Transfer;
  handedOverPlan: { id: number; planNumber: string } | null;
  withdrawnPlan: { id: number; planNumber: string } | null;
  movedProposals: number[];
};

const areaOf = (a: AreaCode) => ({ key: `area.${a}` }) as const;

async function existingVessel(trx: Executor, id: number): Promise<Vessel> {
  const vessel = await getVessel(trx, id);
  if (!vessel) throw notFound('noun.vessel', id);
  return vessel;
}

/** The vessel's version moves on with each step of a transfer, so a stale page or ETag is refused. */
async function touchedVessel(trx: Tx, before: Vessel, version: number, details: Parameters<typeof updateVessel>[3], stamp: string): Promise<Vessel> {
  const saved = await updateVessel(trx, before.id, version, details, stamp);
  if (!saved) throw changedMeanwhile('vessel');
  return saved;
}

async function auditBoth(trx: Tx, who: Who, action: string, t: Transfer, before: unknown, after: unknown, stamp: string) {
  for (const agency of [t.fromArea, t.toArea]) {
    await recordAudit(trx, { who, action, record: { type: 'vessel', id: t.vesselId, agency }, before, after, at: stamp });
  }
}

/** The losing agency releases a ship to another area's register; it stays in its register until accepted. */
export async function releaseVessel(
  db: Executor,
  who: Who,
  id: number,
  expected: ExpectedVersion,
  input: { toArea: AreaCode; note?: string | null },
  at: Date,
): Promise<TransferResult> {
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const before = await existingVessel(trx, id);
    requireHomeRegistrar(who.principal, before.homeAgency, 'release_ship');
    const version = requireVersion('vessel', before.version, expected);
    if (input.toArea === before.areaOfRegistry) {
      throw refuse('transfer_same_area', {}, [
        { field: 'toArea', code: 'already_registered_in', params: { ship: before.nameEn, area: areaOf(before.areaOfRegistry) } },
      ]);
    }
    if (before.status === 'withdrawn') throw refuse('transfer_withdrawn', { ship: before.nameEn });
    const open = await openTransfer(trx, id);
    if (open) throw refuse('transfer_open', { ship: before.nameEn, area: areaOf(open.toArea), date: open.releasedAt.slice(0, 10) });
    const transfer = await insertRelease(trx, {
      vesselId: id,
      fromArea: before.areaOfRegistry,
      toArea: input.toArea,
      former: formerRegistration(before),
      note: input.note?.trim() || null,
      at: stamp,
      by: who.principal.name,
    });
    const vessel = await touchedVessel(trx, before, version, vesselDetails(before), stamp);
    await auditBoth(trx, who, 'vessel.release', transfer, null, transfer, stamp);
    return { vessel, transfer, handedOverPlan: null, withdrawnPlan: null, movedProposals: [] };
  });
}

async function releasedVessel(trx: Executor, id: number): Promise<{ vessel: Vessel; transfer: Transfer }> {
  const vessel = await existingVessel(trx, id);
  const transfer = await openTransfer(trx, id);
  if (!transfer) throw refuse('transfer_none', { ship: vessel.nameEn });
  return { vessel, transfer };
}

/** The losing agency takes back a release not yet accepted. */
export async function cancelRelease(db: Executor, who: Who, id: number, expected: ExpectedVersion, at: Date): Promise<TransferResult> {
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const found = await existingVessel(trx, id);
    requireHomeRegistrar(who.principal, found.homeAgency, 'cancel_release');
    const { vessel: before, transfer } = await releasedVessel(trx, id);
    const version = requireVersion('vessel', before.version, expected);
    const closed = await closeTransfer(trx, transfer.id, 'cancelled', stamp, who.principal.name);
    if (!closed) throw changedMeanwhile('vessel');
    const vessel = await touchedVessel(trx, before, version, vesselDetails(before), stamp);
    await auditBoth(trx, who, 'vessel.release.cancel', closed, transfer, closed, stamp);
    return { vessel, transfer: closed, handedOverPlan: null, withdrawnPlan: null, movedProposals: [] };
  });
}

/**
 * The gaining agency accepts a released ship with its new register's identifiers (checked by the
 * same rules as registering: call-sign series, MID, beacon country of the new area). The old plan stays
 * in force until the gaining agency issues the new one it then opens (see `handOverPlan`).
 */
export async function acceptVessel(db: Executor, who: Who, id: number, expected: ExpectedVersion, reg: NewRegistration, at: Date): Promise<TransferResult> {
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    requireRole(who.principal, 'registrar', 'accept_ships');
    // Registrars read every record, so any may learn that a ship was not released; only the gaining one accepts.
    const { vessel: before, transfer } = await releasedVessel(trx, id);
    requireHomeRegistrar(who.principal, transfer.toArea, 'accept_released');
    const version = requireVersion('vessel', before.version, expected);
    const next = await checkedVessel(trx, registeredIn(vesselDetails(before), transfer.toArea, reg, deltaDate(at)), id);
    // Closed first, so the search entry written with the vessel already holds the former identifiers.
    const closed = await closeTransfer(trx, transfer.id, 'accepted', stamp, who.principal.name);
    if (!closed) throw changedMeanwhile('vessel');
    const vessel = await touchedVessel(trx, before, version, next, stamp);
    const { handedOver, withdrawn } = await handOverPlan(trx, who, id, transfer.fromArea, at);
    await auditBoth(trx, who, 'vessel.transfer.accept', closed, before, vessel, stamp);
    const moved = await followTransfer(trx, who, id, transfer.fromArea, transfer.toArea, stamp);
    return {
      vessel,
      transfer: closed,
      handedOverPlan: handedOver && { id: handedOver.id, planNumber: handedOver.planNumber },
      withdrawnPlan: withdrawn && { id: withdrawn.id, planNumber: withdrawn.planNumber },
      movedProposals: moved.map((p) => p.id),
    };
  });
}

// --- reads -----------------------------------------------------------------------------------

/** A ship's registry history (read rules as for the ship). */
export async function vesselTransfers(db: Executor, who: Who, id: number): Promise<Transfer[]> {
  const vessel = await existingVessel(db, id);
  requireCompanyReader(who.principal, vessel.companyId);
  return transfersOfVessel(db, id);
}

export type OpenTransferView = Transfer & { vessel: Pick<Vessel, 'id' | 'nameZh' | 'nameEn' | 'imoNumber' | 'version'> };

/** Releases waiting at a registrar's agency: ships released to it (to accept) and by it (not yet accepted). */
export async function openTransfers(db: Executor, who: Who): Promise<{ incoming: OpenTransferView[]; outgoing: OpenTransferView[] }> {
  requireRole(who.principal, 'registrar', 'transfer_ships');
  const area = who.principal.agency!;
  const [incoming, outgoing] = await Promise.all([openTransfersOf(db, area, 'incoming'), openTransfersOf(db, area, 'outgoing')]);
  const vessels = await vesselsByIds(
    db,
    [...incoming, ...outgoing].map((t) => t.vesselId),
  );
  const view = (t: Transfer): OpenTransferView => {
    const v = vessels.get(t.vesselId)!;
    return { ...t, vessel: { id: v.id, nameZh: v.nameZh, nameEn: v.nameEn, imoNumber: v.imoNumber, version: v.version } };
  };
  return { incoming: incoming.map(view), outgoing: outgoing.map(view) };
}

/** The ship for its release form: only its home registrars open it. */
export async function vesselForRelease(db: Executor, who: Who, id: number): Promise<Vessel> {
  const vessel = await existingVessel(db, id);
  requireHomeRegistrar(who.principal, vessel.homeAgency, 'release_ship');
  return vessel;
}

/** The ship and its open release, for the acceptance form: only the gaining agency's registrars open it. */
export async function vesselForAcceptance(db: Executor, who: Who, id: number): Promise<{ vessel: Vessel; transfer: Transfer }> {
  requireRole(who.principal, 'registrar', 'accept_ships');
  const released = await releasedVessel(db, id);
  requireHomeRegistrar(who.principal, released.transfer.toArea, 'accept_released');
  return released;
}

/** What the ship's page shows of its registry history, and which transfer steps the reader may take. */
export async function registryHistory(db: Executor, who: Who, vessel: Vessel) {
  const transfers = await transfersOfVessel(db, vessel.id);
  const open = transfers.find((t) => t.state === 'released');
  const home = mayWriteHomeRecord(who.principal, vessel.homeAgency);
  return {
    transfers,
    mayRelease: home && !open && vessel.status !== 'withdrawn',
    mayCancel: home && Boolean(open),
    mayAccept: Boolean(open) && mayWriteHomeRecord(who.principal, open!.toArea),
  };
}
