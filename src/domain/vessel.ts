import type { FieldProblem } from '../errors.ts';
import { AREA_NAMES, type AreaCode } from './areas.ts';
import { checkBeaconHexId } from './beacon.ts';
import { checkCallSign, checkImoShipNumber, checkShipMmsi, type Checked } from './identifiers.ts';
import type { Port } from './ports.ts';

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
export function checkVessel(details: VesselDetails, ports: readonly Port[]): { ok: true; value: VesselDetails } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const area = details.areaOfRegistry;
  const take = (field: string, checked: Checked): string | null => {
    if (checked.ok) return checked.value;
    problems.push({ field, message: checked.reason });
    return null;
  };

  const value: VesselDetails = { ...details };
  if (details.imoNumber !== null) {
    value.imoNumber = take('imoNumber', checkImoShipNumber(details.imoNumber));
  } else if (!IMO_EXCLUDED_TYPES.includes(details.type)) {
    problems.push({ field: 'imoNumber', message: `required for a ${details.type.replaceAll('_', ' ')}; only jetfoils, hydrofoils and air-cushion vehicles may go without` });
  } else if (!details.nationalRegistrationNumber) {
    problems.push({ field: 'nationalRegistrationNumber', message: 'required when the craft has no IMO number' });
  }
  const mmsi = take('mmsi', checkShipMmsi(details.mmsi, area));
  value.mmsi = mmsi ?? details.mmsi;
  const callSign = take('callSign', checkCallSign(details.callSign, area));
  value.callSign = callSign ?? details.callSign;
  if (details.epirbHexId !== null) value.epirbHexId = take('epirbHexId', checkBeaconHexId(details.epirbHexId, area, mmsi, callSign));

  problems.push(...routeProblems(details.route.ports, ports));
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** A cross-area scheduled route: known ports, at least two of the three areas touched. */
export function routeProblems(portCodes: readonly string[], ports: readonly Port[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const areas = new Set<AreaCode>();
  portCodes.forEach((code, i) => {
    const port = ports.find((p) => p.code === code);
    if (!port) problems.push({ field: `route.ports.${i}`, message: `unknown port ${code}; see GET /api/ports for the list` });
    else areas.add(port.area);
  });
  if (problems.length === 0 && areas.size < 2) {
    const only = [...areas].map((a) => AREA_NAMES[a].en).join(', ') || 'no area';
    problems.push({ field: 'route.ports', message: `a cross-area route touches at least two of Guangdong, Hong Kong and Macao; this one touches only ${only}` });
  }
  return problems;
}
