import { describe, expect, it } from 'vitest';
import type { Who } from '../src/domain/access.ts';
import { openRevision } from '../src/services/plan-drafting.ts';
import { issuePlan } from '../src/services/plan-issuing.ts';
import { listPlans } from '../src/store/plans.ts';
import { TEST_ENGINE, testRegistry } from './helpers.ts';

// The counters are the process's own and test files share their thread, so each check reads a counter
// before and after what it does.
const sample = (text: string, series: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
};

describe('/metrics', () => {
  it('answers only an agency admin, in Prometheus text format', async () => {
    const { call, tokenFor } = await testRegistry();
    expect((await call('GET', '/metrics')).status).toBe(401);
    const coordinator = await tokenFor('coordinator', { agency: 'HK' });
    const refused = await call('GET', '/metrics', { token: coordinator });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    const res = await call('GET', '/metrics', { token: await tokenFor('admin', { agency: 'MO' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE registry_http_requests_total counter');
    expect(text).toContain('# TYPE registry_http_request_duration_seconds histogram');
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('counts lookups by route pattern and status, issues by agency, and reads the audit chain and caches when scraped', async () => {
    const { call, tokenFor, db } = await testRegistry();
    const admin = await tokenFor('admin', { agency: 'HK' });
    const coordinator = await tokenFor('coordinator', { agency: 'GD' });
    const scrape = async () => (await call('GET', '/metrics', { token: admin })).text();
    const lookups = 'registry_http_requests_total{method="GET",route="/api/lookup",status="200"}';
    const issued = 'registry_plans_issued_total{agency="HK"}';
    const before = await scrape();
    for (const q of ['澳门', '477101500', 'vrjf7'])
      expect((await call('GET', `/api/lookup?q=${encodeURIComponent(q)}`, { token: coordinator })).status).toBe(200);
    // A Hong Kong registrar issues a minor revision of one of its plans.
    const who: Who = { principal: { id: null, name: 'Registrar, Marine Department', role: 'registrar', agency: 'HK', companyId: null }, requestId: null };
    const plan = (await listPlans(db, { homeAgency: 'HK', status: 'issued' })).items[0]!;
    const draft = await openRevision(db, who, plan.id, 'any', new Date());
    await issuePlan(db, who, plan.id, draft.version, { change: 'minor', summary: 'Fax number of the company updated' }, new Date());
    const after = await scrape();
    expect(sample(after, lookups) - sample(before, lookups)).toBe(3);
    expect(sample(after, issued) - sample(before, issued)).toBe(1);
    expect(sample(after, 'registry_copy_render_seconds_count')).toBeGreaterThan(0);
    const chain = Number(
      (
        await db
          .selectFrom('audit_chain')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(sample(after, 'registry_audit_chain_length')).toBe(chain);
    expect(after).toMatch(/^registry_render_queue_depth \d+$/m);
    expect(sample(after, 'registry_cache_lookups{cache="incident cards",result="miss"}')).toBeGreaterThan(0);
    // The read model: every ship in its index, and the cards the lookups above made kept ready for the day.
    const indexed = Number(
      (
        await db
          .selectFrom('vessel_search')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(sample(after, 'registry_read_model{of="ships"}')).toBe(indexed);
    expect(sample(after, 'registry_read_model{of="cards"}')).toBeGreaterThan(0);
    // PostgreSQL's pool: the scrape itself holds a connection; none waits.
    if (TEST_ENGINE === 'postgres') {
      expect(sample(after, 'registry_db_connections{state="total"}')).toBeGreaterThan(0);
      expect(sample(after, 'registry_db_connections{state="waiting"}')).toBe(0);
    }
  });
});
