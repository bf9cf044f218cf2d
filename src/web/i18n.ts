import type { Bilingual } from '../labels.ts';
import { HANS } from '../hans.ts';

/** The interface languages: Traditional Chinese, Simplified Chinese (written, in src/hans.ts), English. */
export const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_COOKIE = 'sar_lang';

export const isLang = (value: string | undefined): value is Lang => (LANGS as readonly string[]).includes(value ?? '');

/** Whether the reader reads Chinese (either script): names in Chinese first, ports by their Chinese names. */
export const readsChinese = (lang: Lang): boolean => lang !== 'en';

/** The language a browser asks for first: Simplified for the mainland and Singapore, Traditional for Hong Kong, Macao and Taiwan. */
export function langFromAcceptLanguage(header: string | undefined): Lang | undefined {
  const tags = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag!.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((x, y) => y.q - x.q);
  for (const { tag } of tags) {
    if (/^zh-(hant|hk|mo|tw)\b/.test(tag)) return 'zh-Hant';
    if (/^zh-(hans|cn|sg|my)\b/.test(tag) || tag === 'zh') return 'zh-Hans';
    if (/^en\b/.test(tag)) return 'en';
  }
  return undefined;
}

/**
 * A reference record's name as the reader reads it: a port, an agency (their Chinese names are in the
 * written Simplified table; a name an agency has since edited shows as it was written).
 */
export const nameIn = (lang: Lang, p: { nameZh: string; nameEn: string }): string => (lang === 'en' ? p.nameEn : inScript(lang, p.nameZh));

/** A Chinese text of the pages in the reader's script: Simplified is looked up in the written table. */
export function inScript(lang: Lang, zhHant: string): string {
  if (lang !== 'zh-Hans') return zhHant;
  // A label made of parts ("公司 · 後備緊急電話", see labels.ts fieldLabel) is said part by part.
  return (
    HANS[zhHant] ??
    zhHant
      .split(' · ')
      .map((part) => HANS[part] ?? part)
      .join(' · ')
  );
}

