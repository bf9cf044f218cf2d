import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoIds, json, testRegistry, type TestRegistry } from './helpers.ts';

// Every write route, sent what an attacker or a broken client sends: wrong types in every field, huge
// and deeply nested values, Unicode's edge cases (lone surrogates, bidirectional overrides, zero-width
// and combining characters, astral ideographs), in the body, the path and the query. Each is answered,
// refused or done, and never a server error. Seeds are fixed, so a failure is the same on every run.

type Operation = { method: string; path: string; properties: Record<string, unknown>; hasBody: boolean };

const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e嘉應輪\u202c',
  '\u200b',
  'e\u0301\u0301\u0301',
  '𠀋𡈽𡌛',
  '﷽',
  '\ufeff',
  'null',
  '-1',
  '1e309',
  'NaN',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "'; drop table vessels; --",
  '=HYPERLINK("http://evil.example")',
  'x'.repeat(70_000),
];

/** A value of any JSON shape, edge strings and deep nests among them. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS),
  fc.constantFrom(null, true, false, 0, -1, 2 ** 53, -(2 ** 63), 1.5, Number.MAX_VALUE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 0, max: 60 }).map((depth) => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 'deep')),
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
);

async function operations(reg: TestRegistry, token: string): Promise<Operation[]> {
  const doc = await json(await reg.call('GET', '/openapi.json', { token }));
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(
    doc.paths as Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>,
  )) {
    for (const [method, op] of Object.entries(item)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      const schema = op.requestBody?.content?.['application/json']?.schema as { $ref?: string; properties?: Record<string, unknown> } | undefined;
      const resolved = schema?.$ref ? doc.components.schemas[schema.$ref.split('/').at(-1)!] : schema;
      ops.push({ method: method.toUpperCase(), path, properties: resolved?.properties ?? {}, hasBody: Boolean(op.requestBody) });
    }
  }
  return ops;
}

describe('hostile input to every write route', () => {
  let reg: TestRegistry;
  let tokens: string[];
  let ids: Record<string, number>;
  let ops: Operation[];
  beforeAll(async () => {
    reg = await testRegistry();
    const demo = await demoIds(reg.db);
    const plan = (await reg.db.selectFrom('plans').select('id').limit(1).executeTakeFirstOrThrow()).id;
    ids = { id: plan, vesselId: demo.vesselId('477101500'), companyId: demo.companyId('Ho Kong High Speed Ferries Limited') };
    tokens = [
      await reg.tokenFor('registrar', { agency: 'HK' }),
      await reg.tokenFor('admin', { agency: 'MO' }),
      await reg.tokenFor('operator', { companyId: ids.companyId! }),
      await reg.tokenFor('coordinator', { agency: 'GD' }),
    ];
    ops = await operations(reg, tokens[0]!);
  });

  it('finds the write routes to try in the OpenAPI document', () => {
    expect(ops.length).toBeGreaterThan(30);
    expect(ops.map((o) => `${o.method} ${o.path}`)).toContain('POST /api/vessels');
  });

  it('answers wrong types, huge, deep and strange values in every field of every body without a server error', async () => {
    const errors: string[] = [];
    let sent = 0;
    for (const [n, op] of ops.entries()) {
      if (!op.hasBody) continue;
      const fields = Object.keys(op.properties);
      const body = fc.record(Object.fromEntries(fields.map((f) => [f, hostile])), { requiredKeys: [] });
      const whole = fc.oneof(body, hostile);
      for (const sample of fc.sample(whole, { seed: 20261204 + n, numRuns: 30 })) {
        const token = tokens[sent % tokens.length]!;
        const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => String(ids[name] ?? ids.id));
        const res = await reg.call(op.method, path, { token, body: sample, headers: { 'If-Match': '"1"' } });
        sent += 1;
        if (res.status >= 500) errors.push(`${op.method} ${path} ${res.status}: ${JSON.stringify(sample).slice(0, 200)}`);
        else await res.arrayBuffer();
      }
    }
    expect(sent).toBeGreaterThan(600);
    expect(errors).toEqual([]);
  });

  it('answers strange path parameters and query strings without a server error', async () => {
    const errors: string[] = [];
    const params = ['0', '-1', '9007199254740993', '1e3', '%00', '%F0%9F%9A%A2', 'null', '..%2F..%2F', '%E5%98%89', 'x'.repeat(3000)];
    for (const op of ops) {
      for (const value of params) {
        const path = op.path.replace(/\{(\w+)\}/g, () => value);
        const res = await reg.call(op.method, path, { token: tokens[0]!, body: {} });
        if (res.status >= 500) errors.push(`${op.method} ${path.slice(0, 120)} ${res.status}`);
        else await res.arrayBuffer();
      }
    }
    const queries = ['q=%00', 'q=%ED%A0%80', `q=${'嘉'.repeat(5000)}`, 'limit=-5&after=abc', 'limit=1e9', 'q[]=a&q[]=b', 'after=%F0%9F%9A%A2&wait=NaN'];
    for (const path of ['/api/lookup', '/api/vessels', '/api/plans', '/api/changes', '/api/audit', '/api/incident-book']) {
      for (const query of queries) {
        const res = await reg.call('GET', `${path}?${query}`, { token: tokens[0]! });
        if (res.status >= 500) errors.push(`GET ${path}?${query.slice(0, 60)} ${res.status}`);
        else await res.arrayBuffer();
      }
    }
    expect(errors).toEqual([]);
  });

  it('reads a control character pasted into a lookup as a gap: the ship is still found (PostgreSQL refused NUL outright)', async () => {
    for (const q of ['4771015%0000', '%00VRJF%077', '%00Golden%07Dragon', '477101500%1B']) {
      const found = await json(await reg.call('GET', `/api/lookup?q=${q}`, { token: tokens[3]! }));
      expect(
        found.items.map((i: { vessel: { mmsi: string } }) => i.vessel.mmsi),
        q,
      ).toContain('477101500');
    }
  });
});
