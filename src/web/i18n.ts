import type { Bilingual } from '../labels.ts';

export type Lang = 'zh' | 'en';
export const LANG_COOKIE = 'sar_lang';

/** The pages' own words (field names come from src/labels.ts, shared with the PDFs). */
export const W = {
  appName: { zh: '客船與搜救中心合作計劃登記冊', en: 'SAR co-operation plan registry' },
  signIn: { zh: '登入', en: 'Sign in' },
  signOut: { zh: '登出', en: 'Sign out' },
  token: { zh: '存取權杖', en: 'Access token' },
  tokenHelp: { zh: '由管理員以命令列發出：npm run cli -- token create', en: 'Issued by the administrator: npm run cli -- token create' },
  badToken: { zh: '權杖無效或已撤銷。', en: 'This token is not valid or has been revoked.' },
  search: { zh: '搜尋船舶', en: 'Find a ship' },
  searchHelp: { zh: '船名任何部分（中文繁簡皆可、英文）、MMSI、IMO編號、呼號或示位標編號', en: 'Any part of a name (Chinese, traditional or simplified, or English), MMSI, IMO number, call sign or EPIRB ID' },
  searchButton: { zh: '搜尋', en: 'Search' },
  noResults: { zh: '沒有相符的船舶。', en: 'No ship matches.' },
  whoToCall: { zh: '聯絡', en: 'Who to call' },
  ship: { zh: '船舶', en: 'Ship' },
  ships: { zh: '船舶', en: 'Ships' },
  companies: { zh: '公司', en: 'Companies' },
  company: { zh: '公司', en: 'Company' },
  plans: { zh: '合作計劃', en: 'Plans' },
  plan: { zh: '合作計劃', en: 'Plan' },
  agencyBlocks: { zh: '本機構資料', en: 'Our agency' },
  home: { zh: '主頁', en: 'Home' },
  nextPage: { zh: '下一頁', en: 'Next page' },
  homeCentre: { zh: '船舶登記地的中心', en: 'the ship\'s home centre' },
  predatesRecords: { zh: '計劃早於現時的聯絡資料（卡上所示為現時紀錄）', en: 'Plan predates current contacts (the card shows the current records)' },
  heldOn: { zh: '舉行日期', en: 'Held on' },
  markHeld: { zh: '記錄為已舉行', en: 'Record as held' },
  planSettings: { zh: '本計劃的設定', en: "This plan's settings" },
  agencyDefault: { zh: '機構預設', en: "The agency's default" },
  planDefaults: { zh: '本機構計劃的預設設定', en: "Defaults for our agency's plans" },
  documentScript: { zh: '計劃文件的中文字體', en: 'Chinese script of plan documents' },
  intervalHelp: {
    zh: '按MSC.1/Circ.1079第9段，演習頻率由搜救機構與公司議定；不得要求船舶在任何十二個月內進行多於一次演習。個別計劃可另行議定。',
    en: 'Per MSC.1/Circ.1079 §9 the frequency is agreed between the SAR service and the company; a ship is not required to exercise more than once in any twelve months. A plan may have its own.',
  },
  changedField: { zh: '已更改的項目', en: 'Changed field' },
  printed: { zh: '計劃所載', en: 'As printed' },
  nowRecorded: { zh: '現時紀錄', en: 'Now recorded' },
  recognisedSince: { zh: '認可自', en: 'since' },
  proposed: { zh: '登記冊建議的修訂類別', en: 'The registry proposes' },
  minorReason: { zh: '列為一般修訂的理由', en: 'Reason for issuing as minor' },
  minorReasonHelp: { zh: '建議為重大修訂而改為一般修訂時必須填寫，並載入修訂紀錄。', en: 'Needed when a proposed major change is issued as minor; printed in the record of amendments.' },
  reissueAll: { zh: '重新發出受影響的計劃', en: 'Re-issue the affected plans' },
  reissueHelp: {
    zh: '以下計劃僅因搜救機構更改其模組三或四資料而過時。每份計劃將以一般修訂重新發出，並產生五份新的受控副本。',
    en: 'These plans are out of date only because an agency changed its Module 3 or 4 block. Each is re-issued as a minor revision, with five new controlled copies.',
  },
  reissued: { zh: '已重新發出', en: 'Re-issued' },
  reissueFailed: { zh: '未能重新發出', en: 'Not re-issued' },
  awaitingReissue: { zh: '份計劃因搜救機構資料更改而待重新發出', en: 'plans await re-issue after an agency changed its blocks' },
  noPlan: { zh: '尚無合作計劃', en: 'No plan yet' },
  openPlan: { zh: '開立合作計劃', en: 'Open a plan' },
  status: { zh: '狀態', en: 'Status' },
  current: { zh: '現行', en: 'Current' },
  stale: { zh: '需更新', en: 'Out of date' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  draft: { zh: '草稿', en: 'Draft' },
  issued: { zh: '已發出', en: 'Issued' },
  superseded: { zh: '已被取代', en: 'Superseded' },
  staleHelp: { zh: '以下資料在本版次發出後已更改，請發出修訂版：', en: 'These changed after this revision was issued; issue a revision:' },
  copies: { zh: '受控副本', en: 'Controlled copies' },
  download: { zh: '下載', en: 'Download' },
  acknowledge: { zh: '確認收妥', en: 'Acknowledge receipt' },
  acknowledged: { zh: '已確認', en: 'Acknowledged' },
  notAcknowledged: { zh: '未確認', en: 'Not acknowledged' },
  copiesHeld: { zh: '持有副本的中心', en: 'Centres holding a copy' },
  recognitionMatrix: { zh: '互認狀況', en: 'Recognition' },
  compiled: { zh: '編制', en: 'Compiled' },
  editDraft: { zh: '編輯草稿', en: 'Edit the draft' },
  save: { zh: '儲存', en: 'Save' },
  issue: { zh: '發出', en: 'Issue' },
  issuePlan: { zh: '發出本版次', en: 'Issue this revision' },
  newRevision: { zh: '開立新修訂版', en: 'Open a new revision' },
  withdraw: { zh: '撤回計劃', en: 'Withdraw the plan' },
  reason: { zh: '原因', en: 'Reason' },
  recordExercise: { zh: '記錄演習', en: 'Record an exercise' },
  voluntary: { zh: '額外（自願）演習', en: 'Extra (voluntary) exercise' },
  nextDue: { zh: '下次演習到期', en: 'Next exercise due' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  register: { zh: '登記', en: 'Register' },
  newCompany: { zh: '登記公司', en: 'Register a company' },
  newShip: { zh: '登記船舶', en: 'Register a ship' },
  edit: { zh: '修改', en: 'Edit' },
  fixErrors: { zh: '請修正以下標示的欄位。', en: 'Please correct the fields marked below.' },
  saved: { zh: '已儲存。', en: 'Saved.' },
  notAllowed: { zh: '你沒有權限進行此操作。', en: 'You are not allowed to do this.' },
  notFound: { zh: '找不到此紀錄。', en: 'No such record.' },
  changedMeanwhile: { zh: '此紀錄已被他人更改，請重新載入後再試。', en: 'This record changed meanwhile; reload it and try again.' },
  errorTitle: { zh: '無法完成', en: 'Could not be done' },
  back: { zh: '返回', en: 'Back' },
  rcc: { zh: '模組三：救援協調中心', en: 'Module 3: rescue co-ordination centre' },
  facilities: { zh: '模組四：搜救設施', en: 'Module 4: SAR facilities' },
  unitsHelp: { zh: '每行一個：中文名稱 | 英文名稱 | vessel/helicopter/aircraft | 基地 | 聯絡', en: 'One per line: Chinese name | English name | vessel/helicopter/aircraft | base | contact' },
  hospitalsHelp: { zh: '每行一間：中文名稱 | 英文名稱 | 電話', en: 'One per line: Chinese name | English name | telephone' },
  ourShips: { zh: '本公司船舶', en: 'Our ships' },
  signedInAs: { zh: '登入身分', en: 'Signed in as' },
  portsHelp: { zh: '港口代碼，以逗號分隔', en: 'Port codes, separated by commas' },
  optional: { zh: '選填', en: 'optional' },
  change: { zh: '修訂類別', en: 'Change' },
  summary: { zh: '摘要', en: 'Summary' },
  major: { zh: '重大修訂', en: 'Major' },
  minor: { zh: '一般修訂', en: 'Minor' },
  language: { zh: 'English', en: '中文' },
} satisfies Record<string, Bilingual>;

export const say = (lang: Lang, b: Bilingual) => b[lang];

// Validation messages are written once, in English, by the schemas and domain rules; the pages
// show the Chinese for the common ones and fall back to the English otherwise.
const MESSAGE_ZH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^is required$/, () => '必須填寫'],
  [/^must not be empty$/, () => '不可留空'],
  [/^must be at most (\d+) characters$/, (m) => `最多 ${m[1]} 個字元`],
  [/^must be at most (\d+)$/, (m) => `不可大於 ${m[1]}`],
  [/^must be at least (\d+)$/, (m) => `不可小於 ${m[1]}`],
  [/^must not be negative$/, () => '不可為負數'],
  [/^must be a whole number$/, () => '必須是整數'],
  [/^must be a number$/, () => '必須是數字'],
  [/^must be positive$/, () => '必須大於零'],
  [/^must be an e-mail address$/, () => '必須是電郵地址'],
  [/^must have 3 to 15 digits$/, () => '必須有 3 至 15 位數字'],
  [/^may contain only \+, digits, spaces, hyphens and parentheses$/, () => '只可包含 +、數字、空格、連字號及括號'],
  [/^may contain only letters, digits, spaces/, () => '只可包含文字、數字、空格及常用標點'],
  [/^must not contain control characters$/, () => '不可包含控制字元'],
  [/^must be a single line$/, () => '只可一行'],
  [/^must be a date as YYYY-MM-DD$/, () => '日期格式為 YYYY-MM-DD'],
  [/^unknown port (\S+)/, (m) => `不明港口 ${m[1]}`],
  [/^check digit should be (\d), not (\d)$/, (m) => `校驗碼應為 ${m[1]}，而非 ${m[2]}`],
  [/^an MMSI is 9 digits$/, () => 'MMSI 為 9 位數字'],
  [/^an IMO ship number is 7 digits$/, () => 'IMO 船舶編號為 7 位數字'],
  [/^a call sign is 4 to 7 letters and digits$/, () => '呼號為 4 至 7 個字母或數字'],
  [/^MID (\d+) does not belong to (.+), whose (ships|stations) use (.+)$/, (m) => `MID ${m[1]} 不屬於該地區（應為 ${m[4]}）`],
  [/^(\S+) is not in .+'s series (.+)$/, (m) => `${m[1]} 不在該地區的呼號系列（${m[2]}）內`],
  [/^an EPIRB 406 MHz hex ID is 15 hexadecimal characters/, () => '示位標編號為 15 個十六進位字元'],
  [/^required when the craft has no IMO number$/, () => '船舶無 IMO 編號時必須填寫'],
  [/^required for a (.+); only jetfoils, hydrofoils and air-cushion vehicles may go without$/, () => '此船型必須填寫；只有噴射水翼船、水翼船及氣墊船可免'],
  [/^a cross-area route touches at least two/, () => '跨區航線須停靠粵、港、澳其中至少兩地'],
  [/^already held by (vessel|company) (\d+) \((.+)\)$/, (m) => `已由${m[1] === 'vessel' ? '船舶' : '公司'} ${m[2]}（${m[3]}）使用`],
  [/^send at least one field to change$/, () => '請至少修改一個欄位'],
];

export function message(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  // Several rules may have failed on one field; each part is said on its own.
  return text
    .split('; ')
    .map((part) => {
      for (const [pattern, zh] of MESSAGE_ZH) {
        const m = part.match(pattern);
        if (m) return zh(m);
      }
      return part;
    })
    .join('；');
}
