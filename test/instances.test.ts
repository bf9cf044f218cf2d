import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, startServer, stopServer } from '../bench/server.ts';
import { endConnectionsTo, newPostgresRegistry, onServer, testServerUrl, withDatabase } from './engine.ts';
import { hongKongCompany, hongKongVessel } from './helpers.ts';

// Two app processes in front of one PostgreSQL database, as a deployment that outgrows one machine
// runs them (npm run test:processes). Without DATABASE_URL the test is skipped with a warning; in CI never.
// Found out by vitest.config.ts: DATABASE_URL is set and its server answers.
const POSTGRES = process.env.REGISTRY_TEST_POSTGRES === 'true';

describe.runIf(POSTGRES)('two app instances on one PostgreSQL database', () => {
  let url = '';
  let name = '';
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];

  /** The CLI on the same database, as an operator runs it on either machine. */
  const cli = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: databaseEnv(url), encoding: 'utf8', timeout: 20_000 });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.trim().split('\n');
  };
  const token = (...args: string[]) => {
    const lines = cli('token', 'create', ...args);
    return { id: /^token (\d+) /.exec(lines[0]!)![1]!, secret: lines.at(-1)! };
  };

  beforeAll(async () => {
    const made = await newPostgresRegistry();
    await made.db.destroy();
    ({ name } = made);
    url = withDatabase(testServerUrl(), name);
    // The first is started as npm start starts it and seeds the demo (its copies rendered); the second, built, finds it there.
    servers.push(await startServer(url, { demo: true }));
    servers.push(await startServer(url, { from: 'dist' }));
  }, 60_000);

  afterAll(async () => {
    for (const s of servers) await stopServer(s.child);
    if (name) await onServer((c) => c.query(`drop database if exists ${name}`));
  });

  it('a ship registered through one is found through the other at once; one If-Match wins; a token revoked by the CLI fails on both', async () => {
    const [a, b] = servers.map((s) => s.base) as [string, string];
    const registrar = token('--role', 'registrar', '--agency', 'HK', '--name', 'Chan Tai-man');
    const coordinator = token('--role', 'coordinator', '--agency', 'GD', '--name', 'Duty coordinator, Guangzhou');
    const asRegistrar = { Authorization: `Bearer ${registrar.secret}`, 'Content-Type': 'application/json' };
    const lookup = (base: string, q: string) =>
      fetch(`${base}/api/lookup?q=${encodeURIComponent(q)}`, { headers: { Authorization: `Bearer ${coordinator.secret}` } });

    const companies = (await (await fetch(`${a}/api/companies?homeAgency=HK`, { headers: asRegistrar })).json()) as { items: { id: number }[] };
    const ship = { ...hongKongVessel(companies.items[0]!.id), nameZh: '維港雙子星', nameEn: 'Harbour Twin Star' };
    const made = await fetch(`${a}/api/vessels`, { method: 'POST', headers: asRegistrar, body: JSON.stringify(ship) });
    expect(made.status).toBe(201);
    const vessel = (await made.json()) as { id: number };

    // Through the other instance, by its simplified name (the index folds scripts) and by its MMSI.
    for (const q of ['维港双子', ship.mmsi]) {
      const found = (await (await lookup(b, q)).json()) as { items: { vessel: { id: number; nameEn: string } }[] };
      expect(found.items.map((i) => i.vessel.nameEn)).toContain('Harbour Twin Star');
    }

    // Both instances asked to change the same version at once: exactly one succeeds.
    const crewThrough = async (base: string) =>
      ((await (await lookup(base, ship.mmsi)).json()) as { items: { vessel: { crew: number } }[] }).items[0]!.vessel.crew;
    // Each instance has the ship's card cached before the change.
    expect([await crewThrough(a), await crewThrough(b)]).toEqual([12, 12]);
    const etag = (await fetch(`${b}/api/vessels/${vessel.id}`, { headers: asRegistrar })).headers.get('etag')!;
    const change = (base: string, crew: number) =>
      fetch(`${base}/api/vessels/${vessel.id}`, { method: 'PATCH', headers: { ...asRegistrar, 'If-Match': etag }, body: JSON.stringify({ crew }) });
    const answers = await Promise.all([change(a, 14), change(b, 15)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 412]);
    // Whichever won, both instances show its crew at once, their cached cards forgotten.
    const won = answers[0]!.status === 200 ? 14 : 15;
    expect([await crewThrough(a), await crewThrough(b)]).toEqual([won, won]);

    expect((await lookup(a, ship.mmsi)).status).toBe(200);
    expect((await lookup(b, ship.mmsi)).status).toBe(200);
    expect(cli('token', 'revoke', coordinator.id).at(-1)).toBe(`token ${coordinator.id} revoked`);
    expect((await lookup(a, ship.mmsi)).status).toBe(401);
    expect((await lookup(b, ship.mmsi)).status).toBe(401);
  });

  it('both stay up while their database backends are killed every 200 ms under load: an answer or a 503 with Retry-After, and no acknowledged write lost', async () => {
    const [a, b] = servers.map((s) => s.base) as [string, string];
    const registrar = token('--role', 'registrar', '--agency', 'HK', '--name', 'Lam Siu-fung');
    const coordinator = token('--role', 'coordinator', '--agency', 'MO', '--name', 'Duty coordinator, Macao');
    const statuses = new Map<string, number>();
    const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
    const acknowledged: { id: number; nameEn: string }[] = [];
    let stop = false;
    const answer = async (res: Promise<Response>, what: string) => {
      try {
        const r = await res;
        const body = await r.text();
        if (r.status === 503 && r.headers.get('retry-after') === null) count(`${what} 503 without Retry-After`);
        else count(`${what} ${r.status}`);
        return { status: r.status, body };
      } catch (err) {
        count(`${what} no answer: ${(err as Error).message}`);
        return { status: 0, body: '' };
      }
    };
    const lookups = async (base: string) => {
      for (let i = 0; !stop; i++) {
        await answer(
          fetch(`${base}/api/lookup?q=${encodeURIComponent(['澳門', '金龍', '477101500', 'Cotai', '珠海'][i % 5]!)}`, {
            headers: { Authorization: `Bearer ${coordinator.secret}` },
          }),
          'lookup',
        );
      }
    };
    const writes = async () => {
      for (let i = 0; !stop; i++) {
        const nameEn = `Fault Drill Ferries ${i} Limited`;
        const { status, body } = await answer(
          fetch(`${i % 2 ? b : a}/api/companies`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${registrar.secret}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ ...hongKongCompany(), nameZh: `故障演練客運${i}有限公司`, nameEn }),
          }),
          'write',
        );
        if (status === 201) acknowledged.push({ id: (JSON.parse(body) as { id: number }).id, nameEn });
      }
    };
    const killer = async () => {
      let kills = 0;
      while (!stop) {
        await new Promise((r) => setTimeout(r, 200));
        kills += await endConnectionsTo(name);
      }
      return kills;
    };
    const running = [lookups(a), lookups(b), lookups(a), writes(), writes()];
    const kills = killer();
    await new Promise((r) => setTimeout(r, 6_000));
    stop = true;
    await Promise.all(running);
    expect(await kills).toBeGreaterThan(10);
    // Every answer was an answer or a clean 503: no 500, no reset, no 503 without Retry-After.
    const bad = [...statuses].filter(([key]) => !/^(lookup 200|write 201|lookup 503|write 503)$/.test(key));
    expect(bad).toEqual([]);
    expect(statuses.get('lookup 200') ?? 0).toBeGreaterThan(50);
    expect(acknowledged.length).toBeGreaterThan(5);
    // Both processes are still there and serving, and every write acknowledged is in the registry, once.
    for (const s of servers) {
      expect(s.child.exitCode).toBeNull();
      expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    }
    for (const w of acknowledged) {
      const got = await fetch(`${b}/api/companies/${w.id}`, { headers: { Authorization: `Bearer ${registrar.secret}` } });
      expect(got.status).toBe(200);
      expect(((await got.json()) as { nameEn: string }).nameEn).toBe(w.nameEn);
    }
  }, 40_000);
});
