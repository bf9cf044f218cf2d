import { sql } from 'kysely';
import { pageOf, type Page } from '../domain/page.ts';
import { homeAgency, type AreaCode } from '../domain/areas.ts';
import type { Vessel, VesselDetails, VesselStatus, VesselType } from '../domain/vessel.ts';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json.ts';
import { indexVessel } from './search.ts';
import type { VesselRow } from './schema.ts';
import { prepared } from './prepared.ts';
import { idsIn } from './dialect.ts';
import { grouped } from './grouped.ts';

const toVessel = (r: VesselRow): Vessel => ({
  id: r.id,
  companyId: r.company_id,
  areaOfRegistry: r.area_of_registry as AreaCode,
  homeAgency: homeAgency(r.area_of_registry as AreaCode),
  nameZh: r.name_zh,
  nameEn: r.name_en,
  formerNames: fromJson(r.former_names),
  imoNumber: r.imo_number,
  nationalRegistrationNumber: r.national_registration_number,
  mmsi: r.mmsi,
  callSign: r.call_sign,
  portOfRegistry: r.port_of_registry,
  type: r.type as VesselType,
  grossTonnage: r.gross_tonnage,
  lengthMetres: r.length_m,
  hullColour: r.hull_colour,
  superstructureColour: r.superstructure_colour,
  identifyingMarks: r.identifying_marks,
  maxPassengers: r.max_passengers,
  crew: r.crew,
  epirbHexId: r.epirb_hex_id,
  communications: fromJson(r.communications),
  route: fromJson(r.route),
  lifeSaving: fromJson(r.life_saving),
  helicopterWinchingArea: r.helicopter_winching_area,
  medicalFacilities: r.medical_facilities,
  status: r.status as VesselStatus,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (v: VesselDetails) => ({
  company_id: v.companyId,
  area_of_registry: v.areaOfRegistry,
  name_zh: v.nameZh,
  name_en: v.nameEn,
  former_names: toJson(v.formerNames),
  imo_number: v.imoNumber,
  national_registration_number: v.nationalRegistrationNumber,
  mmsi: v.mmsi,
  call_sign: v.callSign,
  port_of_registry: v.portOfRegistry,
  type: v.type,
  gross_tonnage: v.grossTonnage,
  length_m: v.lengthMetres,
  hull_colour: v.hullColour,
  superstructure_colour: v.superstructureColour,
  identifying_marks: v.identifyingMarks,
  max_passengers: v.maxPassengers,
  crew: v.crew,
  epirb_hex_id: v.epirbHexId,
  communications: toJson(v.communications),
  route: toJson(v.route),
  life_saving: toJson(v.lifeSaving),
  helicopter_winching_area: v.helicopterWinchingArea,
  medical_facilities: v.medicalFacilities,
  status: v.status,
});

export async function insertVessel(db: Executor, details: VesselDetails, at: string): Promise<Vessel> {
  const row = await db
    .insertInto('vessels')
    .values({ ...toRow(details), created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  await openIdentifierHistory(db, row.id, details, at);
  await indexVessel(db, row.id);
  return toVessel(row);
}

// Prepared: read by id on many requests (the pages and the API).
const vesselById = prepared((db, id: number) => db.selectFrom('vessels').selectAll().where('id', '=', id));

export async function getVessel(db: Executor, id: number): Promise<Vessel | undefined> {
  const [row] = await vesselById(db, id);
  return row && toVessel(row);
}

export type VesselFilter = {
  area?: AreaCode;
  companyId?: number;
  status?: VesselStatus;
  type?: VesselType;
  after?: number;
  limit: number;
};

/** Vessels in id order, from a cursor (the last id seen). */
export async function listVessels(db: Executor, f: VesselFilter): Promise<Page<Vessel>> {
  let q = db
    .selectFrom('vessels')
    .selectAll()
    .orderBy('id')
    .limit(f.limit + 1);
  if (f.area) q = q.where('area_of_registry', '=', f.area);
  if (f.companyId !== undefined) q = q.where('company_id', '=', f.companyId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.after !== undefined) q = q.where('id', '>', f.after);
  const rows = await q.execute();
  return pageOf(rows.map(toVessel), f.limit, (v) => v.id);
}

/** The ids of the ships not withdrawn, of one area or company if given, by English name. */
export async function vesselIdsInService(db: Executor, f: { area?: AreaCode; companyId?: number }): Promise<number[]> {
  let q = db.selectFrom('vessels').select('id').where('status', '!=', 'withdrawn').orderBy(sql`lower(name_en)`).orderBy('id');
  if (f.area) q = q.where('area_of_registry', '=', f.area);
  if (f.companyId !== undefined) q = q.where('company_id', '=', f.companyId);
  return (await q.execute()).map((r) => r.id);
}

/** Every ship of one company, in id order. */
export async function vesselsOfCompany(db: Executor, companyId: number): Promise<Vessel[]> {
  const rows = await db.selectFrom('vessels').selectAll().where('company_id', '=', companyId).orderBy('id').execute();
  return rows.map(toVessel);
}

/**
 * For each unique identifier of `v` already held by another vessel: which field, and the holder. An IMO
 * number belongs to one ship for ever; an MMSI, a call sign or an EPIRB hex ID only to one ship not
 * withdrawn, so a withdrawn ship's may be reassigned (and a withdrawn ship clashes on none of them): a
 * beacon's alert must lead to one ship.
 */
export async function identifierClashes(
  db: Executor,
  v: Pick<VesselDetails, 'imoNumber' | 'mmsi' | 'callSign' | 'epirbHexId' | 'status'>,
  exceptId?: number,
): Promise<{ field: 'imoNumber' | 'mmsi' | 'callSign' | 'epirbHexId'; holder: Pick<Vessel, 'id' | 'nameEn' | 'nameZh'> }[]> {
  const inRegister = v.status !== 'withdrawn';
  if (!inRegister && !v.imoNumber) return [];
  let q = db
    .selectFrom('vessels')
    .select(['id', 'name_en', 'name_zh', 'imo_number', 'mmsi', 'call_sign', 'epirb_hex_id', 'status'])
    .where((eb) => {
      // One flat OR of indexed columns, which each engine answers index by index; the holder's status is
      // weighed below. Nested under the status, the OR made SQLite read every ship (2.5 ms a check at
      // 10,000 ships, for each row of an import, with the lookups waiting).
      const held = inRegister ? [eb('mmsi', '=', v.mmsi), eb('call_sign', '=', v.callSign)] : [];
      if (inRegister && v.epirbHexId) held.push(eb('epirb_hex_id', '=', v.epirbHexId));
      if (v.imoNumber) held.push(eb('imo_number', '=', v.imoNumber));
      return eb.or(held);
    });
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  const rows = await q.execute();
  const clashes: { field: 'imoNumber' | 'mmsi' | 'callSign' | 'epirbHexId'; holder: Pick<Vessel, 'id' | 'nameEn' | 'nameZh'> }[] = [];
  for (const r of rows) {
    const holder = { id: r.id, nameEn: r.name_en, nameZh: r.name_zh };
    const holderInRegister = inRegister && r.status !== 'withdrawn';
    if (v.imoNumber && r.imo_number === v.imoNumber) clashes.push({ field: 'imoNumber', holder });
    if (holderInRegister && r.mmsi === v.mmsi) clashes.push({ field: 'mmsi', holder });
    if (holderInRegister && r.call_sign === v.callSign) clashes.push({ field: 'callSign', holder });
    if (holderInRegister && v.epirbHexId && r.epirb_hex_id === v.epirbHexId) clashes.push({ field: 'epirbHexId', holder });
  }
  return clashes;
}

export async function updateVessel(db: Executor, id: number, expectedVersion: number, details: VesselDetails, at: string): Promise<Vessel | undefined> {
  const row = await db
    .updateTable('vessels')
    .set((eb) => ({ ...toRow(details), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row) {
    await keepIdentifierHistory(db, id, details, at);
    await indexVessel(db, id);
  }
  return row && toVessel(row);
}

export type IdentifierKind = 'mmsi' | 'callSign' | 'imoNumber' | 'epirbHexId';
export type HeldIdentifier = { vesselId: number; kind: IdentifierKind; value: string; heldFrom: string | null; heldUntil: string | null };

/**
 * Keeps the ship's identifier history in step with its record: an identifier it no longer holds is
 * closed on the day (`at`), a new one opened from it. Called with every write of a ship's record.
 */
async function keepIdentifierHistory(db: Executor, vesselId: number, v: Pick<VesselDetails, IdentifierKind>, at: string): Promise<void> {
  const day = at.slice(0, 10);
  const open = await db.selectFrom('vessel_identifiers').select(['kind', 'value']).where('vessel_id', '=', vesselId).where('held_until', 'is', null).execute();
  for (const kind of ['mmsi', 'callSign', 'imoNumber', 'epirbHexId'] as const) {
    const now = v[kind] ?? null;
    const held = open.filter((o) => o.kind === kind);
    for (const h of held.filter((h) => h.value !== now)) {
      await db
        .updateTable('vessel_identifiers')
        .set({ held_until: day })
        .where('vessel_id', '=', vesselId)
        .where('kind', '=', kind)
        .where('value', '=', h.value)
        .where('held_until', 'is', null)
        .execute();
    }
    if (now && !held.some((h) => h.value === now)) {
      await db.insertInto('vessel_identifiers').values({ vessel_id: vesselId, kind, value: now, held_from: day, held_until: null }).execute();
    }
  }
}

/** A new ship's identifiers, held from today: one statement (a fleet import registers a thousand ships). */
async function openIdentifierHistory(db: Executor, vesselId: number, v: Pick<VesselDetails, IdentifierKind>, at: string): Promise<void> {
  const day = at.slice(0, 10);
  const rows = (['mmsi', 'callSign', 'imoNumber', 'epirbHexId'] as const).flatMap((kind) =>
    v[kind] ? [{ vessel_id: vesselId, kind, value: v[kind]!, held_from: day, held_until: null }] : [],
  );
  if (rows.length > 0) await db.insertInto('vessel_identifiers').values(rows).execute();
}

/** The identifiers ships held once and hold no more, by ship, oldest first. */
export async function formerIdentifiers(db: Executor, vesselId: number): Promise<HeldIdentifier[]> {
  return (await formerIdentifiersOf(db, [vesselId])).get(vesselId) ?? [];
}

// Ids go in as one JSON array (idsIn): the same statement whatever their number, built once.
const formerOf = prepared((db, ids: string) =>
  db
    .selectFrom('vessel_identifiers')
    .selectAll()
    .where('vessel_id', 'in', idsIn(db, ids))
    .where('held_until', 'is not', null)
    .orderBy('vessel_id')
    .orderBy('held_until')
    .orderBy('kind'),
);

/** The identifiers each of `ids` held and holds no more, oldest first (a ship without any is not in the map). */
export async function formerIdentifiersOf(db: Executor, ids: number[]): Promise<Map<number, HeldIdentifier[]>> {
  const rows = ids.length ? await formerOf(db, JSON.stringify(ids)) : [];
  return grouped(
    rows,
    (r) => r.vessel_id,
    (r): HeldIdentifier => ({ vesselId: r.vessel_id, kind: r.kind, value: r.value, heldFrom: r.held_from, heldUntil: r.held_until }),
  );
}

const vesselsOf = prepared((db, ids: string) => db.selectFrom('vessels').selectAll().where('id', 'in', idsIn(db, ids)));

export async function vesselsByIds(db: Executor, ids: number[]): Promise<Map<number, Vessel>> {
  if (ids.length === 0) return new Map();
  const rows = await vesselsOf(db, JSON.stringify([...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, toVessel(r)]));
}
