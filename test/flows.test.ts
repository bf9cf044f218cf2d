import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { arrangementView } from '../src/services/arrangement.ts';
import { launchChromium, RUN, serveRegistry } from './browser-harness.ts';
import { demoIds, type TestRegistry } from './helpers.ts';

// Each role's whole job through the pages only, in Chromium, once in each interface language: the
// language comes from the browser's own (Accept-Language), as on a first visit. Each language has a
// registry of its own, so the three runs do not meet. With SCREENSHOTS_DIR set (npm run screenshots)
// the main pages are saved per language for docs/pages.md.
const SHOTS = process.env.SCREENSHOTS_DIR;

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
  },
};

let browser: Browser;
const servers: Record<string, { reg: TestRegistry; base: string; close: () => void }> = {};

beforeAll(async () => {
  if (!RUN) return;
  browser = await launchChromium();
  for (const lang of Object.keys(CASES)) servers[lang] = await serveRegistry();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) s.close();
});

/** A browser of a person of the language's region, signed in with a page session made for the test. */
async function browse(lang: Lang, cookie: string, viewport = { width: 1200, height: 900 }): Promise<Page> {
  const { base } = servers[lang]!;
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale: CASES[lang].locale });
  // A step that cannot happen fails with its locator's name, well before the test's own time is up.
  context.setDefaultTimeout(8_000);
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: base, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  await page.goto(base);
  // The language was taken from the browser's, with nothing chosen yet.
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  return page;
}

const text = async (locator: Locator) => {
  await locator.first().waitFor();
  return (await locator.first().innerText()).trim();
};

const shot = async (page: Page, lang: Lang, name: string) => {
  if (!SHOTS) return;
  mkdirSync(join(SHOTS, lang), { recursive: true });
  await page.screenshot({ path: join(SHOTS, lang, `${name}.png`), fullPage: true });
};

/** Fills a form's fields by their names, picking from a list where the field is one. */
async function fill(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`[name="${name}"]`);
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

