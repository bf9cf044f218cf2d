import { migrateToLatest, type Db } from '../store/database.ts';
import { copyDigests, copyRegistry, tableCounts, type TableCounts } from '../store/moving.ts';

export type MoveReport = {
  counts: TableCounts;
  /** Tables whose row counts differ between the two after the copy (none when all went well). */
  countDifferences: { table: string; source: number; target: number }[];
  /** Copies whose bytes in the target do not hash to their recorded SHA-256, or differ from the source's. */
  copyHashDifferences: number[];
  seconds: number;
};

/**
 * Moves a registry (all its history, audit trail and copies) into an empty database, then checks the
 * result: every table's count, and every copy's bytes against its SHA-256 in both. The source is only
 * read; a failure leaves the target without registry data.
 */
export async function moveRegistry(source: Db, target: Db, progress?: (table: string, rows: number) => void): Promise<MoveReport> {
  const started = performance.now();
  await migrateToLatest(target);
  await copyRegistry(source, target, progress);
  const [before, after] = [await tableCounts(source), await tableCounts(target)];
  const countDifferences = Object.keys(before)
    .map((table) => ({ table, source: before[table as keyof TableCounts], target: after[table as keyof TableCounts] }))
    .filter((d) => d.source !== d.target);
  // Each copy's bytes hash the same in both, and to the SHA-256 recorded for it.
  const [was, now] = [await copyDigests(source), await copyDigests(target)];
  const differs = (id: number) => {
    const [w, n] = [was.get(id), now.get(id)];
    return !w || !n || w.actual !== n.actual || n.actual !== n.recorded;
  };
  const copyHashDifferences = [...new Set([...was.keys(), ...now.keys()])].filter(differs).sort((a, b) => a - b);
  return { counts: after, countDifferences, copyHashDifferences, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
