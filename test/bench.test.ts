import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench, type Load } from '../bench/run.ts';

// The benchmark's own code at a tiny size, so it cannot rot: it must produce every figure.
// Nothing here asserts a timing.
describe('the benchmark', () => {
  it('runs end to end on a tiny registry and reports every figure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    const results = await runBench(
      { sizes: [200], seconds: 1, connections: 2, issues: 2, planShare: 0.01, maxPlans: 5, resultsDir: dir, docsPath: join(dir, 'benchmarks.md') },
      'test',
    );
    const [size] = results.sizes;
    const positive = (x: number) => expect(Number.isFinite(x) && x > 0).toBe(true);
    const load = (l: Load) => {
      positive(l.requestsPerSecond);
      positive(l.requests);
      expect(l.errors).toBe(0);
      expect(l.non2xx).toBe(0);
      expect(l.p99Ms).toBeGreaterThanOrEqual(l.p50Ms);
    };
    expect(size!.ships).toBe(200);
    load(size!.healthz);
    load(size!.lookup);
    for (const x of [size!.lookupToHealthzRatio, size!.databaseBytes, size!.startToFirstResponseMs, size!.firstLookupMs, size!.rssAfterStartMb, size!.rssAfterLoadMb, size!.issue.medianMs, size!.issue.p90Ms]) positive(x);
    expect(size!.issue.samples).toBe(2);
    expect(size!.issue.copyBytes).toHaveLength(5);
    expect(JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')).sizes).toHaveLength(1);
    expect(readFileSync(join(dir, 'lookup.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<polyline[\s\S]*<\/svg>\n$/);
    expect(existsSync(join(dir, 'benchmarks.md'))).toBe(true);
    expect(readFileSync(join(dir, 'benchmarks.md'), 'utf8')).toContain('| 200 |');
  }, 120_000);
});
