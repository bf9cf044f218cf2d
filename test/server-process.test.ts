import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireServerLock } from '../src/store/server-lock.ts';
import { databaseEnv, startServer, stopServer } from '../bench/server.ts';
import { runCli } from '../src/cli.ts';
import { COMPANY_COLUMNS } from '../src/domain/fleet-sheet.ts';
import { toSimplified } from '../src/script.ts';
import { MEDIA_TYPE, writeSheet, XLSX_IN_A_THREAD_BYTES } from '../src/sheets/workbook.ts';
import { openDatabase } from '../src/store/database.ts';
import { pdfText } from './pdf-text.ts';

// The server's refusals to start, each in a process of its own (npm run test:processes).
describe('the server, asked to start', () => {
  it('stops the server with exit code 1 and a message naming the bad variable', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...databaseEnv(':memory:'), PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT="not-a-port": must be a number/);
  });
});

describe('a second server on the same database file', () => {
  it('refuses to start with a clear message, and a lock left by a process that has gone is taken over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sar-lock-'));
    const file = join(dir, 'registry.sqlite');
    // The test runner itself plays the first server: a live process holding the lock.
    writeFileSync(`${file}.server-lock`, String(process.pid));
    const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts', '--demo'], {
      env: { ...databaseEnv(file), PORT: '8099' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`Another registry server (process ${process.pid}) is already serving ${file}`);
    expect(existsSync(file)).toBe(false);

    // A process id no process has: the lock is stale and is taken over.
    writeFileSync(`${file}.server-lock`, '4194304');
    const lock = acquireServerLock(file);
    expect('release' in lock).toBe(true);
    expect(readFileSync(`${file}.server-lock`, 'utf8')).toBe(String(process.pid));
    if ('release' in lock) lock.release();
    expect(existsSync(`${file}.server-lock`)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a client that trickles its request headers', () => {
  it('is answered 408 and cut off after the 15 s allowed for headers, while others are served', async () => {
    // The server seeds its in-memory demo registry first (about 11 s here), hence the long test timeout.
    const { child, base } = await startServer(':memory:', { demo: true });
    try {
      const { port } = new URL(base);
      const socket = connect(Number(port), '127.0.0.1');
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (received += chunk));
      const closed = new Promise<number>((ok) => socket.on('close', () => ok(performance.now())));
      await new Promise<void>((ok) => socket.once('connect', () => ok()));
      const opened = performance.now();
      // The request line and one header, and never the blank line that ends the headers.
      socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');

      // The slow client holds no one else up.
      expect((await fetch(`${base}/healthz`)).status).toBe(200);

      const closedAt = await closed;
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
      // Not before its 15 s were up: a slow but honest client on a poor link gets its time.
      expect(closedAt - opened).toBeGreaterThanOrEqual(14_900);
      // And soon after: Node's default check every 30 s would leave it open up to 45 s.
      expect(closedAt - opened).toBeLessThan(25_000);
    } finally {
      await stopServer(child);
    }
  }, 90_000);
});

