import { describe, expect, it } from 'vitest';
import { demoIds, hongKongCompany, hongKongVessel, json, testRegistry, type TestRegistry } from './helpers.ts';

async function counts(db: TestRegistry['db']) {
  const n = async (table: 'companies' | 'vessels' | 'audit_events') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { companies: await n('companies'), vessels: await n('vessels'), audit: await n('audit_events') };
}

type Ctx = { company: number; vessel: number };
type BadCase = {
  what: string;
  request: (ctx: Ctx) => { method: string; path: string; body?: unknown; raw?: string; contentType?: string; withEtag?: boolean };
  status: number;
  code: string;
  fields?: string[];
};

const CASES: BadCase[] = [
  {
    what: 'malformed JSON',
    request: () => ({ method: 'POST', path: '/api/vessels', raw: '{"nameEn": "Sea', contentType: 'application/json' }),
    status: 400,
    code: 'body_not_json',
  },
  {
    what: 'a form instead of JSON',
    request: () => ({ method: 'POST', path: '/api/companies', raw: 'nameEn=x', contentType: 'application/x-www-form-urlencoded' }),
    status: 415,
    code: 'body_not_json_type',
  },
  {
    what: 'no content type',
    request: () => ({ method: 'POST', path: '/api/companies', raw: '{}', contentType: '' }),
    status: 415,
    code: 'body_not_json_type',
  },
  { what: 'a JSON array', request: () => ({ method: 'POST', path: '/api/companies', body: [] }), status: 400, code: 'validation_failed', fields: ['(body)'] },
  // 20,000 nested arrays fit in 40 KB; parsed and walked they overflowed the stack (a 500).
  ...(['/api/companies', '/api/vessels', '/api/plans', '/api/vessels/1/release'] as const).map(
    (path): BadCase => ({
      what: `JSON nested 20,000 deep, to ${path}`,
      request: () => ({ method: 'POST', path, raw: `${'['.repeat(20_000)}${']'.repeat(20_000)}`, contentType: 'application/json' }),
      status: 400,
      code: 'body_too_deep',
    }),
  ),
  {
    what: 'JSON nested 33 deep inside a known field',
    request: () => ({
      method: 'POST',
      path: '/api/companies',
      raw: JSON.stringify(hongKongCompany({ addressEn: JSON.parse(`${'['.repeat(33)}${']'.repeat(33)}`) })),
      contentType: 'application/json',
    }),
    status: 400,
    code: 'body_too_deep',
  },
  {
    what: 'wrong types',
    request: (c) => ({ method: 'POST', path: '/api/vessels', body: hongKongVessel(c.company, { grossTonnage: 'big', crew: 7.5, type: 'submarine' }) }),
    status: 400,
    code: 'validation_failed',
    fields: ['type', 'grossTonnage', 'crew'],
  },
  {
    what: 'missing fields',
    request: () => ({ method: 'POST', path: '/api/companies', body: { homeAgency: 'HK', nameEn: 'Only A Name Ltd' } }),
    status: 400,
    code: 'validation_failed',
    fields: ['nameZh', 'addressZh', 'addressEn', 'emergencyPhone', 'designatedPerson', 'emergencyTeam'],
  },
  {
    what: 'a body over the 64 KiB limit',
    request: () => ({ method: 'POST', path: '/api/companies', body: hongKongCompany({ addressEn: 'x'.repeat(70_000) }) }),
    status: 413,
    code: 'body_too_large',
  },
  {
    what: 'control characters',
    request: () => ({ method: 'POST', path: '/api/companies', body: hongKongCompany({ nameEn: 'Sea\u0007Gull Ltd', addressEn: 'Pier 1\u0000' }) }),
    status: 400,
    code: 'validation_failed',
    fields: ['nameEn', 'addressEn'],
  },
  {
    what: 'over-long strings',
    request: (c) => ({ method: 'POST', path: '/api/vessels', body: hongKongVessel(c.company, { nameEn: 'A'.repeat(121), hullColour: 'w'.repeat(81) }) }),
    status: 400,
    code: 'validation_failed',
    fields: ['nameEn', 'hullColour'],
  },
  {
    what: 'injection-looking names',
    request: () => ({
      method: 'POST',
      path: '/api/companies',
      body: hongKongCompany({ nameEn: "Ferries'); DROP TABLE vessels;--", nameZh: '<script>alert(1)</script>' }),
    }),
    status: 400,
    code: 'validation_failed',
    fields: ['nameZh', 'nameEn'],
  },
  {
    what: 'unknown fields, at any depth',
    request: (c) => ({
      method: 'POST',
      path: '/api/vessels',
      body: { ...hongKongVessel(c.company), colour: 'red', route: { ports: ['HKG-SW', 'MAC-OH'], sailingsPerDay: 2, crossingMinutes: 60, via: 'x' } },
    }),
    status: 400,
    code: 'validation_failed',
    fields: ['colour', 'route.via'],
  },
  {
    what: 'a bad e-mail and phone in a change',
    request: (c) => ({
      method: 'PATCH',
      path: `/api/companies/${c.company}`,
      body: { emergencyPhone: 'call us', designatedPerson: { name: 'A Person', phone: '+852 1234 5678', email: 'not-an-email' } },
      withEtag: true,
    }),
    status: 400,
    code: 'validation_failed',
    fields: ['emergencyPhone', 'designatedPerson.phone', 'designatedPerson.email'],
  },
  {
    what: 'a path id that is not a number',
    request: () => ({ method: 'PATCH', path: '/api/vessels/abc', body: { crew: 3 } }),
    status: 400,
    code: 'validation_failed',
    fields: ['path.id'],
  },
  {
    what: 'a page size out of range',
    request: () => ({ method: 'GET', path: '/api/vessels?limit=1000&colour=red' }),
    status: 400,
    code: 'validation_failed',
    fields: ['query.limit', 'query.colour'],
  },
  {
    what: 'an empty change',
    request: (c) => ({ method: 'PATCH', path: `/api/vessels/${c.vessel}`, body: {}, withEtag: true }),
    status: 400,
    code: 'validation_failed',
    fields: ['(body)'],
  },
];

describe('bad input', () => {
  it.each(CASES)('$what: $status naming the fields, nothing changed', async (c) => {
    const { db, call, tokenFor } = await testRegistry();
    const { companyId, vesselId } = await demoIds(db);
    const token = await tokenFor('registrar', { agency: 'HK' });
    const ctx = { company: companyId('Harbour Wing Jetfoil Company Limited'), vessel: vesselId('477101500') };
    const req = c.request(ctx);
    const headers: Record<string, string> = {};
    if (req.contentType !== undefined) headers['Content-Type'] = req.contentType;
    if (req.withEtag) headers['If-Match'] = (await call('GET', req.path, { token })).headers.get('etag')!;

    const before = await counts(db);
    const res = await call(req.method, req.path, { token, body: req.body, raw: req.raw, headers });
    expect(res.status).toBe(c.status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = await json(res);
    expect(problem).toMatchObject({ status: c.status, code: c.code });
    // The category is the general kind of refusal, the code the specific one.
    expect(problem.category).toBe(
      { body_not_json: 'bad_request', body_too_deep: 'bad_request', body_not_json_type: 'unsupported_media_type', body_too_large: 'payload_too_large' }[
        c.code as string
      ] ?? 'validation_failed',
    );
    if (c.fields) expect([...new Set(problem.errors.map((e: { field: string }) => e.field))].sort()).toEqual([...c.fields].sort());
    expect(await counts(db)).toEqual(before);
  });
});
