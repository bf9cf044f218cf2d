import { describe, expect, it } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { saidProblems, demoIds, hongKongVessel, json, testRegistry, type TestRegistry } from './helpers.ts';

// A ship's life after registration: transfer of registry between areas, reuse of a withdrawn ship's
// identifiers, and the owner's proposed changes to Modules 1 and 2.

async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const hk = await reg.tokenFor('registrar', { agency: 'HK', name: 'Chan Tai-man (HK registrar)' });
  const mo = await reg.tokenFor('registrar', { agency: 'MO', name: 'Leong Ka-io (MO registrar)' });
  const gd = await reg.tokenFor('registrar', { agency: 'GD', name: '李建华 (GD registrar)' });
  return { ...reg, ids, hk, mo, gd };
}

/** Rows and audit events: a refused write must leave both as they were. */
async function counts(db: TestRegistry['db']) {
  const n = async (table: 'vessels' | 'plans' | 'audit_events' | 'vessel_transfers' | 'proposals' | 'companies') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    vessels: await n('vessels'),
    plans: await n('plans'),
    audit: await n('audit_events'),
    transfers: await n('vessel_transfers'),
    proposals: await n('proposals'),
  };
}

const etagOf = async (reg: TestRegistry, token: string, path: string) => (await reg.call('GET', path, { token })).headers.get('etag')!;

// Phoenix Wing (鳳凰飛翼) moves from the Hong Kong register to Macao's: new MID 453, XX call sign.
const MACAO_REGISTRATION = { mmsi: '453301500', callSign: 'XXGD7', portOfRegistry: 'Macao', epirbHexId: standardLocationEpirbHexId('453301500') };