describe('the server as npm start runs it (built into dist/)', () => {
  it('seeds the demo with copies rendered in its own render threads, in both Chinese scripts, and answers the lookup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sar-built-'));
    const file = join(dir, 'registry.sqlite');
    // An empty registry: the server loads the demo, issuing its plans, so its render threads (the built
    // entry beside the server) have made every copy before it answers its first request.
    const { child, base } = await startServer(file, { from: 'dist', demo: true });
    try {
      const db = openDatabase(file);
      const out: string[] = [];
      const io = { out: (line: string) => out.push(line), err: () => {}, now: () => new Date() };
      expect(await runCli(['token', 'create', '--role', 'registrar', '--agency', 'GD', '--name', 'Registrar, Guangdong'], db, io)).toBe(0);
      const token = out.at(-1)!.trim();
      const auth = { authorization: `Bearer ${token}` };
      const plans = (await (await fetch(`${base}/api/plans?limit=50`, { headers: auth })).json()) as {
        items: { id: number; homeAgency: string; vessel: { nameZh: string } }[];
      };
      // One plan compiled in Guangdong (Simplified) and one elsewhere (Traditional): both fonts load from dist/.
      for (const plan of [plans.items.find((p) => p.homeAgency === 'GD')!, plans.items.find((p) => p.homeAgency !== 'GD')!]) {
        const copy = await fetch(`${base}/api/plans/${plan.id}/revisions/1/copies/1`, { headers: auth });
        expect(copy.status).toBe(200);
        const text = await pdfText(new Uint8Array(await copy.arrayBuffer()));
        const name = plan.homeAgency === 'GD' ? toSimplified(plan.vessel.nameZh) : plan.vessel.nameZh;
        expect(text).toContain(name);
      }
      const lookup = await fetch(`${base}/api/lookup?q=${encodeURIComponent('澳门')}`, { headers: auth });
      expect(((await lookup.json()) as { items: { vessel: { nameEn: string } }[] }).items.map((c) => c.vessel.nameEn)).toEqual(['Macau Star']);
      // A large workbook is read in the reader thread whose entry is built beside the server.
      const companies = Array.from({ length: 3_000 }, (_, i) => ({
        nameZh: `珠海高速客轮${i + 1}号有限公司`,
        nameEn: `Zhuhai High Speed Ferry No. ${i + 1} Company Limited`,
        emergencyPhone: `+86 756 ${String(3_330_000 + i * 7)}`,
      }));
      const sheet = await writeSheet('xlsx', 'companies', COMPANY_COLUMNS, companies, 'zh-Hans');
      expect(sheet.byteLength).toBeGreaterThanOrEqual(XLSX_IN_A_THREAD_BYTES);
      const upload = await fetch(`${base}/api/fleet/imports?kind=companies&name=${encodeURIComponent('珠海船公司.xlsx')}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': MEDIA_TYPE.xlsx },
        body: sheet,
      });
      expect(upload.status, await upload.clone().text()).toBe(201);
      expect(await upload.json()).toMatchObject({ state: 'checked', rows: 3_000 });
      await db.destroy();
    } finally {
      await stopServer(child);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

// As an agency's operator would meet them: a start or a command pointed at a path where no registry is.
describe('a registry that exists, or a clear refusal', () => {
  const tsx = (args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['--import', 'tsx', ...args], { env: { ...env, LOG_LEVEL: 'info' }, encoding: 'utf8', timeout: 30_000 });

  it('a server started on a path that names nothing refuses, names the path and creates nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sar-none-'));
    // A path with a typing error in its folder, and one in an existing folder.
    for (const file of [join(dir, 'regsitry', 'registry.sqlite'), join(dir, 'registry.sqlite')]) {
      const run = tsx(['src/server.ts'], { ...databaseEnv(file), PORT: '8097' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`No registry at ${file}`);
      expect(run.stderr).toContain('npm run cli -- init');
      expect(existsSync(file)).toBe(false);
      expect(existsSync(`${file}.server-lock`)).toBe(false);
    }
    expect(existsSync(join(dir, 'regsitry'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('every command of the command line on a missing registry exits non-zero, says which path it looked at, and creates nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sar-none-'));
    const file = join(dir, 'registry.sqlite');
    for (const command of [
      ['backup', join(dir, 'backup-2026-12-04.sqlite')],
      ['audit', 'verify'],
      ['restore', join(dir, 'backup-2026-12-04.sqlite')],
      ['copy-to', join(dir, 'moved.sqlite')],
      ['token', 'list'],
      ['token', 'create', '--role', 'coordinator', '--agency', 'MO'],
      ['seed-demo'],
      ['account', 'create-admin', '--agency', 'MO', '--name', 'Leong Ka-io', '--email', 'leong@dsamma.example.mo'],
    ]) {
      const run = tsx(['src/cli.ts', ...command], databaseEnv(file));
      expect(run.status, command.join(' ')).toBe(1);
      expect(run.stderr, command.join(' ')).toContain(`no registry at ${file}`);
      expect(run.stdout, command.join(' ')).toBe('');
    }
    expect(readdirSync(dir)).toEqual([]);
    // A file that is there but holds no registry (an empty file a mistyped path once left) is no registry either.
    writeFileSync(file, '');
    for (const command of [
      ['backup', join(dir, 'backup.sqlite')],
      ['audit', 'verify'],
    ]) {
      const run = tsx(['src/cli.ts', ...command], databaseEnv(file));
      expect(run.status, command.join(' ')).toBe(1);
      expect(run.stderr).toContain(`no registry at ${file}`);
    }
    expect(readdirSync(dir)).toEqual(['registry.sqlite']);
    rmSync(dir, { recursive: true, force: true });
  });

  it("follows the operations guide's first day: init, the server serves it empty (its reference data, no demo ship), private files (0600), first admins, backup and a restore drill", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sar-first-day-'));
    const file = join(dir, 'registry.sqlite');
    const init = tsx(['src/cli.ts', 'init'], databaseEnv(file));
    expect(init.status).toBe(0);
    expect(init.stdout).toContain(`registry created at ${file}`);
    const token = tsx(['src/cli.ts', 'token', 'create', '--role', 'coordinator', '--agency', 'HK', '--name', 'Duty coordinator'], databaseEnv(file))
      .stdout.trim()
      .split('\n')
      .at(-1)!;
    // As the guide starts it: the built server, without the demo.
    const { child, base } = await startServer(file, { from: 'dist' });
    try {
      const auth = { authorization: `Bearer ${token}` };
      const agencies = (await (await fetch(`${base}/api/agencies`, { headers: auth })).json()) as { items: { code: string }[] };
      expect(agencies.items.map((a) => a.code)).toEqual(['GD', 'HK', 'MO']);
      const vessels = (await (await fetch(`${base}/api/vessels`, { headers: auth })).json()) as { items: unknown[] };
      expect(vessels.items).toEqual([]);
      const lookup = (await (await fetch(`${base}/api/lookup?q=${encodeURIComponent('澳門')}`, { headers: auth })).json()) as { items: unknown[] };
      expect(lookup.items).toEqual([]);
      const backup = join(dir, 'backup-2026-12-04.sqlite');
      expect(tsx(['src/cli.ts', 'backup', backup], databaseEnv(file)).status).toBe(0);
      for (const f of [file, `${file}-wal`, `${file}-shm`, backup]) expect((statSync(f).mode & 0o777).toString(8), f).toBe('600');

      // The rest of docs/operations.md's first day: each agency's first admin gets a one-time link to the
      // registry's address, and the restore drill brings the backup back into a scratch registry whose chain holds.
      for (const [agency, name, email] of [
        ['HK', 'Wong Mei-ling', 'wong.meiling@mardep.example.hk'],
        ['GD', 'Chen Jianguo', 'chen.jianguo@gdmsa.example.cn'],
        ['MO', 'Leong Ka-io', 'leong@dsamma.example.mo'],
      ] as const) {
        const admin = tsx(['src/cli.ts', 'account', 'create-admin', '--agency', agency, '--name', name, '--email', email], {
          ...databaseEnv(file),
          PUBLIC_URL: 'https://registry.sar.example',
        });
        expect(admin.status, admin.stderr).toBe(0);
        const link = admin.stdout.trim().split('\n').at(-1)!;
        expect(link).toMatch(/^https:\/\/registry\.sar\.example\/link\/[\w-]{43}$/);
        expect((await fetch(`${base}${new URL(link).pathname}`)).status).toBe(200);
      }
      const drill = join(dir, 'drill.sqlite');
      expect(tsx(['src/cli.ts', 'init'], databaseEnv(drill)).status).toBe(0);
      const restored = tsx(['src/cli.ts', 'restore', backup], databaseEnv(drill));
      expect(restored.status, restored.stderr).toBe(0);
      const verified = tsx(['src/cli.ts', 'audit', 'verify'], databaseEnv(drill));
      expect(verified.status).toBe(0);
      expect(verified.stdout).toMatch(/^INTACT: \d+ audit events, every link holds/);
    } finally {
      await stopServer(child);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('npm start', () => {
  it('builds dist/ when a source changed since the last build, and starts at once from it otherwise', async () => {
    const { buildServerIfChanged, DIST } = await import('../scripts/build.ts');
    await buildServerIfChanged();
    const built = statSync(join(DIST, 'server.mjs')).mtimeMs;
    expect(await buildServerIfChanged()).toBe(false);
    expect(statSync(join(DIST, 'server.mjs')).mtimeMs).toBe(built);
    // A stamp from other sources (as after a pull) is a reason to build again.
    writeFileSync(join(DIST, 'built-from.sha256'), 'sources of another commit\n');
    expect(await buildServerIfChanged()).toBe(true);
    expect(existsSync(join(DIST, 'server.mjs'))).toBe(true);
  }, 30_000);
});
