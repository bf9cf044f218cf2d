import { mkdtempSync, rmSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnsOf } from '../src/domain/fleet-sheet.ts';
import { checkFleetImport, exportFleet } from '../src/services/fleet-import.ts';
import { writeSheet, type SheetFormat } from '../src/sheets/workbook.ts';
import { syntheticRegistry } from './synthetic.ts';

// Sheets in and out while coordinators search (npm run bench -- --sheets): an agency's whole fleet
// exported, and the largest sheet an import takes checked, in-process on SQLite. Besides how long each
// takes, the longest the event loop was held at once: what a lookup arriving meanwhile waits for.

export type SheetResult = { ships: number; work: string; format: SheetFormat; rows: number; ms: number; longestHoldMs: number };

const round = (x: number) => Math.round(x);

/** The records of an exported CSV by column key (read here, not by readSheet: an area's export may pass the import's row limit). */
function csvRecords(body: Uint8Array): Record<string, string>[] {
  const [, keys, ...records] = parse(
    Buffer.from(body)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  ) as string[][];
  // A cell that starts like a formula was written behind an apostrophe (src/sheets/workbook.ts).
  return records.map((r) => Object.fromEntries(keys!.map((k, j) => [k, (r[j] ?? '').replace(/^'(?=[=+\-@\t\r])/, '')])));
}

/** `work` timed, with the longest gap between turns of a 1 ms timer while it ran. */
async function held<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longestHoldMs: number }> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  try {
    const value = await work();
    const end = performance.now();
    return { value, ms: round(end - t0), longestHoldMs: round(Math.max(longest, end - last)) };
  } finally {
    clearInterval(timer);
  }
}

export async function benchSheets(ships: number, importRows: number): Promise<SheetResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-bench-sheets-'));
  try {
    const { db } = await syntheticRegistry(join(dir, 'registry.sqlite'), ships, { planShare: 0.01, maxPlans: 50 });
    const who = { principal: { id: null, name: 'Bench registrar', role: 'registrar' as const, agency: 'HK' as const, companyId: null }, requestId: null };
    const results: SheetResult[] = [];
    let exported: Record<string, string>[] = [];
    for (const format of ['csv', 'xlsx'] as const) {
      const { value, ms, longestHoldMs } = await held(() => exportFleet(db, who, { kind: 'ships', format }));
      if (format === 'csv') exported = csvRecords(value.body);
      results.push({ ships, work: 'export of the agency’s ships', format, rows: exported.length, ms, longestHoldMs });
    }
    // The largest sheet an import takes: the export's rows again (each refused at the check: its identifiers are held).
    const rows = Array.from({ length: importRows }, (_, i) => exported[i % exported.length]!);
    for (const format of ['csv', 'xlsx'] as const) {
      const bytes = await writeSheet(format, 'ships', columnsOf('ships'), rows, 'zh-Hant');
      const { ms, longestHoldMs } = await held(() => checkFleetImport(db, who, { kind: 'ships', fileName: `fleet.${format}`, bytes }, new Date()));
      results.push({ ships, work: 'import checked', format, rows: importRows, ms, longestHoldMs });
    }
    await db.destroy();
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
