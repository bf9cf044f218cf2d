import type { AreaCode } from './areas.ts';
import type { Company } from './company.ts';
import { portMeant, type Port } from './ports.ts';
import type { Vessel } from './vessel.ts';

// A fleet as the agencies keep it in spreadsheets: one row a ship or a company, one column a field,
// the same columns in the template, the import and the export, so an export imports back unchanged.

type Bilingual = { zh: string; en: string };
/** A column: its key (the template's second header row), its bilingual label, and the record's field it fills. */
export type Column = { key: string; label: Bilingual; field: string; required?: boolean };

export const SHIP_COLUMNS: readonly Column[] = [
  {
    key: 'company',
    label: { zh: '公司（編號、IMO公司編號、中文或英文名稱）', en: 'Company (id, IMO company number, Chinese or English name)' },
    field: 'companyId',
    required: true,
  },
  { key: 'nameZh', label: { zh: '中文船名', en: 'Name (Chinese)' }, field: 'nameZh', required: true },
  { key: 'nameEn', label: { zh: '英文船名', en: 'Name (English)' }, field: 'nameEn', required: true },
  { key: 'type', label: { zh: '船型', en: 'Type' }, field: 'type', required: true },
  { key: 'imoNumber', label: { zh: 'IMO編號', en: 'IMO number' }, field: 'imoNumber' },
  { key: 'nationalRegistrationNumber', label: { zh: '登記號碼', en: 'Registration number' }, field: 'nationalRegistrationNumber' },
  { key: 'mmsi', label: { zh: '海上移動業務識別碼', en: 'MMSI' }, field: 'mmsi', required: true },
  { key: 'callSign', label: { zh: '呼號', en: 'Call sign' }, field: 'callSign', required: true },
  { key: 'portOfRegistry', label: { zh: '船籍港', en: 'Port of registry' }, field: 'portOfRegistry', required: true },
  { key: 'epirbHexId', label: { zh: '應急無線電示位標', en: 'EPIRB 406 MHz hex ID' }, field: 'epirbHexId' },
  { key: 'grossTonnage', label: { zh: '總噸位', en: 'Gross tonnage' }, field: 'grossTonnage', required: true },
  { key: 'lengthMetres', label: { zh: '船長（米）', en: 'Length (m)' }, field: 'lengthMetres', required: true },
  { key: 'hullColour', label: { zh: '船體顏色', en: 'Hull colour' }, field: 'hullColour', required: true },
  { key: 'superstructureColour', label: { zh: '上層建築顏色', en: 'Superstructure colour' }, field: 'superstructureColour', required: true },
  { key: 'identifyingMarks', label: { zh: '識別標記', en: 'Identifying marks' }, field: 'identifyingMarks' },
  { key: 'maxPassengers', label: { zh: '載客上限', en: 'Maximum passengers' }, field: 'maxPassengers', required: true },
  { key: 'crew', label: { zh: '船員', en: 'Crew' }, field: 'crew', required: true },
  { key: 'bridgePhone', label: { zh: '駕駛台電話', en: 'Bridge telephone' }, field: 'communications.bridgePhone' },
  { key: 'satellite', label: { zh: '衛星號碼（以分號分隔）', en: 'Satellite numbers (separated by ;)' }, field: 'communications.satellite' },
  { key: 'vhf', label: { zh: '甚高頻', en: 'VHF' }, field: 'communications.vhf', required: true },
  { key: 'otherRadio', label: { zh: '其他無線電', en: 'Other radio' }, field: 'communications.otherRadio' },
  { key: 'ports', label: { zh: '停靠港口（依航線次序，以分號分隔）', en: 'Ports in the order sailed (separated by ;)' }, field: 'route.ports', required: true },
  { key: 'sailingsPerDay', label: { zh: '每日班次', en: 'Sailings a day' }, field: 'route.sailingsPerDay', required: true },
  { key: 'crossingMinutes', label: { zh: '航程（分鐘）', en: 'Crossing (minutes)' }, field: 'route.crossingMinutes', required: true },
  { key: 'liferafts', label: { zh: '救生筏數目', en: 'Liferafts' }, field: 'lifeSaving.liferafts', required: true },
  { key: 'liferaftCapacity', label: { zh: '救生筏容量', en: 'Liferaft capacity' }, field: 'lifeSaving.liferaftCapacity', required: true },
  {
    key: 'marineEvacuationSystems',
    label: { zh: '海上撤離系統', en: 'Marine evacuation systems' },
    field: 'lifeSaving.marineEvacuationSystems',
    required: true,
  },
  { key: 'rescueBoats', label: { zh: '救助艇', en: 'Rescue boats' }, field: 'lifeSaving.rescueBoats', required: true },
  { key: 'helicopterWinchingArea', label: { zh: '直升機絞吊區', en: 'Helicopter winching area' }, field: 'helicopterWinchingArea' },
  { key: 'medicalFacilities', label: { zh: '醫療設施', en: 'Medical facilities' }, field: 'medicalFacilities' },
];

