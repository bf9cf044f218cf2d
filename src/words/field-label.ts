import { inEvery, LANGS, say, type Key, type Lang } from './index.ts';

/** A phrase in every language of the registry. */
export type Words = Record<Lang, string>;

// The label of each field a plan prints, by the last part of its path (nested parts use their parent's).
const FIELD: Record<string, Key> = {
  nameZh: 'doc.nameZh',
  nameEn: 'doc.nameEn',
  addressZh: 'doc.address',
  addressEn: 'doc.address',
  imoCompanyNumber: 'doc.imoCompany',
  emergencyPhone: 'doc.emergencyPhone',
  emergencyPhoneAlt: 'doc.emergencyPhoneAlt',
  designatedPerson: 'doc.dpa',
  emergencyTeam: 'doc.ert',
  mediaContact: 'doc.media',
  formerNames: 'doc.formerNames',
  imoNumber: 'doc.imo',
  nationalRegistrationNumber: 'doc.nationalReg',
  mmsi: 'doc.mmsi',
  callSign: 'doc.callSign',
  areaOfRegistry: 'doc.areaOfRegistry',
  portOfRegistry: 'doc.registry',
  type: 'doc.type',
  grossTonnage: 'doc.tonnage',
  lengthMetres: 'doc.tonnage',
  hullColour: 'doc.colours',
  superstructureColour: 'doc.colours',
  identifyingMarks: 'doc.marks',
  maxPassengers: 'doc.persons',
  crew: 'doc.persons',
  epirbHexId: 'doc.epirb',
  bridgePhone: 'doc.bridgePhone',
  satellite: 'doc.satellite',
  vhf: 'doc.vhf',
  otherRadio: 'doc.otherRadio',
  ports: 'doc.ports',
  sailingsPerDay: 'doc.sailings',
  crossingMinutes: 'doc.sailings',
  liferafts: 'doc.liferafts',
  liferaftCapacity: 'doc.liferafts',
  marineEvacuationSystems: 'doc.evacuationSystems',
  rescueBoats: 'doc.rescueBoats',
  helicopterWinchingArea: 'doc.winching',
  medicalFacilities: 'doc.medical',
  sarRegionZh: 'doc.sarRegion',
  sarRegionEn: 'doc.sarRegion',
  phone24h: 'doc.phone24h',
  fax: 'doc.fax',
  email: 'doc.email',
  vhfChannels: 'doc.vhfChannels',
  dscMmsi: 'doc.dsc',
  coordinationProcedureZh: 'doc.procedure',
  coordinationProcedureEn: 'doc.procedure',
  facilities: 'doc.module4',
  rescueUnits: 'doc.rescueUnits',
  hospitals: 'doc.hospitals',
  routeNotes: 'doc.route',
  communicationsNotes: 'doc.communications',
  lifeSavingNotes: 'doc.lifeSaving',
  medicalNotes: 'doc.medical',
  exerciseNotes: 'doc.programme',
  content: 'record.content',
  revision: 'doc.revision',
  change: 'doc.change',
  summary: 'doc.summary',
  issuedBy: 'doc.issuedBy',
  state: 'page.status',
  reason: 'page.reason',
  issuedOn: 'doc.issueDate',
  copies: 'page.copies',
  plan: 'page.plan',
  draft: 'page.draft',
  date: 'doc.date',
  kind: 'doc.kind',
  scenario: 'doc.scenario',
  agencies: 'doc.agencies',
  lessonsLearned: 'doc.lessons',
  voluntary: 'page.voluntary',
};

/**
 * The label of one field of a record by its name (a form's dotted name too: designatedPerson.email),
 * in one language: the whole name's, else its last part's, else its first part's; the name itself where
 * none is known.
 */
export function fieldWord(lang: Lang, name: string): string {
  const parts = name.split('.');
  const key = FIELD[name] ?? FIELD[parts.at(-1)!] ?? FIELD[parts[0]!];
  return key ? say(lang, key) : name;
}

/**
 * The label of a changed field of a plan (company.emergencyPhone, agencies.MO.rcc.fax …) in every
 * language, as a registrar reads it: the record, then the field. Never a raw path.
 */
export function fieldLabel(path: string, agencyName: (code: string) => Words): Words {
  const parts = path.split('.');
  const owner: Words =
    parts[0] === 'agencies'
      ? agencyName(parts[1]!)
      : ['company', 'vessel', 'content'].includes(parts[0]!)
        ? inEvery(`record.${parts[0] as 'company' | 'vessel' | 'content'}`)
        : same(parts[0]!);
  const known = [...parts].reverse().find((p) => FIELD[p]);
  const field = known ? inEvery(FIELD[known]!) : same(parts.at(-1)!);
  return Object.fromEntries(LANGS.map((lang) => [lang, `${owner[lang]} · ${field[lang]}`])) as Words;
}

const same = (text: string): Words => ({ 'zh-Hant': text, 'zh-Hans': text, en: text });
