import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextWith, RUN, serveAndLaunch, type Served } from './browser-harness.ts';
import { demoIds } from './helpers.ts';

// Audits of the pages in Chromium: axe-core over every page of each role, in each language, with no
// violation of any impact allowed, and every page at a phone's width. About two seconds a page, so
// they run with the process tests (npm run test:processes; CI runs both), not in npm test.
let served: Served;

beforeAll(async () => {
  if (RUN) served = await serveAndLaunch();
}, 60_000);

afterAll(async () => {
  await served?.close();
});

/** Every page a role reaches from the menu and the records it shows, in groups short enough for one test each. */
async function pagesOfEachRole(reg: Served['reg']) {
  const ids = await demoIds(reg.db);
  const ship = ids.vesselId('477101600');
  const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
  const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ship).executeTakeFirstOrThrow()).id;
  const proposal = await reg.db
    .selectFrom('proposals')
    .select(['id', 'company_id'])
    .where('record_type', '=', 'vessel')
    .where('home_agency', '=', 'HK')
    .executeTakeFirstOrThrow();
  const registrar = await reg.sessionFor('registrar', { agency: 'HK' });
  const operator = await reg.sessionFor('operator', { companyId: proposal.company_id });
  const operatorShip = (await reg.db.selectFrom('vessels').select('id').where('company_id', '=', proposal.company_id).executeTakeFirstOrThrow()).id;
  return {
    'a person signing in': ['', ['/signin']],
    coordinator: [await reg.sessionFor('coordinator', { agency: 'GD' }), ['/search', '/search?q=star', `/ships/${ship}`, '/incident-book.html', '/account']],
    'a registrar at the ships': [registrar, ['/ships', `/ships/${ship}`, `/ships/${ship}/edit`, '/ships/new', `/ships/${ship}/release`, '/transfers']],
    'a registrar at the companies': [registrar, ['/companies', `/companies/${company}`, `/companies/${company}/edit`, '/companies/new', '/agency']],
    'a registrar at the plans': [registrar, ['/plans', `/plans/${plan}`, `/plans/${plan}/withdraw`, '/proposals', `/proposals/${proposal.id}`]],
    'a registrar at the records': [registrar, ['/audit', '/fleet', '/account']],
    admin: [await reg.sessionFor('admin', { agency: 'HK' }), ['/people', '/signatures', '/webhooks', '/audit']],
    operator: [operator, ['/company', '/proposals', '/proposals/new', `/proposals/${proposal.id}`, `/ships/${operatorShip}`]],
  } satisfies Record<string, [string, string[]]>;
}

describe.skipIf(!RUN)('accessibility', () => {
  const GROUPS = [
    'a person signing in',
    'coordinator',
    'a registrar at the ships',
    'a registrar at the companies',
    'a registrar at the plans',
    'a registrar at the records',
    'admin',
    'operator',
  ] as const;
  it.each(['zh-Hant', 'zh-Hans', 'en'].flatMap((lang) => GROUPS.map((group) => [group, lang] as const)))(
    'finds no violation of any impact on the pages of %s, in %s',
    async (group, lang) => {
      const [cookie, paths] = (await pagesOfEachRole(served.reg))[group];
      const found: string[] = [];
      const context = cookie ? await contextWith(served, cookie, { viewport: { width: 1200, height: 900 } }) : await served.browser.newContext();
      const page = await context.newPage();
      for (const path of paths) {
        const url = `${served.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
        if (path.endsWith('.html')) {
          // The incident book comes as a download, to be opened offline: audited as the file it is.
          const file = await page.request.get(url);
          expect(file.status(), path).toBe(200);
          await page.setContent(await file.text());
        } else {
          const response = await page.goto(url);
          // The page itself, not a refusal or the sign-in page it would send an unknown person to.
          expect(response?.status(), path).toBe(200);
          expect(new URL(page.url()).pathname, path).toBe(path.split('?')[0]);
        }
        const { violations, passes } = await new AxeBuilder({ page }).analyze();
        // The rules did run on the page (a page axe could not read would report nothing at all).
        expect(passes.length, path).toBeGreaterThan(10);
        for (const v of violations) {
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
    30_000,
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