describe('transfer of registry', () => {
  it('moves a Hong Kong ship to Macao from release to a new plan, keeps its former identifiers searchable, and both agencies audit it', async () => {
    const reg = await setup();
    const { call, hk, mo, ids, db } = reg;
    const id = ids.vesselId('477101600');
    const oldPlan = (await json(await call('GET', `/api/plans?vesselId=${id}`, { token: hk }))).items[0];
    expect(oldPlan.planNumber).toMatch(/^HK-/);

    const released = await call('POST', `/api/vessels/${id}/release`, {
      token: hk,
      body: { toArea: 'MO', note: 'Re-registered in Macao from 1 December 2026' },
      headers: { 'If-Match': await etagOf(reg, hk, `/api/vessels/${id}`) },
    });
    expect(released.status).toBe(200);
    expect((await json(released)).transfer).toMatchObject({
      state: 'released',
      fromArea: 'HK',
      toArea: 'MO',
      former: { mmsi: '477101600', callSign: 'VRFW3' },
    });
    // Macao sees it waiting; Hong Kong sees it going.
    expect((await json(await call('GET', '/api/transfers', { token: mo }))).incoming.map((t: { vessel: { nameEn: string } }) => t.vessel.nameEn)).toEqual([
      'Phoenix Wing',
    ]);
    expect((await json(await call('GET', '/api/transfers', { token: hk }))).outgoing).toHaveLength(1);

    const accepted = await call('POST', `/api/vessels/${id}/accept`, {
      token: mo,
      body: MACAO_REGISTRATION,
      headers: { 'If-Match': released.headers.get('etag')! },
    });
    expect(accepted.status).toBe(200);
    const result = await json(accepted);
    expect(result.vessel).toMatchObject({
      areaOfRegistry: 'MO',
      homeAgency: 'MO',
      mmsi: '453301500',
      callSign: 'XXGD7',
      imoNumber: '9155236',
      nameEn: 'Phoenix Wing',
    });
    // The ship stays covered: Hong Kong's plan stays in force, and recognised, until Macao issues its own.
    expect(result).toMatchObject({ handedOverPlan: { id: oldPlan.id, planNumber: oldPlan.planNumber }, withdrawnPlan: null });
    const handedOver = await json(await call('GET', `/api/plans/${oldPlan.id}`, { token: mo }));
    expect(handedOver).toMatchObject({ withdrawn: null, status: oldPlan.status });
    expect(handedOver.recognitions).toEqual(oldPlan.recognitions);

    // Found by what it was in Hong Kong, by a coordinator in any centre.
    const coordinator = await reg.tokenFor('coordinator', { agency: 'GD' });
    for (const q of ['477101600', 'VRFW3', '453301500']) {
      const found = (await json(await call('GET', `/api/lookup?q=${q}`, { token: coordinator }))).items;
      expect(
        found.map((c: { vessel: { id: number } }) => c.vessel.id),
        q,
      ).toContain(id);
    }
    // The card says why an old identifier found it.
    const card = (await json(await call('GET', '/api/lookup?q=VRFW3', { token: coordinator }))).items[0];
    expect(card.vessel).toMatchObject({
      mmsi: '453301500',
      formerRegistrations: [{ areaOfRegistry: 'HK', mmsi: '477101600', callSign: 'VRFW3', nameEn: 'Phoenix Wing', until: '2026-03-02' }],
    });
    const history = (await json(await call('GET', `/api/vessels/${id}/transfers`, { token: coordinator }))).items;
    expect(history).toEqual([
      expect.objectContaining({
        state: 'accepted',
        fromArea: 'HK',
        toArea: 'MO',
        decidedBy: 'Leong Ka-io (MO registrar)',
        former: expect.objectContaining({ areaOfRegistry: 'HK', mmsi: '477101600' }),
      }),
    ]);

    // The card shows Hong Kong's plan in force.
    expect(card.plan).toMatchObject({ id: oldPlan.id, homeAgency: 'HK', status: expect.stringMatching(/^(current|stale)$/) });
    expect(card.incomingPlan).toBeNull();

    // Macao now compiles its plan; Hong Kong no longer writes the record.
    const newPlan = await call('POST', '/api/plans', { token: mo, body: { vesselId: id } });
    expect(newPlan.status).toBe(201);
    const opened = await json(newPlan);
    expect(opened.planNumber).toMatch(/^MO-2026-/);
    // Only one plan of Macao's at a time, as before.
    expect((await call('POST', '/api/plans', { token: mo, body: { vesselId: id } })).status).toBe(409);
    const hkEdit = await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { maxPassengers: 200 }, headers: { 'If-Match': '*' } });
    expect(hkEdit.status).toBe(403);
    // During the handover the card shows both: the plan in force, and Macao's on its way.
    const during = (await json(await call('GET', '/api/lookup?q=453301500', { token: coordinator }))).items[0];
    expect(during.plan).toMatchObject({ id: oldPlan.id, homeAgency: 'HK' });
    expect(during.incomingPlan).toEqual({ id: opened.id, planNumber: opened.planNumber, homeAgency: 'MO' });

    // Macao's first issue supersedes Hong Kong's plan that day.
    reg.clock.now = new Date('2026-03-09T02:00:00Z');
    const issued = await call('POST', `/api/plans/${opened.id}/issue`, {
      token: mo,
      body: { summary: 'First issue after transfer from Hong Kong' },
      headers: { 'If-Match': await etagOf(reg, mo, `/api/plans/${opened.id}`) },
    });
    expect(issued.status).toBe(200);
    expect((await json(await call('GET', `/api/plans/${oldPlan.id}`, { token: hk }))).withdrawn).toEqual({
      on: '2026-03-09',
      reason: `transferred: superseded by ${opened.planNumber}`,
    });
    const after = (await json(await call('GET', '/api/lookup?q=477101600', { token: coordinator }))).items[0];
    expect(after.plan).toMatchObject({ id: opened.id, homeAgency: 'MO', status: 'current' });
    expect(after.incomingPlan).toBeNull();

    const trail = async (token: string) => (await json(await call('GET', `/api/audit?limit=20`, { token }))).items.map((e: { action: string }) => e.action);
    expect(await trail(hk)).toEqual(expect.arrayContaining(['vessel.release', 'vessel.transfer.accept', 'plan.withdraw']));
    expect(await trail(mo)).toEqual(expect.arrayContaining(['vessel.release', 'vessel.transfer.accept', 'plan.open', 'plan.issue']));
    expect((await db.selectFrom('plans').select('id').where('vessel_id', '=', id).execute()).length).toBe(2);
  });

  it('withdraws at acceptance a plan the losing agency never issued: it covered nothing', async () => {
    const reg = await setup();
    const { call, hk, mo, ids } = reg;
    // Hoi Fung has no plan in the demo: Hong Kong opens one and leaves it a draft.
    const id = ids.vesselId('477202300');
    const draft = await json(await call('POST', '/api/plans', { token: hk, body: { vesselId: id } }));
    const released = await call('POST', `/api/vessels/${id}/release`, {
      token: hk,
      body: { toArea: 'MO' },
      headers: { 'If-Match': await etagOf(reg, hk, `/api/vessels/${id}`) },
    });
    const accepted = await call('POST', `/api/vessels/${id}/accept`, {
      token: mo,
      body: { mmsi: '453301600', callSign: 'XXGD8', portOfRegistry: 'Macao', epirbHexId: standardLocationEpirbHexId('453301600') },
      headers: { 'If-Match': released.headers.get('etag')! },
    });
    expect(accepted.status).toBe(200);
    expect(await json(accepted)).toMatchObject({ handedOverPlan: null, withdrawnPlan: { id: draft.id, planNumber: draft.planNumber } });
    expect((await json(await call('GET', `/api/plans/${draft.id}`, { token: hk }))).withdrawn).toMatchObject({ reason: 'transferred' });
  });

  it('refuses the wrong agency, the wrong state and bad identifiers, and changes nothing then', async () => {
    const reg = await setup();
    const { call, hk, mo, gd, ids, db } = reg;
    const id = ids.vesselId('477101500');
    const operator = await reg.tokenFor('operator', {
      companyId: (await db.selectFrom('vessels').select('company_id').where('id', '=', id).executeTakeFirstOrThrow()).company_id,
    });
    const before = await counts(db);
    const etag = await etagOf(reg, hk, `/api/vessels/${id}`);
    const release = (token: string, body: unknown, headers: Record<string, string> = { 'If-Match': etag }) =>
      call('POST', `/api/vessels/${id}/release`, { token, body, headers });

    expect((await release(mo, { toArea: 'MO' })).status).toBe(403);
    expect((await release(operator, { toArea: 'MO' })).status).toBe(403);
    expect((await release(hk, { toArea: 'MO' }, {})).status).toBe(428);
    const same = await release(hk, { toArea: 'HK' });
    expect(same.status).toBe(400);
    expect(saidProblems((await json(same)).errors)).toEqual([expect.objectContaining({ field: 'toArea' })]);
    expect((await release(hk, { toArea: 'TW' })).status).toBe(400);
    const notReleased = await call('POST', `/api/vessels/${id}/accept`, { token: mo, body: MACAO_REGISTRATION, headers: { 'If-Match': etag } });
    expect(notReleased.status).toBe(409);
    expect(await counts(db)).toEqual(before);

    const ok = await release(hk, { toArea: 'MO' });
    expect(ok.status).toBe(200);
    const released = ok.headers.get('etag')!;
    const afterRelease = await counts(db);
    expect((await release(hk, { toArea: 'GD' }, { 'If-Match': released })).status).toBe(409);
    const accept = (token: string, body: unknown, ifMatch = released) =>
      call('POST', `/api/vessels/${id}/accept`, { token, body, headers: { 'If-Match': ifMatch } });
    expect((await accept(gd, { ...MACAO_REGISTRATION, mmsi: '413800900', callSign: 'BPXY' })).status).toBe(403);
    expect((await accept(hk, MACAO_REGISTRATION)).status).toBe(403);
    // Identifiers of the losing area's series are not Macao's: the MID and the call sign are named.
    const wrong = await accept(mo, { ...MACAO_REGISTRATION, mmsi: '477101500', callSign: 'VRJF7' });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['mmsi', 'callSign']));
    // Macao's Macau Star holds XXMS2.
    const taken = await accept(mo, { ...MACAO_REGISTRATION, callSign: 'XXMS2' });
    expect(taken.status).toBe(409);
    expect((await accept(mo, MACAO_REGISTRATION, etag)).status).toBe(412);
    expect(await counts(db)).toEqual(afterRelease);

    const cancelled = await call('POST', `/api/vessels/${id}/release/cancel`, { token: hk, headers: { 'If-Match': released } });
    expect(cancelled.status).toBe(200);
    expect((await accept(mo, MACAO_REGISTRATION, cancelled.headers.get('etag')!)).status).toBe(409);
    expect((await json(await call('GET', `/api/vessels/${id}`, { token: hk }))).areaOfRegistry).toBe('HK');
  });
});

