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
  // One test a role and a language, so that none runs long: the registrar's seven pages take some fifteen seconds.
  const ROLES = ['coordinator', 'registrar', 'admin', 'operator'] as const;
  it.each(['zh-Hant', 'zh-Hans', 'en'].flatMap((lang) => ROLES.map((role) => [role, lang] as const)))(
    'finds no serious or critical violation on the %s pages, in %s',
    async (role, lang) => {
      const { reg } = served;
      const ids = await demoIds(reg.db);
      const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477101600')).executeTakeFirstOrThrow()).id;
      const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
      const pages: Record<(typeof ROLES)[number], [string, string[]]> = {
        coordinator: [await reg.sessionFor('coordinator', { agency: 'GD' }), ['/search?q=star']],
        registrar: [
          await reg.sessionFor('registrar', { agency: 'HK' }),
          [`/ships/${ids.vesselId('477101600')}`, '/ships/new', `/plans/${plan}`, `/plans/${plan}/withdraw`, `/companies/${company}`, '/audit', '/fleet'],
        ],
        admin: [await reg.sessionFor('admin', { agency: 'HK' }), ['/people', '/signatures', '/webhooks']],
        operator: [await reg.sessionFor('operator', { companyId: company }), ['/company', '/proposals/new']],
      };
      const [cookie, paths] = pages[role];
      const found: string[] = [];
      const context = await contextWith(served, cookie, { viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(`${served.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        const { violations, passes } = await new AxeBuilder({ page }).analyze();
        // The rules did run on the page (a page axe could not read would report nothing at all).
        expect(passes.length, path).toBeGreaterThan(10);
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
          found.push(
            `${lang} ${path}: ${v.id} (${v.impact}) at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
        }
      }
      await context.close();
      expect(found).toEqual([]);
    },
    60_000,
  );

  it('fits every page of each role on a 390-pixel phone screen, with no sideways scrolling', async () => {
    const { reg, base } = served;
    const ids = await demoIds(reg.db);
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477101600')).executeTakeFirstOrThrow()).id;
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const roles: [string, string[]][] = [
      [
        await reg.sessionFor('registrar', { agency: 'HK' }),
        [
          '/search?q=star',
          '/ships',
          `/ships/${ids.vesselId('477101600')}`,
          '/ships/new',
          `/companies/${company}`,
          '/plans',
          `/plans/${plan}`,
          `/plans/${plan}/withdraw`,
          '/agency',
          '/proposals',
          '/audit',
          '/account',
          '/fleet',
        ],
      ],
      [await reg.sessionFor('admin', { agency: 'HK' }), ['/people', '/signatures', '/webhooks']],
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
