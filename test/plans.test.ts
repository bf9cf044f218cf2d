import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addMonths, nextExerciseDue, requiredExerciseClash, staleFields, sourcesOf } from '../src/domain/plan.ts';
import { recognitionFor, type ArrangementPair } from '../src/domain/recognition.ts';
import { saidProblems, demoIds, json, testRegistry } from './helpers.ts';
import { pdfText } from './pdf-text.ts';

async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const hk = await reg.tokenFor('registrar', { agency: 'HK', name: 'HK registrar' });
  const mo = await reg.tokenFor('registrar', { agency: 'MO', name: 'MO registrar' });
  const admin = await reg.tokenFor('admin', { name: 'Administrator' });
  /** Opens the plan of Hoi Fung (a Hong Kong ship with no plan in the demo) and returns its id and ETag. */
  const openHoiFung = async () => {
    const res = await reg.call('POST', '/api/plans', { token: hk, body: { vesselId: ids.vesselId('477202300') } });
    expect(res.status).toBe(201);
    return { id: (await json(res)).id as number, etag: res.headers.get('etag')! };
  };
  const etagOf = async (path: string, token = hk) => (await reg.call('GET', path, { token })).headers.get('etag')!;
  return { ...reg, ids, hk, mo, admin, openHoiFung, etagOf };
}

describe('opening a plan', () => {
  it('numbers it by area and year and prefills the draft from the vessel record', async () => {
    const { call, hk, ids, clock } = await setup();
    clock.now = new Date('2026-11-25T02:00:00Z');
    const res = await call('POST', '/api/plans', { token: hk, body: { vesselId: ids.vesselId('477202300') } });
    const plan = await json(res);
    expect(plan.planNumber).toMatch(/^HK-2026-\d{4}$/);
    expect(plan).toMatchObject({ status: 'draft', current: null, homeAgency: 'HK', vessel: { nameEn: 'Hoi Fung' } });
    expect(plan.draft.revision).toBe(1);
    expect(plan.draft.content.routeNotes).toContain('屯門客運碼頭 – 外港客運碼頭');
    expect(plan.draft.content.routeNotes).toContain('Tuen Mun Ferry Terminal – Outer Harbour Ferry Terminal; about 4 sailings a day');
  });

  it('gives a ship one plan only', async () => {
    const { call, hk, ids } = await setup();
    const res = await call('POST', '/api/plans', { token: hk, body: { vesselId: ids.vesselId('477101500') } });
    expect(res.status).toBe(409);
    expect((await json(res)).detail).toMatch(/Golden Dragon Wing already has plan HK-\d{4}-\d{4}/);
  });

  it('is for the home registrar only', async () => {
    const { call, mo, ids } = await setup();
    const res = await call('POST', '/api/plans', { token: mo, body: { vesselId: ids.vesselId('477202300') } });
    expect(res.status).toBe(403);
  });
});