describe('the demo', () => {
  it('holds a ship transferred from Hong Kong to Macao, found by its old call sign, and an open proposal', async () => {
    const { call, hk, mo } = await setup();
    const card = (await json(await call('GET', '/api/lookup?q=VRNV6', { token: mo }))).items[0];
    expect(card.vessel).toMatchObject({
      nameEn: 'Nam Van',
      areaOfRegistry: 'MO',
      callSign: 'XXNV5',
      formerRegistrations: [expect.objectContaining({ areaOfRegistry: 'HK', callSign: 'VRNV6' })],
    });
    expect(card.plan).toMatchObject({ planNumber: expect.stringMatching(/^MO-/), status: 'current' });
    const open = (await json(await call('GET', '/api/proposals?state=open', { token: hk }))).items;
    expect(open).toEqual([
      expect.objectContaining({ recordType: 'vessel', homeAgency: 'HK', proposedBy: { id: null, name: 'Demo operator (Pearl Bay Express)' } }),
    ]);
  });
});

describe('identifiers of withdrawn ships', () => {
  it('lets a withdrawn ship’s MMSI and call sign be reassigned, never its IMO number, and never while it sails', async () => {
    const reg = await setup();
    const { call, hk, ids } = reg;
    const hoiFung = ids.vesselId('477202300');
    const company = (await json(await call('GET', `/api/vessels/${hoiFung}`, { token: hk }))).companyId;
    const successor = hongKongVessel(company, {
      nameZh: '海豐二號',
      nameEn: 'Hoi Fung II',
      mmsi: '477202300',
      callSign: 'VRHF4',
      epirbHexId: standardLocationEpirbHexId('477202300', 1),
    });

    const whileLaidUp = await call('POST', '/api/vessels', { token: hk, body: successor });
    expect(whileLaidUp.status).toBe(409);
    expect((await json(whileLaidUp)).errors.map((e: { field: string }) => e.field).sort()).toEqual(['callSign', 'mmsi']);

    const withdrawn = await call('PATCH', `/api/vessels/${hoiFung}`, {
      token: hk,
      body: { status: 'withdrawn' },
      headers: { 'If-Match': await etagOf(reg, hk, `/api/vessels/${hoiFung}`) },
    });
    expect(withdrawn.status).toBe(200);
    const created = await call('POST', '/api/vessels', { token: hk, body: successor });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ mmsi: '477202300', callSign: 'VRHF4', nameEn: 'Hoi Fung II' });

    // The old ship cannot come back into service under identifiers now held by another.
    const back = await call('PATCH', `/api/vessels/${hoiFung}`, {
      token: hk,
      body: { status: 'in_service' },
      headers: { 'If-Match': withdrawn.headers.get('etag')! },
    });
    expect(back.status).toBe(409);
    const imo = (await json(await call('GET', `/api/vessels/${hoiFung}`, { token: hk }))).imoNumber;
    const reusedImo = await call('POST', '/api/vessels', { token: hk, body: hongKongVessel(company, { imoNumber: imo }) });
    expect(reusedImo.status).toBe(409);
    expect(saidProblems((await json(reusedImo)).errors)).toEqual([expect.objectContaining({ field: 'imoNumber' })]);
  });
});

