import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import spectralCore from '@stoplight/spectral-core';
import { Json as JsonParser } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryClient } from '../client/index.ts';
import { apiTypesFrom } from '../scripts/api-types.ts';
import { hashSecret } from '../src/domain/access.ts';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { startKeyedRequest } from '../src/services/idempotency.ts';
import { saidProblems, json, registryState, serveRegistry, testRegistry, type TestRegistry } from './helpers.ts';

// The API as the agencies' own systems meet it: the document passes Spectral's and Redocly's rules, the typed
// client in client/ is generated from it, and that client drives the main flows against the running
// registry over HTTP with every answer checked against the schema the document gives for it.

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: Record<string, unknown>;
};

let served: Awaited<ReturnType<typeof serveRegistry>>;
let reg: TestRegistry;
let base: string;
let doc: Doc;

beforeAll(async () => {
  served = await serveRegistry();
  ({ reg, base } = served);
  doc = (await (await fetch(`${base}/openapi.json`)).json()) as Doc;
});

afterAll(() => served?.close());

/** A checker of answers against the document: the status must be documented, and a JSON body match its schema. */
function answerChecker() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The component schemas under one id, so each response schema's $ref resolves against them.
  ajv.addSchema(JSON.parse(JSON.stringify({ $id: 'registry', components: doc.components }).replaceAll('"#/components/', '"registry#/components/')));
  const compiled = new Map<string, ValidateFunction>();
  const checked: string[] = [];
  return {
    checked,
    async check(method: string, schemaPath: string, response: Response): Promise<void> {
      const operation = doc.paths[schemaPath]?.[method.toLowerCase()];
      expect(operation, `${method} ${schemaPath} is documented`).toBeDefined();
      const documented = operation!.responses[String(response.status)];
      expect(documented, `${method} ${schemaPath} documents ${response.status}`).toBeDefined();
      const type = (response.headers.get('content-type') ?? '').split(';')[0]!;
      if (!/json$/.test(type)) return;
      const schema = documented!.content?.[type]?.schema;
      expect(schema, `${method} ${schemaPath} ${response.status} documents ${type}`).toBeDefined();
      const key = `${method} ${schemaPath} ${response.status} ${type}`;
      if (!compiled.has(key)) compiled.set(key, ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"registry#/components/'))));
      const validate = compiled.get(key)!;
      const body = await response.clone().json();
      expect(validate(body), `${key}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      checked.push(key);
    },
  };
}

describe('the API contract', () => {
  it("passes Spectral's OpenAPI rules (spectral:oas) with no finding", async () => {
    const spectral = new spectralCore.Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'recommended']] } as never);
    const findings = await spectral.run(new spectralCore.Document(JSON.stringify(doc, null, 2), JsonParser));
    expect(findings.map((f) => `${f.code} at ${f.path.join('.')}: ${f.message}`)).toEqual([]);
    // Rules that held only because nothing was there to check would prove nothing.
    expect(Object.keys(doc.paths).length).toBeGreaterThan(30);
  });

  it("passes Redocly's recommended rules with no finding, rules that do find a broken operation", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const lint = async (d: unknown) =>
      (await lintFromString({ source: JSON.stringify(d), absoluteRef: 'openapi.json', config })).map(
        (p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`,
      );
    expect(await lint(doc)).toEqual([]);
    // The same rules on a copy with one operation that documents nothing: they do look.
    const broken = structuredClone(doc) as Doc & { paths: Record<string, unknown> };
    broken.paths['/api/unfinished'] = { get: { responses: {} } };
    expect((await lint(broken)).length).toBeGreaterThan(2);
  });

  it("names every operation in the domain's words, says who may call it, and documents the limit and server failures", () => {
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p)) as unknown as {
      operationId: string;
      security?: unknown[];
      responses: Record<string, unknown>;
    }[];
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['issuePlan', 'lookupVessels', 'registerVessel', 'acknowledgeCopy', 'verifyCopy']));
    for (const o of operations) {
      expect(Object.keys(o.responses), o.operationId).toEqual(expect.arrayContaining(['500', '503']));
      expect(o.security, o.operationId).toBeDefined();
    }
    const publicOnes = operations.filter((o) => (o.security as unknown[]).length === 0).map((o) => o.operationId);
    expect(publicOnes.sort()).toEqual(['checkLiveness', 'checkReadiness', 'listAgencyCertificates', 'verifyCopy']);
  });

  it('ships a typed client whose types are what openapi-typescript makes of the live document', async () => {
    const committed = readFileSync(new URL('../client/registry-api.ts', import.meta.url), 'utf8');
    expect(committed, 'run npm run api:types and commit client/registry-api.ts').toBe(await apiTypesFrom(doc as unknown as Record<string, unknown>));
  });

  it('drives the main flows through the typed client against the running registry, each answer as documented', async () => {
    const checker = answerChecker();
    const checked = (c: ReturnType<typeof registryClient>) => {
      c.use({ onResponse: ({ request, response, schemaPath }) => checker.check(request.method, schemaPath, response) });
      return c;
    };
    const hk = checked(registryClient(base, await reg.tokenFor('registrar', { agency: 'HK', name: 'Marine Department duty system' })));
    const company = await hk.POST('/api/companies', {
      body: {
        homeAgency: 'HK',
        nameZh: '維港快線有限公司',
        nameEn: 'Victoria Harbour Express Limited',
        addressZh: '香港上環干諾道中200號',
        addressEn: '200 Connaught Road Central, Sheung Wan, Hong Kong',
        emergencyPhone: '+852 2859 3111',
        emergencyPhoneAlt: '+852 2859 3100',
        designatedPerson: { name: 'Chan Tai-man', phone: '+852 2859 3112', email: 'dpa@vhx.example.hk' },
        emergencyTeam: { name: 'Operations Room', phone: '+852 2859 3113' },
      },
    });
    expect(company.response.status).toBe(201);
    const ship = (mmsi: string) => ({
      companyId: company.data!.id,
      areaOfRegistry: 'HK' as const,
      nameZh: '維港快線一號',
      nameEn: 'Harbour Express One',
      imoNumber: '9234563',
      mmsi,
      callSign: 'VRHE8',
      portOfRegistry: 'Hong Kong',
      type: 'catamaran' as const,
      grossTonnage: 1450,
      lengthMetres: 48.5,
      hullColour: 'white',
      superstructureColour: 'white',
      maxPassengers: 418,
      crew: 14,
      epirbHexId: standardLocationEpirbHexId(mmsi),
      communications: { bridgePhone: '+852 9876 5432', vhf: 'VHF 16, 70 (DSC)' },
      route: { ports: ['HKG-SW', 'MAC-OH'], sailingsPerDay: 16, crossingMinutes: 60 },
      lifeSaving: { liferafts: 10, liferaftCapacity: 500, marineEvacuationSystems: 2, rescueBoats: 1 },
      medicalFacilities: 'First-aid room on the main deck; AED',
    });
    const vessel = await hk.POST('/api/vessels', { body: ship('477123400') });
    expect(vessel.response.status).toBe(201);
    const plan = await hk.POST('/api/plans', { body: { vesselId: vessel.data!.id } });
    expect(plan.response.status).toBe(201);
    const planId = plan.data!.id;
    const draft = await hk.PATCH('/api/plans/{id}/draft', {
      params: { path: { id: planId }, header: { 'If-Match': plan.response.headers.get('etag')! } },
      body: { routeNotes: 'Sheung Wan – Outer Harbour, 16 sailings a day' },
    });
    expect(draft.response.status).toBe(200);
    // The headers the document declares are in the client's types: If-Match required, Idempotency-Key offered.
    const issued = await hk.POST('/api/plans/{id}/issue', {
      params: { path: { id: planId }, header: { 'If-Match': draft.response.headers.get('etag')!, 'Idempotency-Key': crypto.randomUUID() } },
      body: { summary: 'First issue' },
    });
    expect(issued.response.status).toBe(200);
    const copies = await hk.GET('/api/plans/{id}/revisions/{rev}/copies', { params: { path: { id: planId, rev: 1 } } });
    expect(copies.data!.copies.map((c) => c.holder)).toEqual(['GD', 'HK', 'MO', 'company', 'ship']);
    const pdf = await hk.GET('/api/plans/{id}/revisions/{rev}/copies/{n}', { params: { path: { id: planId, rev: 1, n: 2 } }, parseAs: 'arrayBuffer' });
    expect(
      Buffer.from(pdf.data as ArrayBuffer)
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const ack = await hk.POST('/api/plans/{id}/revisions/{rev}/copies/{n}/acknowledgement', { params: { path: { id: planId, rev: 1, n: 2 } } });
    expect(ack.data!.acknowledgedAt).not.toBeNull();

    const coordinator = checked(registryClient(base, await reg.tokenFor('coordinator', { agency: 'MO', name: 'Macao duty coordinator' })));
    // Macao's duty system learns of the issue from the changes feed, carrying on from its last cursor.
    const feed = await coordinator.GET('/api/changes', { params: { query: { limit: 200 } } });
    expect(feed.data!.items.at(-1)).toMatchObject({ kind: 'plan.issued', plan: { id: planId }, vessel: { nameEn: 'Harbour Express One' } });
    const after = await coordinator.GET('/api/changes', { params: { query: { after: feed.data!.nextCursor } } });
    expect(after.data!.items).toEqual([]);
    const found = await coordinator.GET('/api/lookup', { params: { query: { q: '維港快線' } } });
    expect(found.data!.items.map((card) => card.vessel.nameEn)).toContain('Harbour Express One');
    // A refusal is documented too: the coordinator may not register a ship.
    const refused = await coordinator.POST('/api/vessels', { body: ship('477123410') });
    expect(refused.response.status, JSON.stringify(refused.error)).toBe(403);
    // Every JSON answer above (the PDF aside) was checked against its documented schema.
    expect(new Set(checker.checked).size).toBeGreaterThanOrEqual(9);
  });
});

