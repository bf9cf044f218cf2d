import { BENCH_SIGNING_PASSPHRASE } from './synthetic.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { buildServer } from '../scripts/build.ts';

// Starting and stopping the real server (the same command as npm start), for the benchmark and the crash test.
const ROOT = resolve(import.meta.dirname, '..');
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

export const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });

export type CacheStats = { name: string; hits: number; misses: number; hitRate: number | null }[];
const stats = new WeakMap<ChildProcess, Promise<CacheStats>>();

let built: Promise<void> | undefined;

/** The server's environment for one database: a postgres:// URL or a SQLite file, never the caller's other one. */
export function databaseEnv(database: string): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, DATABASE_PATH: _path, ...rest } = process.env;
  return { ...rest, ...(/^postgres(ql)?:\/\//i.test(database) ? { DATABASE_URL: database } : { DATABASE_PATH: database }) };
}

/**
 * Starts the server on `database` (a SQLite file, or a postgres:// URL) from its sources through tsx (each CPU profile frame then names its source file), or
 * as `npm start` runs it, built into dist/ (built once per process). `nodeArgs` go to Node before the
 * script (the profile's `--cpu-prof`). With `demo`, as npm start: an empty registry gets the demo.
 */
export async function startServer(
  database: string,
  opts: { from?: 'sources' | 'dist'; nodeArgs?: string[]; demo?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<{ child: ChildProcess; base: string; startMs: number; cardsMade: Promise<unknown> }> {
  const script = opts.from === 'dist' ? ['--enable-source-maps', 'dist/server.mjs'] : ['--import', 'tsx', 'src/server.ts'];
  if (opts.from === 'dist') await (built ??= buildServer());
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...script, ...(opts.demo ? ['--demo'] : [])], {
    cwd: ROOT,
    // The benchmark measures the registry, not its rate limit (one address, thousands of requests a second).
    env: {
      ...databaseEnv(database),
      PORT: String(port),
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '0',
      SIGNING_KEY_PASSPHRASE: BENCH_SIGNING_PASSPHRASE,
      ...opts.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The server's log on stderr: its warnings are passed on; its last line names each cache's hits and misses.
  let cardsSaid: () => void = () => {};
  const cardsMade = new Promise<void>((resolveCards) => (cardsSaid = resolveCards));
  stats.set(
    child,
    new Promise((resolveStats) => {
      let found: CacheStats = [];
      let rest = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop()!;
        for (const line of lines) {
          const entry = /^\{/.test(line)
            ? (JSON.parse(line) as { level?: string; msg?: string; caches?: CacheStats; cards?: number } & Partial<Omit<ReadModelBuilt, 'cardsAhead'>>)
            : null;
          if (entry?.caches) found = entry.caches;
          else if (entry?.msg === 'read model built') readModels.set(child, { ships: entry.ships!, ms: entry.ms!, rssMb: entry.rssMb! });
          else if (entry?.msg === 'incident cards made') {
            const built = readModels.get(child);
            if (built) built.cardsAhead = { cards: entry.cards!, ms: entry.ms!, rssMb: entry.rssMb! };
            cardsSaid();
          } else if (entry?.level !== 'info') process.stderr.write(`${line}\n`);
          if (entry?.msg?.startsWith('incident cards not made') || entry?.msg === 'read model not built') cardsSaid();
        }
      });
      child.once('exit', () => resolveStats(found));
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = round(performance.now() - t0, 0);
  // `cardsMade` settles once its incident cards are made (what it logs at level info), or it stopped: what
  // a measurement of an instance that has run a while before coordinators come waits for.
  return { child, base, startMs, cardsMade: Promise.race([cardsMade, new Promise((r) => child.once('exit', r))]) };
}

/**
 * What the server said of its read model at start: the build's ships, milliseconds and RSS just after;
 * then the incident cards it made ahead of the lookups, how long that took and its RSS after.
 */
export type ReadModelBuilt = { ships: number; ms: number; rssMb: number; cardsAhead?: { cards: number; ms: number; rssMb: number } };
const readModels = new WeakMap<ChildProcess, ReadModelBuilt>();
export const readModelOf = (child: ChildProcess): ReadModelBuilt | null => readModels.get(child) ?? null;

/** Stops the server; the hits and misses of its caches, as it said on its way out. */
export async function stopServer(child: ChildProcess): Promise<CacheStats> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return (await stats.get(child)) ?? [];
}

/** The floor (bench/floor.ts) in a process of its own, answering `bytes` of JSON. */
export async function startFloor(bytes: number, nodeArgs: string[] = []): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'bench/floor.ts', String(port), String(bytes)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`floor exited with ${child.exitCode}`);
    try {
      if ((await fetch(base, { headers: { authorization: 'Bearer x' } })).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return { child, base };
}
