import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFUSALS, statusOf } from '../src/errors.ts';
import { demoIds, json, TEST_ENGINE, testRegistry, type TestRegistry } from './helpers.ts';
import { arbitraryFor, resolve, type Schema } from './schema-arbitrary.ts';

// The document against the server, as Schemathesis would try it: for every operation and several roles,
// requests a client generated from /openapi.json may send are made from the schemas themselves. Each
// answer must be documented (status, body schema, headers), and a request the schemas allow may be
// refused only for a reason the document gives: a 409 or 422 with its code, or a 400 whose every problem
// is one the field's `x-problems` lists (a check digit, a numbering plan: checks no schema can state).
// Seeds are fixed; the run is bounded (about 1,500 requests, 5 s).
//
// A second half sends bodies with one field the schemas do not allow: each must be a 400 naming it,
// and change nothing. `npm run contract:probe` runs this file alone and lists the answers it saw.

type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }>; headers?: Record<string, unknown> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
type Sent = { method: string; path: string; template: string; op: Operation; body?: unknown; role: string };

// The document is the same on both engines; on PostgreSQL every request costs several round trips, so
// its leg samples half as many.
const EXAMPLES_PER_ROLE = TEST_ENGINE === 'postgres' ? 1 : 2;
// Headers the server sends that a client may act on: each must be declared where it is sent.
const NOTABLE_HEADERS = ['etag', 'location', 'retry-after', 'idempotent-replayed', 'content-disposition', 'content-range', 'allow'];

let reg: TestRegistry;
let doc: Doc;
let roles: [string, string | undefined][];
let known: Record<string, number[]>;

beforeAll(async () => {
  reg = await testRegistry({ rateLimitPerMinute: 100_000 });
  const demo = await demoIds(reg.db);
  const companyId = demo.companyId('Ho Kong High Speed Ferries Limited');
  roles = [
    ['registrar HK', await reg.tokenFor('registrar', { agency: 'HK' })],
    ['registrar GD', await reg.tokenFor('registrar', { agency: 'GD' })],
    ['admin MO', await reg.tokenFor('admin', { agency: 'MO' })],
    ['operator', await reg.tokenFor('operator', { companyId })],
    ['coordinator', await reg.tokenFor('coordinator', { agency: 'GD' })],
    ['nobody', undefined],
  ];
  const ids = async (table: 'companies' | 'vessels' | 'plans' | 'proposals' | 'principals') =>
    (await reg.db.selectFrom(table).select('id').orderBy('id').limit(6).execute()).map((r) => r.id);
  known = {
    companies: await ids('companies'),
    vessels: await ids('vessels'),
    plans: await ids('plans'),
    proposals: await ids('proposals'),
    people: await ids('principals'),
  };
  doc = (await json(await reg.call('GET', '/openapi.json'))) as Doc;
});

/** Real ids of the record a path names (by its collection), among numbers the schema allows. */
function pathValue(template: string, param: Parameter): fc.Arbitrary<unknown> {
  const collection = template.split('/')[2] ?? '';
  const real = param.name === 'id' ? known[collection] : undefined;
  const small = ['rev', 'n', 'exerciseId'].includes(param.name) ? fc.integer({ min: 1, max: 5 }) : undefined;
  const fromSchema = arbitraryFor(param.schema, doc.components.schemas);
  return real && real.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, fromSchema) : (small ?? fromSchema);
}

function requestsFor(template: string, op: Operation, seed: number) {
  const params = op.parameters ?? [];
  const path = fc.record(Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, pathValue(template, p)])));
  const query = fc.record(Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, arbitraryFor(p.schema, doc.components.schemas)])), {
    requiredKeys: params.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
  });
  const bodySchema = requestSchema(op);
  const body = bodySchema ? arbitraryFor(bodySchema.schema, doc.components.schemas) : fc.constant(undefined);
  return fc.sample(fc.record({ path, query, body }), { seed, numRuns: EXAMPLES_PER_ROLE });
}

/** The body a client sends: JSON where the operation takes it, else a text body (a CSV sheet). */
function requestSchema(op: Operation): { type: string; schema: Schema } | undefined {
  const content = op.requestBody?.content ?? {};
  const type = ['application/json', 'text/csv'].find((t) => content[t]);
  return type ? { type, schema: content[type]!.schema } : undefined;
}

function urlOf(template: string, path: Record<string, unknown>, query: Record<string, unknown>): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined) continue;
    // The long poll is tried elsewhere (test/changes.test.ts): here it would only wait.
    search.set(k, k === 'wait' ? '0' : String(v));
  }
  const s = search.toString();
  return s ? `${filled}?${s}` : filled;
}

/** The version to send as If-Match: the ETag of the nearest readable record above the path. */
async function currentTag(url: string, token: string | undefined): Promise<string> {
  const parts = url.split('?')[0]!.split('/');
  for (let n = parts.length; n > 2; n--) {
    const res = await reg.call('GET', parts.slice(0, n).join('/'), { token });
    await res.arrayBuffer();
    const tag = res.headers.get('etag');
    if (res.ok && tag) return tag;
  }
  return '"0"';
}