describe("an operator's proposed changes", () => {
  async function withOperator() {
    const reg = await setup();
    const companyId = reg.ids.companyId('Harbour Wing Jetfoil Company Limited');
    const operator = await reg.tokenFor('operator', { companyId, name: 'Wong Siu-ming (Harbour Wing)' });
    return { ...reg, companyId, operator };
  }
  const newDpa = { name: 'Cheung Wai-kit', phone: '+852 2859 3111', mobile: '+852 9123 4567', email: 'dpa@harbourwing.example.hk' };

  it('is approved by the home registrar and then applies as the registrar’s change, with both people in the record’s audit trail', async () => {
    const reg = await withOperator();
    const { call, operator, hk, companyId, db, ids } = reg;
    const proposed = await call('POST', '/api/proposals', {
      token: operator,
      body: { recordType: 'company', recordId: companyId, changes: { designatedPerson: newDpa }, note: 'New DPA from 1 December 2026' },
    });
    expect(proposed.status).toBe(201);
    const proposal = await json(proposed);
    expect(proposal).toMatchObject({ state: 'open', homeAgency: 'HK', proposedBy: { name: 'Wong Siu-ming (Harbour Wing)' } });
    // Nothing changed yet.
    expect((await json(await call('GET', `/api/companies/${companyId}`, { token: hk }))).designatedPerson.name).not.toBe('Cheung Wai-kit');

    const detail = await call('GET', `/api/proposals/${proposal.id}`, { token: hk });
    const shown = await json(detail);
    expect(shown.mayDecide).toBe(true);
    expect(shown.comparison).toEqual([{ field: 'designatedPerson', current: expect.objectContaining({ name: expect.any(String) }), proposed: newDpa }]);
    const formerDpa = shown.comparison[0].current;

    const approved = await call('POST', `/api/proposals/${proposal.id}/decision`, {
      token: hk,
      body: { decision: 'approve' },
      headers: { 'If-Match': detail.headers.get('etag')! },
    });
    expect(approved.status).toBe(200);
    expect(await json(approved)).toMatchObject({ state: 'approved', decidedBy: { name: 'Chan Tai-man (HK registrar)' } });
    // The operator sees the approved change on its own company page at once, with the numbers centres call.
    const operatorPage = await (
      await reg.app.request('/company?lang=zh-Hant', { headers: { Cookie: await reg.sessionFor('operator', { companyId }) } })
    ).text();
    expect(operatorPage).toContain('Cheung Wai-kit');
    expect(operatorPage).toContain('href="tel:+85228593111"');
    expect((await json(await call('GET', `/api/companies/${companyId}`, { token: operator }))).designatedPerson).toEqual(newDpa);
    // The decided proposal still shows what it replaced, beside what it put in its place.
    expect((await json(await call('GET', `/api/proposals/${proposal.id}`, { token: operator }))).comparison).toEqual([
      { field: 'designatedPerson', current: newDpa, proposed: newDpa, replaced: formerDpa },
    ]);
    for (const [lang, heading] of [
      ['zh-Hant', '被取代的值'],
      ['zh-Hans', '被取代的值'],
      ['en', 'Value it replaced'],
    ] as const) {
      const page = await (
        await reg.app.request(`/proposals/${proposal.id}?lang=${lang}`, { headers: { Cookie: await reg.sessionFor('operator', { companyId }) } })
      ).text();
      expect(page).toContain(`<th>${heading}</th>`);
      expect(page).toContain(formerDpa.name);
      expect(page).toContain('Cheung Wai-kit');
    }
    // The company's issued plans now predate its records.
    const plan = (await json(await call('GET', `/api/plans?vesselId=${ids.vesselId('477101500')}`, { token: hk }))).items[0];
    expect(plan.staleFields).toContain('company.designatedPerson.name');

    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'actor_name'])
      .where('record_type', '=', 'company')
      .where('record_id', '=', String(companyId))
      .where('action', 'in', ['proposal.create', 'company.update', 'proposal.approve'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { action: 'proposal.create', actor_name: 'Wong Siu-ming (Harbour Wing)' },
      { action: 'company.update', actor_name: 'Chan Tai-man (HK registrar)' },
      { action: 'proposal.approve', actor_name: 'Chan Tai-man (HK registrar)' },
    ]);
    // Decided once.
    expect(
      (
        await call('POST', `/api/proposals/${proposal.id}/decision`, {
          token: hk,
          body: { decision: 'reject', reason: 'late' },
          headers: { 'If-Match': await etagOf(reg, hk, `/api/proposals/${proposal.id}`) },
        })
      ).status,
    ).toBe(409);
  });

  it('is rejected with a reason the operator reads, and the wrong people and bad input are refused without a change', async () => {
    const { call, operator, hk, mo, companyId, db, ids, tokenFor } = await withOperator();
    const vesselId = ids.vesselId('477101600');
    const otherOperator = await tokenFor('operator', { companyId: ids.companyId('Ho Kong High Speed Ferries Limited') });
    const before = await counts(db);
    const propose = (token: string, body: unknown) => call('POST', '/api/proposals', { token, body });
    const comms = { communications: { bridgePhone: '+852 9800 1108', satellite: [], vhf: 'VHF 16, 70 (DSC)', otherRadio: null } };

    expect((await propose(hk, { recordType: 'vessel', recordId: vesselId, changes: comms })).status).toBe(403);
    expect((await propose(otherOperator, { recordType: 'vessel', recordId: vesselId, changes: comms })).status).toBe(403);
    const notProposable = await propose(operator, { recordType: 'vessel', recordId: vesselId, changes: { mmsi: '477999999' } });
    expect(notProposable.status).toBe(400);
    const badPhone = await propose(operator, { recordType: 'company', recordId: companyId, changes: { emergencyPhone: '2111 3333' } });
    expect(badPhone.status).toBe(400);
    expect((await json(badPhone)).errors[0].field).toBe('changes.emergencyPhone');
    const current = await json(await call('GET', `/api/vessels/${vesselId}`, { token: operator }));
    const nothing = await propose(operator, { recordType: 'vessel', recordId: vesselId, changes: { hullColour: current.hullColour } });
    expect(nothing.status).toBe(400);
    expect(await counts(db)).toEqual(before);

    const proposed = await json(await propose(operator, { recordType: 'vessel', recordId: vesselId, changes: comms }));
    const decide = (token: string, body: unknown, ifMatch = `"proposal-${proposed.id}-1"`) =>
      call('POST', `/api/proposals/${proposed.id}/decision`, { token, body, headers: { 'If-Match': ifMatch } });
    const open = await counts(db);
    expect((await decide(mo, { decision: 'approve' })).status).toBe(403);
    expect((await decide(operator, { decision: 'approve' })).status).toBe(403);
    const noReason = await decide(hk, { decision: 'reject', reason: '  ' });
    expect(noReason.status).toBe(400);
    expect((await json(noReason)).errors[0].field).toBe('reason');
    expect((await decide(hk, { decision: 'approve' }, `"proposal-${proposed.id}-7"`)).status).toBe(412);
    expect(await counts(db)).toEqual(open);

    const rejected = await decide(hk, { decision: 'reject', reason: 'The bridge number must be the one in the safety certificate; send a copy' });
    expect(rejected.status).toBe(200);
    const mine = (await json(await call('GET', '/api/proposals', { token: operator }))).items;
    expect(mine).toEqual([expect.objectContaining({ id: proposed.id, state: 'rejected', reason: expect.stringContaining('safety certificate') })]);
    expect((await json(await call('GET', `/api/vessels/${vesselId}`, { token: operator }))).communications.bridgePhone).toBe(
      current.communications.bridgePhone,
    );
    // Other agencies' registrars and coordinators do not read Hong Kong's proposals.
    expect((await call('GET', `/api/proposals/${proposed.id}`, { token: mo })).status).toBe(403);
    expect((await call('GET', '/api/proposals', { token: await tokenFor('coordinator', { agency: 'HK' }) })).status).toBe(403);
  });

  it("follows its ship into another area's register: an open proposal waits for the gaining agency's registrars, a decided one keeps its history", async () => {
    const reg = await withOperator();
    const { call, operator, hk, mo, ids, db } = reg;
    const vesselId = ids.vesselId('477101600');
    const propose = async (changes: unknown) =>
      json(await call('POST', '/api/proposals', { token: operator, body: { recordType: 'vessel', recordId: vesselId, changes } }));
    const open = await propose({ communications: { bridgePhone: '+853 6688 1108', satellite: [], vhf: 'VHF 16, 70 (DSC)', otherRadio: null } });
    const decided = await propose({ hullColour: 'white with a blue stripe' });
    expect(
      (
        await call('POST', `/api/proposals/${decided.id}/decision`, {
          token: hk,
          body: { decision: 'reject', reason: 'Send a photograph of the new livery' },
          headers: { 'If-Match': await etagOf(reg, hk, `/api/proposals/${decided.id}`) },
        })
      ).status,
    ).toBe(200);

    const released = await call('POST', `/api/vessels/${vesselId}/release`, {
      token: hk,
      body: { toArea: 'MO' },
      headers: { 'If-Match': await etagOf(reg, hk, `/api/vessels/${vesselId}`) },
    });
    const accepted = await call('POST', `/api/vessels/${vesselId}/accept`, {
      token: mo,
      body: MACAO_REGISTRATION,
      headers: { 'If-Match': released.headers.get('etag')! },
    });
    expect(accepted.status).toBe(200);
    expect((await json(accepted)).movedProposals).toEqual([open.id]);

    const openAt = async (token: string) => (await json(await call('GET', '/api/proposals?state=open', { token }))).items.map((p: { id: number }) => p.id);
    expect(await openAt(mo)).toContain(open.id);
    expect(await openAt(hk)).not.toContain(open.id);
    expect((await json(await call('GET', `/api/proposals/${decided.id}`, { token: hk }))).proposal).toMatchObject({ state: 'rejected', homeAgency: 'HK' });
    const moved = await call('GET', `/api/proposals/${open.id}`, { token: mo });
    expect(await json(moved)).toMatchObject({ proposal: { state: 'open', homeAgency: 'MO' }, mayDecide: true });

    const decide = (token: string, ifMatch: string) =>
      call('POST', `/api/proposals/${open.id}/decision`, { token, body: { decision: 'approve' }, headers: { 'If-Match': ifMatch } });
    expect((await decide(hk, '*')).status).toBe(403);
    // A page read before the move is stale.
    expect((await decide(mo, `"proposal-${open.id}-1"`)).status).toBe(412);
    expect((await decide(mo, moved.headers.get('etag')!)).status).toBe(200);
    expect((await json(await call('GET', `/api/vessels/${vesselId}`, { token: operator }))).communications.bridgePhone).toBe('+853 6688 1108');

    const events = await db
      .selectFrom('audit_events')
      .select(['record_agency', 'actor_name'])
      .where('action', '=', 'proposal.move')
      .where('record_id', '=', String(vesselId))
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { record_agency: 'HK', actor_name: 'Leong Ka-io (MO registrar)' },
      { record_agency: 'MO', actor_name: 'Leong Ka-io (MO registrar)' },
    ]);
  });
});

