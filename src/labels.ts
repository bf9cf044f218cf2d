import type { ChangeKind, ExerciseKind } from './domain/plan.ts';
import type { VesselStatus, VesselType } from './domain/vessel.ts';

/** Every label the document prints, in Traditional Chinese and English. */
export type Bilingual = { zh: string; en: string };

export const TITLE: Bilingual = { zh: '《客船與搜救中心合作計劃》', en: 'Co-operation Plan between Passenger Ship and SAR Centres' };

export const L = {
  planNumber: { zh: '計劃編號', en: 'Plan number' },
  revision: { zh: '修訂版次', en: 'Revision' },
  issueDate: { zh: '發出日期', en: 'Issue date' },
  homeAgency: { zh: '編制機構', en: 'Compiled by' },
  languages: { zh: '語言', en: 'Languages' },
  languagesHant: { zh: '繁體中文及英文', en: 'Traditional Chinese and English' },
  languagesHans: { zh: '簡體中文及英文', en: 'Simplified Chinese and English' },
  areaOfRegistry: { zh: '登記地區', en: 'Area of registry' },
  references: { zh: '依據', en: 'References' },
  controlledCopy: { zh: '受控副本', en: 'Controlled copy' },
  holder: { zh: '持有人', en: 'Holder' },
  thisCopy: { zh: '本副本', en: 'this copy' },
  distribution: { zh: '分發名單', en: 'Distribution list' },
  amendments: { zh: '修訂紀錄', en: 'Record of amendments' },
  change: { zh: '類別', en: 'Change' },
  summary: { zh: '摘要', en: 'Summary' },
  issuedBy: { zh: '發出人', en: 'Issued by' },
  recognition: { zh: '互認聲明', en: 'Statement of mutual recognition' },
  agency: { zh: '機構', en: 'Agency' },
  status: { zh: '狀態', en: 'Status' },
  since: { zh: '生效日期', en: 'Since' },
  recognised: { zh: '已認可', en: 'Recognised' },
  pending: { zh: '待簽署', en: 'Pending signature' },
  compiling: { zh: '編制機構', en: 'Compiling agency' },
  module1: { zh: '模組一　公司', en: 'Module 1 · Company' },
  module2: { zh: '模組二　船舶', en: 'Module 2 · Ship' },
  module3: { zh: '模組三　救援協調中心', en: 'Module 3 · Rescue co-ordination centres' },
  module4: { zh: '模組四　搜救設施', en: 'Module 4 · SAR facilities' },
  module5: { zh: '模組五　定期演習', en: 'Module 5 · Periodic exercises' },
  nameZh: { zh: '中文名稱', en: 'Name (Chinese)' },
  nameEn: { zh: '英文名稱', en: 'Name (English)' },
  address: { zh: '地址', en: 'Address' },
  imoCompany: { zh: 'IMO公司編號', en: 'IMO company number' },
  emergencyPhone: { zh: '24小時緊急電話', en: '24-hour emergency telephone' },
  emergencyPhoneAlt: { zh: '後備緊急電話', en: 'Alternate telephone' },
  dpa: { zh: '岸上指定人員', en: 'Designated person ashore' },
  ert: { zh: '應急小組', en: 'Emergency response team' },
  media: { zh: '傳媒聯絡', en: 'Media contact' },
  formerNames: { zh: '曾用名', en: 'Former names' },
  imo: { zh: 'IMO編號', en: 'IMO number' },
  nationalReg: { zh: '登記號碼', en: 'Registration number' },
  mmsi: { zh: '海上移動業務識別碼', en: 'MMSI' },
  callSign: { zh: '呼號', en: 'Call sign' },
  registry: { zh: '船籍港', en: 'Port of registry' },
  type: { zh: '船型', en: 'Type' },
  tonnage: { zh: '總噸位 / 船長', en: 'Gross tonnage / length' },
  colours: { zh: '船體 / 上層建築顏色', en: 'Hull / superstructure colours' },
  marks: { zh: '識別標記', en: 'Identifying marks' },
  persons: { zh: '載客上限 / 船員', en: 'Maximum passengers / crew' },
  epirb: { zh: '應急無線電示位標', en: 'EPIRB 406 MHz hex ID' },
  bridgePhone: { zh: '駕駛台電話', en: 'Bridge telephone' },
  satellite: { zh: '衛星號碼', en: 'Satellite numbers' },
  vhf: { zh: '甚高頻', en: 'VHF' },
  otherRadio: { zh: '其他無線電', en: 'Other radio' },
  route: { zh: '航線及班次', en: 'Route and timetable' },
  ports: { zh: '停靠港口', en: 'Ports' },
  communications: { zh: '通訊安排', en: 'Communications' },
  lifeSaving: { zh: '救生設備', en: 'Life-saving appliances' },
  winching: { zh: '直升機絞吊區', en: 'Helicopter winching area' },
  medical: { zh: '醫療設施', en: 'Medical facilities' },
  sarRegion: { zh: '搜救區', en: 'SAR region' },
  phone24h: { zh: '24小時電話', en: '24-hour telephone' },
  shortNumber: { zh: '區內短號（只限區內撥打）', en: 'Short number (from within the area only)' },
  fax: { zh: '傳真', en: 'Fax' },
  email: { zh: '電郵', en: 'E-mail' },
  vhfChannels: { zh: '甚高頻頻道', en: 'VHF channels' },
  dsc: { zh: '數字選擇性呼叫海岸電台', en: 'DSC coast station MMSI' },
  procedure: { zh: '協調程序', en: 'Co-ordination procedure' },
  rescueUnits: { zh: '救援單位', en: 'Rescue units' },
  hospitals: { zh: '接收傷者醫院', en: 'Receiving hospitals' },
  programme: { zh: '演習計劃', en: 'Exercise programme' },
  date: { zh: '日期', en: 'Date' },
  kind: { zh: '類型', en: 'Kind' },
  scenario: { zh: '情景', en: 'Scenario' },
  agencies: { zh: '參與機構', en: 'Agencies' },
  lessons: { zh: '經驗總結', en: 'Lessons learned' },
  none: { zh: '無', en: 'None' },
  page: { zh: '頁', en: 'Page' },
  of: { zh: '共', en: 'of' },
  verification: { zh: '核實碼', en: 'Verification code' },
  copy: { zh: '副本', en: 'Copy' },
  keptAt: { zh: '存放地點', en: 'Kept at' },
  note: { zh: '備註', en: 'Note' },
  baseContact: { zh: '基地 / 聯絡', en: 'Base / contact' },
  telephone: { zh: '電話', en: 'Telephone' },
  liferafts: { zh: '救生筏（數量 / 總容量）', en: 'Liferafts (number / total capacity)' },
  evacuationSystems: { zh: '海上撤離系統', en: 'Marine evacuation systems' },
  rescueBoats: { zh: '救助艇', en: 'Rescue boats' },
  sailings: { zh: '每日班次 / 航程（分鐘）', en: 'Sailings a day / crossing (minutes)' },
  interval: { zh: '議定演習間隔', en: 'Agreed exercise interval' },
  months: { zh: '個月', en: 'months' },
  heldUpTo: { zh: '截至發出日期已舉行的演習', en: 'Exercises held up to the issue date' },
  voluntary: { zh: '自願', en: 'voluntary' },
  emergency: { zh: '緊急情況下使用', en: 'Use in an emergency' },
  emergencyIntro: {
    zh: '船舶遇險或發生緊急情況時，按以下次序聯絡。船舶所在水域的救援協調中心負責協調搜救；其他中心會被通知並按本計劃提供協助。',
    en: 'When the ship is in distress or an emergency arises, call in this order. The RCC of the waters the ship is in co-ordinates the search and rescue; the other centres are informed and assist under this plan.',
  },
  step: { zh: '次序', en: 'Step' },
  whom: { zh: '聯絡對象', en: 'Whom to call' },
  how: { zh: '方式', en: 'How' },
  distressAlert: { zh: '遇險報警', en: 'Distress alert' },
  distressHow: { zh: '數字選擇性呼叫遇險報警；甚高頻16頻道；406 MHz 示位標', en: 'DSC distress alert; VHF channel 16; 406 MHz EPIRB' },
  rccOfArea: { zh: '所在水域的救援協調中心', en: 'The RCC of the waters the ship is in' },
  company24h: { zh: '公司24小時緊急電話', en: "The company's 24-hour emergency line" },
  agreement: { zh: '協議', en: 'Agreement' },
  agreementText: {
    zh: '下列各方確認本版次計劃的內容，並同意在緊急情況及演習中按本計劃合作。',
    en: 'The parties below confirm the content of this revision of the plan and agree to co-operate under it in emergencies and exercises.',
  },
  forCompany: { zh: '公司代表', en: 'For the company' },
  forShip: { zh: '船長', en: 'Master of the ship' },
  forAgency: { zh: '編制機構代表', en: 'For the compiling agency' },
  signature: { zh: '簽署', en: 'Signature' },
  nameAndDate: { zh: '姓名及日期', en: 'Name and date' },
  supersededNote: {
    zh: '每份副本均為受控副本。收到新版次時，持有人須銷毀被取代的副本，並向編制機構確認收妥。',
    en: 'Each copy is a controlled copy. On receipt of a new revision, the holder destroys the superseded copy and acknowledges receipt to the compiling agency.',
  },
  keptAtAgency: { zh: '救援協調中心值班室', en: 'The RCC duty room' },
  keptAtCompany: { zh: '公司營運中心', en: "The company's operations centre" },
  keptAtShip: { zh: '船上駕駛台', en: 'On board, on the bridge' },
  recognitionText: {
    zh: '本計劃由{home}按《粵港澳三地搜救機構〈客船與搜救中心合作計劃〉互認合作安排》編制。各機構自簽署其簽署欄之日起加入安排；兩機構自兩者均已加入之日起互相認可對方編制的計劃。下表為截至本版次發出日期（{date}）的認可狀況；現時狀況以登記冊為準。',
    en: "This plan is compiled by {home} under the Mutual Recognition Arrangement among the Guangdong, Hong Kong and Macao SAR agencies. Each agency joins the arrangement on the date its signature block is signed; two agencies recognise each other's plans from the date both have joined. The table gives the recognition as at the issue date of this revision ({date}); the registry shows the current state.",
  },
  referencesValue: {
    zh: '《國際海上人命安全公約》第V章第7.3條；國際海事組織MSC.1/Circ.1079號通函（及其2017年修訂）；2015年粵港澳三地搜救機構互認合作安排',
    en: 'SOLAS chapter V, regulation 7.3; IMO MSC.1/Circ.1079 (and its 2017 revision); the 2015 Guangdong–Hong Kong–Macao mutual recognition arrangement',
  },
  pageOf: { zh: '第 {n} 頁，共 {total} 頁', en: 'Page {n} of {total}' },
  copyOf: { zh: '第 {n} 份，共 5 份', en: 'Controlled copy {n} of 5' },
} satisfies Record<string, Bilingual>;