describe.skipIf(!RUN)('each role through the pages, in each language', () => {
  for (const lang of Object.keys(CASES) as Lang[]) {
    const c = CASES[lang];

    it(`${lang}: a registrar registers a company and a ship, fixes every problem shown, checks the draft, issues it, downloads and acknowledges the agency's copy`, async () => {
      const { reg, base } = servers[lang]!;
      const page = await browse(lang, await reg.sessionFor('registrar', { agency: c.agency }));

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
      // What was typed is still there to correct.
      expect(await page.locator('[name=nameZh]').inputValue()).toBe(c.company.nameZh);
      await fill(page, c.companyMistakes && Object.fromEntries(Object.keys(c.companyMistakes).map((k) => [k, c.company[k]!])));
      await page.locator('form.stack button[type=submit]').click();
      await page.waitForURL(/\/companies\/\d+\?saved=1$/);
      expect(await text(page.locator('.notice.ok'))).not.toBe('');
      const companyId = /\/companies\/(\d+)/.exec(page.url())![1]!;
      await shot(page, lang, 'company');

      // The ship, its ports picked from the list by name in the reader's language.
      await page.goto(`${base}/ships/new`);
      await shot(page, lang, 'ship-form');
      const offered = await page.locator('datalist#port-names option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
      for (const port of c.ports) expect(offered).toContain(port);
      await fill(page, { companyId, ...c.ship, ...c.shipMistakes, 'route.ports.0': c.ports[0]!, 'route.ports.1': c.badPort });
      await page.locator('form.stack button[type=submit]').click();
      const shipProblems = await marked(page);
      expect(Object.keys(shipProblems).sort()).toEqual([...Object.keys(c.shipMistakes), 'route-ports-1'].sort());
      for (const problem of Object.values(shipProblems)) expect(inLanguage(lang, problem), problem).toBe(true);
      expect(shipProblems['route-ports-1']).toContain(c.badPort);
      await fill(page, { ...Object.fromEntries(Object.keys(c.shipMistakes).map((k) => [k, c.ship[k]!])), 'route.ports.1': c.ports[1]! });
      await page.locator('form.stack button[type=submit]').click();
      await page.waitForURL(/\/ships\/\d+\?saved=1$/);
      expect(await text(page.locator('.notice.ok'))).not.toBe('');
      expect(await text(page.locator('h1'))).toContain(c.ship.nameEn);
      await shot(page, lang, 'ship');

      // A plan for it, checked before issuing: the company's alternate number is missing, and its link leads to the field.
      await page.locator('form[action$="/plan"] button[type=submit]').click();
      await page.waitForURL(/\/plans\/\d+$/);
      const planUrl = page.url();
      await page.locator('a[href$="/issue"]').click();
      const missing = page.locator('ul.missing li');
      expect(await missing.count()).toBeGreaterThan(0);
      for (const item of await missing.all()) expect(inLanguage(lang, await item.innerText()), await item.innerText()).toBe(true);
      expect(await page.locator(`ul.missing li a[href="/companies/${companyId}/edit#f-emergencyPhoneAlt"]`).count()).toBe(1);
      await shot(page, lang, 'readiness');
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
      expect(await text(page.locator('p.notice.ok'))).toMatch(lang === 'en' ? /Issued as revision 1 on/ : /已簽發為第 1 修訂版|已签发为第 1 修订版/);
      expect(await page.locator('a[href*="/copies/"][href$="/pdf"], a[download], a[href*="/copies/"]').count()).toBeGreaterThanOrEqual(5);
      await shot(page, lang, 'plan');

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
      await page.context().close();
    });

    it(`${lang}: an operator reads its ships and a plan's copies, and downloads the ship's copy`, async () => {
      const { reg, base } = servers[lang]!;
      const ids = await demoIds(reg.db);
      const company = {
        en: 'Harbour Wing Jetfoil Company Limited',
        'zh-Hant': 'Ho Kong High Speed Ferries Limited',
        'zh-Hans': 'Yuehaitong Passenger Shipping Co., Ltd.',
      }[lang];
      const page = await browse(lang, await reg.sessionFor('operator', { companyId: ids.companyId(company) }), { width: 390, height: 844 });
      await page.waitForURL(`${base}/company`);
      expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
      await shot(page, lang, 'operator');
      // A ship of the company's with a plan in force.
      const ship = await reg.db
        .selectFrom('plan_revisions')
        .innerJoin('plans', 'plans.id', 'plan_revisions.plan_id')
        .innerJoin('vessels', 'vessels.id', 'plans.vessel_id')
        .select('vessels.id')
        .where('vessels.company_id', '=', ids.companyId(company))
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
    });

    it(`${lang}: a coordinator finds a ship by typing a fragment and sees who to call`, async () => {
      const { reg, base } = servers[lang]!;
      const page = await browse(lang, await reg.sessionFor('coordinator', { agency: c.agency }), { width: 390, height: 844 });
      await page.waitForURL(`${base}/search`);
      expect(await page.locator('h1').count()).toBe(1);
      await page.locator('input[name=q]').pressSequentially(c.fragment.typed, { delay: 30 });
      await page.waitForURL(new RegExp(`/search\\?q=${encodeURIComponent(c.fragment.typed)}$`));
      const cards = page.locator('#results article.card');
      expect(await cards.count()).toBeGreaterThan(0);
      expect(await text(cards.first())).toContain(c.fragment.finds);
      // The numbers to call are links that dial.
      expect(await cards.first().locator('a[href^="tel:+"]').count()).toBeGreaterThan(2);
      await shot(page, lang, 'search');
    });

    it(`${lang}: an admin records the Guangdong–Macao signing, the other agency's admin confirms it, and Macao joins`, async () => {
      const { reg, base } = servers[lang]!;
      // The one block still blank on the arrangement's signature page (see the domain notes).
      const confirmer = c.signs.signer === 'GD' ? 'MO' : 'GD';
      const page = await browse(lang, await reg.sessionFor('admin', { agency: c.signs.signer }));
      await page.goto(`${base}/signatures`);
      const form = page.locator('form[action="/signatures/GD-MO"]');
      await form.locator('[name=signedOn]').fill('2026-02-27');
      await form.locator('[name=signatoryA]').fill(c.signs.signatories[0]);
      await form.locator('[name=signatoryB]').fill(c.signs.signatories[1]);
      await form.locator('button[type=submit]').click();
      await page.locator('form[action="/signatures/GD-MO/cancel"]').waitFor();
      await shot(page, lang, 'signatures');
      await page.context().close();
      const other = await browse(lang, await reg.sessionFor('admin', { agency: confirmer }));
      await other.goto(`${base}/signatures`);
      await other.locator('form[action="/signatures/GD-MO/confirm"] input[name=confirm]').check();
      await other.locator('form[action="/signatures/GD-MO/confirm"] button').click();
      await other.locator('form[action="/signatures/GD-MO/confirm"]').waitFor({ state: 'detached' });
      const pair = await reg.db.selectFrom('arrangement_pairs').selectAll().where('agency_a', '=', 'GD').where('agency_b', '=', 'MO').executeTakeFirstOrThrow();
      expect(pair.signed_on).toBe('2026-02-27');
      expect(await other.getByText(c.signs.signatories[1]).count()).toBeGreaterThan(0);
      expect((await arrangementView(reg.db)).members.find((m) => m.agency === 'MO')?.joinedOn).toBe('2026-02-27');
      await other.context().close();
    });
  }
});
