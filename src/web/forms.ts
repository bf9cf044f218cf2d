import type { Company } from '../domain/company.ts';
import { portMeant } from '../domain/ports.ts';
import type { FieldProblem } from '../errors.ts';
import { PORTS } from '../reference/ports.ts';
import { PORT_NAMES } from '../script.ts';
import type { Vessel } from '../domain/vessel.ts';
import { nameIn, type Lang } from './i18n.ts';

// Forms post flat strings; these turn them into the shapes the API's schemas validate (and back),
// so a page and an API request are checked by the same rules.

const text = (v: string | undefined) => (v === undefined ? undefined : v.trim());
const optional = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());
/** Numbers stay strings when they are not numbers, so the schema names the field rather than this code guessing. */
const number = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v);
const list = (v: string | undefined, sep = /[,\n]/) =>
  (v ?? '')
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

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
    designatedPerson: {
      name: text(f['designatedPerson.name']),
      phone: text(f['designatedPerson.phone']),
      mobile: optional(f['designatedPerson.mobile']),
      email: text(f['designatedPerson.email']),
    },
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
    communications: {
      bridgePhone: optional(f['communications.bridgePhone']),
      satellite: list(f['communications.satellite']),
      vhf: text(f['communications.vhf']),
      otherRadio: optional(f['communications.otherRadio']),
    },
    route: {
      ports: portRows(f).map((i) => f[`route.ports.${i}`]!.trim()),
      sailingsPerDay: number(f['route.sailingsPerDay']),
      crossingMinutes: number(f['route.crossingMinutes']),
    },
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

/**
 * Route entries typed as a name people use or a fragment ("上環", "外港"): the form comes back once with
 * the full name of the port each was taken as, beside it, so the registrar sees what will be saved
 * before it is (a code or a full name picked from the list is taken as it is). Null when there is none.
 */
export function portsToConfirm(f: Record<string, string>, lang: Lang): { values: Record<string, string>; problems: FieldProblem[] } | null {
  const values: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  portRows(f).forEach((row, entry) => {
    const meant = portMeant(f[`route.ports.${row}`]!, PORT_NAMES);
    if (!('code' in meant) || meant.exact) return;
    const port = PORT_NAMES.ports.find((p) => p.code === meant.code)!;
    values[`route.ports.${row}`] = nameIn(lang, port);
    problems.push({
      field: `route.ports.${entry}`,
      code: 'port_taken',
      params: { typed: f[`route.ports.${row}`]!.trim(), port: `${port.nameZh} ${port.nameEn}` },
    });
  });
  return problems.length ? { values, problems } : null;
}

/**
 * The route's ports come one to a row, picked from the list by name in the reader's language (or typed
 * as a code or a part of a name in any of them); a blank row is not a port.
 */
const portRows = (f: Record<string, string>) => formRows(f, 'route.ports').filter((i) => f[`route.ports.${i}`]?.trim());

/** `route.ports.1` (the route's second port) → `route.ports.3` (the form row it was picked in). */
export function vesselFormRowOf(f: Record<string, string>): (field: string) => string {
  const rows = portRows(f);
  return (field) => field.replace(/^route\.ports\.(\d+)/, (_, n: string) => `route.ports.${rows[Number(n)] ?? n}`);
}

/** A ship's recorded values as its form's fields, the ports by name in the reader's language. */
export function vesselToForm(v: Vessel, lang: Lang): Record<string, string | number | null> {
  const ports = Object.fromEntries(
    v.route.ports.map((code, i) => {
      const port = PORTS.find((p) => p.code === code);
      return [`route.ports.${i}`, port ? nameIn(lang, port) : code];
    }),
  );
  return {
    ...ports,
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

/** The row numbers a list's fields use in a form (`rescueUnits.3.nameZh`, `route.ports.3` → 3), in order. */
export function formRows(f: Record<string, string>, list: string): number[] {
  const rows = new Set<number>();
  const row = new RegExp(`^${list.replaceAll('.', '\\.')}\\.(\\d+)(\\.|$)`);
  for (const key of Object.keys(f)) {
    const m = row.exec(key);
    if (m) rows.add(Number(m[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * Module 4 from its form, row by row: a row marked for removal, or left blank, is not kept. `rowOf` maps
 * each kept item back to its form row, so a problem with item 1 is shown beside the row the person filled.
 */
export function facilitiesFromForm(f: Record<string, string>) {
  const kept = (list: string, fields: string[]) =>
    formRows(f, list).filter((i) => f[`${list}.${i}.remove`] !== 'yes' && fields.some((k) => f[`${list}.${i}.${k}`]?.trim()));
  const unitRows = kept('rescueUnits', ['nameZh', 'nameEn', 'base', 'contact']);
  const hospitalRows = kept('hospitals', ['nameZh', 'nameEn', 'phone']);
  const at = (list: string, i: number, k: string) => f[`${list}.${i}.${k}`]?.trim() ?? '';
  return {
    value: {
      rescueUnits: unitRows.map((i) => ({
        nameZh: at('rescueUnits', i, 'nameZh'),
        nameEn: at('rescueUnits', i, 'nameEn'),
        kind: at('rescueUnits', i, 'kind'),
        base: at('rescueUnits', i, 'base') || null,
        contact: at('rescueUnits', i, 'contact') || null,
      })),
      hospitals: hospitalRows.map((i) => ({
        nameZh: at('hospitals', i, 'nameZh'),
        nameEn: at('hospitals', i, 'nameEn'),
        phone: at('hospitals', i, 'phone') || null,
      })),
    },
    /** `rescueUnits.1.nameEn` (the item) → `rescueUnits.4.nameEn` (the form's row). */
    rowOf: (field: string) =>
      field.replace(
        /^(rescueUnits|hospitals)\.(\d+)/,
        (_, list: string, n: string) => `${list}.${(list === 'rescueUnits' ? unitRows : hospitalRows)[Number(n)] ?? n}`,
      ),
  };
}

/** Module 4 as form fields, row by row, with blank rows to add to. */
export function facilitiesToForm(facilities: {
  rescueUnits: { nameZh: string; nameEn: string; kind: string; base: string | null; contact: string | null }[];
  hospitals: { nameZh: string; nameEn: string; phone: string | null }[];
}) {
  const out: Record<string, string> = {};
  for (const [i, u] of facilities.rescueUnits.entries()) {
    Object.assign(out, {
      [`rescueUnits.${i}.nameZh`]: u.nameZh,
      [`rescueUnits.${i}.nameEn`]: u.nameEn,
      [`rescueUnits.${i}.kind`]: u.kind,
      [`rescueUnits.${i}.base`]: u.base ?? '',
      [`rescueUnits.${i}.contact`]: u.contact ?? '',
    });
  }
  for (const [i, h] of facilities.hospitals.entries()) {
    Object.assign(out, { [`hospitals.${i}.nameZh`]: h.nameZh, [`hospitals.${i}.nameEn`]: h.nameEn, [`hospitals.${i}.phone`]: h.phone ?? '' });
  }
  return out;
}