describe('the pages for a ship’s life', () => {
  async function pages() {
    const reg = await setup();
    const origin = 'http://localhost';
    const signIn = async (...as: Parameters<typeof reg.sessionFor>) => `${await reg.sessionFor(...as)}; sar_lang=en`;
    const get = (path: string, cookie: string) => reg.app.request(path, { headers: { Cookie: cookie } });
    const post = (path: string, cookie: string, form: Record<string, string>) =>
      reg.app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, Origin: origin },
        body: new URLSearchParams(form).toString(),
      });
    return { ...reg, signIn, get, post };
  }

  it('take a registrar from release to acceptance, with a wrong identifier named beside its field', async () => {
    const { signIn, get, post, ids } = await pages();
    const id = ids.vesselId('477202200');
    const hkCookie = await signIn('registrar', { agency: 'HK', name: 'Chan Tai-man (HK registrar)' });
    const ship = await (await get(`/ships/${id}`, hkCookie)).text();
    expect(ship).toContain(`href="/ships/${id}/release"`);
    const form = await (await get(`/ships/${id}/release`, hkCookie)).text();
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    expect((await post(`/ships/${id}/release`, hkCookie, { version, toArea: 'MO', note: 'Sold to a Macao operator' })).status).toBe(303);
    expect(await (await get(`/ships/${id}`, hkCookie)).text()).toContain('Released to Macao');

    const moCookie = await signIn('registrar', { agency: 'MO' });
    expect(await (await get('/transfers', moCookie)).text()).toContain('Oriental Pearl');
    const acceptForm = await (await get(`/ships/${id}/accept`, moCookie)).text();
    const v2 = /name="version" value="(\d+)"/.exec(acceptForm)![1]!;
    const wrong = await post(`/ships/${id}/accept`, moCookie, { version: v2, mmsi: '477202200', callSign: 'XXOP2', portOfRegistry: 'Macao', epirbHexId: '' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/<label class="field-error" for="f-mmsi">[\s\S]*MID 477[\s\S]*<\/label>/);
    const ok = await post(`/ships/${id}/accept`, moCookie, {
      version: v2,
      mmsi: '453302200',
      callSign: 'XXOP2',
      portOfRegistry: 'Macao',
      epirbHexId: standardLocationEpirbHexId('453302200'),
    });
    expect(ok.status).toBe(303);
    const after = await (await get(`/ships/${id}`, moCookie)).text();
    expect(after).toMatch(/Hong Kong → Macao, 2026-[\d-]+\. Formerly: 東方明珠 · Oriental Pearl · MMSI 477202200/);
    expect(after).toContain(`action="/ships/${id}/plan"`);
    // Hong Kong's registrar no longer opens the release form for it.
    expect((await get(`/ships/${id}/release`, hkCookie)).status).toBe(403);
  });

  it('let an operator propose, the registrar compare and reject with a reason, and the operator read it', async () => {
    const reg = await pages();
    const { signIn, get, post, ids } = reg;
    const companyId = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const opCookie = await signIn('operator', { companyId, name: 'Wong Siu-ming' });
    const form = await (await get('/proposals/new', opCookie)).text();
    const current = /name="emergencyPhone" type="tel" value="([^"]*)"/.exec(form)![1]!;
    const fields = Object.fromEntries(
      [...form.matchAll(/name="([^"]+)"(?: type="[^"]*")? value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replaceAll('&#43;', '+')]),
    );
    const bad = await post('/proposals', opCookie, { ...fields, 'designatedPerson.phone': '2859 3111' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/<label class="field-error" for="f-designatedPerson-phone">/);
    const sent = await post('/proposals', opCookie, { ...fields, emergencyPhone: '+852 2859 3999', note: 'The operations centre moved' });
    expect(sent.status).toBe(303);
    const at = sent.headers.get('location')!;

    const hkCookie = await signIn('registrar', { agency: 'HK', name: 'Chan Tai-man (HK registrar)' });
    const shown = await (await get(at, hkCookie)).text();
    expect(shown).toContain('+852 2859 3999');
    expect(shown).toContain(current);
    const version = /name="version" value="(\d+)"/.exec(shown)![1]!;
    const empty = await post(`${at}/decision`, hkCookie, { version, decision: 'reject', reason: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toMatch(/<label class="field-error" for="f-reason">/);
    expect(
      (await post(`${at}/decision`, hkCookie, { version, decision: 'reject', reason: 'Send the number of the new centre with its opening date' })).status,
    ).toBe(303);
    const mine = await (await get('/proposals', opCookie)).text();
    expect(mine).toContain('Rejected');
    expect(await (await get(at, opCookie)).text()).toContain('Send the number of the new centre');
  });
});
