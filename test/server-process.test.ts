import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireServerLock } from '../src/store/server-lock.ts';
import { databaseEnv, startServer, stopServer } from '../bench/server.ts';
import { runCli } from '../src/cli.ts';
import { toSimplified } from '../src/script.ts';
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
    const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
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
    const { child, base } = await startServer(':memory:');
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
    const { child, base } = await startServer(file, { from: 'dist' });
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
      await db.destroy();
    } finally {
      await stopServer(child);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