export const CHANGE: Record<ChangeKind, Bilingual> = { major: { zh: '重大修訂', en: 'Major' }, minor: { zh: '一般修訂', en: 'Minor' } };

export const EXERCISE_KIND: Record<ExerciseKind, Bilingual> = {
  communications: { zh: '通訊演習', en: 'Communications' },
  table_top: { zh: '桌面演習', en: 'Table-top' },
  full_scale: { zh: '全面演習', en: 'Full-scale' },
};

export const EXERCISE_STATE: Record<'planned' | 'held', Bilingual> = { planned: { zh: '計劃', en: 'Planned' }, held: { zh: '已舉行', en: 'Held' } };

/** The incident book's own words (src/pdf/incident-book.ts and its HTML twin). */
export const BOOK = {
  title: { zh: '事故手冊：跨區客船', en: 'Incident book: cross-area passenger ships' },
  intro: {
    zh: '每船一卡，按英文船名排列；書末附 MMSI、呼號及 IMO 編號索引',
    en: 'One card a ship, by English name; index by MMSI, call sign and IMO number at the back',
  },
  ships: { zh: '艘船舶', en: 'ships' },
  made: { zh: '製作於', en: 'made' },
  centres: { zh: '三地搜救中心24小時電話', en: "SAR centres' 24-hour numbers" },
  registration: { zh: '登記號碼', en: 'Registration' },
  onBoard: { zh: '載客 + 船員', en: 'passengers + crew' },
  ship: { zh: '船舶', en: 'Ship' },
  plan: { zh: '合作計劃', en: 'Plan' },
  homeCentre: { zh: '船舶登記地中心', en: 'home centre' },
  index: { zh: '索引', en: 'Index' },
  byMmsi: { zh: '按 MMSI', en: 'by MMSI' },
  byCallSign: { zh: '按呼號', en: 'by call sign' },
  byImo: { zh: '按 IMO 編號', en: 'by IMO number' },
  page: { zh: '頁', en: 'page' },
  filter: { zh: '輸入船名、MMSI、呼號或 IMO 編號的任何部分', en: 'Type any part of a name, MMSI, call sign or IMO number' },
} satisfies Record<string, Bilingual>;

