import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../src/reference/agencies.ts';
import { longPlan } from '../fixtures/long-plan.ts';
import { runCli } from '../src/cli.ts';
import { renderCopy } from '../src/pdf/plan-document.ts';
import { renderStoredCopyAgain } from '../src/services/plan-issuing.ts';
import { getRevision } from '../src/store/plans.ts';
import { TEST_PUBLIC_URL } from './engine.ts';
import { demoIds, json, testRegistry } from './helpers.ts';
import { pdfTextPages as pdfPages } from './pdf-text.ts';

async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const planOf = async (mmsi: string) =>
    (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId(mmsi)).executeTakeFirstOrThrow()).id;
  const hk = await reg.tokenFor('registrar', { agency: 'HK', name: 'HK registrar' });
  const download = (plan: number, rev: number, n: number, token: string) => reg.call('GET', `/api/plans/${plan}/revisions/${rev}/copies/${n}`, { token });
  const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
  return { ...reg, ids, planOf, hk, download, bytesOf };
}

describe('the five controlled copies of an issued revision', () => {
  it('each name their holder, "N of 5", all three agencies in both languages and the record of amendments', async () => {
    const { planOf, hk, download, bytesOf } = await setup();
    // Phoenix Wing's plan has two revisions in the demo.
    const plan = await planOf('477101600');
    const holders = [
      ['廣東省海上搜救中心', 'Guangdong Maritime Search and Rescue Centre'],
      ['香港海上救援協調中心', 'Maritime Rescue Co-ordination Centre Hong Kong'],
      ['澳門海事及水務局', 'Marine and Water Bureau, Macao'],
      ['港澳飛翼船務有限公司', 'Harbour Wing Jetfoil Company Limited'],
      ['船舶「鳳凰飛翼」', 'The ship Phoenix Wing'],
    ];
    for (let n = 1; n <= 5; n++) {
      const res = await download(plan, 2, n, hk);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pages = await pdfPages(await bytesOf(res));
      const text = pages.join('\n');
      const [zh, en] = holders[n - 1]!;
      expect(pages[0]).toContain(`受控副本 第 ${n} 份，共 5 份`);
      expect(pages[0]).toContain(`Controlled copy ${n} of 5`);
      expect(pages[0]).toContain(`持有人 Holder: ${zh}`);
      expect(pages[0]).toContain(en);
      // On every page: plan number, revision, copy and holder, page X of Y.
      pages.forEach((page, i) => {
        expect(page).toMatch(/HK-\d{4}-\d{4}/);
        expect(page).toContain('Rev. 2');
        expect(page).toContain(`Controlled copy ${n}/5 – ${en}`);
        expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      // Module 3: every agency, in both languages, with its contacts.
      for (const agency of AGENCIES) {
        expect(text).toContain(agency.nameZh);
        expect(text).toContain(agency.nameEn);
        expect(text).toContain(agency.rcc.phone24h!);
        expect(text).toContain(agency.rcc.dscMmsi!);
      }
      expect(text).toContain('模組三 救援協調中心');
      expect(text).toContain('Module 3 · Rescue co-ordination centres');
      // The record of amendments: both revisions.
      expect(text).toContain('修訂紀錄');
      expect(text).toContain('First issue');
      expect(text).toContain('Communications notes: bridge mobile');
      expect(text).toMatch(/一般修訂\s*Minor/);
      // The recognition statement as at issue: Guangdong recognises, Macao pending.
      expect(text).toContain('互認聲明');
      expect(text).toMatch(/已認可\s*Recognised/);
      expect(text).toMatch(/待簽署\s*Pending signature/);
    }
  });

  it('mark this copy in the distribution list', async () => {
    const { planOf, hk, download, bytesOf } = await setup();
    const pages = await pdfPages(await bytesOf(await download(await planOf('477101500'), 1, 3, hk)));
    const list = pages.find((p) => p.includes('Distribution list'))!;
    expect(list.match(/本副本/g)).toHaveLength(1);
    expect(list.slice(list.indexOf('3 / 5'))).toMatch(
      /^3 \/ 5\s*澳門海事及水務局\s*Marine and Water Bureau, Macao\s*救援協調中心值班室\s*The RCC duty room\s*本副本/,
    );
  });

  it('render byte for byte the same again, as stored', async () => {
    const { db, planOf, tokenFor, download, bytesOf } = await setup();
    const mo = await tokenFor('registrar', { agency: 'MO' });
    const plan = await planOf('453300100');
    for (const n of [1, 4]) {
      const stored = await bytesOf(await download(plan, 1, n, mo));
      const again = await renderStoredCopyAgain(db, plan, 1, n);
      const twice = await renderStoredCopyAgain(db, plan, 1, n);
      expect(Buffer.from(again).equals(Buffer.from(twice))).toBe(true);
      expect(Buffer.from(again).equals(Buffer.from(stored))).toBe(true);
    }
  });

  it('come with a useful file name and are listed with checksums and sizes', async () => {
    const { planOf, hk, download, call } = await setup();
    const plan = await planOf('477101500');
    const res = await download(plan, 1, 4, hk);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="HK-\d{4}-\d{4}-rev1-copy4-company\.pdf"$/);
    const list = await json(await call('GET', `/api/plans/${plan}/revisions/1/copies`, { token: hk }));
    expect(list.copies.map((c: { number: number; holder: string }) => [c.number, c.holder])).toEqual([
      [1, 'GD'],
      [2, 'HK'],
      [3, 'MO'],
      [4, 'company'],
      [5, 'ship'],
    ]);
    for (const c of list.copies) {
      expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(c.size).toBeGreaterThan(10_000);
      expect(c.state).toBe('current');
    }
  });
});

describe('who may download which copy', () => {
  // Golden Dragon Wing: a Hong Kong plan of Harbour Wing.
  const CASES: [string, (r: Awaited<ReturnType<typeof setup>>) => Promise<string>, number[]][] = [
    ['registrar of the home agency (HK)', (r) => r.tokenFor('registrar', { agency: 'HK' }), [1, 2, 3, 4, 5]],
    ['registrar of Guangdong', (r) => r.tokenFor('registrar', { agency: 'GD' }), [1]],
    ['coordinator of Macao', (r) => r.tokenFor('coordinator', { agency: 'MO' }), [3]],
    ['coordinator of Hong Kong', (r) => r.tokenFor('coordinator', { agency: 'HK' }), [2]],
    ["the plan's operator", async (r) => r.tokenFor('operator', { companyId: r.ids.companyId('Harbour Wing Jetfoil Company Limited') }), [4, 5]],
    ['another operator', async (r) => r.tokenFor('operator', { companyId: r.ids.companyId('Ho Kong High Speed Ferries Limited') }), []],
    ['admin', (r) => r.tokenFor('admin'), []],
  ];
  it.each(CASES)('%s', async (_who, token, allowed) => {
    const reg = await setup();
    const t = await token(reg);
    const plan = await reg.planOf('477101500');
    const statuses = await Promise.all([1, 2, 3, 4, 5].map(async (n) => (await reg.download(plan, 1, n, t)).status));
    expect(statuses).toEqual([1, 2, 3, 4, 5].map((n) => (allowed.includes(n) ? 200 : 403)));
  });

  it('no token: 401', async () => {
    const reg = await setup();
    expect((await reg.call('GET', `/api/plans/${await reg.planOf('477101500')}/revisions/1/copies/1`)).status).toBe(401);
  });
});

describe('acknowledgement and superseding', () => {
  it('holders acknowledge their own copies; a new revision supersedes the old copies and shows who has not acknowledged it', async () => {
    const { call, planOf, hk, tokenFor, ids } = await setup();
    const plan = await planOf('477101700');
    const gdCoordinator = await tokenFor('coordinator', { agency: 'GD', name: 'GD duty coordinator' });
    const operator = await tokenFor('operator', { companyId: ids.companyId('Harbour Wing Jetfoil Company Limited') });
    const ack = (n: number, token: string, rev = 1) => call('POST', `/api/plans/${plan}/revisions/${rev}/copies/${n}/acknowledgement`, { token });

    expect((await ack(1, gdCoordinator)).status).toBe(201);
    expect((await ack(1, gdCoordinator)).status).toBe(200);
    expect((await ack(2, gdCoordinator)).status).toBe(403);
    expect((await ack(4, operator)).status).toBe(201);
    expect((await ack(5, operator)).status).toBe(201);
    const first = await json(await call('GET', `/api/plans/${plan}/revisions/1/copies`, { token: hk }));
    expect(first.unacknowledged).toEqual([2, 3]);
    expect(first.copies[0]).toMatchObject({ acknowledgedBy: 'GD duty coordinator (GD)' });

    // Revision 2.
    const etag = (await call('GET', `/api/plans/${plan}`, { token: hk })).headers.get('etag')!;
    const opened = await call('POST', `/api/plans/${plan}/draft`, { token: hk, headers: { 'If-Match': etag } });
    const issued = await call('POST', `/api/plans/${plan}/issue`, {
      token: hk,
      body: { change: 'minor', summary: 'Telephone numbers checked' },
      headers: { 'If-Match': opened.headers.get('etag')! },
    });
    expect(issued.status).toBe(200);

    const old = await json(await call('GET', `/api/plans/${plan}/revisions/1/copies`, { token: hk }));
    expect(old).toMatchObject({ state: 'superseded', supersededBy: 2 });
    expect(old.copies).toHaveLength(5);
    expect(old.copies.every((c: { state: string }) => c.state === 'superseded')).toBe(true);
    expect((await ack(2, await tokenFor('coordinator', { agency: 'HK' }))).status).toBe(409);

    const current = await json(await call('GET', `/api/plans/${plan}/revisions/2/copies`, { token: hk }));
    expect(current).toMatchObject({ state: 'issued', supersededBy: null, unacknowledged: [1, 2, 3, 4, 5] });
    expect((await ack(1, gdCoordinator, 2)).status).toBe(201);
    expect((await json(await call('GET', `/api/plans/${plan}/revisions/2/copies`, { token: hk }))).unacknowledged).toEqual([2, 3, 4, 5]);
  });
});

describe('verification', () => {
  async function verifyPdf(call: Awaited<ReturnType<typeof setup>>['call'], pdf: Uint8Array) {
    return json(await call('POST', '/api/verify', { raw: pdf, headers: { 'Content-Type': 'application/pdf' } }));
  }

  it('a genuine copy: which plan, revision, copy and holder, and that it is current; no token needed', async () => {
    const { call, planOf, tokenFor, download, bytesOf } = await setup();
    const plan = await planOf('453300100');
    const pdf = await bytesOf(await download(plan, 1, 5, await tokenFor('registrar', { agency: 'MO' })));
    expect(await verifyPdf(call, pdf)).toEqual({
      genuine: true,
      planNumber: expect.stringMatching(/^MO-\d{4}-\d{4}$/),
      revision: 1,
      copyNumber: 5,
      holderNameZh: '船舶「澳門之星」',
      holderNameEn: 'The ship Macau Star',
      status: 'current',
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      supersededBy: null,
      withdrawnOn: null,
      // The current state, whatever the copy printed at issue: Macao has not signed its block yet.
      recognitions: [
        { agency: 'GD', status: 'pending', since: null, until: null },
        { agency: 'HK', status: 'pending', since: null, until: null },
      ],
    });
  });

  it('a modified copy is not genuine and nothing is disclosed', async () => {
    const { call, planOf, hk, download, bytesOf } = await setup();
    const pdf = await bytesOf(await download(await planOf('477101500'), 1, 2, hk));
    const altered = new Uint8Array(pdf);
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0xff;
    expect(await verifyPdf(call, altered)).toEqual({ genuine: false });
  });

  it('a superseded copy says so, by upload, by SHA-256 and by the code printed on its pages', async () => {
    const { call, planOf, hk, download, bytesOf } = await setup();
    const plan = await planOf('477101600');
    const pdf = await bytesOf(await download(plan, 1, 2, hk));
    expect(await verifyPdf(call, pdf)).toMatchObject({ genuine: true, revision: 1, status: 'superseded' });

    const list = await json(await call('GET', `/api/plans/${plan}/revisions/1/copies`, { token: hk }));
    const bySha = await json(await call('POST', '/api/verify', { body: { sha256: list.copies[1].sha256.toUpperCase() } }));
    expect(bySha).toMatchObject({ genuine: true, copyNumber: 2, status: 'superseded' });

    const code = /Verification code: ([0-9A-F-]{19})/.exec((await pdfPages(pdf))[0]!)![1]!;
    const byCode = await json(await call('POST', '/api/verify', { body: { code: code.toLowerCase().replaceAll('-', '') } }));
    expect(byCode).toMatchObject({ genuine: true, copyNumber: 2, revision: 1, status: 'superseded' });
  });

  it('refuses a request that carries nothing to check, naming the problem', async () => {
    const { call } = await setup();
    const res = await call('POST', '/api/verify', { body: { sha256: 'abc' } });
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0].field).toBe('sha256');
  });

  it('works from the command line', async () => {
    const { db, planOf, hk, download, bytesOf } = await setup();
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const file = join(dir, 'copy.pdf');
    writeFileSync(file, await bytesOf(await download(await planOf('477101600'), 2, 4, hk)));
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), now: () => new Date() };
    expect(await runCli(['verify', file], db, io)).toBe(0);
    expect(lines[0]).toMatch(/^SIGNATURE VALID: signed by C=HK, O=香港海上救援協調中心, CN=Maritime Rescue Co-ordination Centre Hong Kong; unchanged since/);
    expect(lines[1]).toMatch(
      /^GENUINE: plan HK-\d{4}-\d{4}, revision 2, controlled copy 4 of 5, held by Harbour Wing Jetfoil Company Limited \(港澳飛翼船務有限公司\); CURRENT$/,
    );
    writeFileSync(file, 'not a pdf');
    expect(await runCli(['verify', file], db, io)).toBe(1);
  });
});

