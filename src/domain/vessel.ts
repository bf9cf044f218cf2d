import type { FieldProblem } from '../errors.ts';
import { AREAS, type AreaCode } from './areas.ts';
import { checkBeaconHexId } from './beacon.ts';
import { checkCallSign, checkImoShipNumber, checkShipMmsi, type Checked } from './identifiers.ts';
import { portMeant, type PortNames } from './ports.ts';

export const VESSEL_TYPES = ['high_speed_passenger_craft', 'catamaran', 'jetfoil', 'hydrofoil', 'air_cushion_vehicle', 'monohull'] as const;
export type VesselType = (typeof VESSEL_TYPES)[number];

/** Craft the IMO numbering scheme excludes: they are identified by a national registration number instead. */
export const IMO_EXCLUDED_TYPES: readonly VesselType[] = ['jetfoil', 'hydrofoil', 'air_cushion_vehicle'];

export const VESSEL_STATUSES = ['in_service', 'laid_up', 'withdrawn'] as const;
export type VesselStatus = (typeof VESSEL_STATUSES)[number];

/** Module 2 of a plan: the ship. */
export type VesselDetails = {
  companyId: number;
  areaOfRegistry: AreaCode;
  nameZh: string;
  nameEn: string;
  formerNames: { nameZh: string | null; nameEn: string | null; until: string | null }[];
  imoNumber: string | null;
  nationalRegistrationNumber: string | null;
  mmsi: string;
  callSign: string;
  portOfRegistry: string;
  type: VesselType;
  grossTonnage: number;
  lengthMetres: number;
  hullColour: string;
  superstructureColour: string;
  identifyingMarks: string | null;
  maxPassengers: number;
  crew: number;
  epirbHexId: string | null;
  communications: { bridgePhone: string | null; satellite: string[]; vhf: string; otherRadio: string | null };
  route: { ports: string[]; sailingsPerDay: number; crossingMinutes: number };
  lifeSaving: { liferafts: number; liferaftCapacity: number; marineEvacuationSystems: number; rescueBoats: number };
  helicopterWinchingArea: string | null;
  medicalFacilities: string | null;
  status: VesselStatus;
};

export type Vessel = VesselDetails & { id: number; homeAgency: AreaCode; version: number; createdAt: string; updatedAt: string };

/**
 * Checks a ship's identifiers against its area of registry and its route against the port list.
 * Returns the details with identifiers normalised, or every problem found (never just the first).
 */
export function checkVessel(details: VesselDetails, ports: PortNames): { ok: true; value: VesselDetails } | { ok: false; problems: FieldProblem[] } {
  const { problems, normalised } = vesselRules(details, ports);
  return problems.length ? { ok: false, problems } : { ok: true, value: { ...details, ...normalised } };
}

/** A ship's record as received, before its fields are known to have their types (a refused form). */
export type ReadableVessel = { [K in keyof VesselDetails]?: unknown };

/**
 * The ship's rules, each checked where the fields it needs could be read: a record refused for one
 * field (a length written "48,5") is still told in the same answer that its MMSI is another area's.
 */
export function vesselRules(d: ReadableVessel, ports: PortNames): { problems: FieldProblem[]; normalised: Partial<VesselDetails> } {
  const problems: FieldProblem[] = [];
  const normalised: Partial<VesselDetails> = {};
  const area = AREAS.find((a) => a === d.areaOfRegistry);
  const type = VESSEL_TYPES.find((t) => t === d.type);
  const take = (field: string, checked: Checked): string | null => {
    if (checked.ok) return checked.value;
    problems.push({ field, ...checked.problem });
    return null;
  };

  if (typeof d.imoNumber === 'string') {
    normalised.imoNumber = take('imoNumber', checkImoShipNumber(d.imoNumber));
  } else if (d.imoNumber === null && type && !IMO_EXCLUDED_TYPES.includes(type)) {
    problems.push({ field: 'imoNumber', code: 'needs_imo', params: { type: { key: `vesselType.${type}` } } });
  } else if (d.imoNumber === null && type && !d.nationalRegistrationNumber) {
    problems.push({ field: 'nationalRegistrationNumber', code: 'needs_registration_number' });
  }
  let mmsi: string | null = null;
  let callSign: string | null = null;
  if (area && typeof d.mmsi === 'string') normalised.mmsi = (mmsi = take('mmsi', checkShipMmsi(d.mmsi, area))) ?? d.mmsi;
  if (area && typeof d.callSign === 'string') normalised.callSign = (callSign = take('callSign', checkCallSign(d.callSign, area))) ?? d.callSign;
  if (area && typeof d.epirbHexId === 'string') normalised.epirbHexId = take('epirbHexId', checkBeaconHexId(d.epirbHexId, area, mmsi, callSign));

  const route = d.route as VesselDetails['route'] | undefined;
  if (Array.isArray(route?.ports) && route.ports.every((p) => typeof p === 'string')) {
    const checked = routeProblems(route.ports, ports);
    problems.push(...checked.problems);
    if (checked.problems.length === 0) normalised.route = { ...route, ports: checked.codes };
  }
  return { problems, normalised };
}

/**
 * A cross-area scheduled route: each entry a known port (by code, full name or a name only it answers
 * to: the codes are kept), at least two of the three areas touched. A name several ports answer to is
 * refused with them listed, and none chosen.
 */
export function routeProblems(entries: readonly string[], names: PortNames): { problems: FieldProblem[]; codes: string[] } {
  const problems: FieldProblem[] = [];
  const codes: string[] = [];
  const areas = new Set<AreaCode>();
  entries.forEach((entry, i) => {
    const meant = portMeant(entry, names);
    if ('code' in meant) {
      codes.push(meant.code);
      areas.add(names.ports.find((p) => p.code === meant.code)!.area);
    } else if (meant.candidates.length > 1) {
      const candidates = meant.candidates.map((p) => `${p.nameZh} ${p.nameEn} (${p.code})`).join('; ');
      problems.push({ field: `route.ports.${i}`, code: 'port_ambiguous', params: { port: entry, candidates } });
    } else problems.push({ field: `route.ports.${i}`, code: 'unknown_port', params: { port: entry } });
  });
  if (problems.length === 0 && areas.size < 2) {
    // Known ports and fewer than two areas: exactly one area.
    const [only] = [...areas];
    problems.push({ field: 'route.ports', code: 'route_one_area', params: { area: { key: `area.${only!}` } } });
  }
  return { problems, codes };
}