export const COMPANY_COLUMNS: readonly Column[] = [
  { key: 'nameZh', label: { zh: '中文名稱', en: 'Name (Chinese)' }, field: 'nameZh', required: true },
  { key: 'nameEn', label: { zh: '英文名稱', en: 'Name (English)' }, field: 'nameEn', required: true },
  { key: 'addressZh', label: { zh: '中文地址', en: 'Address (Chinese)' }, field: 'addressZh', required: true },
  { key: 'addressEn', label: { zh: '英文地址', en: 'Address (English)' }, field: 'addressEn', required: true },
  { key: 'imoCompanyNumber', label: { zh: 'IMO公司編號', en: 'IMO company number' }, field: 'imoCompanyNumber' },
  { key: 'emergencyPhone', label: { zh: '24小時緊急電話', en: '24-hour emergency telephone' }, field: 'emergencyPhone', required: true },
  { key: 'emergencyPhoneAlt', label: { zh: '後備緊急電話', en: 'Alternate telephone' }, field: 'emergencyPhoneAlt' },
  { key: 'dpName', label: { zh: '岸上指定人員姓名', en: 'Designated person: name' }, field: 'designatedPerson.name', required: true },
  { key: 'dpPhone', label: { zh: '岸上指定人員電話', en: 'Designated person: telephone' }, field: 'designatedPerson.phone', required: true },
  { key: 'dpMobile', label: { zh: '岸上指定人員手提電話', en: 'Designated person: mobile' }, field: 'designatedPerson.mobile' },
  { key: 'dpEmail', label: { zh: '岸上指定人員電郵', en: 'Designated person: e-mail' }, field: 'designatedPerson.email', required: true },
  { key: 'teamName', label: { zh: '應急小組名稱', en: 'Emergency team: name' }, field: 'emergencyTeam.name', required: true },
  { key: 'teamPhone', label: { zh: '應急小組電話', en: 'Emergency team: telephone' }, field: 'emergencyTeam.phone', required: true },
  { key: 'teamEmail', label: { zh: '應急小組電郵', en: 'Emergency team: e-mail' }, field: 'emergencyTeam.email' },
  { key: 'mediaName', label: { zh: '傳媒聯絡名稱', en: 'Media contact: name' }, field: 'mediaContact.name' },
  { key: 'mediaPhone', label: { zh: '傳媒聯絡電話', en: 'Media contact: telephone' }, field: 'mediaContact.phone' },
  { key: 'mediaEmail', label: { zh: '傳媒聯絡電郵', en: 'Media contact: e-mail' }, field: 'mediaContact.email' },
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
export function shipFromRow(row: Row, area: AreaCode, companyId: number | undefined, ports: readonly Port[], fold: (s: string) => string) {
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
      ports: list(row, 'ports').map((p) => {
        const meant = portMeant(p, ports, fold);
        return 'code' in meant ? meant.code : meant.unknown;
      }),
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