function checker() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(JSON.parse(JSON.stringify({ $id: 'registry', components: doc.components }).replaceAll('"#/components/', '"registry#/components/')));
  const compiled = new Map<string, ValidateFunction>();
  return async (sent: Sent, res: Response): Promise<string[]> => {
    const what = `${sent.role}: ${sent.method} ${sent.path}${sent.body === undefined ? '' : ` ${JSON.stringify(sent.body).slice(0, 300)}`} → ${res.status}`;
    const problems: string[] = [];
    if (res.status >= 500) problems.push(`${what}: a server error`);
    const documented = sent.op.responses[String(res.status)];
    if (!documented) problems.push(`${what}: status not documented`);
    for (const header of NOTABLE_HEADERS) {
      if (res.headers.has(header) && !Object.keys(documented?.headers ?? {}).some((h) => h.toLowerCase() === header))
        problems.push(`${what}: sends ${header}, not declared`);
    }
    if (sent.path.startsWith('/api/') && !res.headers.has('x-request-id')) problems.push(`${what}: no X-Request-Id`);
    const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
    if (!/json$/.test(type)) {
      await res.arrayBuffer();
      return problems;
    }
    const body = (await res.json()) as { code?: string };
    const schema = documented?.content?.[type]?.schema;
    if (documented && !schema) problems.push(`${what}: ${type} not documented`);
    if (schema) {
      const key = `${sent.method} ${sent.template} ${res.status} ${type}`;
      if (!compiled.has(key)) compiled.set(key, ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"registry#/components/'))));
      const validate = compiled.get(key)!;
      if (!validate(body)) problems.push(`${what}: answer not as documented: ${ajv.errorsText(validate.errors)}`);
    }
    if (type === 'application/problem+json') {
      const category = REFUSALS[body.code as keyof typeof REFUSALS];
      if (!category) problems.push(`${what}: code ${body.code} not in the catalogue`);
      else if (statusOf(category) !== res.status) problems.push(`${what}: code ${body.code} is documented as ${statusOf(category)}`);
    }
    return Object.assign(problems, { body });
  };
}

/** The schemas a field of a body may have, by its dotted name (route.ports.0), through every alternative. */
function fieldSchemas(root: Schema | undefined, keys: string[]): Schema[] {
  if (!root) return [];
  const at = resolve(root, doc.components.schemas);
  const options = [at, ...(at.anyOf ?? []), ...(at.oneOf ?? [])].map((s) => resolve(s, doc.components.schemas));
  if (keys.length === 0) return options;
  const [key, ...rest] = keys as [string, ...string[]];
  return options.flatMap((s) => fieldSchemas(/^\d+$/.test(key) ? s.items : s.properties?.[key], rest));
}

type Answer = { res: Response; problems: string[]; body?: { code?: string; errors?: { field: string; code: string }[] } };

/** One request as a generated client makes it: the version it read as If-Match, a fresh Idempotency-Key. */
async function send(template: string, method: string, op: Operation, role: string, token: string | undefined, url: string, body: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  const params = op.parameters ?? [];
  if (params.some((p) => p.name === 'If-Match')) headers['If-Match'] = await currentTag(url, token);
  if (params.some((p) => p.name === 'Idempotency-Key')) headers['Idempotency-Key'] = randomUUID();
  const sent: Sent = { method: method.toUpperCase(), path: url, template, op, body, role };
  const bodySchema = requestSchema(op);
  if (bodySchema && bodySchema.type !== 'application/json') headers['Content-Type'] = bodySchema.type;
  const sending = body === undefined ? {} : bodySchema?.type === 'application/json' ? { body } : { raw: String(body) };
  const res = await reg.call(sent.method, url, { token, ...sending, headers });
  const found = (await check(sent, res)) as string[] & { body?: Answer['body'] };
  return { res, problems: [...found], body: found.body };
}

let check: ReturnType<typeof checker>;

/** Every operation, with its path template and method. */
const operations = () => Object.entries(doc.paths).flatMap(([template, item]) => Object.entries(item).map(([method, op]) => ({ template, method, op })));

