import { describe, expect, it } from 'vitest';
import { demoIds, json, testRegistry } from './helpers.ts';

// HTTP as a client generated from the document, a cache or a proxy expects it (RFC 9110, 9111, 8288):
// the document states the headers the server requires and sends, a wrong method or path is answered as
// such, a read the client already holds is 304, and a list says where its next page is.

type Op = {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
  security?: unknown[];
};
type Doc = { paths: Record<string, Record<string, Op>>; servers: { url: string }[] };

describe('the OpenAPI document', () => {
  it('states every header the server requires and sends', async () => {
    const { app } = await testRegistry();
    const doc = (await (await app.request('/openapi.json')).json()) as Doc;
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    const withIfMatch = ops.filter(({ op }) => op.parameters?.some((p) => p.name === 'If-Match'));
    expect(withIfMatch.length).toBeGreaterThanOrEqual(18);
    // Required where the server answers 428 without it, and each such answer carries the new ETag.
    for (const { path, method, op } of withIfMatch) {
      expect(op.parameters!.find((p) => p.name === 'If-Match')!.required, `${method} ${path}`).toBe(true);
      const ok = Object.entries(op.responses).filter(([s]) => s.startsWith('2'));
      for (const [status, r] of ok) expect(Object.keys(r.headers ?? {}), `${method} ${path} ${status}`).toContain('ETag');
    }
    // Every POST that a token sends takes an Idempotency-Key, and says what a reused one gives.
    const posts = ops.filter(({ method, op }) => method === 'post' && !(Array.isArray(op.security) && op.security.length === 0));
    expect(posts.length).toBeGreaterThanOrEqual(20);
    for (const { path, op } of posts) {
      expect(
        op.parameters?.some((p) => p.name === 'Idempotency-Key' && p.in === 'header'),
        path,
      ).toBe(true);
      expect(Object.keys(op.responses), path).toEqual(expect.arrayContaining(['409', '422']));
    }
    const response = (path: string, method: string, status: string) => Object.keys(doc.paths[path]![method]!.responses[status]!.headers ?? {});
    expect(response('/api/plans/{id}', 'get', '200')).toContain('ETag');
    expect(response('/api/vessels', 'post', '201')).toEqual(expect.arrayContaining(['Location', 'Idempotent-Replayed', 'X-Request-Id']));
    expect(response('/api/lookup', 'get', '429')).toContain('Retry-After');
    expect(response('/api/vessels', 'get', '200')).toContain('Link');
    expect(response('/api/plans/{id}/revisions/{rev}/copies/{n}', 'get', '200')).toEqual(expect.arrayContaining(['ETag', 'Content-Disposition']));
  });

  it('names the address people reach, by the scheme a trusted proxy was asked over', async () => {
    const trusted = await testRegistry({ trustProxy: 1 });
    const behind = (await (await trusted.app.request('http://registry.example.org/openapi.json', { headers: { 'X-Forwarded-Proto': 'https' } })).json()) as Doc;
    expect(behind.servers[0]!.url).toBe('https://registry.example.org');
    const untrusted = await testRegistry();
    const direct = (await (
      await untrusted.app.request('http://registry.example.org/openapi.json', { headers: { 'X-Forwarded-Proto': 'https' } })
    ).json()) as Doc;
    expect(direct.servers[0]!.url).toBe('http://registry.example.org');
  });
});