/** The pages' own words (field names come from src/labels.ts, shared with the PDFs). */
export const W = {
  appName: { zh: '客船與搜救中心合作計劃登記冊', en: 'SAR co-operation plan registry' },
  signIn: { zh: '登入', en: 'Sign in' },
  signOut: { zh: '登出', en: 'Sign out' },
  email: { zh: '電郵地址', en: 'E-mail address' },
  password: { zh: '密碼', en: 'Password' },
  confirmPassword: { zh: '再次輸入密碼', en: 'Password again' },
  passwordHelp: { zh: '最少 12 個字元；可用一句容易記住的短句。', en: 'At least 12 characters; a phrase you remember works well.' },
  code: { zh: '驗證碼', en: 'Code' },
  codeHelp: { zh: '驗證器應用程式顯示的 6 位數字，或一個後備碼', en: 'The 6 digits your authenticator app shows, or a recovery code' },
  signInFailed: { zh: '電郵地址、密碼或驗證碼不正確。', en: 'The e-mail address, password or code is not right.' },
  account: { zh: '我的帳戶', en: 'My account' },
  sessions: { zh: '登入中的裝置', en: 'Where you are signed in' },
  thisSession: { zh: '本裝置', en: 'This device' },
  endSession: { zh: '登出此裝置', en: 'Sign this one out' },
  endOthers: { zh: '登出其他所有裝置', en: 'Sign out everywhere else' },
  startedAt: { zh: '登入時間', en: 'Signed in' },
  lastSeen: { zh: '最後活動', en: 'Last active' },
  secondFactor: { zh: '第二重驗證', en: 'Second factor' },
  secondFactorOn: { zh: '已啟用（驗證器應用程式）', en: 'On (authenticator app)' },
  secondFactorOff: { zh: '未啟用', en: 'Off' },
  setUpAccount: { zh: '設定帳戶', en: 'Set up your account' },
  linkHelp: {
    zh: '設定密碼，並以手機的驗證器應用程式掃描下方二維碼，然後輸入其顯示的驗證碼。',
    en: 'Choose a password, scan the code below with an authenticator app on your phone, and enter the code it shows.',
  },
  secondFactorRequired: { zh: '登記主任及管理員必須啟用第二重驗證。', en: 'Registrars and admins must use a second factor.' },
  secondFactorOptional: { zh: '建議啟用第二重驗證；如不啟用，請將驗證碼欄留空。', en: 'A second factor is recommended; leave the code empty to go without.' },
  secretKey: { zh: '無法掃描時，手動輸入此密鑰', en: 'If you cannot scan, enter this key' },
  recoveryCodes: { zh: '後備碼', en: 'Recovery codes' },
  recoveryHelp: {
    zh: '每個後備碼可代替驗證碼使用一次。請現在抄下或列印並妥善保存：此頁只顯示一次。',
    en: 'Each works once in place of a code. Write them down or print them now and keep them safe: they are shown only this once.',
  },
  continueSignIn: { zh: '前往登入', en: 'Go to sign in' },
  people: { zh: '人員', en: 'People' },
  newPerson: { zh: '新增帳戶', en: 'Open an account' },
  role: { zh: '角色', en: 'Role' },
  name: { zh: '姓名', en: 'Name' },
  disable: { zh: '停用', en: 'Disable' },
  enable: { zh: '恢復', en: 'Enable' },
  reset: { zh: '重設（新連結）', en: 'Reset (new link)' },
  active: { zh: '使用中', en: 'Active' },
  disabled: { zh: '已停用', en: 'Disabled' },
  apiTokens: { zh: 'API 存取權杖', en: 'API tokens' },
  apiTokensHelp: {
    zh: '供本機構系統以你的身分使用（權限不超過你的角色）。權杖只顯示一次。',
    en: "For your agency's systems to act as you (never more than your role allows). A token is shown only once.",
  },
  tokenName: { zh: '用途', en: 'What it is for' },
  tokenDays: { zh: '有效日數（1–365）', en: 'Valid for (days, 1–365)' },
  tokenScope: { zh: '權限', en: 'Scope' },
  scopeFull: { zh: '讀取及更改', en: 'Read and change' },
  scopeRead: { zh: '只可讀取', en: 'Read only' },
  makeToken: { zh: '建立權杖', en: 'Make a token' },
  revoke: { zh: '撤銷', en: 'Revoke' },
  revoked: { zh: '已撤銷', en: 'Revoked' },
  expires: { zh: '到期', en: 'Expires' },
  newTokenShown: { zh: '新權杖（只顯示這一次，請即複製）：', en: 'Your new token (shown this once only: copy it now):' },
  systemTokens: { zh: '系統權杖', en: 'Tokens for systems' },
  systemTokensHelp: {
    zh: '供本機構的系統（例如值班系統）使用，不屬於任何個人；以所選角色行事。',
    en: "For your agency's systems (a duty system, say), held by no person; they act with the role chosen.",
  },
  skipToContent: { zh: '跳至主要內容', en: 'Skip to the content' },
  shipsFound: { zh: '找到 {n} 艘船舶', en: '{n} ships found' },
  signatures: { zh: '簽署頁', en: 'Signatures' },
  signaturesHelp: {
    zh: '每個簽署欄須由其兩個機構各一名管理員處理：一方記錄，另一方確認後方才生效。',
    en: 'Each block takes an admin of each of its two agencies: one records the signing; it counts once the other confirms it.',
  },
  signedOn: { zh: '簽署日期', en: 'Signed on' },
  signatory: { zh: '簽署人', en: 'Signatory' },
  notSigned: { zh: '尚未簽署', en: 'Not signed' },
  recordSigning: { zh: '記錄簽署', en: 'Record the signing' },
  awaitingConfirmation: { zh: '待另一機構確認', en: 'Waiting for the other agency to confirm' },
  confirmSigning: { zh: '確認簽署', en: 'Confirm the signing' },
  cancelSigning: { zh: '取消記錄', en: 'Cancel the recording' },
  recordedBy: { zh: '記錄人', en: 'Recorded by' },
  audit: { zh: '審計紀錄', en: 'Audit trail' },
  recordType: { zh: '紀錄類別', en: 'Record type' },
  recordId: { zh: '紀錄編號', en: 'Record id' },
  person: { zh: '人員', en: 'Person' },
  fromDate: { zh: '由', en: 'From' },
  toDate: { zh: '至', en: 'To' },
  filter: { zh: '篩選', en: 'Filter' },
  action: { zh: '動作', en: 'Action' },
  when: { zh: '時間', en: 'When' },
  details: { zh: '更改前後', en: 'Before and after' },
  noEvents: { zh: '沒有相符的紀錄。', en: 'No event matches.' },
  needsAttention: { zh: '待處理', en: 'Needs attention' },
  exerciseOverdue: { zh: '演習逾期', en: 'Exercise overdue' },
  copiesUnacknowledged: { zh: '{n} 份副本未確認收妥', en: '{n} copies not acknowledged' },
  required: { zh: '必須填寫', en: 'Required' },
  requiredNote: { zh: '標有 * 的欄位必須填寫。', en: 'Fields marked * are required.' },
  withdrawTitle: { zh: '撤回合作計劃', en: 'Withdraw the plan' },
  withdrawHelp: {
    zh: '撤回後，本計劃不再修訂，其受控副本經核實時會顯示為已撤回；如船舶繼續航行，須另行開立新計劃。撤回不能取消。',
    en: 'Once withdrawn the plan no longer changes, and its controlled copies verify as withdrawn; a ship that sails on needs a new plan. A withdrawal cannot be undone.',
  },
  withdrawConfirm: { zh: '我確認撤回此計劃', en: 'I confirm the withdrawal of this plan' },
  readinessTitle: { zh: '發出前檢查', en: 'Before issuing' },
  mustComplete: { zh: '發出前必須補齊', en: 'To complete before issuing' },
  allComplete: { zh: '所有模組資料齊備，可以發出。', en: 'Every module is complete: the revision can be issued.' },
  fixIt: { zh: '前往補齊', en: 'Complete it' },
  askAgency: { zh: '由該機構補齊', en: 'for that agency to complete' },
  changedSince: { zh: '自上一版次以來的更改', en: 'Changed since the last revision' },
  firstIssue: { zh: '首次發出', en: 'First issue' },
  checkAndIssue: { zh: '檢查並發出本版次', en: 'Check and issue this revision' },
  companyId: { zh: '公司編號', en: 'Company id' },
  companyIdHelp: { zh: '開立營運人帳戶時以此編號指定公司', en: "The id an operator's account names this company by" },
  addSecondFactor: { zh: '啟用第二重驗證', en: 'Add a second factor' },
  linkIssued: { zh: '請將此一次性連結交給當事人（兩小時內有效，只可使用一次）：', en: 'Pass this one-time link to the person (valid for two hours, once):' },
  search: { zh: '搜尋船舶', en: 'Find a ship' },
  incidentBook: {
    zh: '事故手冊，供登記冊無法連線時使用（每船一卡，附三地中心電話）',
    en: "The incident book, for when the registry cannot be reached (a card a ship, with the three centres' numbers)",
  },
  searchHelp: {
    zh: '船名任何部分（中文繁簡皆可、英文）、MMSI、IMO編號、呼號或示位標編號',
    en: 'Any part of a name (Chinese, traditional or simplified, or English), MMSI, IMO number, call sign or EPIRB ID',
  },
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
  homeCentre: { zh: '船舶登記地的中心', en: "the ship's home centre" },
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
  minorReasonHelp: {
    zh: '建議為重大修訂而改為一般修訂時必須填寫，並載入修訂紀錄。',
    en: 'Needed when a proposed major change is issued as minor; printed in the record of amendments.',
  },
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
  rowsHelp: { zh: '每行一項；在空白行填寫以新增，勾選「刪除」以移除。', en: 'One row each; fill a blank row to add one, tick "Remove" to take one away.' },
  remove: { zh: '刪除', en: 'Remove' },
  unitKind: { zh: '類別', en: 'Kind' },
  base: { zh: '基地', en: 'Base' },
  contact: { zh: '聯絡', en: 'Contact' },
  vesselKind: { zh: '船隻', en: 'Vessel' },
  helicopterKind: { zh: '直升機', en: 'Helicopter' },
  aircraftKind: { zh: '定翼機', en: 'Aircraft' },
  ourShips: { zh: '本公司船舶', en: 'Our ships' },
  signedInAs: { zh: '登入身分', en: 'Signed in as' },
  portsHelp: {
    zh: '依航線次序，每行一個港口：輸入名稱的任何一部分，從清單中選取。留空的一行不計。',
    en: 'One port to a row, in the order sailed: type any part of its name and pick it from the list. A blank row is left out.',
  },
  optional: { zh: '選填', en: 'optional' },
  change: { zh: '修訂類別', en: 'Change' },
  summary: { zh: '摘要', en: 'Summary' },
  major: { zh: '重大修訂', en: 'Major' },
  minor: { zh: '一般修訂', en: 'Minor' },
  transfers: { zh: '轉移登記', en: 'Transfers' },
  fleet: { zh: '船隊試算表', en: 'Spreadsheets' },
  webhooks: { zh: '變更通知', en: 'Webhooks' },
  webhooksHelp: {
    zh: '每當合作計劃發出、修訂或撤回，或船舶轉移登記，登記冊即把變更連同簽名發送到以下網址；未獲 2xx 回覆則於一天內重試。',
    en: 'Each time a plan is issued, revised or withdrawn, or a ship transferred, the registry POSTs the change, signed, to these URLs; a delivery not answered 2xx is tried again for a day.',
  },
  webhookMade: { zh: '已加入', en: 'Added' },
  webhookSecret: { zh: '簽名密鑰（只顯示這一次，請交給接收系統）', en: 'Signing secret (shown this once: give it to the receiving system)' },
  noDeliveries: { zh: '尚未有發送。', en: 'Nothing sent yet.' },
  delivery: { zh: '發送', en: 'Delivery' },
  attempts: { zh: '嘗試次數', en: 'Attempts' },
  lastAnswer: { zh: '最後回覆', en: 'Last answer' },
  delivered: { zh: '已送達', en: 'Delivered' },
  deliveryFailed: { zh: '失敗', en: 'Failed' },
  deliveryPending: { zh: '待重試', en: 'To be retried' },
  newWebhook: { zh: '加入網址', en: 'Add a URL' },
  webhookUrl: { zh: '接收網址（https）', en: 'Receiving URL (https)' },
  addWebhook: { zh: '加入', en: 'Add' },
  fleetHelp: {
    zh: '以試算表登記本機構的船舶及公司，或匯出船舶、公司及合作計劃。',
    en: "Register your agency's ships and companies from a spreadsheet, or export ships, companies and plans.",
  },
  templates: { zh: '範本', en: 'Templates' },
  importTitle: { zh: '匯入', en: 'Import' },
  importKind: { zh: '匯入甚麼', en: 'What it holds' },
  importFile: { zh: '填妥的範本（XLSX 或 CSV，最多 5 MiB）', en: 'The filled template (XLSX or CSV, at most 5 MiB)' },
  importFileHelp: {
    zh: '先檢查，逐列逐欄列出問題；確認後才會登記。',
    en: 'It is checked first, every problem listed by row and column; nothing is registered until you confirm.',
  },
  checkFile: { zh: '檢查檔案', en: 'Check the file' },
  exportTitle: { zh: '匯出', en: 'Export' },
  row: { zh: '列', en: 'Row' },
  column: { zh: '欄', en: 'Column' },
  problem: { zh: '問題', en: 'Problem' },
  rowsRead: { zh: '列已讀取', en: 'rows read' },
  rowsValid: { zh: '列無問題', en: 'rows without a problem' },
  importProblems: {
    zh: '以下各列有問題，不會登記；請在試算表中更正後再上載，或只登記其餘各列。',
    en: 'The rows below have problems and will not be registered: correct them in the spreadsheet and upload it again, or register the others now.',
  },
  importClean: { zh: '所有列均無問題。', en: 'Every row is without a problem.' },
  importConfirm: { zh: '登記 {n} 列', en: 'Register {n} rows' },
  importDone: { zh: '已登記 {created} 列，略過 {skipped} 列。', en: '{created} rows registered, {skipped} skipped.' },
  registryHistory: { zh: '登記紀錄', en: 'Registry history' },
  releaseTitle: { zh: '轉往另一地區登記', en: "Release to another area's register" },
  releaseHelp: {
    zh: '放行後，船舶仍在本地區登記，直至接收地區的登記主任接收並填寫新的識別碼；接收時，現行合作計劃以「transferred」撤回，由接收機構編制新計劃。',
    en: 'The ship stays in our register until the gaining agency accepts it with its new identifiers; on acceptance its plan is withdrawn as "transferred" and the gaining agency compiles a new one.',
  },
  toArea: { zh: '接收地區', en: 'Gaining area' },
  note: { zh: '備註', en: 'Note' },
  release: { zh: '放行', en: 'Release' },
  releasedTo: { zh: '已放行至', en: 'Released to' },
  awaiting: { zh: '等待接收', en: 'awaiting acceptance' },
  cancelRelease: { zh: '取消放行', en: 'Cancel the release' },
  acceptTitle: { zh: '接收入本地區登記', en: 'Accept into our register' },
  acceptHelp: {
    zh: '填寫本地區登記的新識別碼（MMSI、呼號、船籍港、重新編碼的示位標）。IMO 編號不變；只在改名時填寫新船名。',
    en: 'Give the identifiers of our register (MMSI, call sign, port of registry, the re-coded EPIRB). The IMO number stays; give names only if the ship is renamed.',
  },
  accept: { zh: '接收', en: 'Accept' },
  formerly: { zh: '前登記', en: 'Formerly' },
  from: { zh: '由', en: 'From' },
  incoming: { zh: '放行至本機構、待接收的船舶', en: 'Released to our agency, to accept' },
  outgoing: { zh: '本機構已放行、未被接收的船舶', en: 'Released by our agency, not yet accepted' },
  nothingWaiting: { zh: '沒有。', en: 'None.' },
  proposals: { zh: '更改建議', en: 'Proposals' },
  proposeChange: { zh: '建議更改', en: 'Propose a change' },
  proposeHelp: {
    zh: '更改須經登記機構的登記主任批准後方才生效；批准後，已發出的合作計劃會標示為需更新。',
    en: "A change applies once the home agency's registrar approves it; issued plans then show as out of date.",
  },
  proposal: { zh: '更改建議', en: 'Proposal' },
  propose: { zh: '提交建議', en: 'Submit the proposal' },
  proposedBy: { zh: '建議人', en: 'Proposed by' },
  decidedBy: { zh: '決定人', en: 'Decided by' },
  approve: { zh: '批准並套用', en: 'Approve and apply' },
  reject: { zh: '拒絕', en: 'Reject' },
  rejectReason: { zh: '拒絕原因（營運人會看到）', en: 'Why (the operator reads this)' },
  withdrawProposal: { zh: '撤回建議', en: 'Withdraw the proposal' },
  field: { zh: '項目', en: 'Field' },
  proposedValue: { zh: '建議', en: 'Proposed' },
  proposalOpen: { zh: '待決定', en: 'Open' },
  proposalApproved: { zh: '已批准', en: 'Approved' },
  proposalRejected: { zh: '已拒絕', en: 'Rejected' },
  proposalWithdrawn: { zh: '已撤回', en: 'Withdrawn' },
  communications: { zh: '通訊', en: 'Communications' },
  colours: { zh: '顏色', en: 'Colours' },
} satisfies Record<string, Bilingual>;

