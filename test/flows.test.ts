import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as OTPAuth from 'otpauth';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import type { Role } from '../src/domain/access.ts';
import type { AreaCode } from '../src/domain/areas.ts';
import { arrangementView } from '../src/services/arrangement.ts';
import { launchChromium, RUN, serveRegistry } from './browser-harness.ts';
import { demoIds, TEST_TOTP_SECRET, type TestRegistry } from './helpers.ts';

// Each role's whole day through the pages only, in Chromium, in each interface language and at a desk's
// and a phone's width: the language comes from the browser's own (Accept-Language), as on a first visit,
// and each person signs in through the sign-in page. Each run (language, width) has a registry of its
// own, so they do not meet. Every flow lets its session end in the middle of a form (31 minutes without
// a request, on the registry's clock) and checks that nothing typed is lost.
// Every step's screenshot is kept under test-results/flows/<language>/<width>/ (not committed); with
// SCREENSHOTS_DIR set (npm run screenshots) the main pages are also saved per language for docs/pages.md.
const SHOTS = process.env.SCREENSHOTS_DIR;
const ARTEFACTS = join('test-results', 'flows');
const SIZES = { desktop: { width: 1200, height: 900 }, phone: { width: 390, height: 844 } } as const;
type Size = keyof typeof SIZES;
const PASSWORD = 'pearl river at three in the morning';
// A whole day's task is fifty steps and more, with copies rendered and passwords checked: 4 to 16 s each
// here. Each step has its own 8-second limit (browse), which is what catches a page that never comes.
const FLOW_TIMEOUT = 45_000;

type Lang = 'en' | 'zh-Hant' | 'zh-Hans';
const CJK = /[\u4e00-\u9fff]/;

/** A valid IMO ship number from six digits (the seventh is the check digit). */
const imo = (six: string) => `${six}${[...six].reduce((sum, d, i) => sum + Number(d) * (7 - i), 0) % 10}`;

/**
 * What a registrar of each agency brings: a company and a ship of its own area, first with the
 * mistakes people make (a decimal comma, a number with another area's MMSI prefix, a port that is
 * not in the list, a phone number in words), then put right.
 */
const CASES: Record<
  Lang,
  {
    locale: string;
    agency: 'HK' | 'MO' | 'GD';
    company: Record<string, string>;
    companyMistakes: Record<string, string>;
    ship: Record<string, string>;
    ports: string[];
    shipMistakes: Record<string, string>;
    badPort: string;
    alternatePhone: string;
    signs: { signer: 'GD' | 'MO'; signatories: [string, string] };
    fragment: { typed: string; finds: string };
    /** A fragment in the other Chinese script (or an English word on an English page) and the ship it finds. */
    otherScript: { typed: string; finds: string };
    /** A demo company of the agency's, whose operator proposes and whose ships an import adds to. */
    demoCompany: string;
    /** Three ships a registrar imports from the template (the second with another area's MMSI). */
    imported: { mmsi: string; callSign: string; imoNumber: string; nameZh: string; nameEn: string }[];
    /** An MMSI of another area, the import's honest mistake. */
    wrongAreaMmsi: string;
    newPerson: { name: string; email: string };
  }
