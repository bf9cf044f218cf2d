import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import { createFirstAdmin } from '../src/services/accounts.ts';
import { contextWith, RUN, serveAndLaunch, type Served } from './browser-harness.ts';
import { demoIds, type TestRegistry } from './helpers.ts';

// The main flows in the pages, in Debian's Chromium. With SCREENSHOTS_DIR set (npm run screenshots) the
// laid-up ship's card is saved for docs/pages.md (the main pages are saved per language by test/flows.test.ts).
// The accessibility audit runs apart (test/accessibility.test.ts).
const SHOTS = process.env.SCREENSHOTS_DIR;

let served: Served;
let reg: TestRegistry;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!RUN) return;
  served = await serveAndLaunch();
  ({ reg, base, browser } = served);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await served?.close();
});

/** A browser signed in with a page session made for the test (signing in itself is tested below); it lands on its home page. */
async function signIn(cookie: string, lang: 'zh' | 'en' = 'zh'): Promise<Page> {
  const context = await contextWith(served, cookie, {
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
    locale: lang === 'zh' ? 'zh-HK' : 'en-GB',
  });
  const page = await context.newPage();
  await page.goto(`${base}/?lang=${lang}`);
  return page;
}

/** The visible text of an element, once it is there. */
const text = async (locator: ReturnType<Page['locator']>) => {
  await locator.first().waitFor();
  return (await locator.first().innerText()).trim();
};

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

