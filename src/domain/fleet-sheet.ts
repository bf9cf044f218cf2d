import type { Key } from '../words/index.ts';
import type { AreaCode } from './areas.ts';
import type { Company } from './company.ts';
import type { Vessel } from './vessel.ts';

// A fleet as the agencies keep it in spreadsheets: one row a ship or a company, one column a field,
// the same columns in the template, the import and the export, so an export imports back unchanged.

/** A column: its key (the template's second header row), its label (`column.<kind>.<key>` in the catalogue), and the record's field it fills. */
export type Column = { key: string; label: Key; field: string; required?: boolean };

export const SHIP_COLUMNS: readonly Column[] = [
  {
    key: 'company',
    label: 'column.ships.company',
    field: 'companyId',
    required: true,
  },
  { key: 'nameZh', label: 'column.ships.nameZh', field: 'nameZh', required: true },
  { key: 'nameEn', label: 'column.ships.nameEn', field: 'nameEn', required: true },
  { key: 'type', label: 'column.ships.type', field: 'type', required: true },
  { key: 'imoNumber', label: 'column.ships.imoNumber', field: 'imoNumber' },
  { key: 'nationalRegistrationNumber', label: 'column.ships.nationalRegistrationNumber', field: 'nationalRegistrationNumber' },
  { key: 'mmsi', label: 'column.ships.mmsi', field: 'mmsi', required: true },
  { key: 'callSign', label: 'column.ships.callSign', field: 'callSign', required: true },
  { key: 'portOfRegistry', label: 'column.ships.portOfRegistry', field: 'portOfRegistry', required: true },
  { key: 'epirbHexId', label: 'column.ships.epirbHexId', field: 'epirbHexId' },
  { key: 'grossTonnage', label: 'column.ships.grossTonnage', field: 'grossTonnage', required: true },
  { key: 'lengthMetres', label: 'column.ships.lengthMetres', field: 'lengthMetres', required: true },
  { key: 'hullColour', label: 'column.ships.hullColour', field: 'hullColour', required: true },
  { key: 'superstructureColour', label: 'column.ships.superstructureColour', field: 'superstructureColour', required: true },
  { key: 'identifyingMarks', label: 'column.ships.identifyingMarks', field: 'identifyingMarks' },
  { key: 'maxPassengers', label: 'column.ships.maxPassengers', field: 'maxPassengers', required: true },
  { key: 'crew', label: 'column.ships.crew', field: 'crew', required: true },
  { key: 'bridgePhone', label: 'column.ships.bridgePhone', field: 'communications.bridgePhone' },
  { key: 'satellite', label: 'column.ships.satellite', field: 'communications.satellite' },
  { key: 'vhf', label: 'column.ships.vhf', field: 'communications.vhf', required: true },
  { key: 'otherRadio', label: 'column.ships.otherRadio', field: 'communications.otherRadio' },
  { key: 'ports', label: 'column.ships.ports', field: 'route.ports', required: true },
  { key: 'sailingsPerDay', label: 'column.ships.sailingsPerDay', field: 'route.sailingsPerDay', required: true },
  { key: 'crossingMinutes', label: 'column.ships.crossingMinutes', field: 'route.crossingMinutes', required: true },
  { key: 'liferafts', label: 'column.ships.liferafts', field: 'lifeSaving.liferafts', required: true },
  { key: 'liferaftCapacity', label: 'column.ships.liferaftCapacity', field: 'lifeSaving.liferaftCapacity', required: true },
  {
    key: 'marineEvacuationSystems',
    label: 'column.ships.marineEvacuationSystems',
    field: 'lifeSaving.marineEvacuationSystems',
    required: true,
  },
  { key: 'rescueBoats', label: 'column.ships.rescueBoats', field: 'lifeSaving.rescueBoats', required: true },
  { key: 'helicopterWinchingArea', label: 'column.ships.helicopterWinchingArea', field: 'helicopterWinchingArea' },
  { key: 'medicalFacilities', label: 'column.ships.medicalFacilities', field: 'medicalFacilities' },
];