> = {
  en: {
    locale: 'en-GB',
    agency: 'HK',
    company: {
      nameZh: '維港快線有限公司',
      nameEn: 'Victoria Harbour Express Limited',
      addressZh: '香港上環干諾道中200號信德中心',
      addressEn: 'Shun Tak Centre, 200 Connaught Road Central, Sheung Wan, Hong Kong',
      emergencyPhone: '+852 2859 3111',
      'designatedPerson.name': 'Chan Tai-man',
      'designatedPerson.phone': '+852 2859 3112',
      'designatedPerson.email': 'dpa@vhx.example.hk',
      'emergencyTeam.name': 'Operations Room',
      'emergencyTeam.phone': '+852 2859 3113',
    },
    companyMistakes: { emergencyPhone: 'ring the office', 'designatedPerson.email': 'dpa at vhx.example.hk' },
    ship: {
      nameZh: '維港快線一號',
      nameEn: 'Harbour Express One',
      imoNumber: imo('923456'),
      mmsi: '477123400',
      callSign: 'VRHE8',
      portOfRegistry: 'Hong Kong',
      grossTonnage: '1450',
      lengthMetres: '48.5',
      hullColour: 'white',
      superstructureColour: 'white with a red band',
      maxPassengers: '418',
      crew: '14',
      epirbHexId: standardLocationEpirbHexId('477123400'),
      'communications.bridgePhone': '+852 9876 5432',
      'communications.vhf': 'VHF 16, 70 (DSC)',
      'route.sailingsPerDay': '16',
      'route.crossingMinutes': '60',
      'lifeSaving.liferafts': '10',
      'lifeSaving.liferaftCapacity': '500',
      'lifeSaving.marineEvacuationSystems': '2',
      'lifeSaving.rescueBoats': '1',
      medicalFacilities: 'First-aid room on the main deck; AED',
    },
    ports: ['Hong Kong–Macau Ferry Terminal, Sheung Wan', 'Outer Harbour Ferry Terminal'],
    shipMistakes: { lengthMetres: '48,5', mmsi: '453123400' },
    badPort: 'Lantau',
    alternatePhone: '+852 2859 3100',
    signs: {
      signer: 'GD',
      signatories: ['Wang Jianguo, Director, Guangdong Maritime Search and Rescue Centre', 'Wong Soi Man, Director of the Marine and Water Bureau'],
    },
    fragment: { typed: 'lotus', finds: 'Lotus' },
    otherScript: { typed: '澳门之星', finds: 'Macau Star' },
    demoCompany: 'Harbour Wing Jetfoil Company Limited',
    imported: [
      { mmsi: '477998100', callSign: 'VRZZ2', imoNumber: imo('998101'), nameZh: '維港穿梭一號', nameEn: 'Harbour Shuttle One' },
      { mmsi: '477998200', callSign: 'VRZZ3', imoNumber: imo('998102'), nameZh: '維港穿梭二號', nameEn: 'Harbour Shuttle Two' },
      { mmsi: '477998300', callSign: 'VRZZ4', imoNumber: imo('998103'), nameZh: '維港穿梭三號', nameEn: 'Harbour Shuttle Three' },
    ],
    wrongAreaMmsi: '453998900',
    newPerson: { name: 'Wong Ka-yan', email: 'wong.kayan@mrcc.example.hk' },
  },
  'zh-Hant': {
    locale: 'zh-MO',
    agency: 'MO',
    company: {
      nameZh: '南灣快線有限公司',
      nameEn: 'Praia Grande Express Limited',
      addressZh: '澳門友誼大馬路外港客運碼頭三樓',
      addressEn: 'Level 3, Outer Harbour Ferry Terminal, Avenida da Amizade, Macao',
      emergencyPhone: '+853 2872 6111',
      'designatedPerson.name': '陳家豪',
      'designatedPerson.phone': '+853 2872 6112',
      'designatedPerson.email': 'dpa@praiagrande.example.mo',
      'emergencyTeam.name': '營運控制室',
      'emergencyTeam.phone': '+853 2872 6113',
    },
    companyMistakes: { emergencyPhone: '請致電辦公室', 'designatedPerson.email': 'dpa＠praiagrande' },
    ship: {
      nameZh: '濠江一號',
      nameEn: 'Ho Kong One',
      imoNumber: imo('934567'),
      mmsi: '453123400',
      callSign: 'XXPG3',
      portOfRegistry: 'Macao',
      grossTonnage: '1380',
      lengthMetres: '47.3',
      hullColour: '白色',
      superstructureColour: '白色',
      maxPassengers: '399',
      crew: '12',
      epirbHexId: standardLocationEpirbHexId('453123400'),
      'communications.bridgePhone': '+853 6612 3456',
      'communications.vhf': 'VHF 16, 10, 70 (DSC)',
      'route.sailingsPerDay': '12',
      'route.crossingMinutes': '70',
      'lifeSaving.liferafts': '8',
      'lifeSaving.liferaftCapacity': '400',
      'lifeSaving.marineEvacuationSystems': '2',
      'lifeSaving.rescueBoats': '1',
      medicalFacilities: '主甲板急救室，備有自動體外心臟去顫器',
    },
    ports: ['外港客運碼頭', '蛇口郵輪中心'],
    shipMistakes: { lengthMetres: '47,3', mmsi: '477123400' },
    badPort: '大嶼山',
    alternatePhone: '+853 2872 6100',
    signs: { signer: 'MO', signatories: ['王建國 廣東省海上搜救中心主任', '黃穗文 海事及水務局局長'] },
    fragment: { typed: '澳门', finds: '澳門之星' },
    otherScript: { typed: '凤凰', finds: '鳳凰' },
    demoCompany: 'Ho Kong High Speed Ferries Limited',
    imported: [
      { mmsi: '453998100', callSign: 'XXZZ2', imoNumber: imo('998201'), nameZh: '濠江穿梭一號', nameEn: 'Ho Kong Shuttle One' },
      { mmsi: '453998200', callSign: 'XXZZ3', imoNumber: imo('998202'), nameZh: '濠江穿梭二號', nameEn: 'Ho Kong Shuttle Two' },
      { mmsi: '453998300', callSign: 'XXZZ4', imoNumber: imo('998203'), nameZh: '濠江穿梭三號', nameEn: 'Ho Kong Shuttle Three' },
    ],
    wrongAreaMmsi: '477998900',
    newPerson: { name: '梁嘉儀', email: 'leong.kayi@dsamma.example.mo' },
  },
  'zh-Hans': {
    locale: 'zh-CN',
    agency: 'GD',
    company: {
      nameZh: '珠江快航客运有限公司',
      nameEn: 'Pearl River Express Passenger Transport Co., Ltd.',
      addressZh: '广东省珠海市香洲区九洲大道东1号',
      addressEn: '1 Jiuzhou Avenue East, Xiangzhou, Zhuhai, Guangdong',
      emergencyPhone: '+86 756 333 2111',
      'designatedPerson.name': '李明',
      'designatedPerson.phone': '+86 756 333 2112',
      'designatedPerson.email': 'dpa@prx.example.cn',
      'emergencyTeam.name': '运营调度中心',
      'emergencyTeam.phone': '+86 756 333 2113',
    },
    companyMistakes: { emergencyPhone: '请致电办公室', 'designatedPerson.email': 'dpa@' },
    ship: {
      nameZh: '珠江明珠',
      nameEn: 'Pearl River Pearl',
      imoNumber: imo('945678'),
      mmsi: '413123400',
      callSign: 'BQZH',
      portOfRegistry: 'Zhuhai',
      grossTonnage: '1290',
      lengthMetres: '45.2',
      hullColour: '白色',
      superstructureColour: '白色，蓝色条纹',
      maxPassengers: '350',
      crew: '11',
      epirbHexId: standardLocationEpirbHexId('413123400'),
      'communications.bridgePhone': '+86 139 2345 6789',
      'communications.vhf': 'VHF 16, 70 (DSC)',
      'route.sailingsPerDay': '8',
      'route.crossingMinutes': '70',
      'lifeSaving.liferafts': '8',
      'lifeSaving.liferaftCapacity': '400',
      'lifeSaving.marineEvacuationSystems': '2',
      'lifeSaving.rescueBoats': '1',
      medicalFacilities: '主甲板医务室，配备自动体外除颤器',
    },
    ports: ['珠海九洲港', '港澳客轮码头'],
    shipMistakes: { lengthMetres: '45,2', mmsi: '477123400' },
    badPort: '亚特兰蒂斯',
    alternatePhone: '+86 756 333 2100',
    signs: { signer: 'GD', signatories: ['王建国 广东省海上搜救中心主任', '黄穗文 海事及水务局局长'] },
    fragment: { typed: '41380', finds: '413800100' },
    otherScript: { typed: '澳門', finds: '澳門之星' },
    demoCompany: 'Yuehaitong Passenger Shipping Co., Ltd.',
    imported: [
      { mmsi: '413998100', callSign: 'BQZW', imoNumber: imo('998301'), nameZh: '珠江穿梭一号', nameEn: 'Pearl River Shuttle One' },
      { mmsi: '413998200', callSign: 'BQZX', imoNumber: imo('998302'), nameZh: '珠江穿梭二号', nameEn: 'Pearl River Shuttle Two' },
      { mmsi: '413998300', callSign: 'BQZY', imoNumber: imo('998303'), nameZh: '珠江穿梭三号', nameEn: 'Pearl River Shuttle Three' },
    ],
    wrongAreaMmsi: '477998900',
    newPerson: { name: '林晓峰', email: 'lin.xiaofeng@gdmsa.example.cn' },
  },
};

