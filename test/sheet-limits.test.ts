import { describe, expect, it } from 'vitest';
import { COMPANY_COLUMNS } from '../src/domain/fleet-sheet.ts';
import { MAX_CELL_LENGTH, MAX_COLUMNS, writeSheet } from '../src/sheets/workbook.ts';
import { hugeSheet, small, workbookParts, zipOf } from '../bench/zip-bombs.ts';
import { json, registryState, testRegistry } from './helpers.ts';

// A spreadsheet is read within limits: a zip that inflates far beyond its weight is refused from its
// directory, or while its parts are counted, before the parser inflates anything; so are sheets too wide
// or with a cell too long. Each is a 400 naming the limit, and nothing is imported.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function setup() {
  const reg = await testRegistry();
  const token = await reg.tokenFor('registrar', { agency: 'HK' });
  const upload = (body: Uint8Array, type = XLSX, name = 'fleet.xlsx') =>
    reg.call('POST', `/api/fleet/imports?kind=companies&name=${name}`, { token, raw: body, headers: { 'Content-Type': type, 'Accept-Language': 'zh-Hant' } });
  return { ...reg, upload };
}

describe('a spreadsheet zip bomb', () => {
  it('stating its true size (96 MiB in one cell) is refused from the directory, nothing imported', async () => {
    const { db, upload } = await setup();
    const before = await registryState(db);
    const bomb = zipOf([...workbookParts(), await hugeSheet(96)]);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const res = await upload(bomb);
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem).toMatchObject({ code: 'sheet_too_large', params: { limit: '64 MiB' }, errors: [{ field: 'file', code: 'sheet_too_large' }] });
    expect(problem.detail).toBe('檔案解壓後超過試算表可容納的大小（64 MiB）：未經讀取即被拒絕');
    expect(await registryState(db)).toEqual(before);
  });

  it('lying in its directory (1 KiB said, 96 MiB held) is caught while its parts are counted', async () => {
    const { upload } = await setup();
    const liar = { ...(await hugeSheet(96)), stated: 1024 };
    const res = await upload(zipOf([...workbookParts(), liar]));
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ code: 'sheet_too_large' });
  });

  it('of many small parts, each honest, is refused by their number and by their sum', async () => {
    const { upload } = await setup();
    const many = Array.from({ length: 300 }, (_, i) => small(`xl/media/image${i}.xml`, '<x/>'));
    expect(await json(await upload(zipOf([...workbookParts(), ...many])))).toMatchObject({ code: 'sheet_too_large', params: { limit: '256 parts' } });
    // Thirty parts of 3 MiB each: none too large alone, 90 MiB together.
    const parts = await Promise.all(Array.from({ length: 30 }, async (_, i) => ({ ...(await hugeSheet(3)), name: `xl/worksheets/sheet${i + 1}.xml` })));
    expect(await json(await upload(zipOf([...workbookParts(), ...parts])))).toMatchObject({ code: 'sheet_too_large', params: { limit: '64 MiB' } });
  });
});

describe('a sheet', () => {
  it(`with a cell longer than ${MAX_CELL_LENGTH} characters is refused, naming its place, in XLSX and in CSV alike`, async () => {
    const { upload } = await setup();
    const row = {
      nameZh: '信德中旅船務管理有限公司',
      nameEn: 'Shun Tak-China Travel Ship Management Limited',
      addressZh: '香港干諾道中200號信德中心'.repeat(400),
    };
    for (const [format, type, name] of [
      ['xlsx', XLSX, 'fleet.xlsx'],
      ['csv', 'text/csv', 'fleet.csv'],
    ] as const) {
      const sheet = await writeSheet(format, 'Companies', COMPANY_COLUMNS, [row], 'zh-Hant');
      const res = await upload(sheet, type, name);
      expect(res.status, format).toBe(400);
      const problem = await json(res);
      const column = COMPANY_COLUMNS.findIndex((c) => c.key === 'addressZh') + 1;
      expect(problem).toMatchObject({ code: 'sheet_cell_too_long', params: { row: 3, column, max: MAX_CELL_LENGTH } });
      expect(problem.detail).toBe(`第 3 列第 ${column} 欄的儲存格多於 ${MAX_CELL_LENGTH} 個字元`);
    }
  });

  it(`wider than ${MAX_COLUMNS} columns is refused`, async () => {
    const { upload } = await setup();
    const keys = COMPANY_COLUMNS.map((c) => c.key);
    const wide = [...keys, ...Array.from({ length: MAX_COLUMNS }, (_, i) => `extra${i}`)].join(',');
    const res = await upload(
      new TextEncoder().encode(`${wide}\n信德中旅船務管理有限公司,Shun Tak-China Travel Ship Management Limited\n`),
      'text/csv',
      'fleet.csv',
    );
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ code: 'sheet_too_wide', params: { row: 1, max: MAX_COLUMNS } });
  });
});