export const COMPANY_COLUMNS: readonly Column[] = [
  { key: 'nameZh', label: 'column.companies.nameZh', field: 'nameZh', required: true },
  { key: 'nameEn', label: 'column.companies.nameEn', field: 'nameEn', required: true },
  { key: 'addressZh', label: 'column.companies.addressZh', field: 'addressZh', required: true },
  { key: 'addressEn', label: 'column.companies.addressEn', field: 'addressEn', required: true },
  { key: 'imoCompanyNumber', label: 'column.companies.imoCompanyNumber', field: 'imoCompanyNumber' },
  { key: 'emergencyPhone', label: 'column.companies.emergencyPhone', field: 'emergencyPhone', required: true },
  { key: 'emergencyPhoneAlt', label: 'column.companies.emergencyPhoneAlt', field: 'emergencyPhoneAlt' },
  { key: 'dpName', label: 'column.companies.dpName', field: 'designatedPerson.name', required: true },
  { key: 'dpPhone', label: 'column.companies.dpPhone', field: 'designatedPerson.phone', required: true },
  { key: 'dpMobile', label: 'column.companies.dpMobile', field: 'designatedPerson.mobile' },
  { key: 'dpEmail', label: 'column.companies.dpEmail', field: 'designatedPerson.email', required: true },
  { key: 'teamName', label: 'column.companies.teamName', field: 'emergencyTeam.name', required: true },
  { key: 'teamPhone', label: 'column.companies.teamPhone', field: 'emergencyTeam.phone', required: true },
  { key: 'teamEmail', label: 'column.companies.teamEmail', field: 'emergencyTeam.email' },
  { key: 'mediaName', label: 'column.companies.mediaName', field: 'mediaContact.name' },
  { key: 'mediaPhone', label: 'column.companies.mediaPhone', field: 'mediaContact.phone' },
  { key: 'mediaEmail', label: 'column.companies.mediaEmail', field: 'mediaContact.email' },
];

export type SheetKind = 'ships' | 'companies';
export const columnsOf = (kind: SheetKind) => (kind === 'ships' ? SHIP_COLUMNS : COMPANY_COLUMNS);

/** The column a record's problem belongs to (`route.ports.1` → ports, `designatedPerson.email` → dpEmail). */
export function columnOf(kind: SheetKind, field: string): Column | undefined {
  const columns = columnsOf(kind);
  return columns.find((c) => c.field === field) ?? columns.find((c) => field.startsWith(`${c.field}.`)) ?? columns.find((c) => c.field.startsWith(`${field}.`));
}

type Row = Record<string, string>;
const cell = (row: Row, key: string) => (row[key] ?? '').trim();
const text = (row: Row, key: string) => cell(row, key) || undefined;
const optional = (row: Row, key: string) => cell(row, key) || null;
/** A number stays text when it is not one, so that the schema names the column rather than this code guessing. */
const number = (row: Row, key: string) => {
  const v = cell(row, key);
  return v === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v;
};
/** Lists are separated by semicolons (either width), or by line breaks within the cell. */
const list = (row: Row, key: string) =>
  cell(row, key)
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A ship's row as the input the registry checks (VesselInput), its ports typed as codes or names. */
export function shipFromRow(row: Row, area: AreaCode, companyId: number | undefined) {
  return {
    companyId,
    areaOfRegistry: area,
    nameZh: text(row, 'nameZh'),
    nameEn: text(row, 'nameEn'),
    type: text(row, 'type'),
    imoNumber: optional(row, 'imoNumber'),
    nationalRegistrationNumber: optional(row, 'nationalRegistrationNumber'),
    mmsi: text(row, 'mmsi'),
    callSign: text(row, 'callSign'),
    portOfRegistry: text(row, 'portOfRegistry'),
    epirbHexId: optional(row, 'epirbHexId'),
    grossTonnage: number(row, 'grossTonnage'),
    lengthMetres: number(row, 'lengthMetres'),
    hullColour: text(row, 'hullColour'),
    superstructureColour: text(row, 'superstructureColour'),
    identifyingMarks: optional(row, 'identifyingMarks'),
    maxPassengers: number(row, 'maxPassengers'),
    crew: number(row, 'crew'),
    communications: {
      bridgePhone: optional(row, 'bridgePhone'),
      satellite: list(row, 'satellite'),
      vhf: text(row, 'vhf'),
      otherRadio: optional(row, 'otherRadio'),
    },
    route: {
      // Read as written; the route rules take each to its port (code, full name or a name people use).
      ports: list(row, 'ports'),
      sailingsPerDay: number(row, 'sailingsPerDay'),
      crossingMinutes: number(row, 'crossingMinutes'),
    },
    lifeSaving: {
      liferafts: number(row, 'liferafts'),
      liferaftCapacity: number(row, 'liferaftCapacity'),
      marineEvacuationSystems: number(row, 'marineEvacuationSystems'),
      rescueBoats: number(row, 'rescueBoats'),
    },
    helicopterWinchingArea: optional(row, 'helicopterWinchingArea'),
    medicalFacilities: optional(row, 'medicalFacilities'),
  };
}

