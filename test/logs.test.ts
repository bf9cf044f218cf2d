import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger, loggedWhileFailing } from '../src/logger.ts';
import { refuse } from '../src/errors.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { json, TEST_ENGINE, testRegistry } from './helpers.ts';
import { secretsIn, testLogFile } from './test-log.ts';

// What an operator reads: one JSON line per request, and nothing in any line that would let its reader act
// as somebody (a token, a session cookie, a password, a one-time link).
async function logged() {
  const reg = await testRegistry();
  const lines: string[] = [];
  const app = createApp({ db: reg.db, logger: createLogger('info', (l) => lines.push(l)), now: () => reg.clock.now });
  const entries = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { ...reg, app, lines, entries };
}

describe('the access log', () => {
  it('has one line per request with its route pattern, status, duration, request id and who asked', async () => {
    const { app, tokenFor, entries } = await logged();
    const token = await tokenFor('coordinator', { agency: 'MO', name: 'Duty coordinator, Macao' });
    const found = await app.request(`/api/lookup?q=${encodeURIComponent('澳門之星')}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(found.status).toBe(200);
    const refused = await app.request('/api/vessels/999999', { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(404);
    const anonymous = await app.request('/api/agencies');
    expect(anonymous.status).toBe(401);

    const requests = entries().filter((e) => e.msg === 'request');
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({
      level: 'info',
      method: 'GET',
      route: '/api/lookup',
      status: 200,
      requestId: found.headers.get('x-request-id'),
      principal: { role: 'coordinator', agency: 'MO' },
      via: expect.stringMatching(/^token \d+$/),
    });
    expect(requests[0]!.durationMs).toBeGreaterThan(0);
    expect(typeof requests[0]!.time).toBe('string');
    // The pattern, not the path: an id or a query's words are not in it.
    expect(requests[1]).toMatchObject({ route: '/api/vessels/:id', status: 404, requestId: refused.headers.get('x-request-id') });
    expect(requests[2]).toMatchObject({ status: 401, principal: null, via: null });
    expect(JSON.stringify(requests)).not.toContain('澳門之星');
  });

  it('carries no token, cookie, password or one-time link, whatever the request held', async () => {
    const { app, lines, tokenFor, personWithPassword, sessionFor } = await logged();
    const token = await tokenFor('admin', { agency: 'HK', name: 'Admin, Marine Department' });
    const password = 'lantau channel watch at 3 a.m.';
    await personWithPassword('coordinator', { agency: 'HK' }, 'duty@mrcc.example.hk', password);
    const form = (body: Record<string, string>) => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams(body).toString(),
    });
    // A sign-in that works, one that fails, a page with a session cookie, and an admin opening an account (which answers a one-time link).
    const signedIn = await app.request('/signin', form({ email: 'duty@mrcc.example.hk', password, next: '/search' }));
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    expect((await app.request('/signin', form({ email: 'duty@mrcc.example.hk', password: `${password}!`, next: '/search' }))).status).toBe(401);
    expect((await app.request('/search?q=Macau', { headers: { Cookie: cookie } })).status).toBe(200);
    const adminCookie = await sessionFor('admin', { agency: 'HK' });
    expect((await app.request('/search', { headers: { Cookie: adminCookie } })).status).toBe(200);
    const opened = await app.request('/api/people', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Chan Tai-man', email: 'chan.taiman@mardep.example.hk', role: 'coordinator' }),
    });
    expect(opened.status).toBe(201);
    const { link } = await json(opened);

    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const secret of [token, password, cookie.split('=')[1]!, adminCookie.split('=')[1]!, link]) expect(all).not.toContain(secret);
  });

  it('redacts a secret a line is given by mistake, at the top or one level down', () => {
    const lines: string[] = [];
    const logger = createLogger('info', (l) => lines.push(l));
    logger.warn('webhook registered', {
      secret: 'whsec_MfKQ9r2xT',
      hook: { url: 'https://dashboard.mardep.example.hk/hooks', token: 'sar_abc' },
      password: 'x',
    });
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'warn', msg: 'webhook registered', secret: '[redacted]', password: '[redacted]', hook: { token: '[redacted]' } });
    expect(entry.hook.url).toBe('https://dashboard.mardep.example.hk/hooks');
    // The caller's own fields are left as they were: only the line is redacted.
    const given = { principal: { role: 'admin', agency: 'MO' }, session: { code: '482913', id: 7 } };
    logger.info('signed in', given);
    expect(JSON.parse(lines[1]!)).toMatchObject({ principal: { role: 'admin', agency: 'MO' }, session: { code: '[redacted]', id: 7 } });
    expect(given.session.code).toBe('482913');
  });

  it('loses no line of a process that exits, and keeps them in order, warnings included', () => {
    // Info lines on standard error wait to go out together; a warning and the exit take them out.
    const script = [
      "import { createLogger } from './src/logger.ts';",
      "const log = createLogger('info');",
      "log.info('request', { route: '/api/lookup', status: 200 });",
      "log.warn('webhook refused', { host: '10.0.0.8' });",
      "log.info('request', { route: '/api/vessels/:id', status: 404 });",
      'process.exit(3);',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    const lines = run.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.level, l.msg, l.status ?? l.host])).toEqual([
      ['info', 'request', 200],
      ['warn', 'webhook refused', '10.0.0.8'],
      ['info', 'request', 404],
    ]);
  });

  it('reads as lines for a person at a terminal (LOG_FORMAT=pretty), redacted the same', () => {
    const lines: string[] = [];
    const logger = createLogger('info', (l) => lines.push(l), 'pretty');
    logger.info('request', { method: 'GET', route: '/api/lookup', status: 200, durationMs: 4, token: 'sar_q7Lk2', requestId: 'b3e1' });
    logger.debug('not at info', {});
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: request\n/);
    expect(lines[0]).toContain('route: "/api/lookup"');
    expect(lines[0]).toContain('token: "[redacted]"');
    expect(lines[0]).not.toContain('sar_q7Lk2');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfig({}).logFormat).toBeNull();
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT="xml": must be json or pretty');
  });

  it("the whole run's scan finds a token, a session cookie, a one-time link or a password, and nothing else", () => {
    const clean = [
      JSON.stringify({ msg: 'request', requestId: 'a3f1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b', route: '/api/lookup', status: 200 }),
      JSON.stringify({ msg: 'issued', sha256: `${'c0ffee'.repeat(10)}abcd`, password: '[redacted]' }),
    ].join('\n');
    expect(secretsIn(clean)).toEqual([]);
    for (const leak of [
      { authorization: `Bearer sar_${'Q'.repeat(43)}` },
      { cookie: `sar_session=${'x9_-'.repeat(10)}abc` },
      { error: `setup link /link/${'Ab3-'.repeat(10)}xyz expired` },
      { password: 'lantau channel watch' },
    ]) {
      expect(secretsIn(`${clean}\n${JSON.stringify(leak)}`), JSON.stringify(leak)).toHaveLength(1);
    }
  });

  it("every test registry's app logs into the run's file, which the run's end scans", async () => {
    const { call, tokenFor } = await testRegistry();
    const res = await call('GET', '/api/agencies', { token: await tokenFor('coordinator', { agency: 'GD' }) });
    const id = res.headers.get('x-request-id')!;
    const line = readFileSync(testLogFile(TEST_ENGINE), 'utf8')
      .split('\n')
      .find((l) => l.includes(id));
    expect(JSON.parse(line!)).toMatchObject({ msg: 'request', route: '/api/agencies', status: 200, principal: { role: 'coordinator', agency: 'GD' } });
  });
});

describe('the log of work that runs every few seconds', () => {
  it('tells a failure when it begins and when it changes, not at every round, and tells its end with how long it lasted', () => {
    const lines: string[] = [];
    const told = loggedWhileFailing(
      createLogger('info', (l) => lines.push(l)),
      'webhook dispatch',
    );
    const entries = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const at = (time: string) => Date.parse(`2026-12-06T${time}Z`);
    told.succeeded(at('03:00:00'));
    expect(lines).toEqual([]);
    // The database goes away at 03:00:02 for a minute: thirty rounds, every 2 s, one line.
    for (let round = 1; round <= 30; round++) told.failed(refuse('database_unreachable'), at('03:00:00') + 2000 * round);
    expect(entries()).toEqual([expect.objectContaining({ level: 'error', msg: 'webhook dispatch failed', error: refuse('database_unreachable').message })]);
    // Then another failure: told, with the one before it; the end counts every round since the last success.
    told.failed(new Error('relation "webhook_deliveries" does not exist'), at('03:01:02'));
    told.failed(new Error('relation "webhook_deliveries" does not exist'), at('03:01:04'));
    expect(entries()).toHaveLength(2);
    expect(entries()[1]).toMatchObject({
      level: 'error',
      error: 'relation "webhook_deliveries" does not exist',
      before: refuse('database_unreachable').message,
    });
    told.succeeded(at('03:01:06'));
    told.succeeded(at('03:01:08'));
    expect(entries().slice(2)).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'webhook dispatch resumed',
        failedRounds: 32,
        failedForSeconds: 64,
        lastError: 'relation "webhook_deliveries" does not exist',
      }),
    ]);
    // The next failure is a new one, told again.
    told.failed(refuse('database_unreachable'), at('04:00:00'));
    expect(entries()).toHaveLength(4);
  });
});