describe('issuing', () => {
  it("is refused while Macao's Module 3 block is incomplete, listing every missing item, then accepted once completed", async () => {
    const { call, hk, mo, openHoiFung, etagOf, db } = await setup();
    const { id } = await openHoiFung();

    // Macao's registrar blanks two items of its RCC block.
    const macao = await json(await call('GET', '/api/agencies/MO', { token: mo }));
    const incomplete = { ...macao.rcc, phone24h: null, coordinationProcedureEn: null };
    const put = await call('PUT', '/api/agencies/MO/rcc', { token: mo, body: incomplete, headers: { 'If-Match': await etagOf('/api/agencies/MO', mo) } });
    expect(put.status).toBe(200);
    expect(await json(put)).toMatchObject({ rccComplete: false, rccMissing: ['phone24h', 'coordinationProcedureEn'] });

    const refused = await call('POST', `/api/plans/${id}/issue`, {
      token: hk,
      body: { change: 'major', summary: 'First issue' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`) },
    });
    expect(refused.status).toBe(422);
    expect(saidProblems((await json(refused)).errors)).toEqual([
      { field: 'agencies.MO.rcc.phone24h', message: 'Module 3: Macao: 24-hour telephone is missing' },
      { field: 'agencies.MO.rcc.coordinationProcedureEn', message: 'Module 3: Macao: co-ordination procedure (English) is missing' },
    ]);
    const draftStill = await db.selectFrom('plan_revisions').select('state').where('plan_id', '=', id).execute();
    expect(draftStill.map((r) => r.state)).toEqual(['draft']);

    await call('PUT', '/api/agencies/MO/rcc', { token: mo, body: macao.rcc, headers: { 'If-Match': await etagOf('/api/agencies/MO', mo) } });
    const issued = await call('POST', `/api/plans/${id}/issue`, {
      token: hk,
      body: { change: 'major', summary: 'First issue' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`) },
    });
    expect(issued.status).toBe(200);
    const plan = await json(issued);
    expect(plan).toMatchObject({ status: 'issued', draft: null, current: { revision: 1, change: 'major', summary: 'First issue' } });
    expect(plan.amendments).toEqual([{ revision: 1, issuedOn: plan.current.issuedOn, change: 'major', summary: 'First issue', issuedBy: 'HK registrar (HK)' }]);

    // The snapshot holds all three agencies' blocks as they stood.
    const rev = await json(await call('GET', `/api/plans/${id}/revisions/1`, { token: hk }));
    expect(rev.snapshot.agencies.map((a: { code: string }) => a.code)).toEqual(['GD', 'HK', 'MO']);
    expect(rev.snapshot.agencies[2].rcc.phone24h).toBe('+853 2872 6766');
  });

  it('lists missing company and ship items too', async () => {
    const { call, tokenFor, ids, etagOf } = await setup();
    const gd = await tokenFor('registrar', { agency: 'GD' });
    // Shun Tak Star's company has no alternate 24-hour line: its demo draft cannot be issued.
    const plans = await json(await call('GET', `/api/plans?vesselId=${ids.vesselId('414200100')}`, { token: gd }));
    const id = plans.items[0].id;
    const res = await call('POST', `/api/plans/${id}/issue`, {
      token: gd,
      body: { change: 'major', summary: 'First issue' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`, gd) },
    });
    expect(res.status).toBe(422);
    expect((await json(res)).errors.map((e: { field: string }) => e.field)).toEqual(['company.emergencyPhoneAlt']);
  });

  it('supersedes the previous revision, and an issued revision can never change', async () => {
    const { call, hk, openHoiFung, etagOf, db } = await setup();
    const { id } = await openHoiFung();
    const issue = async (summary: string, change = 'major') =>
      call('POST', `/api/plans/${id}/issue`, { token: hk, body: { change, summary }, headers: { 'If-Match': await etagOf(`/api/plans/${id}`) } });
    expect((await issue('First issue')).status).toBe(200);

    // No draft is open: the issued revision is not editable.
    const edit = await call('PATCH', `/api/plans/${id}/draft`, {
      token: hk,
      body: { medicalNotes: 'AED on the main deck' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`) },
    });
    expect(edit.status).toBe(409);
    expect((await json(edit)).detail).toMatch(/an issued revision never changes/);
    // Nor can anything below the API rewrite it.
    await expect(sql`update plan_revisions set summary = 'rewritten' where plan_id = ${id} and revision = 1`.execute(db)).rejects.toThrow(
      /issued revision cannot be changed/,
    );

    const opened = await call('POST', `/api/plans/${id}/draft`, { token: hk, headers: { 'If-Match': await etagOf(`/api/plans/${id}`) } });
    expect(opened.status).toBe(201);
    const edited = await call('PATCH', `/api/plans/${id}/draft`, {
      token: hk,
      body: { medicalNotes: 'AED on the main deck' },
      headers: { 'If-Match': opened.headers.get('etag')! },
    });
    expect((await json(edited)).draft).toMatchObject({ revision: 2, content: { medicalNotes: 'AED on the main deck' } });
    expect((await issue('Medical notes', 'minor')).status).toBe(200);

    const revisions = await db.selectFrom('plan_revisions').select(['revision', 'state']).where('plan_id', '=', id).orderBy('revision').execute();
    expect(revisions).toEqual([
      { revision: 1, state: 'superseded' },
      { revision: 2, state: 'issued' },
    ]);
    const plan = await json(await call('GET', `/api/plans/${id}`, { token: hk }));
    expect(plan.amendments.map((a: { revision: number; change: string; summary: string }) => [a.revision, a.change, a.summary])).toEqual([
      [1, 'major', 'First issue'],
      [2, 'minor', 'Medical notes'],
    ]);
    const first = await json(await call('GET', `/api/plans/${id}/revisions/1`, { token: hk }));
    expect(first.state).toBe('superseded');
    expect(first.content.medicalNotes).not.toBe('AED on the main deck');
  });

  it('needs the current ETag', async () => {
    const { call, hk, openHoiFung } = await setup();
    const { id, etag } = await openHoiFung();
    const body = { routeNotes: 'Tuen Mun – Macao Outer Harbour, 4 sailings' };
    expect((await call('PATCH', `/api/plans/${id}/draft`, { token: hk, body })).status).toBe(428);
    expect((await call('PATCH', `/api/plans/${id}/draft`, { token: hk, body, headers: { 'If-Match': etag } })).status).toBe(200);
    expect((await call('PATCH', `/api/plans/${id}/draft`, { token: hk, body, headers: { 'If-Match': etag } })).status).toBe(412);
  });

  it('is refused after withdrawal', async () => {
    const { call, hk, openHoiFung, etagOf } = await setup();
    const { id, etag } = await openHoiFung();
    const withdrawn = await call('POST', `/api/plans/${id}/withdraw`, { token: hk, body: { reason: 'Ship sold' }, headers: { 'If-Match': etag } });
    expect(await json(withdrawn)).toMatchObject({ status: 'withdrawn', withdrawn: { reason: 'Ship sold' } });
    const res = await call('POST', `/api/plans/${id}/issue`, {
      token: hk,
      body: { change: 'major', summary: 'x' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`) },
    });
    expect(res.status).toBe(409);
  });
});

describe('staleness', () => {
  it('a changed company phone marks the plan out of date, naming the field', async () => {
    const { call, hk, ids, etagOf } = await setup();
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const stalePlans = async () =>
      (await json(await call('GET', '/api/plans?stale=true', { token: hk }))).items.map((p: { vessel: { nameEn: string } }) => p.vessel.nameEn);
    const before = await stalePlans();
    expect(before).not.toContain('Golden Dragon Wing');

    await call('PATCH', `/api/companies/${company}`, {
      token: hk,
      body: { emergencyPhone: '+852 2859 9999' },
      headers: { 'If-Match': await etagOf(`/api/companies/${company}`) },
    });
    const plans = await json(await call('GET', '/api/plans?stale=true', { token: hk }));
    const golden = plans.items.find((p: { vessel: { nameEn: string } }) => p.vessel.nameEn === 'Golden Dragon Wing');
    expect(golden).toMatchObject({ stale: true, staleFields: ['company.emergencyPhone'] });
    // Every plan of the company's ships is out of date, none of other companies'.
    expect((await stalePlans()).sort()).toEqual([...before, 'Golden Dragon Wing', 'Phoenix Wing', 'Sea Gull'].sort());
  });

  it('an agency block change marks every issued plan out of date', async () => {
    const { call, mo, hk, etagOf } = await setup();
    const macao = await json(await call('GET', '/api/agencies/MO', { token: mo }));
    await call('PUT', '/api/agencies/MO/rcc', {
      token: mo,
      body: { ...macao.rcc, fax: '+853 2851 1111' },
      headers: { 'If-Match': await etagOf('/api/agencies/MO', mo) },
    });
    const fresh = await json(await call('GET', '/api/plans?stale=false&status=issued', { token: hk }));
    expect(fresh.items).toEqual([]);
    const stale = await json(await call('GET', '/api/plans?stale=true', { token: hk }));
    expect(stale.items.length).toBeGreaterThan(0);
    expect(stale.items.every((p: { staleFields: string[] }) => p.staleFields.includes('agencies.MO.rcc.fax'))).toBe(true);
  });
});

describe('staleness and the kind of change', () => {
  it('laying a ship up does not make its plan stale; a new crew number does, named with its label and both values', async () => {
    const { call, hk, ids } = await setup();
    const vessel = ids.vesselId('477101700');
    const planOf = async () => (await json(await call('GET', `/api/plans?vesselId=${vessel}`, { token: hk }))).items[0];
    expect((await planOf()).stale).toBe(false);
    const etag = async () => (await call('GET', `/api/vessels/${vessel}`, { token: hk })).headers.get('etag')!;
    expect((await call('PATCH', `/api/vessels/${vessel}`, { token: hk, body: { status: 'laid_up' }, headers: { 'If-Match': await etag() } })).status).toBe(200);
    expect(await planOf()).toMatchObject({ stale: false, staleChanges: [] });
    const crew = (await json(await call('GET', `/api/vessels/${vessel}`, { token: hk }))).crew;
    await call('PATCH', `/api/vessels/${vessel}`, { token: hk, body: { crew: crew + 2 }, headers: { 'If-Match': await etag() } });
    const plan = await planOf();
    expect(plan.staleChanges).toEqual([
      {
        field: 'vessel.crew',
        label: { 'zh-Hant': '船舶 · 載客上限 / 船員', 'zh-Hans': '船舶 · 载客上限 / 船员', en: 'Ship · Maximum passengers / crew' },
        before: String(crew),
        after: String(crew + 2),
      },
    ]);
    expect(plan.proposedChange).toEqual({
      kind: 'major',
      because: [{ 'zh-Hant': '船舶 · 載客上限 / 船員', 'zh-Hans': '船舶 · 载客上限 / 船员', en: 'Ship · Maximum passengers / crew' }],
    });
  });

  it("an agency's fax change proposes a minor change, and one action re-issues every plan of an agency it affects", async () => {
    const { call, hk, mo, admin, etagOf, clock, db } = await setup();
    clock.now = new Date('2026-03-05T02:00:00Z');
    const rcc = (await json(await call('GET', '/api/agencies/MO', { token: mo }))).rcc;
    const saved = await call('PUT', '/api/agencies/MO/rcc', {
      token: mo,
      body: { ...rcc, fax: '+853 2851 1986' },
      headers: { 'If-Match': await etagOf('/api/agencies/MO', mo) },
    });
    expect(saved.status).toBe(200);

    const hkPlans = (await json(await call('GET', '/api/plans?area=HK&status=issued&limit=200', { token: hk }))).items;
    const affected = hkPlans.filter(
      (p: { staleFields: string[] }) => p.staleFields.length > 0 && p.staleFields.every((f: string) => f.startsWith('agencies.')),
    );
    expect(affected.length).toBeGreaterThan(1);
    for (const p of affected) {
      expect(p.staleChanges).toContainEqual({
        field: 'agencies.MO.rcc.fax',
        label: { 'zh-Hant': '澳門海事及水務局 · 傳真', 'zh-Hans': '澳门海事及水务局 · 传真', en: 'Marine and Water Bureau, Macao · Fax' },
        before: rcc.fax,
        after: '+853 2851 1986',
      });
      expect(p.proposedChange.kind).toBe('minor');
    }
    const copiesBefore = (await db.selectFrom('copies').select('id').execute()).length;
    const auditBefore = (await db.selectFrom('audit_events').select('id').execute()).length;

    // Only registrars renew their own agency's plans.
    expect((await call('POST', '/api/plans/reissue-after-agency-changes', { token: admin })).status).toBe(403);
    const report = await json(await call('POST', '/api/plans/reissue-after-agency-changes', { token: hk }));
    expect(report.failed).toEqual([]);
    expect(report.renewed.map((r: { planId: number }) => r.planId).sort()).toEqual(affected.map((p: { id: number }) => p.id).sort());
    for (const r of report.renewed) {
      const plan = await json(await call('GET', `/api/plans/${r.planId}`, { token: hk }));
      expect(plan).toMatchObject({ stale: false, current: { revision: r.revision, change: 'minor', issuedOn: '2026-03-05' } });
      expect(plan.current.summary).toContain('Marine and Water Bureau, Macao');
    }
    // One revision with five new copies, and one audit event for opening and one for issuing, per plan.
    expect((await db.selectFrom('copies').select('id').execute()).length).toBe(copiesBefore + 5 * affected.length);
    expect((await db.selectFrom('audit_events').select('id').execute()).length).toBe(auditBefore + 2 * affected.length);
    // Macao's plans await their own registrars; nothing was done to them.
    const moPlans = (await json(await call('GET', '/api/plans?area=MO&status=issued&limit=200', { token: mo }))).items;
    expect(moPlans.some((p: { staleFields: string[] }) => p.staleFields.includes('agencies.MO.rcc.fax'))).toBe(true);
  });

  it('issuing a proposed major change as minor needs a reason, which the record of amendments keeps', async () => {
    const { call, hk, ids, etagOf } = await setup();
    const vessel = ids.vesselId('477101700');
    const plan = (await json(await call('GET', `/api/plans?vesselId=${vessel}`, { token: hk }))).items[0];
    await call('PATCH', `/api/vessels/${vessel}`, {
      token: hk,
      body: { nameEn: 'Sea Gull II' },
      headers: { 'If-Match': await etagOf(`/api/vessels/${vessel}`) },
    });
    await call('POST', `/api/plans/${plan.id}/draft`, { token: hk, headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`) } });
    const refused = await call('POST', `/api/plans/${plan.id}/issue`, {
      token: hk,
      body: { change: 'minor', summary: 'Renamed' },
      headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`) },
    });
    expect(refused.status).toBe(422);
    expect(saidProblems((await json(refused)).errors)).toEqual([{ field: 'reason', message: expect.stringContaining('Ship · Name (English) changed') }]);
    const issued = await call('POST', `/api/plans/${plan.id}/issue`, {
      token: hk,
      body: { change: 'minor', reason: 'Only the English name was corrected; nothing else changed', summary: 'Renamed' },
      headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`) },
    });
    expect(issued.status).toBe(200);
    expect((await json(issued)).amendments.at(-1)).toMatchObject({ change: 'minor', reason: 'Only the English name was corrected; nothing else changed' });
  });
});