/** A company's row as the input the registry checks (CompanyInput). */
export function companyFromRow(row: Row, homeAgency: AreaCode) {
  const media = cell(row, 'mediaName') || cell(row, 'mediaPhone') || cell(row, 'mediaEmail');
  return {
    homeAgency,
    nameZh: text(row, 'nameZh'),
    nameEn: text(row, 'nameEn'),
    addressZh: text(row, 'addressZh'),
    addressEn: text(row, 'addressEn'),
    imoCompanyNumber: optional(row, 'imoCompanyNumber'),
    emergencyPhone: text(row, 'emergencyPhone'),
    emergencyPhoneAlt: optional(row, 'emergencyPhoneAlt'),
    designatedPerson: { name: text(row, 'dpName'), phone: text(row, 'dpPhone'), mobile: optional(row, 'dpMobile'), email: text(row, 'dpEmail') },
    emergencyTeam: { name: text(row, 'teamName'), phone: text(row, 'teamPhone'), email: optional(row, 'teamEmail') },
    mediaContact: media ? { name: text(row, 'mediaName'), phone: text(row, 'mediaPhone'), email: optional(row, 'mediaEmail') } : null,
  };
}

const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** A ship as its row, its company named by id (the import reads it back). */
export function shipToRow(v: Vessel): Row {
  return {
    company: s(v.companyId),
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    type: v.type,
    imoNumber: s(v.imoNumber),
    nationalRegistrationNumber: s(v.nationalRegistrationNumber),
    mmsi: v.mmsi,
    callSign: v.callSign,
    portOfRegistry: v.portOfRegistry,
    epirbHexId: s(v.epirbHexId),
    grossTonnage: s(v.grossTonnage),
    lengthMetres: s(v.lengthMetres),
    hullColour: v.hullColour,
    superstructureColour: v.superstructureColour,
    identifyingMarks: s(v.identifyingMarks),
    maxPassengers: s(v.maxPassengers),
    crew: s(v.crew),
    bridgePhone: s(v.communications.bridgePhone),
    satellite: v.communications.satellite.join('; '),
    vhf: v.communications.vhf,
    otherRadio: s(v.communications.otherRadio),
    ports: v.route.ports.join('; '),
    sailingsPerDay: s(v.route.sailingsPerDay),
    crossingMinutes: s(v.route.crossingMinutes),
    liferafts: s(v.lifeSaving.liferafts),
    liferaftCapacity: s(v.lifeSaving.liferaftCapacity),
    marineEvacuationSystems: s(v.lifeSaving.marineEvacuationSystems),
    rescueBoats: s(v.lifeSaving.rescueBoats),
    helicopterWinchingArea: s(v.helicopterWinchingArea),
    medicalFacilities: s(v.medicalFacilities),
  };
}

export function companyToRow(c: Company): Row {
  return {
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    addressZh: c.addressZh,
    addressEn: c.addressEn,
    imoCompanyNumber: s(c.imoCompanyNumber),
    emergencyPhone: c.emergencyPhone,
    emergencyPhoneAlt: s(c.emergencyPhoneAlt),
    dpName: c.designatedPerson.name,
    dpPhone: c.designatedPerson.phone,
    dpMobile: s(c.designatedPerson.mobile),
    dpEmail: c.designatedPerson.email,
    teamName: c.emergencyTeam.name,
    teamPhone: c.emergencyTeam.phone,
    teamEmail: s(c.emergencyTeam.email),
    mediaName: s(c.mediaContact?.name),
    mediaPhone: s(c.mediaContact?.phone),
    mediaEmail: s(c.mediaContact?.email),
  };
}
