import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { copiesOfRevision } from '../src/store/copies.ts';
import { listPlans, listRevisions } from '../src/store/plans.ts';
import { issuePlan } from '../src/services/plan-issuing.ts';
import { openRevision } from '../src/services/plan-drafting.ts';
import { benchSheets, type SheetResult } from './sheets.ts';
import { MAX_ROWS } from '../src/sheets/workbook.ts';
import { benchRegistrar, syntheticRegistry, withBenchKeyring, type Synthetic } from './synthetic.ts';
import { engineOf, openDatabase, type Db, type Engine } from '../src/store/database.ts';
import { moveRegistry } from '../src/services/moving.ts';
import { onServer, serverUrl, withDatabase } from './postgres.ts';
import { incidentBookFile, incidentBookPdf } from '../src/services/incident-book.ts';
import { readAgency, saveAgencyBlock } from '../src/services/agencies.ts';
import { drill, type DrillReport } from './drill.ts';
import { incidentDay, type DayOptions, type DayResult } from './incident-day.ts';
import { readModelOf, startFloor, startServer, stopServer, type CacheStats, type ReadModelBuilt } from './server.ts';
import { loadWhileProfiled, profileDir, readProfile, stepCosts, type Profile } from './profile.ts';
import { cpuPerRequest, straceInstalled, syscallsPerRequest, type Syscalls } from './syscalls.ts';
import { chart } from './chart.ts';
import { benchSheetBombs, type BombResult } from './zip-bombs.ts';

// npm run bench: synthetic registries of growing size, the real server on each, load from this
// process over loopback, and the cost of issuing. Writes bench/results/*.json, the chart and
// docs/benchmarks.md. A tiny run of the same code is part of the test suite.

export type Options = {
  sizes: number[];
  /** The sizes measured on PostgreSQL as well (DATABASE_URL's server), each right after SQLite's, on a copy of the same registry. */
  postgresSizes?: number[];
  seconds: number;
  connections: number;
  issues: number;
  /** Issues done first and not measured (the worker threads and fonts warm up). */
  warmups?: number;
  planShare: number;
  maxPlans: number;
  /** Rounds of the lookups in turns: each engine's, then the floor's, each turn half of `seconds` (3 unless told). */
  rounds?: number;
  /** Seconds between a registrar's saves during the lookup load with writes (2 unless told). */
  writeEverySeconds?: number;
  resultsDir: string;
  docsPath: string | null;
};

export type Load = { requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; errors: number; non2xx: number };
export type SizeResult = {
  engine?: Engine;
  /** PostgreSQL: seconds copy-to took to move the SQLite registry in, and the differences its check found. */
  copyTo?: { seconds: number; differences: number };
  ships: number;
  companies: number;
  issuedPlans: number;
  buildSeconds: number;
  databaseBytes: number;
  startToFirstResponseMs: number;
  firstLookupMs: number;
  rssAfterStartMb: number;
  rssAfterLoadMb: number;
  healthz: Load;
  lookup: Load;
  /** The same lookups while a registrar saves something every few seconds (each save leaves every cache cold). */
  lookupWhileWriting?: Load & { writes: number };
  lookupToHealthzRatio: number;
  /** A bare route of the same framework and server answering the lookup's median body (bench/floor.ts), under the same load. */
  floor?: Load;
  lookupToFloorRatio?: number;
  medianAnswerBytes?: number;
  distinctQueries?: number;
  caches?: CacheStats;
  /** The read model's build at start, as the server logged it. */
  readModel?: ReadModelBuilt | null;
  issue: { samples: number; medianMs: number; p90Ms: number; copyBytes: number[] };
};
export type Results = {
  command: string;
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  options: Omit<Options, 'resultsDir' | 'docsPath'>;
  sizes: SizeResult[];
};

const ROOT = resolve(import.meta.dirname, '..');

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const rssMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024, 1);
};

