import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileLookups, runBench, type Load, type Results } from '../bench/run.ts';

// The benchmark's own code at a tiny size, so it cannot rot: it must produce every figure, on SQLite and
// (with DATABASE_URL, in CI always) on PostgreSQL, the registry moved there by copy-to.
// Nothing here asserts a timing. The run itself (a registry built, a server started, two short loads)
// happens once before the checks, with its own generous limit.
// Found out by vitest.config.ts: DATABASE_URL is set and its server answers.
const POSTGRES = process.env.REGISTRY_TEST_POSTGRES === 'true';

describe('the benchmark, run end to end on a tiny registry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  let results: Results;
  beforeAll(async () => {
    results = await runBench(
      {
        sizes: [200],
        postgresSizes: POSTGRES ? [200] : [],
        seconds: 0.5,
        connections: 2,
        issues: 1,
        warmups: 0,
        planShare: 0.01,
        maxPlans: 1,
        resultsDir: dir,
        docsPath: join(dir, 'benchmarks.md'),
      },
      'test',
    );
  }, 120_000);

  const positive = (x: number) => expect(Number.isFinite(x) && x > 0).toBe(true);
  const load = (l: Load) => {
    positive(l.requestsPerSecond);
    positive(l.requests);
    expect(l.errors).toBe(0);
    expect(l.non2xx).toBe(0);
    expect(l.p99Ms).toBeGreaterThanOrEqual(l.p50Ms);
  };

  it('measures each engine asked for, PostgreSQL on the registry copy-to moved there with no difference', () => {
    expect(results.sizes.map((s) => [s.ships, s.engine])).toEqual([[200, 'sqlite'], ...(POSTGRES ? [[200, 'postgres']] : [])]);
    if (POSTGRES) expect(results.sizes[1]!.copyTo).toMatchObject({ differences: 0 });
  });

  it('loads /healthz, the lookup and the floor without an error, the lookups all different', () => {
    for (const size of results.sizes) {
      load(size.healthz);
      load(size.lookup);
      load(size.floor!);
      // Lookups with a registrar's save going on beside them (every cache cold) all answer too.
      load(size.lookupWhileWriting!);
      expect(size.lookupWhileWriting!.writes).toBeGreaterThanOrEqual(1);
      positive(size.lookupToFloorRatio!);
      positive(size.medianAnswerBytes!);
      expect(size.distinctQueries).toBeGreaterThan(300);
    }
  });

  it('reports the hits and misses of the caches a lookup uses', () => {
    for (const size of results.sizes) {
      const names = size.caches!.map((c) => c.name);
      // The statement cache is SQLite's (pg prepares on the server).
      expect(names).toEqual(expect.arrayContaining(['incident cards', 'token checks', ...(size.engine === 'sqlite' ? ['prepared statements'] : [])]));
      for (const c of size.caches!) expect(c.hits + c.misses, c.name).toBeGreaterThan(0);
    }
  });

  it('reports every figure of the registry, the process and issuing', () => {
    for (const size of results.sizes) {
      for (const x of [
        size.lookupToHealthzRatio,
        size.databaseBytes,
        size.startToFirstResponseMs,
        size.firstLookupMs,
        size.rssAfterStartMb,
        size.rssAfterLoadMb,
        size.issue.medianMs,
        size.issue.p90Ms,
      ])
        positive(x);
      expect(size.issue.samples).toBe(1);
      expect(size.issue.copyBytes).toHaveLength(5);
    }
  });

  it('writes the results, the chart and the summary', () => {
    expect(JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')).sizes).toHaveLength(POSTGRES ? 2 : 1);
    if (POSTGRES) expect(readFileSync(join(dir, 'benchmarks.md'), 'utf8')).toMatch(/## SQLite and PostgreSQL[\s\S]*\| 200 \| PostgreSQL \| [\d.]+ \|/);
    expect(readFileSync(join(dir, 'lookup.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<polyline[\s\S]*<\/svg>\n$/);
    expect(existsSync(join(dir, 'benchmarks.md'))).toBe(true);
    expect(readFileSync(join(dir, 'benchmarks.md'), 'utf8')).toContain('| 200 |');
    expect(readFileSync(join(dir, 'benchmarks.md'), 'utf8')).toMatch(/## Lookups while a registrar saves[\s\S]*\| 200 \| SQLite \| [\d.]+ \|/);
  });
});

describe('the lookup profile (npm run bench -- --profile), on a tiny registry', () => {
  it("puts each lookup's CPU time down to the steps of the lookup, the read model's search and the HTTP work among them", async () => {
    const run = await profileLookups(200, 'test', 1);
    expect(run.requests).toBeGreaterThan(0);
    expect(run.microsecondsPerLookup).toBeGreaterThan(0);
    const steps = run.steps.map((s) => s.step);
    expect(steps).toEqual(expect.arrayContaining(['HTTP in and out (Node, @hono/node-server)', 'search (the read model: index paths, ranking, catching up)']));
    const shares = run.steps.reduce((sum, s) => sum + s.share, 0);
    expect(shares).toBeGreaterThan(0.98);
    expect(shares).toBeLessThan(1.02);
    // The floor, under the same profiler and load, for comparison: its time is HTTP work, none of it SQLite.
    expect(run.floor!.microsecondsPerLookup).toBeGreaterThan(0);
    expect(run.floor!.steps.map((s) => s.step)).toContain('HTTP in and out (Node, @hono/node-server)');
    expect(run.floor!.steps.map((s) => s.step)).not.toContain('SQLite (running statements)');
    // Where strace may trace (not every container lets it), each request's answer is one socket write at least.
    if (!run.syscalls) console.warn('the profile counted no system calls here (strace missing or refused)');
    for (const counted of [run.syscalls, run.floor!.syscalls].filter((s) => s !== undefined)) {
      expect(counted.cpu.userMicroseconds).toBeGreaterThan(0);
      const writes = counted.perRequest.filter((c) => c.call === 'writev' || c.call === 'write').reduce((a, c) => a + c.count, 0);
      expect(writes).toBeGreaterThanOrEqual(0.9);
    }
  }, 120_000);
});