export const say = (lang: Lang, b: Bilingual): string => (lang === 'en' ? b.en : inScript(lang, b.zh));

// Validation messages are written once, in English, by the schemas and domain rules; the pages
// show the Chinese for the common ones and fall back to the English otherwise.
// Templates in Traditional Chinese; $1, $2 … stand for the matched parts (identifiers, numbers, names).
const MESSAGE_ZH: [RegExp, string][] = [
  [/^is required$/, '必須填寫'],
  [/^must not be empty$/, '不可留空'],
  [/^must be at most (\d+) characters$/, '最多 $1 個字元'],
  [/^must be at least (\d+) characters$/, '最少 $1 個字元'],
  [/^must be at most (\d+)$/, '不可大於 $1'],
  [/^must be at least (\d+)$/, '不可小於 $1'],
  [/^must not be negative$/, '不可為負數'],
  [/^must be a whole number$/, '必須是整數'],
  [/^must be a number$/, '必須是數字'],
  [/^must be positive$/, '必須大於零'],
  [/^must be an e-mail address$/, '必須是電郵地址'],
  [/^must have 3 to 15 digits$/, '必須有 3 至 15 位數字'],
  [/^may contain only \+, digits, spaces, hyphens and parentheses$/, '只可包含 +、數字、空格、連字號及括號'],
  [/^may contain only letters, digits, spaces/, '只可包含文字、數字、空格及常用標點'],
  [/^must not contain control characters$/, '不可包含控制字元'],
  [/^must be a single line$/, '只可一行'],
  [/^must be a date as YYYY-MM-DD$/, '日期格式為 YYYY-MM-DD'],
  [/^unknown port (.+) \(GET \/api\/ports lists the ports\)$/, '不明港口：$1'],
  [/^check digit should be (\d), not (\d)$/, '校驗碼應為 $1，而非 $2'],
  [/^an MMSI is 9 digits$/, 'MMSI 為 9 位數字'],
  [/^an IMO ship number is 7 digits$/, 'IMO 船舶編號為 7 位數字'],
  [/^a call sign is 4 to 7 letters and digits$/, '呼號為 4 至 7 個字母或數字'],
  [/^MID (\d+) does not belong to (.+), whose (ships|stations) use (.+)$/, 'MID $1 不屬於該地區（應為 $4）'],
  [/^(\S+) is not in .+'s series (.+)$/, '$1 不在該地區的呼號系列（$2）內'],
  [/^an EPIRB 406 MHz hex ID is 15 hexadecimal characters/, '示位標編號為 15 個十六進位字元'],
  [/^required when the craft has no IMO number$/, '船舶無 IMO 編號時必須填寫'],
  [/^required for a (.+) \(only jetfoils, hydrofoils and air-cushion vehicles may go without\)$/, '此船型必須填寫；只有噴射水翼船、水翼船及氣墊船可免'],
  [/^a cross-area route touches at least two/, '跨區航線須停靠粵、港、澳其中至少兩地'],
  [/^already held by vessel (\d+) \((.+)\)$/, '已由船舶 $1（$2）使用'],
  [/^already held by company (\d+) \((.+)\)$/, '已由公司 $1（$2）使用'],
  [/^send at least one field to change$/, '請至少修改一個欄位'],
  [/^every proposed value is the one the record already holds$/, '所有建議的值與現時紀錄相同'],
  [/^say why the proposal is rejected, for the operator$/, '請寫明拒絕原因，以便營運人跟進'],
  [/^(.+) is already registered in (.+)$/, '$1 已在該地區登記'],
  [/^already has an account$/, '已有帳戶'],
  [/^tick this to confirm$/, '請勾選以確認'],
  [/^does not match the password$/, '與密碼不符'],
  [/^must not be your e-mail address$/, '不可與電郵地址相同'],
  [/^enter the 6-digit code your authenticator app shows for this registry$/, '請輸入驗證器應用程式為本登記冊顯示的 6 位數字'],
  [/^this code is not the one the app shows now/, '驗證碼不正確；請檢查手機時間，如有需要請重新掃描二維碼'],
  [/^The e-mail address, password or code is not right$/, '電郵地址、密碼或驗證碼不正確'],
  [/^Too many failed attempts: wait (\d+) s before trying again$/, '失敗次數過多：請等候 $1 秒再試'],
  [/^Enter the code from your authenticator app \(or a recovery code\)$/, '請輸入驗證器應用程式的驗證碼（或後備碼）'],
  [/^This code was used already: wait for the next one your authenticator app shows$/, '這個驗證碼已用過：請等驗證器應用程式顯示下一個'],
  [/^Your account needs a second factor before you can sign in/, '你的帳戶須先啟用第二重驗證才可登入：請使用管理員給你的連結完成設定'],
  [/^must not contain invisible formatting characters/, '不可包含看不見的格式字元（雙向覆寫、零寬空格）'],
  [/^must start with \+ and the country code/, '必須以 + 及國家或地區代碼開頭（+86、+852、+853）：否則從其他地區無法撥通'],
  [/^a short number is 3 to 6 digits$/, '短號碼為 3 至 6 位數字'],
  [/^a coast[- ]station MMSI is 00/, '岸台 MMSI 為 00、MID 及 4 位數字'],
  [/^a ship station MMSI starts with its MID, not 0/, '船台 MMSI 以 MID 開頭，不以 0 開頭（0 用於船組及岸台）'],
  [/^an IMO company number is 7 digits$/, 'IMO 公司編號為 7 位數字'],
  [/^0000000 is not an IMO number/, '0000000 不是 IMO 編號（它代表「無」）：請留空 IMO 編號，並填寫本地登記編號'],
  [
    /^after (\S+), a ship's call sign is .+ — not (\S+)$/,
    '$1 之後，船舶呼號應為：兩個字母；兩個字母加一個 2–9 的數字；四位數字，首位 2–9（只用無線電話者）；或一個字母加四位數字，首位 2–9（只用無線電話者）——而非 $2',
  ],
  [
    /^it decodes to country code (\d+).*, but a beacon of a ship registered in .+ is coded with country code (.+)$/,
    '此示位標編號的國家代碼為 $1；在該地區登記的船舶，示位標應以國家代碼 $2 編碼',
  ],
  [/: that is not a ship's EPIRB coding$/, '此編號不是船舶 EPIRB 的編碼'],
  [/: the beacon cannot identify the ship$/, '此示位標編號無法識別船舶'],
  [/, but the ship's MMSI is (\d+)$/, '此示位標編號所載的 MMSI 與本船的 MMSI（$1）不符'],
  [/, but the ship's call sign is (\S+)$/, '此示位標編號所載的呼號與本船的呼號（$1）不符'],
  [/^at least one agency takes part$/, '最少要有一個機構參與'],
  [/^at most (\d+) former names$/, '最多 $1 個舊船名'],
  [/^a route has at least two ports$/, '航線最少有兩個港口'],
  [/^at most (\d+) ports$/, '最多 $1 個港口'],
  [/^must be at least (\d+) months?$/, '最少 $1 個月'],
  [/^must be at most (\d+) months?$/, '最多 $1 個月'],
  [/^must be a number of days such as 30d$/, '必須是日數，例如 30d'],
  [/^must be between (\d+) and (\d+)$/, '必須介乎 $1 至 $2'],
  [/^must be more than (\S+)$/, '必須大於 $1'],
  [/^must be less than (\S+)$/, '必須小於 $1'],
  [/^must have at most (\d+) items$/, '最多 $1 項'],
  [/^must have at least (\d+) items$/, '最少 $1 項'],
  [/^must be text$/, '必須是文字'],
  [/^must be a list$/, '必須是一個清單'],
  [/^must be an object$/, '必須是一個物件（具名欄位）'],
  [/^must be in the expected form$/, '格式不符'],
  [/^must be a valid (.+)$/, '必須是有效的 $1'],
  [/^choose a company registered with your agency$/, '請選擇在你的機構登記的公司'],
  [/^is after today \((.+)\): record a signing once it has happened$/, '晚於今天（$1）：請在簽署後才記錄'],
  [/^(vessel|company) (\d+) does not exist$/, '編號 $2 的紀錄不存在'],
  [/^the registry proposes a major change/, '登記冊建議列為重大修訂：如要列為輕微修訂，請寫明理由'],
  [/^a held exercise is on or before today \((.+)\)$/, '已舉行的演習日期須為今天（$1）或之前'],
  [/^Module 2: the ship is withdrawn from service$/, '單元二：船舶已停止服務'],
  [/^(.+) is missing$/, '尚欠：$1'],
  [/^already used with another request$/, '已用於另一個請求'],
  [/^must be 1 to 255 visible ASCII characters$/, '必須是 1 至 255 個可見的 ASCII 字元'],
  [/^must be a URL such as/, '必須是網址，例如 https://dutysystem.example/registry-changes'],
  [/^must be https \(plain http only to this machine\)$/, '必須使用 https（只有連往本機時可用 http）'],
  [/^must not carry a user name or password/, '不可包含使用者名稱或密碼：簽名已可證明發送者'],
  [/^must be a cursor from an earlier answer/, '必須是先前回覆所給的游標（數字）'],
  [/^must be a number of months$/, '必須是月數'],
  [/^must be a whole number of months$/, '月數必須是整數'],
  [/^has no rows to import$/, '沒有可匯入的資料列'],
  [/^no company registered as (.+)$/, '沒有登記為「$1」的公司'],
  [/^(.+) names more than one company \((.+)\): give its id or IMO company number$/, '「$1」是多於一間公司的名稱（$2）：請填公司編號或IMO公司編號'],
  [/^also in row (\d+) of this file$/, '與本檔案第 $1 列重複'],
  [/^has no row of column keys/, '沒有欄位代碼列（範本的第二列）：請下載範本填寫'],
  [/^has more than (\d+) rows$/, '超過 $1 列'],
  [/^The file is not a readable XLSX or UTF-8 CSV spreadsheet/, '檔案不是可讀取的 XLSX 或 UTF-8 CSV 試算表：請下載範本填寫'],
  // Lists of allowed values last, so that the plainer messages above are said first.
  [/^must be one of (.+)$/, '必須是以下其中之一：$1'],
  [/^must be (\S+(?: \([^)]*\))?(?:, \S+(?: \([^)]*\))?)*) or (\S+(?: \([^)]*\))?)$/, '必須是 $1 或 $2'],
];

/** A validation message in the reader's language: written once in English, said in Chinese where a template exists. */
export function message(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  // Several rules may have failed on one field; each part is said on its own ("; or" joins one rule's choices).
  return text
    .split(/; (?!or )/)
    .map((part) => {
      for (const [pattern, template] of MESSAGE_ZH) {
        const m = part.match(pattern);
        if (m) return inScript(lang, template).replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
      }
      return part;
    })
    .join('；');
}

/** Every Traditional Chinese message template (for the test that each has its Simplified form). */
export const MESSAGE_TEMPLATES: readonly string[] = MESSAGE_ZH.map(([, t]) => t);
