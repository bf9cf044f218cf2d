import type { Company } from '../domain/company.ts';
import { portMeant } from '../domain/ports.ts';
import { PORTS } from '../reference/ports.ts';
import { toSimplified } from '../script.ts';
import type { Vessel } from '../domain/vessel.ts';

// Forms post flat strings; these turn them into the shapes the API's schemas validate (and back),
// so a page and an API request are checked by the same rules.

const text = (v: string | undefined) => (v === undefined ? undefined : v.trim());
const optional = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());
/** Numbers stay strings when they are not numbers, so the schema names the field rather than this code guessing. */
const number = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v);
const list = (v: string | undefined, sep = /[,\n]/) => (v ?? '').split(sep).map((s) => s.trim()).filter(Boolean);

export function companyFromForm(f: Record<string, string>) {
  return {
    ...(f.homeAgency !== undefined ? { homeAgency: f.homeAgency } : {}),
    nameZh: text(f.nameZh),
    nameEn: text(f.nameEn),
    addressZh: text(f.addressZh),
    addressEn: text(f.addressEn),
    imoCompanyNumber: optional(f.imoCompanyNumber),
    emergencyPhone: text(f.emergencyPhone),
    emergencyPhoneAlt: optional(f.emergencyPhoneAlt),
    designatedPerson: { name: text(f['designatedPerson.name']), phone: text(f['designatedPerson.phone']), mobile: optional(f['designatedPerson.mobile']), email: text(f['designatedPerson.email']) },
    emergencyTeam: { name: text(f['emergencyTeam.name']), phone: text(f['emergencyTeam.phone']), email: optional(f['emergencyTeam.email']) },
    mediaContact: optional(f['mediaContact.name'])
      ? { name: text(f['mediaContact.name']), phone: text(f['mediaContact.phone']), email: optional(f['mediaContact.email']) }
      : null,
  };
}

export function companyToForm(c: Company): Record<string, string | null> {
  return {
    homeAgency: c.homeAgency,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    addressZh: c.addressZh,
    addressEn: c.addressEn,
    imoCompanyNumber: c.imoCompanyNumber,
    emergencyPhone: c.emergencyPhone,
    emergencyPhoneAlt: c.emergencyPhoneAlt,
    'designatedPerson.name': c.designatedPerson.name,
    'designatedPerson.phone': c.designatedPerson.phone,
    'designatedPerson.mobile': c.designatedPerson.mobile,
    'designatedPerson.email': c.designatedPerson.email,
    'emergencyTeam.name': c.emergencyTeam.name,
    'emergencyTeam.phone': c.emergencyTeam.phone,
    'emergencyTeam.email': c.emergencyTeam.email,
    'mediaContact.name': c.mediaContact?.name ?? null,
    'mediaContact.phone': c.mediaContact?.phone ?? null,
    'mediaContact.email': c.mediaContact?.email ?? null,
  };
}

export function vesselFromForm(f: Record<string, string>) {
  return {
    companyId: number(f.companyId),
    ...(f.areaOfRegistry !== undefined ? { areaOfRegistry: f.areaOfRegistry } : {}),
    nameZh: text(f.nameZh),
    nameEn: text(f.nameEn),
    imoNumber: optional(f.imoNumber),
    nationalRegistrationNumber: optional(f.nationalRegistrationNumber),
    mmsi: text(f.mmsi),
    callSign: text(f.callSign),
    portOfRegistry: text(f.portOfRegistry),
    type: f.type,
    grossTonnage: number(f.grossTonnage),
    lengthMetres: number(f.lengthMetres),
    hullColour: text(f.hullColour),
    superstructureColour: text(f.superstructureColour),
    identifyingMarks: optional(f.identifyingMarks),
    maxPassengers: number(f.maxPassengers),
    crew: number(f.crew),
    epirbHexId: optional(f.epirbHexId),
    communications: { bridgePhone: optional(f['communications.bridgePhone']), satellite: list(f['communications.satellite']), vhf: text(f['communications.vhf']), otherRadio: optional(f['communications.otherRadio']) },
    // A port may be typed by its code or by a fragment of its name in any of the languages.
    route: { ports: list(f['route.ports']).map((p) => { const meant = portMeant(p, PORTS, toSimplified); return 'code' in meant ? meant.code : meant.unknown; }), sailingsPerDay: number(f['route.sailingsPerDay']), crossingMinutes: number(f['route.crossingMinutes']) },
    lifeSaving: {
      liferafts: number(f['lifeSaving.liferafts']),
      liferaftCapacity: number(f['lifeSaving.liferaftCapacity']),
      marineEvacuationSystems: number(f['lifeSaving.marineEvacuationSystems']),
      rescueBoats: number(f['lifeSaving.rescueBoats']),
    },
    helicopterWinchingArea: optional(f.helicopterWinchingArea),
    medicalFacilities: optional(f.medicalFacilities),
    status: f.status ?? 'in_service',
  };
}

export function vesselToForm(v: Vessel): Record<string, string | number | null> {
  return {
    companyId: v.companyId,
    areaOfRegistry: v.areaOfRegistry,
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    imoNumber: v.imoNumber,
    nationalRegistrationNumber: v.nationalRegistrationNumber,
    mmsi: v.mmsi,
    callSign: v.callSign,
    portOfRegistry: v.portOfRegistry,
    type: v.type,
    grossTonnage: v.grossTonnage,
    lengthMetres: v.lengthMetres,
    hullColour: v.hullColour,
    superstructureColour: v.superstructureColour,
    identifyingMarks: v.identifyingMarks,
    maxPassengers: v.maxPassengers,
    crew: v.crew,
    epirbHexId: v.epirbHexId,
    'communications.bridgePhone': v.communications.bridgePhone,
    'communications.satellite': v.communications.satellite.join(', '),
    'communications.vhf': v.communications.vhf,
    'communications.otherRadio': v.communications.otherRadio,
    'route.ports': v.route.ports.join(', '),
    'route.sailingsPerDay': v.route.sailingsPerDay,
    'route.crossingMinutes': v.route.crossingMinutes,
    'lifeSaving.liferafts': v.lifeSaving.liferafts,
    'lifeSaving.liferaftCapacity': v.lifeSaving.liferaftCapacity,
    'lifeSaving.marineEvacuationSystems': v.lifeSaving.marineEvacuationSystems,
    'lifeSaving.rescueBoats': v.lifeSaving.rescueBoats,
    helicopterWinchingArea: v.helicopterWinchingArea,
    medicalFacilities: v.medicalFacilities,
    status: v.status,
  };
}

/** Module 4 lines: "中文 | English | kind | base | contact" for units, "中文 | English | phone" for hospitals. */
export function facilitiesFromForm(f: Record<string, string>) {
  const rows = (v: string | undefined) => (v ?? '').split('\n').map((l) => l.split('|').map((s) => s.trim())).filter((r) => r.some(Boolean));
  return {
    rescueUnits: rows(f.rescueUnits).map(([nameZh, nameEn, kind, base, contact]) => ({ nameZh, nameEn, kind, base: base || null, contact: contact || null })),
    hospitals: rows(f.hospitals).map(([nameZh, nameEn, phone]) => ({ nameZh, nameEn, phone: phone || null })),
  };
}
