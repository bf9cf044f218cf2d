import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drill } from '../bench/drill.ts';

// The failover drill's smoke run (npm run drill:failover measures it at length, docs/benchmarks.md): a
// primary and its streaming standby on this machine, two app instances naming both, coordinators
// looking ships up and a registrar registering companies. The primary is stopped, the standby promoted.
// Needs PostgreSQL's programs (initdb, pg_basebackup): in CI always; without them it is skipped with a warning.
const PROGRAMS = existsSync('/usr/lib/postgresql');
if (!PROGRAMS) console.warn('\n  WARNING: the failover drill is skipped: PostgreSQL is not installed (apt-get install -y postgresql).\n');

describe.runIf(PROGRAMS || process.env.CI === 'true')('the failover drill, in short', () => {
  it('keeps lookups answering from the standby while the primary is gone, and writes resume on the promoted standby with none lost', async () => {
    const report = await drill({ phaseSeconds: 2, coordinators: 4 });
    expect(report.instancesUp).toBe(true);
    // With the primary gone the standby answered lookups, saying so; every lookup had an answer.
    expect(report.lookups.fromReplica).toBeGreaterThan(0);
    expect(Object.keys(report.lookups.byKind)).toEqual(['200']);
    // Writes meanwhile were told to try again (503), never half-done or lost; after the promotion they went on.
    expect(Object.keys(report.writes.byKind).sort()).toEqual(['201', '503 database_unreachable']);
    expect(report.writes.acknowledged).toBeGreaterThan(0);
    expect(report.acknowledgedWritesLost).toBe(0);
  }, 120_000);
});
