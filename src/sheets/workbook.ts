import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { AppError, refuse } from '../errors.ts';
import { xlsxGrid } from './xlsx-grid.ts';
import { checkZipWithinLimits, tooLarge } from './zip-limits.ts';
import { say, type Key, type Lang } from '../words/index.ts';

// The parsers are loaded when a spreadsheet is first read or written, not when the server starts: a
// coordinator's registry that never sees a spreadsheet does not carry them in memory.
const excel = async () => (await import('exceljs')).default;
const csv = async () => ({ parse: (await import('csv-parse')).parse, stringify: (await import('csv-stringify/sync')).stringify });

// Spreadsheets in and out: XLSX with exceljs, CSV with csv-parse and csv-stringify. A sheet has two
// header rows, the bilingual labels people read and the column keys the registry reads, then a row a
// record. Nothing here knows ships or companies: the columns come from src/domain/fleet-sheet.ts.

export type SheetFormat = 'xlsx' | 'csv';
export type SheetColumn = { key: string; label: Key; required?: boolean };
export type ReadRow = { row: number; values: Record<string, string> };

/** The most rows a file may hold: a whole delta's fleet several times over. */
export const MAX_ROWS = 20_000;
/** The most columns, and the longest cell: far beyond any field of a ship or a company, far below harm. */
export const MAX_COLUMNS = 200;
export const MAX_CELL_LENGTH = 4_000;

export const MEDIA_TYPE: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** A column's label in the agency's Chinese and in English. */
const headerLabel = (zh: Lang) => (c: SheetColumn) => `${say(zh, c.label)} ${say('en', c.label)}${c.required ? ' *' : ''}`;

/**
 * Rows written between turns of the event loop: a whole area's fleet as a sheet (33,000 ships at 100,000)
 * took seconds of CPU, and every coordinator's lookup on the instance waited for all of it.
 */
const ROWS_A_TURN = 500;
/** How much of a CSV is parsed in one turn of the event loop. */
export const CSV_BYTES_A_TURN = 64 * 1024;
/** A workbook this large or larger is read in a thread of its own (about 1,000 ships' rows). */
export const XLSX_IN_A_THREAD_BYTES = 128 * 1024;
/** The heap that thread may take: a 20,000-row sheet of ships needs between 256 and 512 MiB. */
const WORKBOOK_READER_HEAP_MB = 1024;

