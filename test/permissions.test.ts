import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../src/reference/agencies.ts';
import { demoIds, hongKongCompany, hongKongVessel, registryState, testRegistry } from './helpers.ts';

// Every route × every kind of caller (the admin is Hong Kong's). The subject records are Harbour Wing (a Hong Kong company), its
// jetfoil Golden Dragon Wing and its issued plan; Oriental Pearl's plan (Hong Kong, a draft); Hoi Fung (no plan).
// The gaining registrar is Macao's, to which Phoenix Wing has been released (transfer of registry).
const ROLES = ['admin', 'homeRegistrar', 'otherRegistrar', 'gainingRegistrar', 'coordinator', 'ownOperator', 'otherOperator', 'noToken'] as const;
type Caller = (typeof ROLES)[number];

type Ids = { company: number; vessel: number; plan: number; draftPlan: number; planless: number; released: number; proposal: number; person: number };

type Case = {
  route: string;
  request: (ids: Ids) => { method: string; path: string; body?: unknown; etagOf?: string };
  expect: Record<Caller, number>;
};

const reads = (own: number) => ({
  admin: 200,
  homeRegistrar: 200,
  otherRegistrar: 200,
  gainingRegistrar: 200,
  coordinator: 200,
  ownOperator: 200,
  otherOperator: own,
  noToken: 401,
});
const homeWrite = (ok: number) => ({
  admin: 403,
  homeRegistrar: ok,
  otherRegistrar: 403,
  gainingRegistrar: 403,
  coordinator: 403,
  ownOperator: 403,
  otherOperator: 403,
  noToken: 401,
});
const nobodyBut = (who: Caller, ok: number) => ({ ...homeWrite(403), [who]: ok });

const hkRcc = AGENCIES.find((a) => a.code === 'HK')!;
const adminOnly = nobodyBut('admin', 200);