describe('the list of plans', () => {
  it('filters by status in the query and by staleness page by page, never missing or repeating a plan', async () => {
    const { call, hk, db } = await setup();
    const all = await json(await call('GET', '/api/plans?limit=200', { token: hk }));
    const byStatus = (status: string) => all.items.filter((p: { status: string }) => p.status === status).map((p: { id: number }) => p.id);
    expect(byStatus('issued').length).toBeGreaterThan(2);
    expect(byStatus('draft').length).toBeGreaterThan(0);
    for (const status of ['issued', 'draft']) {
      const listed = await json(await call('GET', `/api/plans?status=${status}&limit=200`, { token: hk }));
      expect(listed.items.map((p: { id: number }) => p.id)).toEqual(byStatus(status));
    }

    // Make every other issued plan out of date, then walk the stale ones two at a time.
    const issued = byStatus('issued');
    const aged = issued.filter((_: number, i: number) => i % 2 === 0);
    for (const id of aged) {
      const vessel = (await db.selectFrom('plans').select('vessel_id').where('id', '=', id).executeTakeFirstOrThrow()).vessel_id;
      await db.updateTable('vessels').set({ crew: 99 }).where('id', '=', vessel).execute();
    }
    const expected = (await json(await call('GET', '/api/plans?stale=true&limit=200', { token: hk }))).items.map((p: { id: number }) => p.id);
    expect(expected).toEqual(expect.arrayContaining(aged));
    const walked: number[] = [];
    let cursor: number | null = null;
    do {
      const page: { items: { id: number; stale: boolean }[]; nextCursor: number | null } = await json(
        await call('GET', `/api/plans?stale=true&limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: hk }),
      );
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((p) => p.stale)).toBe(true);
      walked.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(expected);
  });
});

describe('mutual recognition', () => {
  it("Macao's signing of its block with Guangdong makes Hong Kong and Macao recognise each other's plans from that day", async () => {
    const { call, hk, mo, admin, openHoiFung, etagOf, clock, db, ids, tokenFor } = await setup();
    clock.now = new Date('2026-05-10T03:00:00Z');
    const { id } = await openHoiFung();
    await call('POST', `/api/plans/${id}/issue`, {
      token: hk,
      body: { change: 'major', summary: 'First issue' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`) },
    });

    const before = await json(await call('GET', `/api/plans/${id}/recognitions`, { token: hk }));
    expect(before.revisions).toEqual([
      {
        revision: 1,
        state: 'issued',
        issuedOn: '2026-05-10',
        recognitions: [
          { agency: 'GD', status: 'recognised', since: '2026-05-10', until: null },
          { agency: 'MO', status: 'pending', since: null, until: null },
        ],
      },
    ]);
    const planRowBefore = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    // There is no Hong Kong–Macao block on the signature page.
    expect((await call('GET', '/api/arrangement/pairs/HK-MO', { token: admin })).status).toBe(404);

    // Guangdong's admin records the Guangdong–Macao signing; it does not count until Macao's admin confirms it.
    clock.now = new Date('2026-11-20T03:00:00Z');
    const gdAdmin = await tokenFor('admin', { agency: 'GD', name: 'Admin, Guangdong MRSC' });
    const moAdmin = await tokenFor('admin', { agency: 'MO', name: 'Admin, Marine and Water Bureau' });
    const sign = await call('PUT', '/api/arrangement/pairs/MO-GD', {
      token: gdAdmin,
      body: { signedOn: '2026-11-20', signatoryA: 'Director, Guangdong MSA', signatoryB: 'President of the Marine and Water Bureau' },
      headers: { 'If-Match': await etagOf('/api/arrangement/pairs/GD-MO', admin) },
    });
    expect(sign.status).toBe(200);
    expect(await json(sign)).toMatchObject({ signed: false, pending: { signedOn: '2026-11-20', recordedBy: { agency: 'GD' } } });
    expect((await json(await call('GET', `/api/plans/${id}/recognitions`, { token: hk }))).revisions[0].recognitions[1]).toEqual({
      agency: 'MO',
      status: 'pending',
      since: null,
      until: null,
    });
    // Neither the recording agency nor a third one confirms it.
    const tag = sign.headers.get('etag')!;
    for (const token of [gdAdmin, await tokenFor('admin', { agency: 'HK' }), admin]) {
      expect((await call('POST', '/api/arrangement/pairs/GD-MO/confirm', { token, headers: { 'If-Match': tag } })).status).toBe(403);
    }
    const confirmed = await call('POST', '/api/arrangement/pairs/GD-MO/confirm', { token: moAdmin, headers: { 'If-Match': tag } });
    expect(confirmed.status).toBe(200);
    expect(await json(confirmed)).toMatchObject({ signed: true, signedOn: '2026-11-20', pending: null });
    expect(
      (await call('POST', '/api/arrangement/pairs/GD-MO/confirm', { token: moAdmin, headers: { 'If-Match': confirmed.headers.get('etag')! } })).status,
    ).toBe(409);

    const after = await json(await call('GET', `/api/plans/${id}/recognitions`, { token: hk }));
    expect(after.revisions[0].recognitions).toEqual([
      { agency: 'GD', status: 'recognised', since: '2026-05-10', until: null },
      { agency: 'MO', status: 'recognised', since: '2026-11-20', until: null },
    ]);
    expect(await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirstOrThrow()).toEqual(planRowBefore);

    // Macao's own plans are recognised by Hong Kong from the same day, with no other signature.
    const macau = (await json(await call('GET', `/api/plans?vesselId=${ids.vesselId('453300100')}`, { token: mo }))).items[0];
    expect(macau.recognitions).toEqual([
      { agency: 'GD', status: 'recognised', since: '2026-11-20', until: null },
      { agency: 'HK', status: 'recognised', since: '2026-11-20', until: null },
    ]);

    const arrangement = await json(await call('GET', '/api/arrangement', { token: hk }));
    expect(arrangement.pairs.map((p: { agencyA: string; agencyB: string }) => `${p.agencyA}-${p.agencyB}`)).toEqual(['GD-HK', 'GD-MO']);
    expect(arrangement.members).toEqual([
      { agency: 'GD', joinedOn: '2015-09-09' },
      { agency: 'HK', joinedOn: '2015-09-09' },
      { agency: 'MO', joinedOn: '2026-11-20' },
    ]);
    expect(arrangement.recognition.find((r: { agencies: string[] }) => r.agencies.join() === 'HK,MO')).toMatchObject({ since: '2026-11-20' });

    const events = await json(await call('GET', '/api/audit?recordType=arrangement', { token: admin }));
    expect(events.items.map((e: { action: string; record: { agency: string }; actor: { name: string } }) => [e.action, e.record.agency, e.actor.name])).toEqual(
      [
        ['arrangement.sign', 'MO', 'Admin, Marine and Water Bureau'],
        ['arrangement.sign', 'GD', 'Admin, Marine and Water Bureau'],
        ['arrangement.sign.record', 'MO', 'Admin, Guangdong MRSC'],
        ['arrangement.sign.record', 'GD', 'Admin, Guangdong MRSC'],
      ],
    );
  });

  it('refuses a signature dated after today, naming the field, and changes nothing', async () => {
    const { call, admin, etagOf, clock, db, tokenFor } = await setup();
    const gdAdmin = await tokenFor('admin', { agency: 'GD' });
    clock.now = new Date('2026-11-25T02:00:00Z');
    const before = await db.selectFrom('arrangement_pairs').selectAll().execute();
    for (const signedOn of ['2030-01-01', '2026-11-26']) {
      const res = await call('PUT', '/api/arrangement/pairs/GD-MO', {
        token: gdAdmin,
        body: { signedOn, signatoryA: 'Director, Guangdong MSA', signatoryB: 'President of the Marine and Water Bureau' },
        headers: { 'If-Match': await etagOf('/api/arrangement/pairs/GD-MO', admin) },
      });
      expect(res.status).toBe(422);
      expect(saidProblems((await json(res)).errors)).toEqual([{ field: 'signedOn', message: expect.stringContaining('after today (2026-11-25)') }]);
    }
    // Nor before the arrangement existed: concluded 2015-09-09, so 1900-01-01 and the day before are typing errors.
    for (const [signedOn, lang, said] of [
      ['1900-01-01', 'en', 'is before the arrangement was concluded on 2015-09-09'],
      ['2015-09-08', 'zh-Hans', '早于安排于 2015-09-09 订立之日'],
      ['2001-07-01', 'zh-Hant', '早於安排於 2015-09-09 訂立之日'],
    ]) {
      const res = await call('PUT', '/api/arrangement/pairs/GD-MO', {
        token: gdAdmin,
        body: { signedOn, signatoryA: 'Director, Guangdong MSA', signatoryB: 'President of the Marine and Water Bureau' },
        headers: { 'If-Match': await etagOf('/api/arrangement/pairs/GD-MO', admin), 'Accept-Language': lang! },
      });
      expect(res.status).toBe(422);
      expect(saidProblems((await json(res)).errors)).toEqual([{ field: 'signedOn', message: said }]);
    }
    expect(await db.selectFrom('arrangement_pairs').selectAll().execute()).toEqual(before);
    // The day itself is a signing date (Guangdong and Hong Kong signed then).
    const onTheDay = await call('PUT', '/api/arrangement/pairs/GD-MO', {
      token: gdAdmin,
      body: { signedOn: '2015-09-09', signatoryA: 'Director, Guangdong MSA', signatoryB: 'President of the Marine and Water Bureau' },
      headers: { 'If-Match': await etagOf('/api/arrangement/pairs/GD-MO', admin) },
    });
    expect(onTheDay.status).toBe(200);
  });

  it('of a plan is continuous across revisions: the plan since its first issue, each revision since its own', async () => {
    const { call, hk, openHoiFung, etagOf, clock } = await setup();
    clock.now = new Date('2026-05-10T03:00:00Z');
    const { id } = await openHoiFung();
    await call('POST', `/api/plans/${id}/issue`, { token: hk, body: { summary: 'First issue' }, headers: { 'If-Match': await etagOf(`/api/plans/${id}`) } });
    clock.now = new Date('2026-09-01T03:00:00Z');
    await call('POST', `/api/plans/${id}/draft`, { token: hk, headers: { 'If-Match': await etagOf(`/api/plans/${id}`) } });
    const second = await call('POST', `/api/plans/${id}/issue`, {
      token: hk,
      body: { change: 'minor', summary: 'Contacts' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`) },
    });
    expect(second.status).toBe(200);
    const plan = await json(await call('GET', `/api/plans/${id}`, { token: hk }));
    expect(plan.recognitions).toEqual([
      { agency: 'GD', status: 'recognised', since: '2026-05-10', until: null },
      { agency: 'MO', status: 'pending', since: null, until: null },
    ]);
    const revisions = (await json(await call('GET', `/api/plans/${id}/recognitions`, { token: hk }))).revisions;
    expect(revisions.map((r: { recognitions: { since: string | null }[] }) => r.recognitions[0]!.since)).toEqual(['2026-05-10', '2026-09-01']);
  });

  it('never reaches back to a plan withdrawn, or a revision superseded, before the agencies recognised each other', async () => {
    const { call, hk, admin, openHoiFung, etagOf, clock, tokenFor } = await setup();
    clock.now = new Date('2026-05-10T03:00:00Z');
    const { id } = await openHoiFung();
    await call('POST', `/api/plans/${id}/issue`, { token: hk, body: { summary: 'First issue' }, headers: { 'If-Match': await etagOf(`/api/plans/${id}`) } });
    clock.now = new Date('2026-11-01T03:00:00Z');
    await call('POST', `/api/plans/${id}/draft`, { token: hk, headers: { 'If-Match': await etagOf(`/api/plans/${id}`) } });
    await call('POST', `/api/plans/${id}/issue`, {
      token: hk,
      body: { change: 'minor', summary: 'Contacts' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`) },
    });
    clock.now = new Date('2026-11-04T03:00:00Z');
    const withdrawn = await call('POST', `/api/plans/${id}/withdraw`, {
      token: hk,
      body: { reason: 'Hoi Fung sold for scrap' },
      headers: { 'If-Match': await etagOf(`/api/plans/${id}`) },
    });
    expect(withdrawn.status).toBe(200);
    // Macao joins on 2026-11-15, after the plan was withdrawn.
    clock.now = new Date('2026-11-20T03:00:00Z');
    const gdAdmin = await tokenFor('admin', { agency: 'GD' });
    const moAdmin = await tokenFor('admin', { agency: 'MO' });
    const sign = await call('PUT', '/api/arrangement/pairs/GD-MO', {
      token: gdAdmin,
      body: { signedOn: '2026-11-15', signatoryA: 'Director, Guangdong MSA', signatoryB: 'President of the Marine and Water Bureau' },
      headers: { 'If-Match': await etagOf('/api/arrangement/pairs/GD-MO', admin) },
    });
    expect((await call('POST', '/api/arrangement/pairs/GD-MO/confirm', { token: moAdmin, headers: { 'If-Match': sign.headers.get('etag')! } })).status).toBe(
      200,
    );

    const plan = await json(await call('GET', `/api/plans/${id}`, { token: hk }));
    expect(plan.recognitions).toEqual([
      { agency: 'GD', status: 'recognised', since: '2026-05-10', until: '2026-11-04' },
      { agency: 'MO', status: 'never', since: null, until: null },
    ]);
    // Each revision ended when the next was issued, the last with the plan.
    const revisions = (await json(await call('GET', `/api/plans/${id}/recognitions`, { token: hk }))).revisions;
    expect(revisions.map((r: { revision: number; recognitions: unknown[] }) => [r.revision, r.recognitions])).toEqual([
      [
        1,
        [
          { agency: 'GD', status: 'recognised', since: '2026-05-10', until: '2026-11-01' },
          { agency: 'MO', status: 'never', since: null, until: null },
        ],
      ],
      [
        2,
        [
          { agency: 'GD', status: 'recognised', since: '2026-11-01', until: '2026-11-04' },
          { agency: 'MO', status: 'never', since: null, until: null },
        ],
      ],
    ]);
    // The coordinator's card and a copy's verification say the same.
    const coordinator = await tokenFor('coordinator', { agency: 'MO' });
    const card = (await json(await call('GET', '/api/lookup?q=477202300', { token: coordinator }))).items[0];
    expect(card.plan).toMatchObject({ status: 'withdrawn' });
    expect(card.plan.recognitions.find((r: { agency: string }) => r.agency === 'MO')).toEqual({ agency: 'MO', status: 'never', since: null, until: null });
    const copy = await call('GET', `/api/plans/${id}/revisions/1/copies/2`, { token: hk });
    const verified = await json(
      await call('POST', '/api/verify', {
        body: { sha256: (await json(await call('GET', `/api/plans/${id}/revisions/1/copies`, { token: hk }))).copies[1].sha256 },
      }),
    );
    expect(copy.status).toBe(200);
    expect(verified).toMatchObject({ genuine: true, revision: 1, status: 'withdrawn' });
    expect(verified.recognitions).toEqual([
      { agency: 'GD', status: 'recognised', since: '2026-05-10', until: '2026-11-01' },
      { agency: 'MO', status: 'never', since: null, until: null },
    ]);
  });

  it('counts pending plans per pair while unsigned', async () => {
    const { call, hk } = await setup();
    const arrangement = await json(await call('GET', '/api/arrangement', { token: hk }));
    const gdmo = arrangement.pairs.find((p: { agencyA: string; agencyB: string }) => p.agencyA === 'GD' && p.agencyB === 'MO');
    expect(gdmo.signed).toBe(false);
    for (const side of gdmo.recognition) {
      expect(side.recognised).toBe(0);
      expect(side.pending).toBeGreaterThan(0);
    }
  });

  it('signing is for administrators only', async () => {
    const { call, hk, etagOf } = await setup();
    const res = await call('PUT', '/api/arrangement/pairs/GD-MO', {
      token: hk,
      body: { signedOn: '2026-02-20', signatoryA: 'x', signatoryB: 'y' },
      headers: { 'If-Match': await etagOf('/api/arrangement/pairs/GD-MO') },
    });
    expect(res.status).toBe(403);
  });

  it('is recognised from the later of signing and issue (the rule itself)', () => {
    const pairs: ArrangementPair[] = [
      { agencyA: 'GD', agencyB: 'HK', signedOn: '2015-09-09', signatoryA: 'a', signatoryB: 'b', version: 1 },
      { agencyA: 'GD', agencyB: 'MO', signedOn: '2027-01-01', signatoryA: 'a', signatoryB: 'b', version: 1 },
    ];
    expect(recognitionFor('GD', '2026-03-01', pairs)).toEqual([
      { agency: 'HK', status: 'recognised', since: '2026-03-01', until: null },
      { agency: 'MO', status: 'recognised', since: '2027-01-01', until: null },
    ]);
    // Ended the day recognition would have begun, or before: never recognised; a day after: for that day.
    expect(recognitionFor('GD', '2026-03-01', pairs, '2027-01-01')[1]).toEqual({ agency: 'MO', status: 'never', since: null, until: null });
    expect(recognitionFor('GD', '2026-03-01', pairs, '2026-12-31')[1]).toEqual({ agency: 'MO', status: 'never', since: null, until: null });
    expect(recognitionFor('GD', '2026-03-01', pairs, '2027-01-02')[1]).toEqual({
      agency: 'MO',
      status: 'recognised',
      since: '2027-01-01',
      until: '2027-01-02',
    });
    // A plan ended while a block was still blank is never recognised by that agency, not pending.
    expect(recognitionFor('HK', '2026-03-01', pairs.slice(0, 1), '2026-06-01')).toEqual([
      { agency: 'GD', status: 'recognised', since: '2026-03-01', until: '2026-06-01' },
      { agency: 'MO', status: 'never', since: null, until: null },
    ]);
  });
});