let browser: Browser;
const servers: Record<string, { reg: TestRegistry; base: string; close: () => void }> = {};
const run = (lang: Lang, size: Size) => servers[`${lang}/${size}`]!;

beforeAll(async () => {
  if (!RUN) return;
  browser = await launchChromium();
  for (const lang of Object.keys(CASES)) for (const size of Object.keys(SIZES)) servers[`${lang}/${size}`] = await serveRegistry();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) s.close();
});

/** A person of the run's registry with a password (and, for registrars and admins, the test's second factor). */
async function person(reg: TestRegistry, role: Role, binding: { agency?: AreaCode; companyId?: number }, email: string) {
  await reg.personWithPassword(role, binding, email, PASSWORD);
  return { email, role };
}

/** Fills the sign-in page as the person would: e-mail, password and, where their role needs one, the code of the moment. */
async function signInOnPage(page: Page, reg: TestRegistry, who: { email: string; role: Role }) {
  await page.locator('form[action="/signin"] [name=email]').fill(who.email);
  await page.locator('form[action="/signin"] [name=password]').fill(PASSWORD);
  if (who.role === 'registrar' || who.role === 'admin')
    await page
      .locator('form[action="/signin"] [name=code]')
      .fill(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(TEST_TOTP_SECRET) }).generate({ timestamp: reg.clock.now.getTime() }));
  await page.locator('form[action="/signin"] button[type=submit]').click();
}

/** A browser of a person of the language's region at the run's width, signed in through the sign-in page. */
async function browse(lang: Lang, size: Size, who: { email: string; role: Role }): Promise<Page> {
  const { base, reg } = run(lang, size);
  const context = await browser.newContext({ acceptDownloads: true, viewport: SIZES[size], locale: CASES[lang].locale });
  // A step that cannot happen fails with its locator's name, well before the test's own time is up.
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForURL(/\/signin/);
  // The language was taken from the browser's, with nothing chosen yet.
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  await signInOnPage(page, reg, who);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  return page;
}

/**
 * The session ends in the middle of a form: 31 minutes pass on the registry's clock with no request.
 * `send` submits the form; the person is asked to sign in again (the page says their changes are kept),
 * does so, and sends what they typed from the page that holds it.
 */
