import { describe, expect, it } from 'vitest';
import { demoIds, hongKongCompany, hongKongVessel, testRegistry } from './helpers.ts';

// Every route of the registry's companies and vessels × every kind of caller. The subject records are
// Harbour Wing (a Hong Kong company) and its jetfoil Golden Dragon Wing.
const ROLES = ['admin', 'homeRegistrar', 'otherRegistrar', 'coordinator', 'ownOperator', 'otherOperator', 'noToken'] as const;
type Caller = (typeof ROLES)[number];

type Case = {
  route: string;
  request: (ids: { company: number; vessel: number }) => { method: string; path: string; body?: unknown; etagOf?: string };
  expect: Record<Caller, number>;
};

const reads = (own: number) => ({ admin: 200, homeRegistrar: 200, otherRegistrar: 200, coordinator: 200, ownOperator: 200, otherOperator: own, noToken: 401 });
const homeWrite = (ok: number) => ({ admin: 403, homeRegistrar: ok, otherRegistrar: 403, coordinator: 403, ownOperator: 403, otherOperator: 403, noToken: 401 });

const CASES: Case[] = [
  { route: 'GET /api/agencies', request: () => ({ method: 'GET', path: '/api/agencies' }), expect: reads(200) },
  { route: 'GET /api/arrangement', request: () => ({ method: 'GET', path: '/api/arrangement' }), expect: reads(200) },
  { route: 'POST /api/companies', request: () => ({ method: 'POST', path: '/api/companies', body: hongKongCompany() }), expect: homeWrite(201) },
  { route: 'GET /api/companies', request: () => ({ method: 'GET', path: '/api/companies' }), expect: reads(200) },
  { route: 'GET /api/companies/{id}', request: (ids) => ({ method: 'GET', path: `/api/companies/${ids.company}` }), expect: reads(403) },
  {
    route: 'PATCH /api/companies/{id}',
    request: (ids) => ({ method: 'PATCH', path: `/api/companies/${ids.company}`, body: { emergencyPhoneAlt: '+852 9999 0000' }, etagOf: `/api/companies/${ids.company}` }),
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
    const ids = { company: companyId('Harbour Wing Jetfoil Company Limited'), vessel: vesselId('477101500') };
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
    const res = await call(req.method, req.path, { token, body: req.body, headers });
    expect(res.status).toBe(c.expect[caller]);
  });
});