describe('exercises', () => {
  it('fall due twelve months after the last held, and the due list shows the overdue demo plan', async () => {
    const { call, hk } = await setup();
    const due = await json(await call('GET', '/api/exercises/due?within=30d', { token: hk }));
    const golden = due.items.find((d: { vessel: { nameEn: string } }) => d.vessel.nameEn === 'Golden Dragon Wing');
    expect(golden).toMatchObject({ overdue: true });
    expect(golden.daysUntilDue).toBeLessThan(0);
    expect(due.items.length).toBeGreaterThan(0);
    expect(due.items.every((d: { daysUntilDue: number }) => d.daysUntilDue <= 30)).toBe(true);
  });

  it('accept a held exercise recorded after a later one, and refuse requiring a second one within twelve months (MSC.1/Circ.1079 §9)', async () => {
    const { call, hk, ids, clock, db } = await setup();
    clock.now = new Date('2026-03-02T09:00:00Z');
    const plan = (await json(await call('GET', `/api/plans?vesselId=${ids.vesselId('477101700')}`, { token: hk }))).items[0];
    const held = plan.exercises.items.find((e: { state: string }) => e.state === 'held');
    expect(held.date).toBe('2025-10-03');

    // An exercise held earlier, entered late: it happened, so it is recorded.
    const earlier = await call('POST', `/api/plans/${plan.id}/exercises`, {
      token: hk,
      body: { state: 'held', date: '2025-08-20', kind: 'table_top', scenario: 'Grounding off Cheung Chau', agencies: ['HK', 'GD'] },
    });
    expect(earlier.status).toBe(201);

    // An agency named twice is refused beside the field, in the reader's language, and nothing is recorded.
    const twice = await call('POST', `/api/plans/${plan.id}/exercises`, {
      token: hk,
      body: { state: 'held', date: '2025-08-21', kind: 'table_top', scenario: '長洲對開擱淺', agencies: ['HK', 'GD', 'HK'] },
      headers: { 'Accept-Language': 'zh-Hant' },
    });
    expect(twice.status).toBe(400);
    expect((await json(twice)).errors).toEqual([expect.objectContaining({ field: 'agencies', code: 'agency_twice', message: '每個機構只列一次' })]);

    // Requiring another within twelve months of the one held on 2025-10-03 is refused, in the guideline's words.
    const body = { state: 'planned', date: '2026-06-01', kind: 'full_scale', scenario: 'Fire in the engine room, evacuation at Taipa', agencies: ['HK', 'MO'] };
    const refused = await call('POST', `/api/plans/${plan.id}/exercises`, { token: hk, body });
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem.errors[0]).toMatchObject({ field: 'voluntary' });
    expect(problem.code).toBe('exercise_clash');
    expect(problem.errors[0].message).toContain('a ship should not be required to exercise more than once in any twelve-month period');
    expect(problem.errors[0].message).toContain('on or after 2026-08-20');
    const count = async () => (await db.selectFrom('exercises').select('id').where('plan_id', '=', plan.id).execute()).length;
    const before = await count();

    // The same exercise, offered by the company as a voluntary one, is welcome.
    const voluntary = await call('POST', `/api/plans/${plan.id}/exercises`, { token: hk, body: { ...body, voluntary: true } });
    expect(voluntary.status).toBe(201);
    expect(await count()).toBe(before + 1);

    // Held on the day: the planned one becomes the held one, not a second entry; the next falls due twelve months on.
    clock.now = new Date('2026-06-02T09:00:00Z');
    const planned = await json(voluntary);
    const marked = await call('POST', `/api/plans/${plan.id}/exercises/${planned.id}/held`, {
      token: hk,
      body: { date: '2026-06-01', lessonsLearned: 'Evacuation slide deployed in 4 minutes' },
    });
    expect(marked.status).toBe(200);
    expect(await json(marked)).toMatchObject({ id: planned.id, state: 'held', date: '2026-06-01' });
    expect(await count()).toBe(before + 1);
    const after = await json(await call('GET', `/api/plans/${plan.id}`, { token: hk }));
    expect(after.exercises.nextDue).toBe('2027-06-01');
    expect((await call('POST', `/api/plans/${plan.id}/exercises/${planned.id}/held`, { token: hk, body: { date: '2026-06-01' } })).status).toBe(409);
  });

  it('fall due after the interval agreed for the plan, or its agency', async () => {
    const { call, hk, ids, etagOf } = await setup();
    const plan = (await json(await call('GET', `/api/plans?vesselId=${ids.vesselId('477101700')}`, { token: hk }))).items[0];
    expect(plan.settings).toEqual({
      documentScript: 'hant',
      exerciseIntervalMonths: 12,
      exerciseIntervalReason: null,
      ownDocumentScript: null,
      ownExerciseIntervalMonths: null,
    });
    expect(plan.exercises.nextDue).toBe('2026-10-03');
    const two = await call('PATCH', `/api/plans/${plan.id}/settings`, {
      token: hk,
      body: { exerciseIntervalMonths: 24 },
      headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`) },
    });
    expect(two.status).toBe(200);
    expect((await json(two)).exercises.nextDue).toBe('2027-10-03');
    const back = await call('PATCH', `/api/plans/${plan.id}/settings`, {
      token: hk,
      body: { exerciseIntervalMonths: null },
      headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`) },
    });
    expect((await json(back)).exercises.nextDue).toBe('2026-10-03');
    const bad = await call('PATCH', `/api/plans/${plan.id}/settings`, {
      token: hk,
      body: { exerciseIntervalMonths: 0 },
      headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`) },
    });
    expect(saidProblems((await json(bad)).errors)).toEqual([
      { field: 'exerciseIntervalMonths', message: 'must be a whole number of months from 12 to 60: no more than one exercise a year may be required' },
    ]);
  });

  it('never under a year, and over three years only with the reason the agencies agreed, printed in Module 5', async () => {
    const { call, hk, ids, etagOf, db } = await setup();
    const plan = (await json(await call('GET', `/api/plans?vesselId=${ids.vesselId('477101700')}`, { token: hk }))).items[0];
    const settings = async (body: object, lang = 'en') =>
      call('PATCH', `/api/plans/${plan.id}/settings`, {
        token: hk,
        body,
        headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`), 'Accept-Language': lang },
      });
    const stored = () =>
      db.selectFrom('plans').select(['exercise_interval_months', 'exercise_interval_reason']).where('id', '=', plan.id).executeTakeFirstOrThrow();
    const before = await stored();
    // Under a year: a second required exercise within twelve months would be refused (MSC.1/Circ.1079).
    for (const months of [1, 6, 11]) {
      const res = await settings({ exerciseIntervalMonths: months });
      expect(res.status).toBe(400);
      expect((await json(res)).errors.map((e: { field: string }) => e.field)).toEqual(['exerciseIntervalMonths']);
    }
    for (const months of [61, 120]) expect((await settings({ exerciseIntervalMonths: months })).status).toBe(400);
    // 48 months with no reason: refused beside the reason's field, in the reader's language.
    const bare = await settings({ exerciseIntervalMonths: 48 }, 'zh-Hant');
    expect(bare.status).toBe(400);
    expect(saidProblems((await json(bare)).errors)).toEqual([{ field: 'exerciseIntervalReason', message: '超過36個月的間隔須填寫各搜救機構議定的理由' }]);
    expect((await settings({ exerciseIntervalMonths: 48, exerciseIntervalReason: '   ' })).status).toBe(400);
    expect(await stored()).toEqual(before);
    // 36 months needs none; 48 with its reason is kept, and shown with the plan.
    expect((await settings({ exerciseIntervalMonths: 36 })).status).toBe(200);
    const reason = 'Laid up from November to March each year; agreed at the tripartite meeting of 2026-10-15';
    const long = await settings({ exerciseIntervalMonths: 48, exerciseIntervalReason: reason });
    expect(long.status).toBe(200);
    expect((await json(long)).settings).toMatchObject({ exerciseIntervalMonths: 48, exerciseIntervalReason: reason });
    // Issued with it: Module 5 prints the interval and the reason.
    expect((await call('POST', `/api/plans/${plan.id}/draft`, { token: hk, headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`) } })).status).toBe(201);
    const issued = await call('POST', `/api/plans/${plan.id}/issue`, {
      token: hk,
      body: { change: 'minor', summary: 'Exercise interval agreed at 48 months' },
      headers: { 'If-Match': await etagOf(`/api/plans/${plan.id}`) },
    });
    expect(issued.status).toBe(200);
    const copy = await call('GET', `/api/plans/${plan.id}/revisions/${(await json(issued)).current.revision}/copies/1`, { token: hk });
    const printed = (await pdfText(new Uint8Array(await copy.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(printed).toContain('48 months');
    expect(printed).toContain('Laid up from November to March each year');
    // Back to a year: the reason goes with the long interval.
    expect((await settings({ exerciseIntervalMonths: 12, exerciseIntervalReason: reason })).status).toBe(200);
    expect(await stored()).toEqual({ exercise_interval_months: 12, exercise_interval_reason: null });
  });

  it('a held exercise cannot be in the future', async () => {
    const { call, hk, ids } = await setup();
    const plan = (await json(await call('GET', `/api/plans?vesselId=${ids.vesselId('477101700')}`, { token: hk }))).items[0];
    const res = await call('POST', `/api/plans/${plan.id}/exercises`, {
      token: hk,
      body: { state: 'held', date: '2099-01-01', kind: 'communications', scenario: 'x', agencies: ['HK'], voluntary: true },
    });
    expect((await json(res)).errors[0].field).toBe('date');
  });

  it('rules: due dates across month ends and the clash window', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    const held = {
      id: 1,
      state: 'held' as const,
      date: '2025-06-15',
      kind: 'table_top' as const,
      scenario: 's',
      agencies: ['HK' as const],
      lessonsLearned: null,
      voluntary: false,
    };
    expect(nextExerciseDue([held], '2025-01-01')).toBe('2026-06-15');
    expect(nextExerciseDue([], '2025-01-01')).toBe('2026-01-01');
    expect(requiredExerciseClash('2026-06-14', [held])).toEqual({
      code: 'exercise_clash',
      params: { state: 'held', date: '2025-06-15', before: '2024-06-15', after: '2026-06-15' },
    });
    expect(requiredExerciseClash('2026-06-15', [held])).toBeNull();
    expect(requiredExerciseClash('2026-06-14', [{ ...held, voluntary: true }])).toBeNull();
  });
});

describe('staleness rule', () => {
  it('names nested fields that differ and nothing else', () => {
    const company = {
      id: 1,
      homeAgency: 'HK' as const,
      nameZh: 'a',
      nameEn: 'b',
      addressZh: 'c',
      addressEn: 'd',
      imoCompanyNumber: null,
      emergencyPhone: '1',
      emergencyPhoneAlt: null,
      designatedPerson: { name: 'n', phone: 'p', mobile: null, email: 'e' },
      emergencyTeam: { name: 't', phone: 'p', email: null },
      mediaContact: null,
    };
    const vessel = { id: 2 } as never;
    const a = sourcesOf(company, vessel, []);
    const b = sourcesOf({ ...company, designatedPerson: { ...company.designatedPerson, phone: 'q' } }, vessel, []);
    expect(staleFields(a, b)).toEqual(['company.designatedPerson.phone']);
    expect(staleFields(a, a)).toEqual([]);
  });
});

describe('the demo', () => {
  it('has issued plans in all three areas, one with two revisions, one stale and one with an overdue exercise', async () => {
    const { call, hk } = await setup();
    const plans = (await json(await call('GET', '/api/plans?limit=200', { token: hk }))).items;
    const issued = plans.filter((p: { status: string }) => p.status === 'issued');
    expect(new Set(issued.map((p: { homeAgency: string }) => p.homeAgency))).toEqual(new Set(['GD', 'HK', 'MO']));
    expect(plans.some((p: { amendments: unknown[] }) => p.amendments.length === 2)).toBe(true);
    expect(plans.some((p: { stale: boolean }) => p.stale)).toBe(true);
    expect(plans.some((p: { exercises: { overdue: boolean } }) => p.exercises.overdue)).toBe(true);
  });
});