describe.skipIf(!RUN)('in the browser', () => {
  it('a coordinator types a simplified fragment and finds the traditional-named ship, then opens it', async () => {
    const page = await signIn(await reg.sessionFor('coordinator', { agency: 'HK', name: 'Duty coordinator' }));
    await page.waitForURL(`${base}/search`);
    await page.fill('input[name=q]', '澳门');
    await page.press('input[name=q]', 'Enter');
    const card = page.locator('article.card').first();
    expect(await text(card.locator('h2'))).toBe('澳門之星 · Macau Star');
    expect(await card.locator('a.tel').first().getAttribute('href')).toBe('tel:+85328550001');
    // The page's own font is used, so Chinese renders without system fonts.
    expect(await page.evaluate('getComputedStyle(document.querySelector("article.card h2")).fontFamily')).toContain('Noto Sans Hant');
    expect(await page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px \"Noto Sans Hant\"', '澳門'))")).toBe(true);
    await card.locator('h2 a').click();
    await page.waitForURL(/\/ships\/\d+$/);
    expect(await text(page.locator('h1'))).toContain('澳門之星 · Macau Star');
  });

  it("shows a Guangdong plan's simplified names and every control in the registry's own fonts, never a fallback box", async () => {
    const page = await signIn(await reg.sessionFor('registrar', { agency: 'GD', name: '陈伟 Chen Wei' }));
    const ids = await demoIds(reg.db);
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('413800100')).executeTakeFirstOrThrow()).id;
    await page.goto(`${base}/plans/${plan}`);
    expect(await text(page.locator('h1'))).toContain('鹏城');
    await page.evaluate('document.fonts.ready');
    const controls = (await page.evaluate(
      '[...document.querySelectorAll("button, input:not([type=hidden]), select, textarea")].map((e) => getComputedStyle(e).fontFamily)',
    )) as string[];
    expect(controls.length).toBeGreaterThan(5);
    for (const family of controls) expect(family).toMatch(/^"?Noto Sans Hant"?, "?Noto Sans Hans"?/);
    // The simplified-only characters came from the served Noto Sans Hans, loaded because the page needed it.
    const loaded = (await page.evaluate(
      'document.fonts.ready.then(() => [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replaceAll(\'"\', "")))',
    )) as string[];
    expect(loaded).toEqual(expect.arrayContaining(['Noto Sans Hant', 'Noto Sans Hans']));
    expect(await page.evaluate("document.fonts.check('16px \"Noto Sans Hans\"', '鹏城')")).toBe(true);
  });

  it("puts a laid-up Guangdong ship's state first on its incident card, with all three centres' numbers", async () => {
    const ids = await demoIds(reg.db);
    const vessel = ids.vesselId('413800100');
    const gd = await reg.tokenFor('registrar', { agency: 'GD' });
    const etag = (await reg.call('GET', `/api/vessels/${vessel}`, { token: gd })).headers.get('etag')!;
    expect((await reg.call('PATCH', `/api/vessels/${vessel}`, { token: gd, body: { status: 'laid_up' }, headers: { 'If-Match': etag } })).status).toBe(200);
    const page = await signIn(await reg.sessionFor('coordinator', { agency: 'HK', name: 'Duty coordinator' }), 'en');
    await page.goto(`${base}/search?q=413800100`);
    const card = page.locator('article.card').first();
    // The state is the first thing on the card, before the ship's name.
    expect(await card.locator(':scope > *').first().getAttribute('class')).toBe('state');
    expect(await text(card.locator('.state'))).toMatch(/^laid up$/i);
    const centres = card.locator('.call.centre');
    expect(await centres.count()).toBe(3);
    expect([
      await centres.nth(0).getAttribute('data-centre'),
      await centres.nth(1).getAttribute('data-centre'),
      await centres.nth(2).getAttribute('data-centre'),
    ]).toEqual(['GD', 'HK', 'MO']);
    expect(await centres.nth(1).locator('a.tel').getAttribute('href')).toBe('tel:+85222337999');
    expect(await text(card.locator('.ids'))).toContain('Shekou Cruise Centre, Shenzhen – Outer Harbour Ferry Terminal');
    await shot(page, 'card-laid-up');
    await reg.call('PATCH', `/api/vessels/${vessel}`, {
      token: gd,
      body: { status: 'in_service' },
      headers: { 'If-Match': (await reg.call('GET', `/api/vessels/${vessel}`, { token: gd })).headers.get('etag')! },
    });
  });

  it('a registrar issues a plan from its page', async () => {
    const page = await signIn(await reg.sessionFor('registrar', { agency: 'HK', name: 'Registrar, Marine Department' }), 'en');
    const ids = await demoIds(reg.db);
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477202200')).executeTakeFirstOrThrow()).id;
    await page.goto(`${base}/plans/${plan}`);
    expect(await text(page.locator('h1 .badge'))).toBe('Draft');
    await page.fill('textarea[name=medicalNotes]', 'First-aid room on the main deck; AED');
    await page.click('form[action$="/draft"] button[type=submit]');
    await page.waitForURL(/saved=1/);
    expect(await page.locator('textarea[name=medicalNotes]').inputValue()).toBe('First-aid room on the main deck; AED');
    // Issuing goes through its check: nothing missing, a first issue, then the confirmation.
    await page.getByRole('link', { name: 'Check and issue this revision' }).click();
    await page.waitForURL(new RegExp(`/plans/${plan}/issue$`));
    expect(await text(page.locator('p.notice.ok'))).toContain('Every module is complete');
    await page.fill('input[name=summary]', 'First issue');
    await page.click('form[action$="/issue"] button[type=submit]');
    await page.waitForURL(new RegExp(`/plans/${plan}\\?issued=1$`));
    expect(await text(page.locator('p.notice.ok'))).toContain('Issued as revision');
    expect(await text(page.locator('h1 .badge'))).toBe('Current');
    expect(await text(page.locator('table').first())).toContain('Recognised');
    expect(await page.getByRole('link', { name: 'Download' }).count()).toBe(5);
  });

  it('warns a registrar typing a long form five minutes before the idle session ends, keeps it alive on request, and says when it has ended', async () => {
    const context = await contextWith(served, await reg.sessionFor('registrar', { agency: 'HK', name: 'Lee Wing-sze' }), { locale: 'zh-HK' });
    const page = await context.newPage();
    // The browser's clock, moved on by the test: no waiting for real minutes.
    await page.clock.install();
    const ship = (await demoIds(reg.db)).vesselId('477101600');
    await page.goto(`${base}/ships/${ship}/edit?lang=zh-Hant`);
    const warning = page.locator('#session-warning');
    expect(await warning.isHidden()).toBe(true);
    await page.fill('input[name=hullColour]', '白色（船底紅色）');
    await page.clock.fastForward('24:00');
    expect(await warning.isHidden()).toBe(true);
    await page.clock.fastForward('02:00');
    await warning.waitFor({ state: 'visible' });
    expect(await text(warning.locator('.ending'))).toMatch(/^如無任何操作，將於 \d{2}:\d{2} 登出。/);
    // Staying signed in is asked of the server (its last-seen time moves) and the warning goes.
    const seen = async () =>
      (await reg.db.selectFrom('sessions').select('last_seen_at').where('ended_at', 'is', null).orderBy('id', 'desc').executeTakeFirstOrThrow()).last_seen_at;
    const before = await seen();
    const then = reg.clock.now;
    reg.clock.now = new Date(then.getTime() + 26 * 60_000);
    try {
      await page.getByRole('button', { name: '保持登入' }).click();
      await warning.waitFor({ state: 'hidden' });
      expect(await seen()).not.toBe(before);
      // Left alone again past its end, the page says so, and what was typed is still in the field.
      await page.clock.fastForward('31:00');
      await warning.locator('.ended').waitFor({ state: 'visible' });
      expect(await warning.locator('.ending').isHidden()).toBe(true);
      expect(await page.getByRole('button', { name: '保持登入' }).isHidden()).toBe(true);
      expect(await page.locator('input[name=hullColour]').inputValue()).toBe('白色（船底紅色）');
    } finally {
      reg.clock.now = then;
      await context.close();
    }
  });

  it('a registrar sees a refused form field by field, in Chinese', async () => {
    const page = await signIn(await reg.sessionFor('registrar', { agency: 'HK' }), 'zh');
    await page.goto(`${base}/companies/new`);
    await page.fill('input[name=nameZh]', '測試客運');
    await page.fill('input[name=nameEn]', 'Test Ferries');
    await page.fill('input[name=emergencyPhone]', 'call us');
    await page.click('form.stack button[type=submit]');
    expect(await text(page.locator('label.field-error[for=f-emergencyPhone] .error'))).toContain('只可包含');
    expect(await text(page.locator('label.field-error[for=f-addressZh] .error'))).toBe('不可留空');
  });

  it('an operator downloads copy 4 of its own ship', async () => {
    const ids = await demoIds(reg.db);
    const page = await signIn(await reg.sessionFor('operator', { companyId: ids.companyId('Harbour Wing Jetfoil Company Limited') }), 'en');
    await page.waitForURL(`${base}/company`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download 4/5' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^HK-\d{4}-\d{4}-rev\d+-copy4-company\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('an agency admin sets up the account from its link, signs in with password and code, sees the session, signs out, and the old cookie is dead', async () => {
    const made = await createFirstAdmin(reg.db, { agency: 'MO', name: 'Leong Ka-io', email: 'leong.kaio@dsamma.example.mo' }, reg.clock.now);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${base}${made.link}?lang=en`);
    const secret = await text(page.locator('p.help code'));
    const code = () => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: reg.clock.now.getTime() });
    expect(await page.locator('.qr svg').count()).toBe(1);
    await page.fill('input[name=password]', 'typhoon signal number eight');
    await page.fill('input[name=confirm]', 'typhoon signal number eight');
    await page.fill('input[name=code]', code());
    await page.click('button[type=submit]');
    expect(await page.locator('ul.codes li').count()).toBe(10);
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    // Each code is taken once: signing in uses the app's next one.
    reg.clock.now = new Date(reg.clock.now.getTime() + 30_000);
    await page.fill('input[name=email]', 'leong.kaio@dsamma.example.mo');
    await page.fill('input[name=password]', 'typhoon signal number eight');
    await page.fill('input[name=code]', code());
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/search`);
    await page.goto(`${base}/account`);
    expect(await text(page.locator('h1'))).toBe('My account');
    expect(await page.getByText('This device').count()).toBe(1);
    const cookie = (await context.cookies()).find((c) => c.name === 'sar_session');
    expect(cookie).toMatchObject({ name: 'sar_session', httpOnly: true, sameSite: 'Strict' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/signin$/);
    // The cookie the browser had is worth nothing now: the server ended its session.
    const replay = await browser.newContext();
    await replay.addCookies([{ name: cookie!.name, value: cookie!.value, url: base }]);
    const again = await replay.newPage();
    await again.goto(`${base}/account`);
    expect(new URL(again.url()).pathname).toBe('/signin');
    await replay.close();
    await context.close();
  });

  it('saves the incident book from the search page; opened from the file with the network gone, it asks for nothing and filters as one types in either script', async () => {
    const page = await signIn(await reg.sessionFor('coordinator', { agency: 'MO' }), 'en');
    page.setDefaultTimeout(8_000);
    await page.waitForURL(`${base}/search`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'HTML' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^incident-book-\d{4}-\d{2}-\d{2}\.html$/);
    // Kept under its own name (.html), as a person saving it to a USB stick would.
    const file = join(mkdtempSync(join(tmpdir(), 'book-')), download.suggestedFilename());
    await download.saveAs(file);
    const offline = await browser.newContext({ offline: true });
    const book = await offline.newPage();
    book.setDefaultTimeout(8_000);
    const asked: string[] = [];
    book.on('request', (r) => {
      if (!r.url().startsWith('file:')) asked.push(r.url());
    });
    await book.goto(`file://${file}`);
    const all = await book.locator('article').count();
    expect(all).toBeGreaterThan(10);
    await book.locator('#q').pressSequentially('澳門', { delay: 20 });
    const traditional = await book.locator('article:visible').allInnerTexts();
    expect(traditional.length).toBeGreaterThan(0);
    expect(traditional.length).toBeLessThan(all);
    for (const card of traditional) expect(card).toMatch(/澳門|澳门/);
    await book.locator('#q').fill('澳门');
    await book.locator('#q').dispatchEvent('input');
    expect(await book.locator('article:visible').allInnerTexts()).toEqual(traditional);
    await book.locator('#q').fill('4533001');
    await book.locator('#q').dispatchEvent('input');
    expect(await book.locator('article:visible h2').allInnerTexts()).toEqual(['澳門之星 Macau Star']);
    expect(await book.locator('#count').innerText()).toBe(`1 / ${all}`);
    expect(asked).toEqual([]);
    await offline.close();
  });

  it('shows results as the coordinator types, without pressing Enter, and moves through them with the arrow keys', async () => {
    const page = await signIn(await reg.sessionFor('coordinator', { agency: 'MO' }), 'en');
    await page.waitForURL(`${base}/search`);
    await page.locator('input[name=q]').pressSequentially('lotus', { delay: 30 });
    // A slow machine may show the results of "lo" first: the address follows the results shown, so wait for the whole word's.
    await page.waitForURL(/\/search\?q=lotus$/);
    expect(await text(page.locator('#results article.card h2'))).toContain('Lotus');
    expect(await text(page.locator('#results [role=status]'))).toBe('1 ship found');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement.closest("article.card h2") !== null')).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate('document.activeElement.name')).toBe('q');
  });
});