async function sessionEndsWhileTyping(page: Page, reg: TestRegistry, who: { email: string; role: Role }, send: () => Promise<void>) {
  reg.clock.now = new Date(reg.clock.now.getTime() + 31 * 60_000);
  await send();
  await page.waitForURL(/\/signin\?next=.*&held=1$/);
  expect(await page.locator('.notice').count()).toBeGreaterThan(0);
  await signInOnPage(page, reg, who);
  await page.waitForURL(/\/held$/);
  await page.locator('main form button.primary').click();
}

const text = async (locator: Locator) => {
  await locator.first().waitFor();
  return (await locator.first().innerText()).trim();
};

/** Keeps the step's screenshot with the run's artefacts; the chosen ones also go to the docs when asked. */
const shot = async (page: Page, lang: Lang, size: Size, name: string, forDocs?: Size) => {
  const dir = join(ARTEFACTS, lang, size);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  if (SHOTS && forDocs === size) {
    mkdirSync(join(SHOTS, lang), { recursive: true });
    await page.screenshot({ path: join(SHOTS, lang, `${name}.png`), fullPage: true });
  }
};

/** Fills a form's fields by their names (in `form`, where the page has more than one), picking from a list where the field is one. */
async function fill(page: Page, values: Record<string, string>, form = 'main') {
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`${form} [name="${name}"]`);
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** The fields a refused form marks, and each one's problem as shown beside it. */
async function marked(page: Page): Promise<Record<string, string>> {
  await page.locator('label.field-error').first().waitFor();
  const out: Record<string, string> = {};
  for (const label of await page.locator('label.field-error').all())
    out[(await label.getAttribute('for'))!.replace(/^f-/, '')] = (await label.locator('.error').innerText()).trim();
  return out;
}