async function load(url: string, token: string | null, paths: string[] | null, seconds: number, connections: number): Promise<Load> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    requests: paths ? [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }] : undefined,
  });
  return {
    requestsPerSecond: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export async function benchSize(ships: number, o: Options): Promise<SizeResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-bench-'));
  const dbPath = join(dir, 'registry.sqlite');
  try {
    const t0 = performance.now();
    const { db, registry } = await syntheticRegistry(dbPath, ships, { planShare: o.planShare, maxPlans: o.maxPlans });
    const buildSeconds = round((performance.now() - t0) / 1000, 1);
    const built = { ships, companies: registry.companies, issuedPlans: registry.plans, buildSeconds };
    const sqlite = await measure(db, dbPath, registry, o);
    if (!o.postgresSizes?.includes(ships)) {
      const [lookup] = await lookupsInTurns([dbPath], registry, sqlite.medianAnswerBytes, o);
      return [sizeResult({ engine: 'sqlite', ...built }, sqlite, lookup!)];
    }
    // The same registry (with the revisions issued above), moved by copy-to into a database of its own.
    const name = `sar_bench_${ships}_${process.pid}`;
    await onServer((c) => c.query(`drop database if exists ${name}`).then(() => c.query(`create database ${name}`)));
    const url = withDatabase(serverUrl(), name);
    try {
      const [source, target] = [openDatabase(dbPath), withBenchKeyring(openDatabase(url))];
      const moved = await moveRegistry(source, target);
      await source.destroy();
      const copyTo = { seconds: moved.seconds, differences: moved.countDifferences.length + moved.copyHashDifferences.length };
      const postgres = await measure(target, url, registry, o);
      const [onSqlite, onPostgres] = await lookupsInTurns([dbPath, url], registry, sqlite.medianAnswerBytes, o);
      return [sizeResult({ engine: 'sqlite', ...built }, sqlite, onSqlite!), sizeResult({ engine: 'postgres', copyTo, ...built }, postgres, onPostgres!)];
    } finally {
      await onServer((c) => c.query(`drop database if exists ${name}`));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the lookups in turns measure (lookupsInTurns); the rest is each engine's own (measure). */
type InTurns = Pick<SizeResult, 'lookup' | 'floor' | 'lookupToFloorRatio' | 'rssAfterLoadMb' | 'caches'>;
type Measured = Omit<SizeResult, 'engine' | 'copyTo' | 'ships' | 'companies' | 'issuedPlans' | 'buildSeconds' | 'lookupToHealthzRatio' | keyof InTurns> & {
  medianAnswerBytes: number;
};

/** An engine's figures at one size: its own, and its lookups' from the turns. */
const sizeResult = (
  head: Pick<SizeResult, 'engine' | 'copyTo' | 'ships' | 'companies' | 'issuedPlans' | 'buildSeconds'>,
  own: Measured,
  turns: InTurns,
): SizeResult => ({
  ...head,
  ...own,
  ...turns,
  lookupToHealthzRatio: round(turns.lookup.requestsPerSecond / own.healthz.requestsPerSecond, 3),
});

/** Rounds of turns in lookupsInTurns (each engine's lookups, then the floor), unless told. */
const ROUNDS = 3;

/**
 * The lookup load on the server of each of `locations` and on the floor, in turns, `o.rounds` times; each
 * figure the median of its turns. On a shared machine what else runs changes from minute to minute: figures
 * taken minutes apart (one engine's, then the other's, then the floor's) compare that as much as the code.
 */
async function lookupsInTurns(locations: string[], registry: Synthetic, medianAnswerBytes: number, o: Options): Promise<InTurns[]> {
  const paths = registry.queries.map((q) => `/api/lookup?q=${encodeURIComponent(q)}`);
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  let floorServer: Awaited<ReturnType<typeof startFloor>> | undefined;
  try {
    for (const location of locations) {
      const server = await startServer(location, { from: 'dist' });
      servers.push(server);
      await server.cardsMade;
      // Every query once, so the measured turns see a warm process.
      for (const p of paths) await fetch(`${server.base}${p}`, { headers: { authorization: `Bearer ${registry.token}` } });
    }
    floorServer = await startFloor(medianAnswerBytes);
    const turnSeconds = Math.max(1, o.seconds / 2);
    const turns: Load[][] = [...servers, floorServer].map(() => []);
    for (let round = 0; round < (o.rounds ?? ROUNDS); round++)
      for (const [i, { base }] of [...servers, floorServer].entries()) turns[i]!.push(await load(base, registry.token, paths, turnSeconds, o.connections));
    const [floor, ...lookups] = [turns.at(-1)!, ...turns.slice(0, -1)].map(medianLoad);
    const rss = servers.map((server) => rssMb(server.child.pid!));
    const measured: InTurns[] = [];
    // Stopped here, each saying its caches' hits and misses on its way out.
    for (const [i, server] of servers.splice(0).entries())
      measured.push({
        lookup: lookups[i]!,
        floor,
        lookupToFloorRatio: round(lookups[i]!.requestsPerSecond / floor!.requestsPerSecond, 3),
        rssAfterLoadMb: rss[i]!,
        caches: await stopServer(server.child),
      });
    return measured;
  } finally {
    for (const server of servers) await stopServer(server.child);
    floorServer?.child.kill('SIGTERM');
  }
}

/** Each figure of a load measured several times, the median of its measurements (the counts summed). */
function medianLoad(loads: Load[]): Load {
  const median = (pick: (l: Load) => number) => quantile(loads.map(pick), 0.5);
  const sum = (pick: (l: Load) => number) => loads.reduce((n, l) => n + pick(l), 0);
  return {
    requestsPerSecond: median((l) => l.requestsPerSecond),
    p50Ms: median((l) => l.p50Ms),
    p99Ms: median((l) => l.p99Ms),
    requests: sum((l) => l.requests),
    errors: sum((l) => l.errors),
    non2xx: sum((l) => l.non2xx),
  };
}

/** Issuing on `db` (which it then closes), then the real server on `location` under load. */
async function measure(db: Db, location: string, registry: Synthetic, o: Options): Promise<Measured> {
  // Issuing a revision with its five copies, warm: two unmeasured first.
  const plans = (await listPlans(db, {})).items;
  const times: number[] = [];
  let copyBytes: number[] = [];
  const warmups = o.warmups ?? 2;
  for (let i = 0; i < o.issues + warmups; i++) {
    const p = plans[i % plans.length]!;
    const who = benchRegistrar(p.homeAgency);
    const plan = await openRevision(db, who, p.id, 'any', new Date());
    const t = performance.now();
    await issuePlan(db, who, plan.id, plan.version, { change: 'minor', summary: 'Benchmark revision' }, new Date());
    if (i >= warmups) times.push(performance.now() - t);
    const issued = (await listRevisions(db, p.id)).find((r) => r.state === 'issued')!;
    copyBytes = (await copiesOfRevision(db, issued.id)).map((c) => c.size);
  }
  const databaseBytes = await databaseSize(db, location);
  await db.destroy();

  // The server as npm start runs it (built into dist/).
  const { child, base, startMs, cardsMade } = await startServer(location, { from: 'dist' });
  try {
    const paths = registry.queries.map((q) => `/api/lookup?q=${encodeURIComponent(q)}`);
    const f0 = performance.now();
    const first = await fetch(`${base}${paths[0]}`, { headers: { authorization: `Bearer ${registry.token}` } });
    if (!first.ok) throw new Error(`lookup answered ${first.status}`);
    const firstLookupMs = round(performance.now() - f0, 0);
    const rssAfterStartMb = rssMb(child.pid!);
    // What follows measures an instance that has run a while: its incident cards made.
    await cardsMade;
    // Every query once, so the measured runs see a warm process.
    for (const p of paths) await fetch(`${base}${p}`, { headers: { authorization: `Bearer ${registry.token}` } });
    const healthz = await load(`${base}/healthz`, null, null, o.seconds, o.connections);
    // The lookups alone and the floor are measured in turns with the other engine's (lookupsInTurns).
    const lookupWhileWriting = await whileSaving(location, o.writeEverySeconds ?? 2, () => load(base, registry.token, paths, o.seconds, o.connections));
    // The floor answers the median lookup's bytes to the same load.
    const sizes: number[] = [];
    for (const p of paths.slice(0, 101))
      sizes.push((await (await fetch(`${base}${p}`, { headers: { authorization: `Bearer ${registry.token}` } })).arrayBuffer()).byteLength);
    const medianAnswerBytes = quantile(sizes, 0.5);
    return {
      readModel: readModelOf(child),
      databaseBytes,
      startToFirstResponseMs: startMs,
      firstLookupMs,
      rssAfterStartMb,
      healthz,
      lookupWhileWriting,
      medianAnswerBytes,
      distinctQueries: paths.length,
      issue: { samples: times.length, medianMs: round(quantile(times, 0.5), 0), p90Ms: round(quantile(times, 0.9), 0), copyBytes },
    };
  } finally {
    await stopServer(child);
  }
}

/**
 * Runs `work` while a registrar of MRCC Hong Kong saves its RCC block every `everySeconds` from another
 * connection (as another instance or the CLI would): the server sees the change and every cache it keeps
 * goes cold, so lookups meet cold caches under concurrency, as on duty after any change.
 */
async function whileSaving<T extends Load>(location: string, everySeconds: number, work: () => Promise<T>): Promise<T & { writes: number }> {
  const db = openDatabase(location);
  const who = benchRegistrar('HK');
  let writes = 0;
  let saving: Promise<void> = Promise.resolve();
  const save = async () => {
    const agency = await readAgency(db, 'HK');
    const fax = agency.rcc.fax === '+852 2541 7714' ? '+852 2541 7715' : '+852 2541 7714';
    await saveAgencyBlock(db, who, 'HK', agency.version, { rcc: { ...agency.rcc, fax } }, new Date());
    writes += 1;
  };
  const timer = setInterval(() => (saving = saving.then(save)), everySeconds * 1000);
  try {
    await save();
    const result = await work();
    return { ...result, writes };
  } finally {
    clearInterval(timer);
    await saving;
    await db.destroy();
  }
}

/** The database's size on disk: SQLite's file (its log checkpointed in), or PostgreSQL's database. */
async function databaseSize(db: Db, location: string): Promise<number> {
  if (engineOf(db) === 'postgres') return Number((await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(db)).rows[0]!.n);
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  return statSync(location).size + (existsSync(`${location}-wal`) ? statSync(`${location}-wal`).size : 0);
}

export async function runBench(o: Options, command: string): Promise<Results> {
  const sizes: SizeResult[] = [];
  for (const n of o.sizes) {
    process.stderr.write(`bench: ${n} ships…\n`);
    sizes.push(...(await benchSize(n, o)));
  }
  const { resultsDir, docsPath, ...options } = o;
  const results: Results = {
    command,
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    options,
    sizes,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  report(results, resultsDir, docsPath);
  return results;
}

/** The chart and the summary, from a run's results (also re-drawn alone with --report). */
function report(results: Results, resultsDir: string, docsPath: string | null) {
  // The chart follows the embedded default; PostgreSQL has a table of its own beside it.
  writeFileSync(join(resultsDir, 'lookup.svg'), chart({ ...results, sizes: onSqlite(results.sizes) }));
  if (docsPath) writeFileSync(docsPath, summary(results, docsPath));
}

const TARGETS = { ratio: 0.5, lookupP99Ms: 10, lookupP99AtFloorMs: 5, issueMedianMs: 300, copyKb: 300, rssMb: 250, firstResponseMs: 2000 };

const onSqlite = (sizes: SizeResult[]) => sizes.filter((s) => (s.engine ?? 'sqlite') === 'sqlite');

/** Each size measured on both engines, side by side (the same registry, moved by copy-to, in the same run). */
function enginesTable(r: Results): string {
  const pairs = r.sizes.filter((s) => s.engine === 'postgres').map((p) => [onSqlite(r.sizes).find((s) => s.ships === p.ships)!, p] as const);
  if (!pairs.length) return '';
  const line = (s: SizeResult) =>
    `| ${s.ships.toLocaleString('en')} | ${s.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'} | ${s.lookup.requestsPerSecond} | ${s.lookupToFloorRatio ?? '—'} | ${s.lookup.p50Ms} | ${s.lookup.p99Ms} | ${s.readModel ? `${s.readModel.ms} ms, ${s.readModel.rssMb} MB${s.readModel.cardsAhead ? `; ${s.readModel.cardsAhead.cards.toLocaleString('en')} cards in ${s.readModel.cardsAhead.ms} ms, ${s.readModel.cardsAhead.rssMb} MB` : ''}` : '—'} | ${s.issue.medianMs} / ${s.issue.p90Ms} | ${s.startToFirstResponseMs} / ${s.firstLookupMs} | ${s.rssAfterLoadMb} | ${(s.databaseBytes / 2 ** 20).toFixed(1)} | ${s.copyTo ? `${s.copyTo.seconds} s, ${s.copyTo.differences} differences` : '—'} |`;
  const big = pairs.at(-1)!;
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  const worst = Math.min(...pairs.map(([a, b]) => round(b.lookup.requestsPerSecond / a.lookup.requestsPerSecond, 3)));
  const worstFloor = Math.min(...pairs.map(([a]) => a.lookupToFloorRatio ?? 0));
  const build = big[0].readModel;
  return `
## SQLite and PostgreSQL

Each size on both engines in the same run: the SQLite registry measured first, then moved into an empty PostgreSQL
database on this machine by \`copy-to\` (which checks every table's count and every copy's SHA-256 after), and the
same measurements made again with the server on PostgreSQL (\`DATABASE_URL\`). One app instance in both cases.
Each instance searches its read model in memory (built at start: the build's time and the server's RSS just after it),
and then makes the incident cards ahead of the lookups (as many as its cards' budget holds: how many, how long, the RSS after);
the measurements begin once it has.
The lookup figures come from turns: both servers warm, then the SQLite server's lookups, PostgreSQL's and the floor's,
one after the other, ${r.options.rounds ?? ROUNDS} rounds; each figure is the median of its turns. So a comparison is never between
minutes of a shared machine that were loaded differently.

| ships | engine | lookup req/s | lookup / floor | lookup p50 ms | lookup p99 ms | read model build, RSS after; cards made ahead | issue median / p90 ms | first response / first lookup ms | RSS after load MB | database MB | copy-to |
|---|---|---|---|---|---|---|---|---|---|---|---|
${pairs.flatMap(([a, b]) => [line(a), line(b)]).join('\n')}

Targets of the read model, at every size measured on both engines (${pairs.map(([a]) => a.ships.toLocaleString('en')).join(', ')} ships):

| target | measured | |
|---|---|---|
| PostgreSQL lookups ≥ 0.8 × SQLite's, at every size | ${worst} at the worst | ${mark(worst >= 0.8)} |
| lookup p99 < 10 ms on both at ${big[0].ships.toLocaleString('en')} ships | ${big[0].lookup.p99Ms} / ${big[1].lookup.p99Ms} ms | ${mark(big[0].lookup.p99Ms < 10 && big[1].lookup.p99Ms < 10)} |
| lookup ÷ floor ≥ 0.4 on SQLite, at every size | ${worstFloor} at the worst | ${mark(worstFloor >= 0.4)} |
| RSS after load < 350 MB at ${big[0].ships.toLocaleString('en')} ships | ${big[0].rssAfterLoadMb} / ${big[1].rssAfterLoadMb} MB | ${mark(big[0].rssAfterLoadMb < 350 && big[1].rssAfterLoadMb < 350)} |
| read model built in < 3 s at ${big[0].ships.toLocaleString('en')} ships | ${build ? `${build.ms} ms` : '—'} | ${mark(build !== null && build !== undefined && build.ms < 3000)} |
`;
}

/** The lookup load again with a registrar saving every few seconds, beside the load without writes. */
function writesTable(r: Results): string {
  const measured = r.sizes.filter((s) => s.lookupWhileWriting);
  if (!measured.length) return '';
  const line = (s: SizeResult) => {
    const w = s.lookupWhileWriting!;
    return `| ${s.ships.toLocaleString('en')} | ${s.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'} | ${s.lookup.requestsPerSecond} | ${s.lookup.p99Ms} | ${w.requestsPerSecond} | ${w.p50Ms} | ${w.p99Ms} | ${w.writes} | ${w.errors + w.non2xx} |`;
  };
  return `
## Lookups while a registrar saves

The same lookup load, while a registrar of MRCC Hong Kong saves its RCC block every ${r.options.writeEverySeconds ?? 2} s from another connection:
each save moves the registry's generation, so every cache the server keeps goes cold under ${r.options.connections} concurrent lookups.

| ships | engine | without writes req/s | p99 ms | with writes req/s | p50 ms | p99 ms | saves | errors and non-2xx |
|---|---|---|---|---|---|---|---|---|
${measured.map(line).join('\n')}
`;
}

function summary(r: Results, docsPath: string): string {
  const big = onSqlite(r.sizes).at(-1)!;
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  const rows = onSqlite(r.sizes)
    .map(
      (s) =>
        `| ${s.ships.toLocaleString('en')} | ${s.issuedPlans} | ${s.healthz.requestsPerSecond} | ${s.floor?.requestsPerSecond ?? '—'} | ${s.lookup.requestsPerSecond} | ${s.lookupToHealthzRatio} | ${s.lookupToFloorRatio ?? '—'} | ${s.lookup.p50Ms} | ${s.lookup.p99Ms} | ${s.issue.medianMs} / ${s.issue.p90Ms} | ${Math.round(Math.max(...s.issue.copyBytes) / 1024)} | ${s.rssAfterStartMb} / ${s.rssAfterLoadMb} | ${(s.databaseBytes / 2 ** 20).toFixed(1)} | ${s.startToFirstResponseMs} / ${s.firstLookupMs} |`,
    )
    .join('\n');
  const chartPath = docsPath.includes('/docs/') ? '../bench/results/lookup.svg' : 'lookup.svg';
  const analysis = join(ROOT, 'bench', 'analysis.md');
  const notes = existsSync(analysis) ? `\n${readFileSync(analysis, 'utf8')}` : '';
  const bookFile = join(ROOT, 'bench', 'results', 'incident-book.json');
  const book = existsSync(bookFile) ? (JSON.parse(readFileSync(bookFile, 'utf8')) as { command: string; date: string; books: BookResult[] }) : null;
  const bookSection = book
    ? `\n## The incident book\n\nMeasured by \`${book.command}\` on ${book.date.slice(0, 10)}, on the same kind of synthetic registry, in-process (the PDF in a render thread), from the first query to the last byte.\n\n| ships | PDF s | pages | PDF KB | HTML s | HTML KB |\n|---|---|---|---|---|---|\n${book.books.map((b) => `| ${b.ships.toLocaleString('en')} | ${b.pdfSeconds} | ${b.pdfPages} | ${Math.round(b.pdfBytes / 1024)} | ${b.htmlSeconds} | ${Math.round(b.htmlBytes / 1024)} |`).join('\n')}\n`
    : '';
  const bombsFile = join(ROOT, 'bench', 'results', 'sheet-bombs.json');
  const bombs = existsSync(bombsFile) ? (JSON.parse(readFileSync(bombsFile, 'utf8')) as { command: string; date: string; bombs: BombResult[] }) : null;
  const bombSection = bombs
    ? `\n## Spreadsheet zip bombs\n\nMeasured by \`${bombs.command}\` on ${bombs.date.slice(0, 10)}: the real server, sent XLSX files of under a megabyte whose one cell inflates to a gigabyte, one at a time and several at once, with the zip's directory stating the size or lying about it. The server's memory is sampled every 5 ms while they are answered.\n\n| bombs at once | inflates to | directory | answers | slowest ms | RSS before MB | RSS peak growth MB |\n|---|---|---|---|---|---|---|\n${bombs.bombs.map((b) => `| ${b.bombs} | ${b.mib} MiB | ${b.lies ? 'lies (1 KiB)' : 'true'} | ${b.statuses.join(', ')} | ${b.slowestMs} | ${b.rssBeforeMb} | ${b.rssPeakGrowthMb} |`).join('\n')}\n`
    : '';
  const sheetsFile = join(ROOT, 'bench', 'results', 'sheets.json');
  const sheets = existsSync(sheetsFile) ? (JSON.parse(readFileSync(sheetsFile, 'utf8')) as { command: string; date: string; sheets: SheetResult[] }) : null;
  const sheetsSection = sheets
    ? `\n## Sheets in and out while coordinators search\n\nMeasured by \`${sheets.command}\` on ${sheets.date.slice(0, 10)}, in-process on SQLite, on a synthetic registry of ${sheets.sheets[0]!.ships.toLocaleString('en')} ships: MRCC Hong Kong's ships exported, and the largest sheet an import takes checked. *Held* is the longest the event loop went without a turn meanwhile (a 1 ms timer's longest gap): how long a lookup arriving then would wait.\n\n| work | format | rows | ms | held ms |\n|---|---|---|---|---|\n${sheets.sheets.map((s) => `| ${s.work} | ${s.format.toUpperCase()} | ${s.rows.toLocaleString('en')} | ${s.ms.toLocaleString('en')} | ${s.longestHoldMs.toLocaleString('en')} |`).join('\n')}\n`
    : '';
  const dayFile = join(ROOT, 'bench', 'results', 'incident-day.json');
  const daySection = existsSync(dayFile) ? dayTable(JSON.parse(readFileSync(dayFile, 'utf8')) as Day) : '';
  const drillFile = join(ROOT, 'bench', 'results', 'drill.json');
  const drilled = existsSync(drillFile) ? (JSON.parse(readFileSync(drillFile, 'utf8')) as DrillReport & { command: string; date: string }) : null;
  const drillSection = drilled ? drillTable(drilled) : '';
  const profileFile = join(ROOT, 'bench', 'results', 'profile.json');
  const profiles = existsSync(profileFile) ? (JSON.parse(readFileSync(profileFile, 'utf8')) as Profiles) : null;
  const profileSection = profiles?.runs.length ? `\n${profileTable(profiles)}` : '';
  return `# Benchmarks

Generated by \`${r.command}\` on ${r.date.slice(0, 10)}; every number below comes from \`bench/results/latest.json\`.

Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GiB, Node ${r.machine.node}, ${r.machine.platform}.
The load generator (autocannon, ${r.options.connections} connections, ${r.options.seconds} s per run; the lookups and the floor in ${r.options.rounds ?? ROUNDS} rounds of
turns of ${Math.max(1, r.options.seconds / 2)} s, each figure the median of its turns) and the server share the machine, over loopback.

Each size is a synthetic registry built through the project's own store code: ships with Chinese and English
names drawn with a skewed choice from the characters and words the Pearl River Delta fleet uses, companies
(one per 40 ships) and plans issued with their five copies for ${r.options.planShare * 100}% of the ships (at most ${r.options.maxPlans}).
Lookups go through ${big.distinctQueries ? `${big.distinctQueries.toLocaleString('en')} different queries` : 'a rotating set of queries'} (two- to four-character Chinese fragments, simplified input for
traditional names, English prefixes, MMSIs, IMO numbers and call signs, from different ships), each once a round;
\`/healthz\` runs in the same process as a baseline, and the floor (\`bench/floor.ts\`) is a bare route of the same
framework and server in a process of its own that checks for the token and answers the median lookup's bytes${big.medianAnswerBytes ? ` (${big.medianAnswerBytes.toLocaleString('en')} bytes)` : ''}.

| ships | plans | healthz req/s | floor req/s | lookup req/s | lookup / healthz | lookup / floor | lookup p50 ms | lookup p99 ms | issue median / p90 ms | largest copy KB | RSS start / after load MB | database MB | first response / first lookup ms |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows}

![Lookup p99 latency and throughput against registry size](${chartPath})

## Targets at ${big.ships.toLocaleString('en')} ships

| target | measured | |
|---|---|---|
| lookup throughput ≥ ${TARGETS.ratio} × healthz | ${big.lookupToHealthzRatio} | ${mark(big.lookupToHealthzRatio >= TARGETS.ratio)} |
| lookup p99 < ${TARGETS.lookupP99Ms} ms | ${big.lookup.p99Ms} ms | ${mark(big.lookup.p99Ms < TARGETS.lookupP99Ms)} |
| issuing median < ${TARGETS.issueMedianMs} ms | ${big.issue.medianMs} ms | ${mark(big.issue.medianMs < TARGETS.issueMedianMs)} |
| each copy < ${TARGETS.copyKb} KB | ${Math.round(Math.max(...big.issue.copyBytes) / 1024)} KB | ${mark(Math.max(...big.issue.copyBytes) < TARGETS.copyKb * 1024)} |
| server RSS < ${TARGETS.rssMb} MB | ${big.rssAfterLoadMb} MB | ${mark(big.rssAfterLoadMb < TARGETS.rssMb)} |
| first request < ${TARGETS.firstResponseMs} ms after start | ${big.startToFirstResponseMs} ms | ${mark(big.startToFirstResponseMs < TARGETS.firstResponseMs)} |
${big.lookupToFloorRatio !== undefined ? `| lookup throughput ≥ ${TARGETS.ratio} × the floor | ${big.lookupToFloorRatio} | ${mark(big.lookupToFloorRatio >= TARGETS.ratio)} |\n| lookup p99 < ${TARGETS.lookupP99AtFloorMs} ms (with the floor's target) | ${big.lookup.p99Ms} ms | ${mark(big.lookup.p99Ms < TARGETS.lookupP99AtFloorMs)} |\n` : ''}${
  big.caches?.length
    ? `\n## The caches a lookup uses, at ${big.ships.toLocaleString('en')} ships\n\nCounted by the server from its start to its stop (the warm-up round included).\n\n| cache | hits | misses | hit rate |\n|---|---|---|---|\n${big.caches.map((c) => `| ${c.name} | ${c.hits} | ${c.misses} | ${c.hitRate ?? '—'} |`).join('\n')}\n`
    : ''
}${enginesTable(r)}${writesTable(r)}${daySection}${drillSection}${profileSection}${bookSection}${sheetsSection}${bombSection}${notes}`;
}

/** Each step's CPU time per lookup, one column pair per profiled run (before and after a change), and the floor of the last. */
function profileTable(p: Profiles): string {
  const last = p.runs.at(-1)!;
  const columns: { title: string; costs: Omit<Profile, 'label' | 'ships' | 'floor'> }[] = [
    ...p.runs.map((r) => ({ title: `${r.label}, ${r.ships.toLocaleString('en')} ships`, costs: r })),
    ...(last.floor ? [{ title: `the floor, same load (${last.label})`, costs: last.floor }] : []),
  ];
  const first = columns[0]!.costs.steps;
  const steps = [...new Set(columns.flatMap((c) => c.costs.steps.map((s) => s.step)))].sort(
    (a, b) => (first.find((s) => s.step === b)?.microseconds ?? 0) - (first.find((s) => s.step === a)?.microseconds ?? 0),
  );
  const cell = (c: (typeof columns)[number], step: string) => {
    const s = c.costs.steps.find((x) => x.step === step);
    return s ? `${s.microseconds} | ${Math.round(s.share * 1000) / 10} %` : '— | —';
  };
  return `## Where a lookup's time goes

Measured by \`${p.command}\` (last on ${p.date.slice(0, 10)}): the server under \`node --cpu-prof\`, the same distinct lookups as load for 10 s,
and each CPU sample taken during the load put down to the innermost step that owns one of its frames (\`bench/profile.ts\`).
Per request, in µs of CPU, with the profiler's own cost included; the throughput is the profiled server's. The floor
(\`bench/floor.ts\`, answering the median lookup's bytes) is profiled the same way, under the same load, right after the last run.

| step | ${columns.map((c) => `${c.title}: µs | share`).join(' | ')} |
|---|${columns.map(() => '---|---').join('|')}|
${steps.map((step) => `| ${step} | ${columns.map((c) => cell(c, step)).join(' | ')} |`).join('\n')}
| **total per request** | ${columns.map((c) => `**${c.costs.microsecondsPerLookup}** | ${c.costs.requestsPerSecond} req/s`).join(' | ')} |
${syscallTable(last)}`;
}

/** The last profiled run's system calls and CPU per request, the lookup beside the floor (bench/syscalls.ts). */
function syscallTable(run: Profile): string {
  const [lookup, floor] = [run.syscalls, run.floor?.syscalls];
  if (!lookup || !floor) return '';
  const calls = [...new Set([...lookup.perRequest, ...floor.perRequest].filter((c) => c.count >= 0.05).map((c) => c.call))].sort(
    (a, b) => (lookup.perRequest.find((c) => c.call === b)?.count ?? 0) - (lookup.perRequest.find((c) => c.call === a)?.count ?? 0),
  );
  const count = (s: Syscalls, call: string) => s.perRequest.find((c) => c.call === call)?.count ?? 0;
  const total = (s: Syscalls) => Math.round(100 * s.perRequest.reduce((a, c) => a + c.count, 0)) / 100;
  return `
The same run's server and floor again, without the profiler, under the same load: their CPU time per request
in user space and in the kernel (from \`/proc\`), then the system calls each made per request, counted by \`strace -c -f\`
over all its threads (\`bench/syscalls.ts\`). A read transaction of SQLite takes two \`fcntl\` locks and a \`newfstatat\`;
\`futex\` is the collector's and the workers' threads waking.

| per request | the lookup (${run.ships.toLocaleString('en')} ships) | the floor |
|---|---|---|
| CPU in user space, µs | ${lookup.cpu.userMicroseconds} | ${floor.cpu.userMicroseconds} |
| CPU in the kernel, µs | ${lookup.cpu.kernelMicroseconds} | ${floor.cpu.kernelMicroseconds} |
${calls.map((call) => `| \`${call}\` | ${count(lookup, call)} | ${count(floor, call)} |`).join('\n')}
| **system calls** | **${total(lookup)}** | **${total(floor)}** |
`;
}

export type BookResult = { ships: number; pdfSeconds: number; pdfPages: number; pdfBytes: number; htmlSeconds: number; htmlBytes: number };

/**
 * The incident book at each size: made from the records in-process, as the API makes it (the PDF in a
 * render thread), timed from the first query to the last byte.
 */
export async function benchIncidentBook(ships: number): Promise<BookResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-bench-book-'));
  try {
    const { db } = await syntheticRegistry(join(dir, 'registry.sqlite'), ships, { planShare: 0.01, maxPlans: 50 });
    const who = {
      principal: { id: null, name: 'Benchmark coordinator', role: 'coordinator' as const, agency: 'HK' as const, companyId: null },
      requestId: null,
    };
    // Once unmeasured: the render thread starts and loads its fonts.
    await incidentBookPdf(db, who, { area: 'MO', script: 'hant' }, new Date());
    const p0 = performance.now();
    const pdf = await incidentBookPdf(db, who, { script: 'hant' }, new Date());
    const pdfSeconds = round((performance.now() - p0) / 1000, 2);
    const h0 = performance.now();
    const html = await incidentBookFile(db, who, { script: 'hant' }, new Date());
    const htmlSeconds = round((performance.now() - h0) / 1000, 2);
    await db.destroy();
    const pdfPages = (
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Type \/Page\b/g) ?? []
    ).length;
    return { ships, pdfSeconds, pdfPages, pdfBytes: pdf.byteLength, htmlSeconds, htmlBytes: Buffer.byteLength(html) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Where a lookup's time goes at `ships`: the server under `node --cpu-prof`, every distinct query once to
 * warm it, then the lookups as load; each step's CPU time per lookup from the samples of the load alone.
 */
export async function profileLookups(ships: number, label: string, seconds: number): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-bench-profile-'));
  try {
    const dbPath = join(dir, 'registry.sqlite');
    const { db, registry } = await syntheticRegistry(dbPath, ships, { planShare: 0.01, maxPlans: 300 });
    await db.destroy();
    const cpuDir = profileDir();
    // From the sources, so that each frame names its file (the steps are told apart by file).
    const { child, base, cardsMade } = await startServer(dbPath, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${cpuDir}`] });
    await cardsMade;
    const paths = registry.queries.map((q) => `/api/lookup?q=${encodeURIComponent(q)}`);
    let load: Awaited<ReturnType<typeof loadWhileProfiled>>;
    const sizes: number[] = [];
    try {
      for (const p of paths)
        sizes.push((await (await fetch(`${base}${p}`, { headers: { authorization: `Bearer ${registry.token}` } })).arrayBuffer()).byteLength);
      load = await loadWhileProfiled(base, registry.token, paths, seconds, 10);
    } finally {
      await stopServer(child);
    }
    const costs = stepCosts(readProfile(cpuDir), load.from, load.to, load.requests);
    const medianBytes = quantile(sizes, 0.5);
    // The floor under the same profiler and load: what the HTTP work alone costs on this machine.
    const floorDir = profileDir();
    const floor = await startFloor(medianBytes, ['--cpu-prof', `--cpu-prof-dir=${floorDir}`]);
    let floorLoad: Awaited<ReturnType<typeof loadWhileProfiled>>;
    try {
      floorLoad = await loadWhileProfiled(floor.base, registry.token, paths, seconds, 10);
    } finally {
      const exited = new Promise((r) => floor.child.once('exit', r));
      floor.child.kill('SIGTERM');
      await exited;
    }
    const floorCosts = stepCosts(readProfile(floorDir), floorLoad.from, floorLoad.to, floorLoad.requests);
    // The same two servers without the profiler: their CPU per request, user and kernel, and their system calls.
    const lookupsLoad = (at: string) => () => loadWhileProfiled(at, registry.token, paths, seconds, 10);
    const kernel = async (pid: number, at: string): Promise<Syscalls | undefined> => {
      if (!straceInstalled()) return undefined;
      await lookupsLoad(at)();
      const cpu = await cpuPerRequest(pid, lookupsLoad(at));
      try {
        return { cpu, ...(await syscallsPerRequest(pid, lookupsLoad(at))) };
      } catch (err) {
        // A container may refuse strace its ptrace: the run goes on without the count.
        process.stderr.write(`bench: no system calls counted: ${(err as Error).message}\n`);
        return undefined;
      }
    };
    const plain = await startServer(dbPath, { from: 'dist' });
    await plain.cardsMade;
    let syscalls: Syscalls | undefined;
    try {
      syscalls = await kernel(plain.child.pid!, plain.base);
    } finally {
      await stopServer(plain.child);
    }
    const plainFloor = await startFloor(medianBytes);
    let floorSyscalls: Syscalls | undefined;
    try {
      floorSyscalls = await kernel(plainFloor.child.pid!, plainFloor.base);
    } finally {
      plainFloor.child.kill('SIGTERM');
    }
    if (!straceInstalled()) process.stderr.write('bench: strace is not installed (apt-get install strace): no system calls counted\n');
    return {
      label,
      ships,
      requests: load.requests,
      requestsPerSecond: load.requestsPerSecond,
      ...costs,
      ...(syscalls ? { syscalls } : {}),
      floor: {
        requests: floorLoad.requests,
        requestsPerSecond: floorLoad.requestsPerSecond,
        ...floorCosts,
        ...(floorSyscalls ? { syscalls: floorSyscalls } : {}),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Day = { command: string; date: string; options: DayOptions; days: DayResult[] };

/** The incident day's figures, engine beside engine, and whether the goals were met. */
function dayTable(d: Day): string {
  const o = d.options;
  const sqlite = d.days.find((x) => x.engine === 'sqlite');
  const postgres = d.days.find((x) => x.engine === 'postgres');
  const errors = (x: DayResult) =>
    Object.entries(x.errors)
      .map(([k, n]) => `${n} × ${k}`)
      .join(', ') || 'none';
  const row = (x: DayResult) =>
    `| ${x.engine} | ${x.instances} | ${x.lookups.count.toLocaleString('en')} | ${x.lookups.requestsPerSecond} | ${x.lookups.p50Ms} | ${x.lookups.p99Ms} | ${x.lookups.maxMs} | ${x.issues.count} | ${x.issues.p50Ms} / ${x.issues.p99Ms} | ${x.importRows.toLocaleString('en')} in ${x.importSeconds ?? '—'} s | ${errors(x)} |`;
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  const goals = [
    `lookup p99 under 50 ms throughout: ${met(d.days.every((x) => x.lookups.p99Ms < 50))}`,
    `no error: ${met(d.days.every((x) => Object.keys(x.errors).length === 0))}`,
    ...(sqlite && postgres
      ? [
          `PostgreSQL's lookup p99 within 1.5 × SQLite's: ${met(postgres.lookups.p99Ms <= 1.5 * Math.max(sqlite.lookups.p99Ms, 1))} (${postgres.lookups.p99Ms} against ${sqlite.lookups.p99Ms} ms)`,
        ]
      : []),
  ];
  return `
## An incident day

Measured by \`${d.command}\` on ${d.date.slice(0, 10)}: ${o.seconds} s of a day's work at once on a synthetic registry of
${o.ships.toLocaleString('en')} ships, the same registry on each engine (one built instance over SQLite, two over PostgreSQL).
- ${o.coordinators} coordinators look ships up with the benchmark's distinct queries, each pausing 0.2–1 s to read a card.
- ${o.registrars} registrars draft and issue plans of their agencies, 2–5 s to check a draft and as long before the next.
- A registrar imports a sheet of ${o.importRows.toLocaleString('en')} ships new to the registry (copies of the area's own as exported, each with identifiers of its own), checked and confirmed; every row must be written.

Times are the clients': from the request sent to the last byte, after 5 s of lookups not measured (the instances were running before the incident).

| engine | instances | lookups | lookups/s | p50 ms | p99 ms | max ms | issues | issue p50 / p99 ms | import | errors |
|---|---|---|---|---|---|---|---|---|---|---|
${d.days.map(row).join('\n')}

Goals: ${goals.join('; ')}.
`;
}

/** The failover drill's figures, as docs/benchmarks.md shows them. */
function drillTable(d: DrillReport & { command: string; date: string }): string {
  const kinds = (m: Record<string, number>) =>
    Object.entries(m)
      .map(([k, n]) => `${n.toLocaleString('en')} × ${k}`)
      .join(', ');
  return `
## The failover drill

Measured by \`${d.command}\` on ${d.date.slice(0, 10)} (docs/operations.md, *A streaming replica for failover*): a primary
and a synchronous streaming standby on this machine, two built instances naming both (\`DATABASE_URL\` with two
hosts, the standby as \`DATABASE_REPLICA_URL\`), ${d.coordinators} coordinators looking ships up without pause and a
registrar registering a company every 100 ms. ${d.phaseSeconds} s as it is, then the primary stopped
(\`pg_ctl stop -m immediate\`), ${d.phaseSeconds} s without it, the standby promoted, and ${d.phaseSeconds} s after the first write on it.

| what | measured | goal |
|---|---|---|
| longest time without a lookup answer, from the stop | ${d.lookups.longestWithoutAnswerSeconds} s | 0 s |
| lookups answered (from the standby) | ${d.lookups.answered.toLocaleString('en')} (${d.lookups.fromReplica.toLocaleString('en')}) | every one |
| lookup answers by kind | ${kinds(d.lookups.byKind)} | 200 only |
| longest time without a write, from the stop | ${d.writes.secondsWithoutWrites} s | until the promotion |
| write answers by kind | ${kinds(d.writes.byKind)} | 201, or 503 with Retry-After |
| acknowledged writes missing after the promotion | ${d.acknowledgedWritesLost} of ${d.writes.acknowledged} | 0 |
| both instances still running | ${d.instancesUp ? 'yes' : '**no**'} | yes |

No lookup went unanswered. The longest gap is the requests that were under way when the primary stopped: their
reads go once more to the primary, then to the standby.
`;
}

type Profiles = { command: string; date: string; runs: Profile[] };

async function main() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const resultsDir = join(ROOT, 'bench', 'results');
  const docsPath = join(ROOT, 'docs', 'benchmarks.md');
  if (process.argv.includes('--incident-book')) {
    // The incident book alone, at the sizes an agency's fleet and the whole delta's reach; kept beside the main run's results.
    const books: BookResult[] = [];
    for (const n of [1_000, 10_000]) {
      process.stderr.write(`bench: incident book, ${n} ships…\n`);
      books.push(await benchIncidentBook(n));
    }
    writeFileSync(
      join(resultsDir, 'incident-book.json'),
      `${JSON.stringify({ command: 'npm run bench -- --incident-book', date: new Date().toISOString(), books }, null, 2)}\n`,
    );
    report(JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as Results, resultsDir, docsPath);
    for (const b of books)
      console.log(
        `${b.ships} ships: incident book PDF ${b.pdfSeconds} s (${b.pdfPages} pages, ${Math.round(b.pdfBytes / 1024)} KB), HTML ${b.htmlSeconds} s (${Math.round(b.htmlBytes / 1024)} KB)`,
      );
    return;
  }
  if (process.argv.includes('--sheets')) {
    // An agency's fleet exported and the largest import checked, with how long each held the event loop (bench/sheets.ts).
    const ships = Number(arg('--ships') ?? 100_000);
    process.stderr.write(`bench: sheets in and out at ${ships} ships…\n`);
    const sheets = await benchSheets(ships, MAX_ROWS);
    writeFileSync(
      join(resultsDir, 'sheets.json'),
      `${JSON.stringify({ command: 'npm run bench -- --sheets', date: new Date().toISOString(), sheets }, null, 2)}\n`,
    );
    report(JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as Results, resultsDir, docsPath);
    for (const s of sheets) console.log(`${s.work}, ${s.format}, ${s.rows} rows: ${s.ms} ms, the event loop held ${s.longestHoldMs} ms at most`);
    return;
  }
  if (process.argv.includes('--incident-day')) {
    // Coordinators, registrars and an import at once, on both engines (bench/incident-day.ts).
    const seconds = Number(arg('--day-seconds') ?? 60);
    const options = { ships: 10_000, seconds, coordinators: 50, registrars: 5, importRows: 1_000 };
    const days = await incidentDay(options, Boolean(process.env.DATABASE_URL));
    writeFileSync(
      join(resultsDir, 'incident-day.json'),
      `${JSON.stringify({ command: 'npm run bench -- --incident-day', date: new Date().toISOString(), options, days }, null, 2)}\n`,
    );
    report(JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as Results, resultsDir, docsPath);
    console.log(JSON.stringify(days, null, 2));
    return;
  }
  if (process.argv.includes('--drill')) {
    // The failover drill (bench/drill.ts): a primary and its standby, two instances, the primary stopped and the standby promoted.
    const seconds = Number(arg('--drill-seconds') ?? 10);
    process.stderr.write(`bench: failover drill, ${seconds} s a phase…\n`);
    const drilled = await drill({ phaseSeconds: seconds, coordinators: 20 });
    writeFileSync(
      join(resultsDir, 'drill.json'),
      `${JSON.stringify({ command: 'npm run drill:failover', date: new Date().toISOString(), ...drilled }, null, 2)}\n`,
    );
    report(JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as Results, resultsDir, docsPath);
    console.log(JSON.stringify(drilled, null, 2));
    return;
  }
  if (process.argv.includes('--sheet-bombs')) {
    // Spreadsheet zip bombs against the real server: each refused, how fast, and how far memory rose.
    process.stderr.write('bench: spreadsheet zip bombs…\n');
    const bombs = await benchSheetBombs();
    writeFileSync(
      join(resultsDir, 'sheet-bombs.json'),
      `${JSON.stringify({ command: 'npm run bench -- --sheet-bombs', date: new Date().toISOString(), bombs }, null, 2)}\n`,
    );
    report(JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as Results, resultsDir, docsPath);
    for (const b of bombs)
      console.log(
        `${b.bombs} × ${b.mib} MiB${b.lies ? ' (directory lies)' : ''}: ${b.statuses.join(', ')} in ${b.slowestMs} ms at most; RSS +${b.rssPeakGrowthMb} MB`,
      );
    return;
  }
  if (process.argv.includes('--profile')) {
    // A profiled run, kept beside the others under its label (before and after a change, say).
    const ships = Number(arg('--ships') ?? 100_000);
    const label = arg('--label') ?? 'now';
    process.stderr.write(`bench: profiling lookups at ${ships} ships…\n`);
    const run = await profileLookups(ships, label, 10);
    const file = join(resultsDir, 'profile.json');
    const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Profiles).runs.filter((r) => r.label !== label || r.ships !== ships) : [];
    writeFileSync(
      file,
      `${JSON.stringify({ command: 'npm run bench -- --profile --label <label>', date: new Date().toISOString(), runs: [...kept, run] }, null, 2)}\n`,
    );
    report(JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as Results, resultsDir, docsPath);
    console.log(`${ships} ships, ${label}: ${run.requestsPerSecond} req/s under the profiler, ${run.microsecondsPerLookup} µs of CPU per lookup`);
    for (const s of run.steps) console.log(`  ${String(s.microseconds).padStart(7)} µs  ${(100 * s.share).toFixed(1).padStart(5)} %  ${s.step}`);
    return;
  }
  if (process.argv.includes('--report')) {
    // Redraw the chart and the summary from the last run's results, without measuring again.
    report(JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as Results, resultsDir, docsPath);
    return;
  }
  const quick = process.argv.includes('--quick');
  // PostgreSQL too when a server is named (DATABASE_URL), or asked for (--engines sqlite,postgres).
  const engines = arg('--engines')?.split(',') ?? (process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']);
  const options: Options = {
    sizes: quick ? [1_000] : [1_000, 10_000, 100_000],
    postgresSizes: engines.includes('postgres') ? (quick ? [1_000] : [1_000, 10_000, 100_000]) : [],
    seconds: quick ? 3 : 10,
    connections: 10,
    issues: 20,
    planShare: 0.01,
    maxPlans: 300,
    resultsDir,
    docsPath,
  };
  const results = await runBench(options, `npm run bench${quick ? ' -- --quick' : ''}`);
  for (const s of results.sizes) {
    console.log(
      `${s.ships} ships${s.engine === 'postgres' ? ' (PostgreSQL)' : ''}: lookup ${s.lookup.requestsPerSecond} req/s (p99 ${s.lookup.p99Ms} ms, ×${s.lookupToHealthzRatio} of healthz); issue median ${s.issue.medianMs} ms; RSS ${s.rssAfterLoadMb} MB; first response ${s.startToFirstResponseMs} ms`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