const CASES: Case[] = [
  { route: 'GET /api/agencies', request: () => ({ method: 'GET', path: '/api/agencies' }), expect: reads(200) },
  { route: 'GET /api/arrangement', request: () => ({ method: 'GET', path: '/api/arrangement' }), expect: reads(200) },
  { route: 'POST /api/companies', request: () => ({ method: 'POST', path: '/api/companies', body: hongKongCompany() }), expect: homeWrite(201) },
  { route: 'GET /api/companies', request: () => ({ method: 'GET', path: '/api/companies' }), expect: reads(200) },
  { route: 'GET /api/companies/{id}', request: (ids) => ({ method: 'GET', path: `/api/companies/${ids.company}` }), expect: reads(403) },
  {
    route: 'PATCH /api/companies/{id}',
    request: (ids) => ({
      method: 'PATCH',
      path: `/api/companies/${ids.company}`,
      body: { emergencyPhoneAlt: '+852 9123 4567' },
      etagOf: `/api/companies/${ids.company}`,
    }),
    expect: homeWrite(200),
  },
  { route: 'POST /api/vessels', request: (ids) => ({ method: 'POST', path: '/api/vessels', body: hongKongVessel(ids.company) }), expect: homeWrite(201) },
  { route: 'GET /api/vessels', request: () => ({ method: 'GET', path: '/api/vessels' }), expect: reads(200) },
  { route: 'GET /api/vessels/{id}', request: (ids) => ({ method: 'GET', path: `/api/vessels/${ids.vessel}` }), expect: reads(403) },
  {
    route: 'PATCH /api/vessels/{id}',
    request: (ids) => ({ method: 'PATCH', path: `/api/vessels/${ids.vessel}`, body: { status: 'laid_up' }, etagOf: `/api/vessels/${ids.vessel}` }),
    expect: homeWrite(200),
  },
  { route: 'POST /api/plans', request: (ids) => ({ method: 'POST', path: '/api/plans', body: { vesselId: ids.planless } }), expect: homeWrite(201) },
  { route: 'GET /api/plans', request: () => ({ method: 'GET', path: '/api/plans' }), expect: reads(200) },
  { route: 'GET /api/plans/{id}', request: (ids) => ({ method: 'GET', path: `/api/plans/${ids.plan}` }), expect: reads(403) },
  {
    route: 'POST /api/plans/{id}/draft',
    request: (ids) => ({ method: 'POST', path: `/api/plans/${ids.plan}/draft`, etagOf: `/api/plans/${ids.plan}` }),
    expect: homeWrite(201),
  },
  {
    route: 'PATCH /api/plans/{id}/draft',
    request: (ids) => ({ method: 'PATCH', path: `/api/plans/${ids.draftPlan}/draft`, body: { medicalNotes: 'AED' }, etagOf: `/api/plans/${ids.draftPlan}` }),
    expect: homeWrite(200),
  },
  {
    route: 'POST /api/plans/{id}/issue',
    request: (ids) => ({
      method: 'POST',
      path: `/api/plans/${ids.draftPlan}/issue`,
      body: { change: 'major', summary: 'First issue' },
      etagOf: `/api/plans/${ids.draftPlan}`,
    }),
    expect: homeWrite(200),
  },
  {
    route: 'POST /api/plans/{id}/withdraw',
    request: (ids) => ({ method: 'POST', path: `/api/plans/${ids.plan}/withdraw`, body: { reason: 'Sold' }, etagOf: `/api/plans/${ids.plan}` }),
    expect: homeWrite(200),
  },
  { route: 'GET /api/plans/{id}/revisions/{rev}', request: (ids) => ({ method: 'GET', path: `/api/plans/${ids.plan}/revisions/1` }), expect: reads(403) },
  { route: 'GET /api/plans/{id}/recognitions', request: (ids) => ({ method: 'GET', path: `/api/plans/${ids.plan}/recognitions` }), expect: reads(403) },
  {
    route: 'POST /api/plans/{id}/exercises',
    request: (ids) => ({
      method: 'POST',
      path: `/api/plans/${ids.plan}/exercises`,
      body: { state: 'planned', date: '2026-12-01', kind: 'communications', scenario: 'Radio check', agencies: ['HK'], voluntary: true },
    }),
    expect: homeWrite(201),
  },
  { route: 'GET /api/exercises/due', request: () => ({ method: 'GET', path: '/api/exercises/due' }), expect: reads(200) },
  {
    route: 'PUT /api/agencies/{code}/rcc',
    request: () => ({ method: 'PUT', path: '/api/agencies/HK/rcc', body: { ...hkRcc.rcc, fax: '+852 2541 7715' }, etagOf: '/api/agencies/HK' }),
    expect: homeWrite(200),
  },
  {
    route: 'PUT /api/agencies/{code}/facilities',
    request: () => ({ method: 'PUT', path: '/api/agencies/HK/facilities', body: hkRcc.facilities, etagOf: '/api/agencies/HK' }),
    expect: homeWrite(200),
  },
  { route: 'GET /api/arrangement/pairs/{pair}', request: () => ({ method: 'GET', path: '/api/arrangement/pairs/GD-MO' }), expect: reads(200) },
  {
    route: 'PUT /api/arrangement/pairs/{pair}',
    request: () => ({
      method: 'PUT',
      path: '/api/arrangement/pairs/GD-HK',
      body: { signedOn: '2026-02-20', signatoryA: 'A', signatoryB: 'B' },
      etagOf: '/api/arrangement/pairs/GD-HK',
    }),
    expect: adminOnly,
  },
  {
    // Guangdong's admin recorded a signing of the Guangdong–Hong Kong block: Hong Kong's admin confirms it.
    route: 'POST /api/arrangement/pairs/{pair}/confirm',
    request: () => ({ method: 'POST', path: '/api/arrangement/pairs/GD-HK/confirm', etagOf: '/api/arrangement/pairs/GD-HK' }),
    expect: adminOnly,
  },
  {
    route: 'POST /api/arrangement/pairs/{pair}/cancel',
    request: () => ({ method: 'POST', path: '/api/arrangement/pairs/GD-HK/cancel', etagOf: '/api/arrangement/pairs/GD-HK' }),
    expect: adminOnly,
  },
  {
    route: 'GET /api/audit',
    request: () => ({ method: 'GET', path: '/api/audit' }),
    expect: {
      admin: 200,
      homeRegistrar: 200,
      otherRegistrar: 200,
      gainingRegistrar: 200,
      coordinator: 403,
      ownOperator: 403,
      otherOperator: 403,
      noToken: 401,
    },
  },
  {
    route: 'POST /api/vessels/{id}/release',
    request: (ids) => ({ method: 'POST', path: `/api/vessels/${ids.vessel}/release`, body: { toArea: 'MO' }, etagOf: `/api/vessels/${ids.vessel}` }),
    expect: homeWrite(200),
  },
  {
    route: 'POST /api/vessels/{id}/release/cancel',
    request: (ids) => ({ method: 'POST', path: `/api/vessels/${ids.released}/release/cancel`, etagOf: `/api/vessels/${ids.released}` }),
    expect: homeWrite(200),
  },
  {
    route: 'POST /api/vessels/{id}/accept',
    request: (ids) => ({
      method: 'POST',
      path: `/api/vessels/${ids.released}/accept`,
      body: { mmsi: '453301600', callSign: 'XXPW3', portOfRegistry: 'Macao', epirbHexId: null },
      etagOf: `/api/vessels/${ids.released}`,
    }),
    expect: nobodyBut('gainingRegistrar', 200),
  },
  { route: 'GET /api/vessels/{id}/transfers', request: (ids) => ({ method: 'GET', path: `/api/vessels/${ids.released}/transfers` }), expect: reads(403) },
  {
    route: 'GET /api/transfers',
    request: () => ({ method: 'GET', path: '/api/transfers' }),
    expect: {
      admin: 403,
      homeRegistrar: 200,
      otherRegistrar: 200,
      gainingRegistrar: 200,
      coordinator: 403,
      ownOperator: 403,
      otherOperator: 403,
      noToken: 401,
    },
  },
  {
    route: 'POST /api/proposals',
    request: (ids) => ({
      method: 'POST',
      path: '/api/proposals',
      body: { recordType: 'company', recordId: ids.company, changes: { emergencyPhoneAlt: '+852 9123 9999' } },
    }),
    expect: nobodyBut('ownOperator', 201),
  },
  {
    route: 'GET /api/proposals',
    request: () => ({ method: 'GET', path: '/api/proposals' }),
    expect: {
      admin: 200,
      homeRegistrar: 200,
      otherRegistrar: 200,
      gainingRegistrar: 200,
      coordinator: 403,
      ownOperator: 200,
      otherOperator: 200,
      noToken: 401,
    },
  },
  {
    route: 'GET /api/proposals/{id}',
    request: (ids) => ({ method: 'GET', path: `/api/proposals/${ids.proposal}` }),
    expect: {
      admin: 200,
      homeRegistrar: 200,
      otherRegistrar: 403,
      gainingRegistrar: 403,
      coordinator: 403,
      ownOperator: 200,
      otherOperator: 403,
      noToken: 401,
    },
  },
  {
    route: 'POST /api/proposals/{id}/decision',
    request: (ids) => ({
      method: 'POST',
      path: `/api/proposals/${ids.proposal}/decision`,
      body: { decision: 'approve' },
      etagOf: `/api/proposals/${ids.proposal}`,
    }),
    expect: homeWrite(200),
  },
  {
    route: 'POST /api/proposals/{id}/withdraw',
    request: (ids) => ({ method: 'POST', path: `/api/proposals/${ids.proposal}/withdraw`, etagOf: `/api/proposals/${ids.proposal}` }),
    expect: nobodyBut('ownOperator', 200),
  },
  { route: 'GET /api/people', request: () => ({ method: 'GET', path: '/api/people' }), expect: adminOnly },
  { route: 'GET /api/people/{id}', request: (ids) => ({ method: 'GET', path: `/api/people/${ids.person}` }), expect: adminOnly },
  {
    route: 'POST /api/people',
    request: () => ({ method: 'POST', path: '/api/people', body: { name: 'Ho Wing-sze', email: 'ho.ws@mardep.example.hk', role: 'coordinator' } }),
    expect: nobodyBut('admin', 201),
  },
  { route: 'POST /api/people/{id}/disable', request: (ids) => ({ method: 'POST', path: `/api/people/${ids.person}/disable` }), expect: adminOnly },
  { route: 'POST /api/people/{id}/reset', request: (ids) => ({ method: 'POST', path: `/api/people/${ids.person}/reset` }), expect: adminOnly },
];

