import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../src/reference/agencies.ts';
import { demoIds, hongKongCompany, hongKongVessel, registryState, testRegistry } from './helpers.ts';

// Every route × every kind of caller. The subject records are Harbour Wing (a Hong Kong company), its
// jetfoil Golden Dragon Wing and its issued plan; Oriental Pearl's plan (Hong Kong, a draft); Hoi Fung (no plan).
const ROLES = ['admin', 'homeRegistrar', 'otherRegistrar', 'coordinator', 'ownOperator', 'otherOperator', 'noToken'] as const;
type Caller = (typeof ROLES)[number];

type Ids = { company: number; vessel: number; plan: number; draftPlan: number; planless: number };

type Case = {
  route: string;
  request: (ids: Ids) => { method: string; path: string; body?: unknown; etagOf?: string };
  expect: Record<Caller, number>;
};

const reads = (own: number) => ({ admin: 200, homeRegistrar: 200, otherRegistrar: 200, coordinator: 200, ownOperator: 200, otherOperator: own, noToken: 401 });
const homeWrite = (ok: number) => ({ admin: 403, homeRegistrar: ok, otherRegistrar: 403, coordinator: 403, ownOperator: 403, otherOperator: 403, noToken: 401 });

const hkRcc = AGENCIES.find((a) => a.code === 'HK')!;
const adminOnly = { admin: 200, homeRegistrar: 403, otherRegistrar: 403, coordinator: 403, ownOperator: 403, otherOperator: 403, noToken: 401 };

const CASES: Case[] = [
  { route: 'GET /api/agencies', request: () => ({ method: 'GET', path: '/api/agencies' }), expect: reads(200) },
  { route: 'GET /api/arrangement', request: () => ({ method: 'GET', path: '/api/arrangement' }), expect: reads(200) },
  { route: 'POST /api/companies', request: () => ({ method: 'POST', path: '/api/companies', body: hongKongCompany() }), expect: homeWrite(201) },
  { route: 'GET /api/companies', request: () => ({ method: 'GET', path: '/api/companies' }), expect: reads(200) },
  { route: 'GET /api/companies/{id}', request: (ids) => ({ method: 'GET', path: `/api/companies/${ids.company}` }), expect: reads(403) },
  {
    route: 'PATCH /api/companies/{id}',
    request: (ids) => ({ method: 'PATCH', path: `/api/companies/${ids.company}`, body: { emergencyPhoneAlt: '+852 9123 4567' }, etagOf: `/api/companies/${ids.company}` }),
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
    request: (ids) => ({ method: 'POST', path: `/api/plans/${ids.draftPlan}/issue`, body: { change: 'major', summary: 'First issue' }, etagOf: `/api/plans/${ids.draftPlan}` }),
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
    request: (ids) => ({ method: 'POST', path: `/api/plans/${ids.plan}/exercises`, body: { state: 'planned', date: '2026-12-01', kind: 'communications', scenario: 'Radio check', agencies: ['HK'], voluntary: true } }),
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
    request: () => ({ method: 'PUT', path: '/api/arrangement/pairs/GD-MO', body: { signedOn: '2026-02-20', signatoryA: 'A', signatoryB: 'B' }, etagOf: '/api/arrangement/pairs/GD-MO' }),
    expect: adminOnly,
  },
  {
    route: 'GET /api/audit',
    request: () => ({ method: 'GET', path: '/api/audit' }),
    expect: { admin: 200, homeRegistrar: 200, otherRegistrar: 200, coordinator: 403, ownOperator: 403, otherOperator: 403, noToken: 401 },
  },
];

describe.each(CASES)('$route', (c) => {
  it.each(ROLES)('as %s', async (caller) => {
    const { db, call, tokenFor } = await testRegistry();
    const { companyId, vesselId } = await demoIds(db);
    const planOf = async (mmsi: string) => (await db.selectFrom('plans').select('id').where('vessel_id', '=', vesselId(mmsi)).executeTakeFirstOrThrow()).id;
    const ids: Ids = {
      company: companyId('Harbour Wing Jetfoil Company Limited'),
      vessel: vesselId('477101500'),
      plan: await planOf('477101500'),
      draftPlan: await planOf('477202200'),
      planless: vesselId('477202300'),
    };
    const tokens: Record<Caller, () => Promise<string | undefined>> = {
      admin: () => tokenFor('admin'),
      homeRegistrar: () => tokenFor('registrar', { agency: 'HK' }),
      otherRegistrar: () => tokenFor('registrar', { agency: 'GD' }),
      coordinator: () => tokenFor('coordinator', { agency: 'MO' }),
      ownOperator: () => tokenFor('operator', { companyId: ids.company }),
      otherOperator: () => tokenFor('operator', { companyId: companyId('Ho Kong High Speed Ferries Limited') }),
      noToken: async () => undefined,
    };
    const token = await tokens[caller]();
    const req = c.request(ids);
    const headers: Record<string, string> = {};
    if (req.etagOf) {
      // Every caller is given the current ETag, so only who they are decides the answer.
      const read = await call('GET', req.etagOf, { token: await tokenFor('admin') });
      headers['If-Match'] = read.headers.get('etag')!;
    }
    const write = req.method !== 'GET';
    const before = write ? await registryState(db) : null;
    const res = await call(req.method, req.path, { token, body: req.body, headers });
    expect(res.status).toBe(c.expect[caller]);
    if (!write) return;
    // A refused write changes nothing at all and writes no audit event; an allowed one is audited.
    const after = await registryState(db);
    if (res.status >= 400) expect(after).toEqual(before);
    else expect(after.audit_events).not.toBe(before!.audit_events);
  });
});