describe('the document against the server, property by property', () => {
  beforeAll(() => {
    check = checker();
  });

  it('answers what the schemas allow, for every operation and role, as the document says', async () => {
    const mismatches: string[] = [];
    const outcomes = new Map<string, number>();
    let seed = 20261205;
    for (const { template, method, op } of operations()) {
      const bodySchema = requestSchema(op);
      for (const [role, token] of roles) {
        for (const { path, query, body } of requestsFor(template, op, seed++)) {
          const url = urlOf(template, path, query);
          const { res, problems, body: answer } = await send(template, method, op, role, token, url, body);
          mismatches.push(...problems);
          const code = answer?.code;
          const outcome = `${res.status}${code ? ` ${code}` : ''}`;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (res.status !== 400) continue;
          // A JSON body's problems are named on its fields; a sheet's on the body itself (its field is `file`).
          const listed = (field: string, problem: string) =>
            bodySchema?.type === 'application/json'
              ? fieldSchemas(bodySchema.schema, field.split('.')).some((f) => f['x-problems']?.includes(problem))
              : Boolean(bodySchema && resolve(bodySchema.schema, doc.components.schemas)['x-problems']?.includes(problem));
          const errors = answer?.errors ?? [];
          const undocumented = errors.filter((e) => !listed(e.field, e.code)).map((e) => `${e.field} ${e.code}`);
          const unexplained = errors.length === 0 && !listed('file', code ?? '');
          if (unexplained || undocumented.length > 0)
            mismatches.push(`${role}: ${method.toUpperCase()} ${url} ${JSON.stringify(body)?.slice(0, 400)} → 400 ${code}: ${undocumented.join(', ')}`);
        }
      }
    }
    if (process.env.CONTRACT_PROBE === '1') console.log([...outcomes].sort((a, b) => b[1] - a[1]));
    expect(mismatches).toEqual([]);
    // The requests reached the work, not only the doors: many were accepted.
    const accepted = [...outcomes].filter(([o]) => /^2/.test(o)).reduce((n, [, count]) => n + count, 0);
    expect(accepted).toBeGreaterThan(100 * EXAMPLES_PER_ROLE);
  }, 60_000);

  it('refuses a body one field of which the schemas do not allow with a 400 naming that field, and changes nothing', async () => {
    const mismatches: string[] = [];
    let named = 0;
    let seed = 20261206;
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    ajv.addSchema(JSON.parse(JSON.stringify({ $id: 'registry', components: doc.components }).replaceAll('"#/components/', '"registry#/components/')));
    for (const { template, method, op } of operations()) {
      const bodySchema = requestSchema(op);
      if (bodySchema?.type !== 'application/json') continue;
      const schema = resolve(bodySchema.schema, doc.components.schemas);
      const valid = ajv.compile(JSON.parse(JSON.stringify(bodySchema.schema).replaceAll('"#/components/', '"registry#/components/')));
      for (const [role, token] of roles.filter(([r]) => r !== 'nobody')) {
        const [{ path, query, body }] = requestsFor(template, op, seed++) as [{ path: Record<string, unknown>; query: Record<string, unknown>; body: unknown }];
        const mutated = mutate(schema, body, seed);
        if (!mutated || valid(mutated.body)) continue;
        const url = urlOf(template, path, query);
        const before = await changesCount();
        const { res, problems, body: answer } = await send(template, method, op, role, token, url, mutated.body);
        mismatches.push(...problems);
        const what = `${role}: ${method.toUpperCase()} ${url} ${JSON.stringify(mutated.body).slice(0, 300)} (${mutated.field} ${mutated.how})`;
        // Refused before the body is read (who may not, a missing version) is not a wrong answer either.
        if ([401, 403, 428].includes(res.status)) continue;
        if (res.status !== 400) mismatches.push(`${what} → ${res.status}, not 400`);
        else if (!(answer?.errors ?? []).some((e) => e.field === mutated.field || e.field.startsWith(`${mutated.field}.`)))
          mismatches.push(`${what} → 400 naming ${(answer?.errors ?? []).map((e) => e.field).join(', ') || 'no field'}`);
        else named++;
        if ((await changesCount()) !== before) mismatches.push(`${what}: the registry changed`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(named).toBeGreaterThan(100);
  }, 30_000);
});

/** How many changes the registry has recorded: an invalid request must add none. */
async function changesCount(): Promise<number> {
  const row = await reg.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The body with one top-level field made what its schema does not allow: left out when it is required,
 * else given a value of another kind, or a choice it does not list.
 */
function mutate(schema: Schema, body: unknown, seed: number): { body: Record<string, unknown>; field: string; how: string } | null {
  if (!body || typeof body !== 'object' || Array.isArray(body) || !schema.properties) return null;
  const keys = Object.keys(schema.properties);
  if (keys.length === 0) return null;
  const field = keys[seed % keys.length]!;
  const target = resolve(schema.properties[field]!, doc.components.schemas);
  const copy = { ...(body as Record<string, unknown>) };
  if (schema.required?.includes(field) && seed % 3 === 0) {
    delete copy[field];
    return { body: copy, field, how: 'left out' };
  }
  const types = [target.type ?? []].flat();
  if (target.enum) copy[field] = 'not-one-of-the-choices';
  else if (types.includes('string')) copy[field] = { text: 'an object where text belongs' };
  else if (types.includes('integer') || types.includes('number')) copy[field] = 'twelve';
  else if (types.includes('boolean')) copy[field] = 'yes';
  else if (types.includes('array')) copy[field] = 'a list';
  else copy[field] = 42;
  return { body: copy, field, how: `as ${JSON.stringify(copy[field])}` };
}