describe('the API over HTTP', () => {
  it('answers a wrong method 405 with Allow, and an unknown path 404, both as problems with a request id', async () => {
    const { call, tokenFor } = await testRegistry();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const wrong = await call('DELETE', '/api/plans/16', { token: hk });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('content-type')).toBe('application/problem+json');
    expect(wrong.headers.get('allow')?.split(', ')).toEqual(expect.arrayContaining(['GET', 'HEAD']));
    expect(wrong.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await json(wrong)).code).toBe('method_not_allowed');
    const nowhere = await call('GET', '/api/planz/16', { token: hk });
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers.get('content-type')).toBe('application/problem+json');
    const posted = await call('POST', '/api/nothing-here', { token: hk, body: {} });
    expect(posted.status).toBe(404);
  });

  it('refuses If-Match: * on a change, which would overwrite whatever is there, and changes nothing', async () => {
    const { call, tokenFor, db } = await testRegistry();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const id = (await demoIds(db)).vesselId('477101500');
    const before = await db.selectFrom('vessels').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const res = await call('PATCH', `/api/vessels/${id}`, {
      token: hk,
      body: { maxPassengers: 200 },
      headers: { 'If-Match': '*', 'Accept-Language': 'zh-Hant' },
    });
    expect(res.status).toBe(428);
    expect(await json(res)).toMatchObject({ code: 'if_match_wildcard', detail: expect.stringContaining('If-Match: * 會不論此船舶現況而覆蓋之') });
    expect(await db.selectFrom('vessels').selectAll().where('id', '=', id).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('answers 304 to a read the client already holds, and 200 once the record changed', async () => {
    const { call, tokenFor, db } = await testRegistry();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const id = (await demoIds(db)).vesselId('477101500');
    const first = await call('GET', `/api/vessels/${id}`, { token: hk });
    const etag = first.headers.get('etag')!;
    const again = await call('GET', `/api/vessels/${id}`, { token: hk, headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    // A weak form of the same tag matches too (RFC 9110 §13.1.2).
    expect((await call('GET', `/api/vessels/${id}`, { token: hk, headers: { 'If-None-Match': `W/${etag}` } })).status).toBe(304);
    // A HEAD is answered as its GET: 304 too, and 200 with the tag when the client holds another.
    expect((await call('HEAD', `/api/vessels/${id}`, { token: hk, headers: { 'If-None-Match': etag } })).status).toBe(304);
    const head = await call('HEAD', `/api/vessels/${id}`, { token: hk, headers: { 'If-None-Match': '"another"' } });
    expect([head.status, head.headers.get('etag')]).toEqual([200, etag]);
    await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { maxPassengers: 250 }, headers: { 'If-Match': etag } });
    const changed = await call('GET', `/api/vessels/${id}`, { token: hk, headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect((await json(changed)).maxPassengers).toBe(250);
  });

  it('gives an issued copy a strong validator and lets a client keep it for good', async () => {
    const { call, tokenFor, db } = await testRegistry();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const plan = (
      await db
        .selectFrom('plans')
        .select('id')
        .where('vessel_id', '=', (await demoIds(db)).vesselId('477101500'))
        .executeTakeFirstOrThrow()
    ).id;
    const copy = await call('GET', `/api/plans/${plan}/revisions/1/copies/2`, { token: hk });
    expect(copy.status).toBe(200);
    const etag = copy.headers.get('etag')!;
    expect(etag).toMatch(/^"copy-[0-9a-f]{64}"$/);
    expect(copy.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const held = await call('GET', `/api/plans/${plan}/revisions/1/copies/2`, { token: hk, headers: { 'If-None-Match': etag } });
    expect(held.status).toBe(304);
    expect((await held.arrayBuffer()).byteLength).toBe(0);

    // A download cut off on a ship's link resumes where it stopped: one range at a time, of this copy only.
    const whole = Buffer.from(await copy.arrayBuffer());
    expect(copy.headers.get('accept-ranges')).toBe('bytes');
    const get = (headers: Record<string, string>) => call('GET', `/api/plans/${plan}/revisions/1/copies/2`, { token: hk, headers });
    const head = await get({ Range: 'bytes=0-4' });
    expect(head.status).toBe(206);
    expect(head.headers.get('content-range')).toBe(`bytes 0-4/${whole.length}`);
    expect(Buffer.from(await head.arrayBuffer()).toString('latin1')).toBe('%PDF-');
    const cut = Math.floor(whole.length / 3);
    const rest = await get({ Range: `bytes=${cut}-`, 'If-Range': etag });
    expect(rest.status).toBe(206);
    expect(rest.headers.get('content-length')).toBe(String(whole.length - cut));
    expect(Buffer.concat([whole.subarray(0, cut), Buffer.from(await rest.arrayBuffer())]).equals(whole)).toBe(true);
    const tail = await get({ Range: 'bytes=-16' });
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(-16))).toBe(true);
    // A range of another copy (If-Range names another), several ranges, or a backwards one: the whole copy.
    for (const headers of [{ Range: 'bytes=0-4', 'If-Range': '"copy-00"' }, { Range: 'bytes=0-4,10-14' }, { Range: 'bytes=9-3' }] as Record<string, string>[]) {
      const res = await get(headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBe(whole.length);
    }
    // Past the end: 416, naming the copy's size.
    const past = await get({ Range: `bytes=${whole.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${whole.length}`);
    expect(await json(past)).toMatchObject({ code: 'range_not_satisfiable', params: { size: whole.length } });
  });

  it('says where the next page of a list is, until the last', async () => {
    const { call, tokenFor } = await testRegistry();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const seen: number[] = [];
    let path: string | null = '/api/vessels?limit=4';
    while (path) {
      const res = await call('GET', path, { token: hk });
      const page = await json(res);
      seen.push(...page.items.map((v: { id: number }) => v.id));
      const link = res.headers.get('link');
      if (page.nextCursor === null) expect(link).toBeNull();
      else expect(link).toBe(`</api/vessels?limit=4&cursor=${page.nextCursor}>; rel="next"`);
      path = link ? /^<([^>]+)>/.exec(link)![1]! : null;
    }
    expect(seen.length).toBeGreaterThan(8);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('calls from a browser on another origin (CORS)', () => {
  it('are refused unless the origin is listed in CORS_ORIGINS, whose preflight needs no token', async () => {
    const dashboard = 'https://dashboard.mrcc.example.hk';
    const preflight = {
      method: 'OPTIONS',
      headers: { Origin: dashboard, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization, if-match' },
    };
    // Off by default: no CORS header at all, so a browser refuses the page's call.
    const closed = await testRegistry();
    const hk = await closed.tokenFor('registrar', { agency: 'HK' });
    expect((await closed.app.request('/api/vessels/1', preflight)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await closed.call('GET', '/api/ports', { token: hk, headers: { Origin: dashboard } })).headers.get('access-control-allow-origin')).toBeNull();

    const open = await testRegistry({ corsOrigins: [dashboard] });
    const answer = await open.app.request('/api/vessels/1', preflight);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(dashboard);
    expect(answer.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-match');
    const token = await open.tokenFor('coordinator', { agency: 'HK' });
    const read = await open.call('GET', '/api/lookup?q=VRJF7', { token, headers: { Origin: dashboard } });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBe(dashboard);
    expect(read.headers.get('access-control-expose-headers')).toContain('ETag');
    // Another origin gets nothing it could use, and still needs a token like anyone.
    const stranger = await open.app.request('/api/vessels/1', { ...preflight, headers: { ...preflight.headers, Origin: 'https://evil.example' } });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect((await open.app.request('/api/vessels/1', { headers: { Origin: dashboard } })).status).toBe(401);
  });
});

describe('the rate budget', () => {
  it('is stated on every answer to a token, so a client slows down before a 429, and on the 429 itself', async () => {
    const { call, tokenFor } = await testRegistry({ rateLimitPerMinute: 3 });
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const states: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call('GET', '/api/ports', { token: hk });
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-policy')).toBe('"token";q=3;w=60');
      states.push(res.headers.get('ratelimit')!);
    }
    expect(states.map((s) => /r=(\d+)/.exec(s)![1])).toEqual(['2', '1', '0']);
    const refused = await call('GET', '/api/ports', { token: hk });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.headers.get('ratelimit')).toMatch(/^"token";r=0;t=\d+$/);
    // The lookup's budget is its own, twice as large: a bulk listing never starves an incident.
    const coordinator = await tokenFor('coordinator', { agency: 'HK' });
    const lookup = await call('GET', '/api/lookup?q=VRJF7', { token: coordinator });
    expect(lookup.headers.get('ratelimit-policy')).toBe('"lookup";q=6;w=60');
  });
});