/** A problem in the reader's language: Chinese for either Chinese interface, none for English. */
const inLanguage = (lang: Lang, problem: string) => (lang === 'en' ? !CJK.test(problem.replace(/“[^”]*”|"[^"]*"/g, '')) : CJK.test(problem));

describe.skipIf(!RUN)("each role's day through the pages, in each language and at each width", () => {
  for (const lang of Object.keys(CASES) as Lang[]) {
    const c = CASES[lang];
    for (const size of Object.keys(SIZES) as Size[]) {
      it(
        `${lang}, ${size}: a registrar registers a company and a ship, fixes every problem shown, checks the draft, issues it, downloads the agency's copy, records an exercise across a session's end, and Back lands on the issued revision`,
        async () => {
          const { reg, base } = run(lang, size);
          const registrar = await person(reg, 'registrar', { agency: c.agency }, `registrar@${c.agency.toLowerCase()}.example`);
          const page = await browse(lang, size, registrar);

          // The company: every problem at once, beside its field, in the reader's language.
          await page.goto(`${base}/companies/new`);
          await fill(page, { ...c.company, ...c.companyMistakes });
          await page.locator('form.stack button[type=submit]').click();
          const companyProblems = await marked(page);
          expect(Object.keys(companyProblems).sort()).toEqual(
            Object.keys(c.companyMistakes)
              .map((k) => k.replaceAll('.', '-'))
              .sort(),
          );
          for (const problem of Object.values(companyProblems)) expect(inLanguage(lang, problem), problem).toBe(true);
          await shot(page, lang, size, 'company-refused');
          // What was typed is still there to correct.
          expect(await page.locator('[name=nameZh]').inputValue()).toBe(c.company.nameZh);
          await fill(page, Object.fromEntries(Object.keys(c.companyMistakes).map((k) => [k, c.company[k]!])));
          await page.locator('form.stack button[type=submit]').click();
          await page.waitForURL(/\/companies\/\d+\?saved=1$/);
          expect(await text(page.locator('.notice.ok'))).not.toBe('');
          const companyId = /\/companies\/(\d+)/.exec(page.url())![1]!;
          await shot(page, lang, size, 'company', 'desktop');

          // The ship, its ports picked from the list by name in the reader's language.
          await page.goto(`${base}/ships/new`);
          await shot(page, lang, size, 'ship-form', 'desktop');
          const offered = await page.locator('datalist#port-names option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
          for (const port of c.ports) expect(offered).toContain(port);
          await fill(page, { companyId, ...c.ship, ...c.shipMistakes, 'route.ports.0': c.ports[0]!, 'route.ports.1': c.badPort });
          await page.locator('form.stack button[type=submit]').click();
          const shipProblems = await marked(page);
          expect(Object.keys(shipProblems).sort()).toEqual([...Object.keys(c.shipMistakes), 'route-ports-1'].sort());
          for (const problem of Object.values(shipProblems)) expect(inLanguage(lang, problem), problem).toBe(true);
          expect(shipProblems['route-ports-1']).toContain(c.badPort);
          // The summary at the top names each problem and leads to its field.
          expect(await page.locator('.error-summary a').count()).toBe(Object.keys(shipProblems).length);
          await shot(page, lang, size, 'ship-refused');
          await fill(page, { ...Object.fromEntries(Object.keys(c.shipMistakes).map((k) => [k, c.ship[k]!])), 'route.ports.1': c.ports[1]! });
          await page.locator('form.stack button[type=submit]').click();
          await page.waitForURL(/\/ships\/\d+\?saved=1$/);
          expect(await text(page.locator('.notice.ok'))).not.toBe('');
          expect(await text(page.locator('h1'))).toContain(c.ship.nameEn);
          await shot(page, lang, size, 'ship', 'desktop');

          // A plan for it, checked before issuing: the company's alternate number is missing, and its link leads to the field.
          await page.locator('form[action$="/plan"] button[type=submit]').click();
          await page.waitForURL(/\/plans\/\d+$/);
          const planUrl = page.url();
          await page.locator('a[href$="/issue"]').click();
          const missing = page.locator('ul.missing li');
          expect(await missing.count()).toBeGreaterThan(0);
          for (const item of await missing.all()) expect(inLanguage(lang, await item.innerText()), await item.innerText()).toBe(true);
          expect(await page.locator(`ul.missing li a[href="/companies/${companyId}/edit#f-emergencyPhoneAlt"]`).count()).toBe(1);
          await shot(page, lang, size, 'readiness', 'desktop');
          const readinessUrl = page.url();
          // Follow each link to where the item is completed, complete it, and come back, until nothing is missing.
          const fixes: Record<string, string> = { emergencyPhoneAlt: c.alternatePhone, routeNotes: c.ports.join(' – ') };
          for (let round = 0; round < 5 && (await page.locator('ul.missing li a').count()) > 0; round++) {
            await page.locator('ul.missing li a').first().click();
            const field = new URL(page.url()).hash.replace(/^#f-/, '');
            expect(Object.keys(fixes), `a link to ${page.url()}`).toContain(field);
            await page.locator(`#f-${field}`).fill(fixes[field]!);
            await page.locator(`#f-${field}`).locator('xpath=ancestor::form').locator('button[type=submit]').click();
            await page.waitForURL(/saved=1/);
            await page.goto(readinessUrl);
          }
          expect(await page.locator('ul.missing li').count()).toBe(0);
          expect(await text(page.locator('p.notice.ok'))).not.toBe('');
          await page.fill('input[name=summary]', lang === 'en' ? 'First issue' : '首次發出');
          await page.locator('form[action$="/issue"] button[type=submit]').click();
          await page.waitForURL(`${planUrl}?issued=1`);
          const issuedNotice = lang === 'en' ? /Issued as revision 1 on/ : /已簽發為第 1 修訂版|已签发为第 1 修订版/;
          expect(await text(page.locator('p.notice.ok'))).toMatch(issuedNotice);
          expect(await page.locator('a[href*="/copies/"]').count()).toBe(5);
          await shot(page, lang, size, 'plan', 'desktop');

          // Back, to the form that issued it: the issued revision, never an error.
          await page.goBack();
          expect(await text(page.locator('p.notice.ok'))).toMatch(issuedNotice);
          expect(await page.locator('a[href*="/copies/"]').count()).toBe(5);
          await shot(page, lang, size, 'back-after-issuing');
          await page.goto(planUrl);

          // The agency's own copy: downloaded as a PDF, then its receipt acknowledged.
          const ack = page.locator('form[action*="/copies/"][action$="/acknowledge"]');
          expect(await ack.count()).toBe(1);
          const copyNumber = /\/copies\/(\d)\/acknowledge$/.exec((await ack.getAttribute('action'))!)![1]!;
          const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[href*="/copies/${copyNumber}"]`).first().click()]);
          expect(download.suggestedFilename()).toMatch(new RegExp(`^${c.agency}-\\d{4}-\\d{4}-rev1-copy${copyNumber}-`));
          expect(
            readFileSync((await download.path())!)
              .subarray(0, 5)
              .toString('latin1'),
          ).toBe('%PDF-');
          await ack.locator('button').click();
          await page.waitForURL(planUrl);
          expect(await page.locator('form[action$="/acknowledge"]').count()).toBe(0);

          // The first drill, typed while the session runs out: kept, and recorded after signing in again.
          const scenario = lang === 'en' ? 'Engine-room fire off Lantau; passengers mustered' : '大嶼山對開機艙失火，乘客集合演練';
          const exercise = page.locator(`form[action$="/exercises"]`);
          await exercise.locator('[name=date]').fill(reg.clock.now.toISOString().slice(0, 10));
          await exercise.locator('[name=scenario]').fill(scenario);
          await sessionEndsWhileTyping(page, reg, registrar, () => exercise.locator('button[type=submit]').click());
          await page.waitForURL((url) => url.pathname === new URL(planUrl).pathname);
          expect(await page.getByText(scenario).count()).toBeGreaterThan(0);
          await shot(page, lang, size, 'exercise');
          await page.context().close();
        },
        FLOW_TIMEOUT,
      );

      it(
        `${lang}, ${size}: an operator proposes a new number across a session's end, the registrar approves it, and it shows on the company's page; the ship's copy downloads`,
        async () => {
          const { reg, base } = run(lang, size);
          const ids = await demoIds(reg.db);
          const companyId = ids.companyId(c.demoCompany);
          const operator = await person(reg, 'operator', { companyId }, `operator@company${companyId}.example`);
          const page = await browse(lang, size, operator);
          await page.waitForURL(`${base}/company`);
          expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
          await shot(page, lang, size, 'operator', 'phone');

          // The company's new alternate 24-hour line, proposed; the session ends before it is sent.
          const newLine = { en: '+852 2859 3999', 'zh-Hant': '+853 2872 6999', 'zh-Hans': '+86 756 333 2999' }[lang];
          await page.goto(`${base}/proposals/new`);
          await page.locator('[name=emergencyPhoneAlt]').fill(newLine);
          await page.locator('[name=note]').fill(lang === 'en' ? 'New standby line from 1 January 2027' : '由2027年1月1日起的新後備電話');
          await sessionEndsWhileTyping(page, reg, operator, () => page.locator('form[action="/proposals"] button[type=submit]').click());
          await page.waitForURL(/\/proposals\/\d+$/);
          const proposalUrl = page.url();
          expect(await text(page.locator('main'))).toContain(newLine);
          await shot(page, lang, size, 'proposal');

          // The home agency's registrar approves it from the same page.
          const home = (await reg.db.selectFrom('companies').select('home_agency').where('id', '=', companyId).executeTakeFirstOrThrow())
            .home_agency as AreaCode;
          const registrar = await browse(lang, size, await person(reg, 'registrar', { agency: home }, `approver@${home.toLowerCase()}.example`));
          await registrar.goto(proposalUrl);
          await registrar.locator('form[action$="/decision"] input[value=approve]').locator('xpath=ancestor::form').locator('button').click();
          await registrar.locator('main .notice.ok').waitFor();
          await registrar.context().close();

          // Visible to the operator at once, on the company's own page, as a number that dials.
          await page.goto(`${base}/company`);
          expect(await page.locator(`a[href="tel:${newLine.replaceAll(' ', '')}"]`).count()).toBeGreaterThan(0);
          await shot(page, lang, size, 'operator-approved');

          // A ship of the company's with a plan in force, and the ship's copy of it.
          const ship = await reg.db
            .selectFrom('plan_revisions')
            .innerJoin('plans', 'plans.id', 'plan_revisions.plan_id')
            .innerJoin('vessels', 'vessels.id', 'plans.vessel_id')
            .select('vessels.id')
            .where('vessels.company_id', '=', companyId)
            .where('plan_revisions.state', '=', 'issued')
            .executeTakeFirstOrThrow();
          await page.locator(`a[href="/ships/${ship.id}"]`).first().click();
          await page.waitForURL(/\/ships\/\d+$/);
          await page.locator('a[href^="/plans/"]').first().click();
          await page.waitForURL(/\/plans\/\d+$/);
          // Copies 4 (the company's) and 5 (the ship's) are the operator's, and no other.
          const downloads = page.locator('a[href*="/copies/"]');
          expect(await downloads.count()).toBe(2);
          const [download] = await Promise.all([page.waitForEvent('download'), downloads.last().click()]);
          expect(download.suggestedFilename()).toMatch(/-copy5-ship\.pdf$/);
          await page.context().close();
        },
        FLOW_TIMEOUT,
      );

      it(
        `${lang}, ${size}: a coordinator finds ships by fragments, in the other script too, sees who to call, prints the card, keeps the search across a session's end, and saves the incident book`,
        async () => {
          const { reg, base } = run(lang, size);
          const coordinator = await person(reg, 'coordinator', { agency: c.agency }, `duty@rcc-${c.agency.toLowerCase()}.example`);
          const page = await browse(lang, size, coordinator);
          await page.waitForURL(`${base}/search`);
          expect(await page.locator('h1').count()).toBe(1);
          await page.locator('input[name=q]').pressSequentially(c.fragment.typed, { delay: 30 });
          await page.waitForURL(new RegExp(`/search\\?q=${encodeURIComponent(c.fragment.typed)}$`));
          const cards = page.locator('#results article.card');
          expect(await cards.count()).toBeGreaterThan(0);
          expect(await text(cards.first())).toContain(c.fragment.finds);
          // The numbers to call are links that dial.
          expect(await cards.first().locator('a[href^="tel:+"]').count()).toBeGreaterThan(2);
          await shot(page, lang, size, 'search', 'phone');

          // Printed, the card stands alone: no menu, no search box.
          await page.emulateMedia({ media: 'print' });
          expect(await page.locator('header.top').isVisible()).toBe(false);
          expect(await cards.first().isVisible()).toBe(true);
          await shot(page, lang, size, 'search-printed');
          await page.emulateMedia({ media: 'screen' });

          // The other script's fragment, typed after 31 quiet minutes: signed in again, the search is still the one typed.
          reg.clock.now = new Date(reg.clock.now.getTime() + 31 * 60_000);
          await page.locator('input[name=q]').fill(c.otherScript.typed);
          await page.locator('input[name=q]').press('Enter');
          await page.waitForURL(/\/signin\?next=/);
          await signInOnPage(page, reg, coordinator);
          await page.waitForURL(new RegExp(`/search\\?q=${encodeURIComponent(c.otherScript.typed)}$`));
          expect(await text(page.locator('#results article.card').first())).toContain(c.otherScript.finds);
          await shot(page, lang, size, 'search-other-script');

          // The incident book, for when the network is gone: a PDF from the search page.
          const [book] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/incident-book.pdf"]').click()]);
          expect(
            readFileSync((await book.path())!)
              .subarray(0, 5)
              .toString('latin1'),
          ).toBe('%PDF-');
          await page.context().close();
        },
        FLOW_TIMEOUT,
      );

      it(
        `${lang}, ${size}: an admin adds a person across a session's end, who sets up the account from the one-time link with a code; the admin records a signing, the other agency's admin confirms it, and the audit trail shows it`,
        async () => {
          const { reg, base } = run(lang, size);
          const admin = await person(reg, 'admin', { agency: c.signs.signer }, `admin@${c.signs.signer.toLowerCase()}.example`);
          const page = await browse(lang, size, admin);

          // A new duty coordinator: the form sent after the session ended, kept, and sent after signing in again.
          await page.goto(`${base}/people`);
          await fill(page, { name: c.newPerson.name, email: c.newPerson.email, role: 'coordinator' }, 'form[action="/people"]');
          await sessionEndsWhileTyping(page, reg, admin, () => page.locator('form[action="/people"] button[type=submit]').click());
          const link = await text(page.locator('code.link'));
          expect(link).toMatch(/\/link\/[A-Za-z0-9_-]+$/);
          await shot(page, lang, size, 'people');

          // The new person sets a password and a second factor from the link, and signs in with both.
          const newcomer = await browser.newContext({ viewport: SIZES[size], locale: c.locale });
          const own = await newcomer.newPage();
          await own.goto(link.startsWith('http') ? link : `${base}${link}`);
          expect(await own.getAttribute('html', 'lang')).toBe(lang);
          const secret = await text(own.locator('p.help code'));
          const code = () => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: reg.clock.now.getTime() });
          await own.fill('input[name=password]', 'typhoon signal number eight');
          await own.fill('input[name=confirm]', 'typhoon signal number eight');
          await own.fill('input[name=code]', code());
          await own.locator('main button[type=submit]').click();
          expect(await own.locator('ul.codes li').count()).toBe(10);
          await shot(own, lang, size, 'new-account');
          await own.locator('main a[href^="/signin"]').click();
          reg.clock.now = new Date(reg.clock.now.getTime() + 30_000);
          await own.fill('input[name=email]', c.newPerson.email);
          await own.fill('input[name=password]', 'typhoon signal number eight');
          await own.fill('input[name=code]', code());
          await own.locator('form[action="/signin"] button[type=submit]').click();
          await own.waitForURL(`${base}/search`);
          await newcomer.close();

          // The one block still blank on the arrangement's signature page (see the domain notes).
          const confirmer = c.signs.signer === 'GD' ? 'MO' : 'GD';
          await page.goto(`${base}/signatures`);
          const form = page.locator('form[action="/signatures/GD-MO"]');
          await form.locator('[name=signedOn]').fill('2026-02-27');
          await form.locator('[name=signatoryA]').fill(c.signs.signatories[0]);
          await form.locator('[name=signatoryB]').fill(c.signs.signatories[1]);
          await form.locator('button[type=submit]').click();
          await page.locator('form[action="/signatures/GD-MO/cancel"]').waitFor();
          await shot(page, lang, size, 'signatures', 'desktop');
          const other = await browse(lang, size, await person(reg, 'admin', { agency: confirmer }, `admin@${confirmer.toLowerCase()}.example`));
          await other.goto(`${base}/signatures`);
          await other.locator('form[action="/signatures/GD-MO/confirm"] input[name=confirm]').check();
          await other.locator('form[action="/signatures/GD-MO/confirm"] button').click();
          await other.locator('form[action="/signatures/GD-MO/confirm"]').waitFor({ state: 'detached' });
          const pair = await reg.db
            .selectFrom('arrangement_pairs')
            .selectAll()
            .where('agency_a', '=', 'GD')
            .where('agency_b', '=', 'MO')
            .executeTakeFirstOrThrow();
          expect(pair.signed_on).toBe('2026-02-27');
          expect(await other.getByText(c.signs.signatories[1]).count()).toBeGreaterThan(0);
          expect((await arrangementView(reg.db)).members.find((m) => m.agency === 'MO')?.joinedOn).toBe('2026-02-27');
          await other.context().close();

          // The audit trail, filtered to the arrangement: the signing recorded and confirmed, by whom, in words.
          await page.goto(`${base}/audit`);
          await page.locator('form[action="/audit"] [name=recordType]').selectOption('arrangement');
          await page.locator('form[action="/audit"] button[type=submit]').click();
          await page.waitForURL(/recordType=arrangement/);
          const rows = page.locator('main table tbody tr');
          expect(await rows.count()).toBeGreaterThan(1);
          const actions = await page.locator('main table tbody tr td:nth-child(3)').allInnerTexts();
          for (const a of actions) expect(a, a).not.toMatch(/^arrangement\./);
          expect(await page.locator('main table tbody tr td:nth-child(3)[title="arrangement.sign.record"]').count()).toBeGreaterThan(0);
          expect(await page.locator('main table tbody tr td:nth-child(3)[title="arrangement.sign"]').count()).toBeGreaterThan(0);
          await shot(page, lang, size, 'audit');
          await page.context().close();
        },
        FLOW_TIMEOUT,
      );

      it(
        `${lang}, ${size}: a registrar fills the fleet template, sees its bad row named, confirms across a session's end, and follows the report's links to the ships`,
        async () => {
          const { reg, base } = run(lang, size);
          const registrar = await person(reg, 'registrar', { agency: c.agency }, `fleet@${c.agency.toLowerCase()}.example`);
          const page = await browse(lang, size, registrar);
          const companyId = (await demoIds(reg.db)).companyId(c.demoCompany);
          await page.goto(`${base}/fleet`);
          await shot(page, lang, size, 'fleet');

          // The template as the page gives it, filled in a spreadsheet: two good rows and one with another area's MMSI.
          const [template] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/fleet/template?kind=ships&format=xlsx"]').click()]);
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(readFileSync((await template.path())!) as never);
          const sheet = book.worksheets[0]!;
          const keys = (sheet.getRow(2).values as string[]).slice(1);
          const rowFor = (s: (typeof c.imported)[number]) => ({
            company: String(companyId),
            imoNumber: s.imoNumber,
            nameZh: s.nameZh,
            nameEn: s.nameEn,
            type: 'catamaran',
            mmsi: s.mmsi,
            callSign: s.callSign,
            portOfRegistry: c.ship.portOfRegistry!,
            epirbHexId: standardLocationEpirbHexId(s.mmsi),
            grossTonnage: '1300',
            lengthMetres: '47.3',
            hullColour: 'white',
            superstructureColour: 'white',
            maxPassengers: '410',
            crew: '12',
            bridgePhone: c.ship['communications.bridgePhone']!,
            vhf: 'VHF 16, 70 (DSC)',
            ports: 'HKG-SW; MAC-OH',
            sailingsPerDay: '10',
            crossingMinutes: '60',
            liferafts: '8',
            liferaftCapacity: '800',
            marineEvacuationSystems: '2',
            rescueBoats: '1',
            medicalFacilities: 'First-aid room',
          });
          const rows: Record<string, string>[] = [rowFor(c.imported[0]!), rowFor({ ...c.imported[1]!, mmsi: c.wrongAreaMmsi }), rowFor(c.imported[2]!)];
          rows.forEach((row, i) => {
            sheet.getRow(3 + i).values = keys.map((k) => row[k] ?? '');
          });
          const file = join(ARTEFACTS, lang, size, 'fleet.xlsx');
          mkdirSync(join(ARTEFACTS, lang, size), { recursive: true });
          writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
          await page.locator('input[name=file]').setInputFiles(file);
          await page.locator('form[action="/fleet/imports"] button[type=submit]').click();
          await page.waitForURL(/\/fleet\/imports\/\d+$/);
          const importUrl = page.url();
          // Row 4 of the sheet (two header rows, then the second ship), its column, and why, in the reader's language.
          const problems = page.locator('main table tbody tr');
          expect(await problems.count()).toBeGreaterThan(0);
          for (const row of await problems.all()) {
            const [sheetRow, , why] = await row.locator('td').allInnerTexts();
            expect(sheetRow, why).toBe('4');
            expect(inLanguage(lang, why!), why).toBe(true);
          }
          await shot(page, lang, size, 'import-checked');

          // Confirmed after the session ended: signed in again, the person is back on the import, which waited.
          reg.clock.now = new Date(reg.clock.now.getTime() + 31 * 60_000);
          await page.locator(`form[action$="/confirm"] button`).click();
          await page.waitForURL(/\/signin\?next=/);
          await signInOnPage(page, reg, registrar);
          await page.waitForURL(importUrl);
          await page.locator(`form[action$="/confirm"] button`).click();
          await page.locator('ul.created li a').first().waitFor({ timeout: 15_000 });
          const made = page.locator('ul.created li a');
          expect(await made.count()).toBe(2);
          await shot(page, lang, size, 'import-done');
          await made.first().click();
          await page.waitForURL(/\/ships\/\d+$/);
          expect(await text(page.locator('h1'))).toContain(c.imported[0]!.nameEn);
          await page.context().close();
        },
        FLOW_TIMEOUT,
      );
    }
  }
});
