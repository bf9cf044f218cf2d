import { beforeAll, describe, expect, it } from 'vitest';
import { runCrashTest, type CrashResult } from '../bench/crash.ts';

// A short run of the crash test (bench/crash.ts; `npm run crash` runs it long): the real server killed
// with SIGKILL twice under three concurrent writers. The run happens once, before the checks.
describe('the registry killed with SIGKILL under concurrent writes, twice', () => {
  let result: CrashResult;
  beforeAll(async () => {
    result = await runCrashTest({ kills: 2, writers: 3, writesBeforeKill: 25 });
  }, 120_000);

  it('acknowledged writes in every round, and lost none of them', () => {
    expect(result.kills).toBe(2);
    expect(result.acknowledged).toBeGreaterThanOrEqual(2 * 25);
    expect(result.missing).toEqual([]);
  });

  it('holds exactly one audit event for each acknowledged write', () => {
    const counts = Object.values(result.auditEvents);
    expect(counts).toHaveLength(result.acknowledged);
    expect(counts.filter((n) => n !== 1)).toEqual([]);
  });

  it('keeps the audit chain intact', () => {
    expect(result.chain.events).toBeGreaterThanOrEqual(result.acknowledged);
    expect(result.chain.broken).toBeNull();
  });
});
