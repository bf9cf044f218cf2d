import { inject } from 'vitest';
import { renderCopy } from '../src/pdf/plan-document.ts';
import { openFrom, TEST_PUBLIC_URL } from './engine.ts';
import { readFileSync } from 'node:fs';

// Each test thread renders copies in place (test/helpers.ts). Its PDF machinery, the fonts and the code
// paths of a first rendering warm up here, once per thread before its first file, by rendering one
// Traditional and one Simplified copy of the demo: not inside whichever test happens to issue first.
const warmed = globalThis as { sarPdfWarm?: Promise<void> };
warmed.sarPdfWarm ??= (async () => {
  const demo = inject('demoStart');
  const db = await openFrom(demo.template ? { template: demo.template } : { image: readFileSync(demo.file!) });
  const rows = await db
    .selectFrom('plans')
    .innerJoin('plan_revisions', 'plan_revisions.plan_id', 'plans.id')
    .select(['plans.home_agency', 'plan_revisions.snapshot'])
    .where('plan_revisions.state', '=', 'issued')
    .execute();
  for (const agency of ['HK', 'GD']) {
    const row = rows.find((r) => r.home_agency === agency);
    if (row?.snapshot) await renderCopy(JSON.parse(row.snapshot), 1, { verifyBase: TEST_PUBLIC_URL });
  }
  await db.destroy();
})();
await warmed.sarPdfWarm;