// One registry per route, every caller in turn: the refused ones first (each must change nothing),
// the allowed one last (it must be audited), so no caller's answer depends on another's write.
describe.each(CASES)('$route', (c) => {
  it('answers each caller as expected', async () => {
    const { db, call, tokenFor } = await testRegistry();
    const { companyId, vesselId } = await demoIds(db);
    const planOf = async (mmsi: string) => (await db.selectFrom('plans').select('id').where('vessel_id', '=', vesselId(mmsi)).executeTakeFirstOrThrow()).id;
    const company = companyId('Harbour Wing Jetfoil Company Limited');
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const ownOperator = await tokenFor('operator', { companyId: company });
    const released = vesselId('477101600');
    // The matrix's admin is Hong Kong's: it manages the Guangdong–Hong Kong block and Hong Kong's people only.
    const admin = await tokenFor('admin', { agency: 'HK' });
    const gdAdmin = await tokenFor('admin', { agency: 'GD' });
    const etag = async (path: string) => (await call('GET', path, { token: admin })).headers.get('etag')!;
    await call('PUT', '/api/arrangement/pairs/GD-HK', {
      token: gdAdmin,
      body: { signedOn: '2015-09-09', signatoryA: 'Director, Guangdong MSA', signatoryB: 'Director of Marine' },
      headers: { 'If-Match': await etag('/api/arrangement/pairs/GD-HK') },
    });
    await call('POST', `/api/vessels/${released}/release`, {
      token: hk,
      body: { toArea: 'MO' },
      headers: { 'If-Match': await etag(`/api/vessels/${released}`) },
    });
    const proposal = await call('POST', '/api/proposals', {
      token: ownOperator,
      body: { recordType: 'company', recordId: company, changes: { emergencyPhoneAlt: '+852 9123 8888' } },
    });
    const person = await call('POST', '/api/people', { token: admin, body: { name: 'Lam Ka-wai', email: 'lam.kw@mardep.example.hk', role: 'coordinator' } });
    const ids: Ids = {
      company,
      vessel: vesselId('477101500'),
      plan: await planOf('477101500'),
      draftPlan: await planOf('477202200'),
      planless: vesselId('477202300'),
      released,
      proposal: ((await proposal.json()) as { id: number }).id,
      person: ((await person.json()) as { person: { id: number } }).person.id,
    };
    const tokens: Record<Caller, string | undefined> = {
      admin,
      homeRegistrar: hk,
      otherRegistrar: await tokenFor('registrar', { agency: 'GD' }),
      gainingRegistrar: await tokenFor('registrar', { agency: 'MO' }),
      coordinator: await tokenFor('coordinator', { agency: 'MO' }),
      ownOperator,
      otherOperator: await tokenFor('operator', { companyId: companyId('Ho Kong High Speed Ferries Limited') }),
      noToken: undefined,
    };
    const req = c.request(ids);
    const write = req.method !== 'GET';
    const allowed = (caller: Caller) => c.expect[caller] < 300;
    const order = [...ROLES.filter((r) => !allowed(r)), ...ROLES.filter(allowed)];
    if (write) expect(ROLES.filter(allowed).length, 'a write case allows at most one caller').toBeLessThanOrEqual(1);
    const before = write ? await registryState(db) : null;
    for (const caller of order) {
      // Every caller is given the current ETag, so only who they are decides the answer.
      const headers: Record<string, string> = req.etagOf ? { 'If-Match': await etag(req.etagOf) } : {};
      const res = await call(req.method, req.path, { token: tokens[caller], body: req.body, headers });
      expect(res.status, `as ${caller}`).toBe(c.expect[caller]);
      if (!write) continue;
      // A refused write changes nothing at all and writes no audit event; an allowed one is audited.
      const after = await registryState(db);
      if (res.status >= 400) expect(after, `as ${caller}`).toEqual(before);
      else expect(after.audit_events, `as ${caller}`).not.toBe(before!.audit_events);
    }
  });
});
