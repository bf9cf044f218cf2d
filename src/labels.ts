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
  languagesValue: { zh: '繁體中文及英文', en: 'Traditional Chinese and English' },
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
} satisfies Record<string, Bilingual>;

export const CHANGE: Record<ChangeKind, Bilingual> = { major: { zh: '重大修訂', en: 'Major' }, minor: { zh: '一般修訂', en: 'Minor' } };

export const EXERCISE_KIND: Record<ExerciseKind, Bilingual> = {
  communications: { zh: '通訊演習', en: 'Communications' },
  table_top: { zh: '桌面演習', en: 'Table-top' },
  full_scale: { zh: '全面演習', en: 'Full-scale' },
};

export const EXERCISE_STATE: Record<'planned' | 'held', Bilingual> = { planned: { zh: '計劃', en: 'Planned' }, held: { zh: '已舉行', en: 'Held' } };

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
