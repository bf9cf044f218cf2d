import type ExcelJS from 'exceljs';

// An uploaded workbook's first sheet as text cells: read in place for a small workbook, and in a thread of
// its own (xlsx-reader.ts) for a large one, the same function either way.

/** A cell's value as the text a person typed (exceljs gives numbers, rich text, formulas' results, dates). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/**
 * The first worksheet's cells as text. (exceljs's streaming reader would hand the process back while it
 * reads, but it breaks a character whose bytes arrive in two pieces: tried, and it garbled 維 in a
 * thousand-row sheet. The whole workbook is loaded instead.)
 */
export async function xlsxGrid(bytes: Uint8Array): Promise<string[][]> {
  const book = new (await import('exceljs')).default.Workbook();
  await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    // A row's values have holes where a cell was never written (an empty cell, as most programs save it).
    grid[n - 1] = Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => cellText(v));
  });
  return Array.from(grid, (r) => r ?? []);
}
