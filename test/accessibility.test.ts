import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextWith, RUN, serveAndLaunch, type Served } from './browser-harness.ts';
import { demoIds } from './helpers.ts';

// Audits of the pages in Chromium: axe-core over the main page of each kind, for each role, in each
// language, and every page at a phone's width. About two seconds a page, so they run with the process
// tests (npm run test:processes; CI runs both), keeping npm test under a minute.
let served: Served;

beforeAll(async () => {
  if (RUN) served = await serveAndLaunch();
}, 60_000);

afterAll(async () => {
  await served?.close();
});

describe.skipIf(!RUN)('accessibility', () => {
  it.each(['zh-Hant', 'zh-Hans', 'en'])('finds no serious or critical violation on the main pages of each role, in %s', async (lang) => {
    const { reg } = served;
    const ids = await demoIds(reg.db);
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477101600')).executeTakeFirstOrThrow()).id;
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const roles: [string, string[]][] = [
      [await reg.sessionFor('coordinator', { agency: 'GD' }), ['/search?q=star']],
      [await reg.sessionFor('registrar', { agency: 'HK' }), [`/ships/${ids.vesselId('477101600')}`, '/ships/new', `/plans/${plan}`, `/plans/${plan}/withdraw`, `/companies/${company}`, '/audit', '/fleet']],
      [await reg.sessionFor('admin', { agency: 'HK' }), ['/people', '/signatures']],
      [await reg.sessionFor('operator', { companyId: company }), ['/company', '/proposals/new']],
    ];
    const found: string[] = [];
    for (const [cookie, paths] of roles) {
      const context = await contextWith(served, cookie, { viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(`${served.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        const { violations, passes } = await new AxeBuilder({ page }).analyze();
        // The rules did run on the page (a page axe could not read would report nothing at all).
        expect(passes.length, path).toBeGreaterThan(10);
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
          found.push(`${lang} ${path}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
      await context.close();
    }
    expect(found).toEqual([]);
  }, 60_000);

  it('fits every page of each role on a 390-pixel phone screen, with no sideways scrolling', async () => {
    const { reg, base } = served;
    const ids = await demoIds(reg.db);
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477101600')).executeTakeFirstOrThrow()).id;
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const roles: [string, string[]][] = [
      [await reg.sessionFor('registrar', { agency: 'HK' }), ['/search?q=star', '/ships', `/ships/${ids.vesselId('477101600')}`, '/ships/new', `/companies/${company}`, '/plans', `/plans/${plan}`, `/plans/${plan}/withdraw`, '/agency', '/proposals', '/audit', '/account', '/fleet']],
      [await reg.sessionFor('admin', { agency: 'HK' }), ['/people', '/signatures']],
      [await reg.sessionFor('operator', { companyId: company }), ['/company', '/proposals/new']],
    ];
    const wide: string[] = [];
    for (const [cookie, paths] of roles) {
      const context = await contextWith(served, cookie, { viewport: { width: 390, height: 844 }, locale: 'en-GB' });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=en`);
        const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        if (width > 390) wide.push(`${path}: ${width}px`);
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  });
});