export const VESSEL_TYPE: Record<VesselType, Bilingual> = {
  high_speed_passenger_craft: { zh: '高速客船', en: 'High-speed passenger craft' },
  catamaran: { zh: '雙體客船', en: 'Catamaran' },
  jetfoil: { zh: '噴射水翼船', en: 'Jetfoil' },
  hydrofoil: { zh: '水翼船', en: 'Hydrofoil' },
  air_cushion_vehicle: { zh: '氣墊船', en: 'Air-cushion vehicle' },
  monohull: { zh: '單體客船', en: 'Monohull' },
};

export const VESSEL_STATUS: Record<VesselStatus, Bilingual> = {
  in_service: { zh: '營運中', en: 'In service' },
  laid_up: { zh: '停航', en: 'Laid up' },
  withdrawn: { zh: '退出服務', en: 'Withdrawn' },
};

export const UNIT_KIND: Record<'vessel' | 'helicopter' | 'aircraft', Bilingual> = {
  vessel: { zh: '船艇', en: 'Vessel' },
  helicopter: { zh: '直升機', en: 'Helicopter' },
  aircraft: { zh: '定翼機', en: 'Aircraft' },
};

/** Where a changed field lies: the record it belongs to. */
export const RECORD: Record<'company' | 'vessel' | 'content', Bilingual> = {
  company: { zh: '公司', en: 'Company' },
  vessel: { zh: '船舶', en: 'Ship' },
  content: { zh: '計劃內容', en: 'Plan content' },
};