/** A sheet of `rows` under the two header rows; CSV starts with a byte-order mark so spreadsheet programs read it as UTF-8. */
export async function writeSheet(
  format: SheetFormat,
  name: string,
  columns: readonly SheetColumn[],
  rows: Record<string, string>[],
  zh: Lang,
): Promise<Uint8Array> {
  const label = headerLabel(zh);
  if (format === 'csv') {
    const { stringify } = await csv();
    // Each record ends with its own line break, so the parts joined are the sheet stringified whole.
    const parts = [stringify([columns.map(label), columns.map((c) => c.key)])];
    for (let i = 0; i < rows.length; i += ROWS_A_TURN) {
      await nextTurn();
      parts.push(stringify(rows.slice(i, i + ROWS_A_TURN).map((r) => columns.map((c) => inert(r[c.key] ?? '')))));
    }
    return new TextEncoder().encode(`\uFEFF${parts.join('')}`);
  }
  // exceljs's streaming writer: rows go out as they are added (a workbook kept whole and written at the
  // end took 13 s at 33,000 ships, nearly all of it in one piece), and zlib compresses off the main thread.
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new (await excel()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'SAR co-operation plan registry';
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  // Every cell is text, so an MMSI or an IMO number keeps its digits as typed.
  sheet.columns = columns.map((c) => ({ key: c.key, width: Math.min(40, Math.max(12, label(c).length)), style: { numFmt: '@' } }));
  const labels = sheet.addRow(columns.map(label));
  labels.font = { bold: true };
  labels.commit();
  const keys = sheet.addRow(columns.map((c) => c.key));
  keys.font = { italic: true, color: { argb: 'FF666666' } };
  keys.commit();
  for (let i = 0; i < rows.length; i++) {
    if (i % ROWS_A_TURN === 0) await nextTurn();
    sheet.addRow(columns.map((c) => rows[i]![c.key] ?? '')).commit();
  }
  sheet.commit();
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

// A spreadsheet program opening a CSV runs a cell that starts like a formula (=HYPERLINK(…), +, -, @, a
// tab or a return: OWASP's list). Such a cell is written behind an apostrophe, read as text, and read back
// without it, so an export still imports back unchanged. (XLSX cells are stored as text and need nothing.)
const FORMULA_START = /^[=+\-@\t\r]/;
const inert = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const revived = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);

/**
 * The records of an uploaded sheet, each with its row number as the spreadsheet shows it. The row of
 * column keys is found among the first rows, so a sheet without the labels row is read too.
 */
export async function readSheet(
  bytes: Uint8Array,
  columns: readonly SheetColumn[],
  limits = { readerHeapMb: WORKBOOK_READER_HEAP_MB },
): Promise<{ rows: ReadRow[]; unknownColumns: string[] }> {
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
  // A workbook's parts are held to their limits before the parser inflates any of them.
  if (isXlsx) await checkZipWithinLimits(bytes);
  let grid: string[][];
  try {
    grid = isXlsx ? await readWorkbook(bytes, limits.readerHeapMb) : await csvGrid(bytes);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse('sheet_unreadable', { reason: err instanceof Error ? err.message : String(err) });
  }
  checkGrid(grid);
  const known = new Set(columns.map((c) => c.key));
  const keyRow = grid.slice(0, 5).findIndex((r) => r.filter((v) => known.has(v.trim())).length >= 3);
  if (keyRow < 0) throw refuse('sheet_no_keys', {}, [{ field: 'file', code: 'sheet_no_keys' }]);
  const keys = grid[keyRow]!.map((k) => k.trim());
  const rows: ReadRow[] = [];
  for (let i = keyRow + 1; i < grid.length; i++) {
    const values: Record<string, string> = {};
    keys.forEach((k, j) => {
      if (known.has(k)) values[k] = (grid[i]![j] ?? '').trim();
    });
    if (Object.values(values).every((v) => v === '')) continue;
    rows.push({ row: i + 1, values });
    if (rows.length > MAX_ROWS)
      throw refuse('sheet_too_many_rows', { max: MAX_ROWS }, [{ field: 'file', code: 'sheet_too_many_rows', params: { max: MAX_ROWS } }]);
  }
  return { rows, unknownColumns: keys.filter((k) => k && !known.has(k)) };
}

/**
 * An uploaded workbook's cells: a large one is read in a thread of its own, so the lookups go on meanwhile
 * (at 20,000 rows the load held the main thread for almost 2 s); a small one in place, as a thread's start
 * costs more than its reading.
 */
async function readWorkbook(bytes: Uint8Array, heapMb: number): Promise<string[][]> {
  if (bytes.byteLength < XLSX_IN_A_THREAD_BYTES) return xlsxGrid(bytes);
  // Its heap is bounded: a workbook within the zip's limits that still swells in the parser stops the
  // thread, not the server.
  const reader = new Worker(new URL('./xlsx-reader-entry.mjs', import.meta.url), { workerData: bytes, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  try {
    const answer = await new Promise<{ grid?: string[][]; error?: string }>((resolve, reject) => {
      reader.once('message', resolve);
      reader.once('error', (err: Error & { code?: string }) => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge(`${heapMb} MiB`) : err));
      reader.once('exit', (code) => reject(new Error(`the workbook's reader stopped (${code})`)));
    });
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer.grid!;
  } finally {
    void reader.terminate();
  }
}

/** A CSV's cells, parsed a piece at a time: at 20,000 rows, parsed whole, it held the process for a second. */
async function csvGrid(bytes: Uint8Array): Promise<string[][]> {
  // UTF-8 or nothing: checked over the whole file first, in one native pass.
  new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const { parse } = await csv();
  const parser = parse({ relax_column_count: true, skip_empty_lines: false, bom: true });
  const records: string[][] = [];
  parser.on('readable', () => {
    for (let record: string[] | null; (record = parser.read() as string[] | null) !== null; ) records.push(record.map(revived));
  });
  const done = finished(parser);
  // Handled at once: a parse error met between two turns must not be an unhandled rejection meanwhile.
  done.catch(() => {});
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Bytes, not text: a piece may end inside a character, which the parser joins up again.
  for (let at = 0; at < body.length && !parser.destroyed; at += CSV_BYTES_A_TURN) {
    parser.write(body.subarray(at, at + CSV_BYTES_A_TURN));
    await nextTurn();
  }
  if (!parser.destroyed) parser.end();
  await done;
  return records;
}

/** Refuses a sheet wider than MAX_COLUMNS or with a cell longer than MAX_CELL_LENGTH, naming the first such place. */
function checkGrid(grid: string[][]): void {
  grid.forEach((cells, i) => {
    if (cells.length > MAX_COLUMNS) {
      throw refuse('sheet_too_wide', { max: MAX_COLUMNS, row: i + 1 }, [{ field: 'file', code: 'sheet_too_wide', params: { max: MAX_COLUMNS, row: i + 1 } }]);
    }
    const long = cells.findIndex((v) => v.length > MAX_CELL_LENGTH);
    if (long >= 0) {
      const params = { max: MAX_CELL_LENGTH, row: i + 1, column: long + 1 };
      throw refuse('sheet_cell_too_long', params, [{ field: 'file', code: 'sheet_cell_too_long', params }]);
    }
  });
}