describe('issuing', () => {
  it('stores five copies with the revision, each under 300 KB', async () => {
    const { db } = await setup();
    const rows = await db.selectFrom('copies').select(['revision_id', 'size']).execute();
    const issued = await db.selectFrom('plan_revisions').select('id').where('state', '!=', 'draft').execute();
    for (const r of issued) expect(rows.filter((c) => c.revision_id === r.id)).toHaveLength(5);
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.max(...rows.map((r) => r.size))).toBeLessThan(300 * 1024);
  });
});

describe('a plan at the limits of the forms', () => {
  it('prints every long name in full, repeats table headers on new pages and numbers every page', async () => {
    const { db, planOf } = await setup();
    const base = (await getRevision(db, await planOf('477101500'), 1))!.snapshot!;
    const plan = longPlan(base);
    const pages = await pdfPages(await renderCopy(plan, 4, { verifyBase: TEST_PUBLIC_URL }));
    const text = pages.join('\n').replace(/\n/g, ' ');
    expect(text).toContain(plan.company.nameZh);
    expect(text).toContain(
      'Guangdong–Hong Kong–Macao Greater Bay Area Cross-boundary High Speed Passenger Ferry Joint Operations Company Limited'.split(' ').slice(0, 6).join(' '),
    );
    for (const port of plan.routePorts) expect(text).toContain(port.nameEn);
    const exerciseHeaders = pages.filter((p) => p.includes('Lessons learned')).length;
    expect(exerciseHeaders).toBeGreaterThan(1);
    for (const [i, p] of pages.entries()) expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
  });
});