// The label of each field a plan prints, by the last part of its path (nested parts use their parent's).
const FIELD: Record<string, Bilingual> = {
  nameZh: L.nameZh,
  nameEn: L.nameEn,
  addressZh: L.address,
  addressEn: L.address,
  imoCompanyNumber: L.imoCompany,
  emergencyPhone: L.emergencyPhone,
  emergencyPhoneAlt: L.emergencyPhoneAlt,
  designatedPerson: L.dpa,
  emergencyTeam: L.ert,
  mediaContact: L.media,
  formerNames: L.formerNames,
  imoNumber: L.imo,
  nationalRegistrationNumber: L.nationalReg,
  mmsi: L.mmsi,
  callSign: L.callSign,
  areaOfRegistry: L.areaOfRegistry,
  portOfRegistry: L.registry,
  type: L.type,
  grossTonnage: L.tonnage,
  lengthMetres: L.tonnage,
  hullColour: L.colours,
  superstructureColour: L.colours,
  identifyingMarks: L.marks,
  maxPassengers: L.persons,
  crew: L.persons,
  epirbHexId: L.epirb,
  bridgePhone: L.bridgePhone,
  satellite: L.satellite,
  vhf: L.vhf,
  otherRadio: L.otherRadio,
  ports: L.ports,
  sailingsPerDay: L.sailings,
  crossingMinutes: L.sailings,
  liferafts: L.liferafts,
  liferaftCapacity: L.liferafts,
  marineEvacuationSystems: L.evacuationSystems,
  rescueBoats: L.rescueBoats,
  helicopterWinchingArea: L.winching,
  medicalFacilities: L.medical,
  sarRegionZh: L.sarRegion,
  sarRegionEn: L.sarRegion,
  phone24h: L.phone24h,
  fax: L.fax,
  email: L.email,
  vhfChannels: L.vhfChannels,
  dscMmsi: L.dsc,
  coordinationProcedureZh: L.procedure,
  coordinationProcedureEn: L.procedure,
  facilities: L.module4,
  rescueUnits: L.rescueUnits,
  hospitals: L.hospitals,
  routeNotes: L.route,
  communicationsNotes: L.communications,
  lifeSavingNotes: L.lifeSaving,
  medicalNotes: L.medical,
  exerciseNotes: L.programme,
};

/**
 * The bilingual label of a changed field of a plan (company.emergencyPhone, agencies.MO.rcc.fax …),
 * as a registrar reads it: the record, then the field. Never a raw path.
 */
export function fieldLabel(path: string, agencyName: (code: string) => Bilingual): Bilingual {
  const parts = path.split('.');
  const owner = parts[0] === 'agencies' ? agencyName(parts[1]!) : (RECORD[parts[0] as keyof typeof RECORD] ?? { zh: parts[0]!, en: parts[0]! });
  const known = [...parts].reverse().find((p) => FIELD[p]);
  const field = known ? FIELD[known]! : { zh: parts.at(-1)!, en: parts.at(-1)! };
  return { zh: `${owner.zh} · ${field.zh}`, en: `${owner.en} · ${field.en}` };
}