describe('safe retries with an Idempotency-Key', () => {
  async function draftReady(r: TestRegistry) {
    const token = await r.tokenFor('registrar', { agency: 'HK' });
    const id = (
      await r.db
        .selectFrom('plans')
        .innerJoin('vessels', 'vessels.id', 'plans.vessel_id')
        .select('plans.id')
        .where('vessels.mmsi', '=', '477202200')
        .executeTakeFirstOrThrow()
    ).id;
    const etag = (await r.call('GET', `/api/plans/${id}`, { token })).headers.get('etag')!;
    return { token, id, etag };
  }

  it('issues once when the same issue is sent three times: one revision, five copies, one audit event, the same answer', async () => {
    const r = await testRegistry();
    const { token, id, etag } = await draftReady(r);
    const send = () =>
      r.call('POST', `/api/plans/${id}/issue`, { token, body: { summary: 'First issue' }, headers: { 'If-Match': etag, 'Idempotency-Key': 'md-duty-7f3a9c' } });
    const first = await send();
    expect(first.status).toBe(200);
    const again = await send();
    const third = await send();
    for (const replay of [again, third]) {
      expect(replay.status).toBe(200);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(await replay.text()).toBe(await first.clone().text());
    }
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const revisions = await r.db.selectFrom('plan_revisions').select(['revision', 'state']).where('plan_id', '=', id).execute();
    expect(revisions.filter((rv) => rv.state === 'issued')).toHaveLength(1);
    const copies = await r.db
      .selectFrom('copies')
      .innerJoin('plan_revisions', 'plan_revisions.id', 'copies.revision_id')
      .select('copies.id')
      .where('plan_revisions.plan_id', '=', id)
      .execute();
    expect(copies).toHaveLength(5);
    const events = await r.db
      .selectFrom('audit_events')
      .select('action')
      .where('record_type', '=', 'plan')
      .where('record_id', '=', String(id))
      .where('action', '=', 'plan.issue')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('refuses the same key with another request (422) and a key still being carried out (409), changing nothing', async () => {
    const r = await testRegistry();
    const { token, id, etag } = await draftReady(r);
    const headers = { 'If-Match': etag, 'Idempotency-Key': 'retry-1' };
    expect((await r.call('POST', `/api/plans/${id}/issue`, { token, body: { summary: 'First issue' }, headers })).status).toBe(200);
    // Another token's key of the same name is its own.
    const gd = await r.tokenFor('registrar', { agency: 'GD' });
    expect(
      (await r.call('POST', '/api/plans/reissue-after-agency-changes', { token: gd, headers: { 'Idempotency-Key': 'retry-1' } })).headers.get(
        'idempotent-replayed',
      ),
    ).toBeNull();
    const before = await registryState(r.db);
    const other = await r.call('POST', `/api/plans/${id}/issue`, { token, body: { summary: 'Another summary' }, headers });
    expect(other.status).toBe(422);
    expect(saidProblems((await json(other)).errors)).toEqual([{ field: 'header.idempotency-key', message: 'already used with another request' }]);
    // A request still being carried out under a key: a second one with the key waits its turn.
    const who = (await r.db.selectFrom('tokens').select('id').where('secret_hash', '=', hashSecret(token)).executeTakeFirstOrThrow()).id;
    await startKeyedRequest(r.db, `token ${who}`, 'in-flight', 'hash-of-a-request', r.clock.now);
    const busy = await r.call('POST', '/api/plans/reissue-after-agency-changes', { token, headers: { 'Idempotency-Key': 'in-flight' } });
    expect(busy.status).toBe(409);
    const bad = await r.call('POST', '/api/plans/reissue-after-agency-changes', { token, headers: { 'Idempotency-Key': 'two words' } });
    expect(bad.status).toBe(400);
    const { idempotency_keys: _keys, ...rest } = await registryState(r.db);
    const { idempotency_keys: _before, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });
});

describe('fair limits', () => {
  it('answers a burst over the limit with 429 and Retry-After, while a coordinator with another token still looks ships up', async () => {
    const r = await testRegistry({ rateLimitPerMinute: 20 });
    const bulk = await r.tokenFor('registrar', { agency: 'HK', name: 'bulk export' });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 30 && !limited; i++) {
      const res = await r.call('GET', '/api/vessels?limit=100', { token: bulk });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(limited?.status).toBe(429);
    expect(limited!.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await json(limited!)).toMatchObject({ code: 'rate_limited', category: 'too_many_requests' });
    // The same client's own lookups have a budget of their own, and so has every other client.
    expect((await r.call('GET', '/api/lookup?q=Macau', { token: bulk })).status).toBe(200);
    const coordinator = await r.tokenFor('coordinator', { agency: 'MO' });
    for (let i = 0; i < 10; i++)
      expect((await r.call('GET', `/api/lookup?q=${encodeURIComponent(['澳门', 'Macau', '4533'][i % 3]!)}`, { token: coordinator })).status).toBe(200);
  });
});
