import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { COMPANY_COLUMNS, SHIP_COLUMNS } from '../src/domain/fleet-sheet.ts';
import { checkFleetImport } from '../src/services/fleet-import.ts';
import { principalForToken } from '../src/services/tokens.ts';
import { CSV_BYTES_A_TURN, readSheet, writeSheet, XLSX_IN_A_THREAD_BYTES } from '../src/sheets/workbook.ts';
import { importRows } from '../src/store/imports.ts';
import { saidProblems, demoIds, hongKongCompany, json, registryState, TEST_ENGINE, testRegistry, type TestRegistry } from './helpers.ts';

// Fleets in spreadsheets: a registrar fills the template, is told every problem row by row and
// column by column, confirms, and the valid rows are registered; an export gives the same values back.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const imo = (six: number) => {
  const d = String(six).padStart(6, '0');
  return `${d}${[...d].reduce((sum, x, i) => sum + Number(x) * (7 - i), 0) % 10}`;
};
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The n-th synthetic Hong Kong ship's row, every value in the form the registry keeps it. */
function shipRow(n: number, company: string): Record<string, string> {
  const mmsi = `4779${String(n).padStart(5, '0')}`;
  return {
    company,
    nameZh: `維港${n}號`,
    nameEn: `Harbour Shuttle ${n}`,
    type: 'catamaran',
    imoNumber: imo(950_000 + n),
    nationalRegistrationNumber: '',
    mmsi,
    callSign: `VR${LETTERS[(Math.floor(n / 208) + 20) % 26]}${LETTERS[Math.floor(n / 8) % 26]}${(n % 8) + 2}`,
    portOfRegistry: 'Hong Kong',
    epirbHexId: standardLocationEpirbHexId(mmsi),
    grossTonnage: '1300',
    lengthMetres: '47.3',
    hullColour: 'white',
    superstructureColour: 'white',
    identifyingMarks: '',
    maxPassengers: '410',
    crew: '12',
    bridgePhone: '+852 9123 0001',
    satellite: '',
    vhf: 'VHF 16, 70 (DSC)',
    otherRadio: '',
    ports: 'HKG-SW; MAC-OH',
    sailingsPerDay: '10',
    crossingMinutes: '60',
    liferafts: '8',
    liferaftCapacity: '800',
    marineEvacuationSystems: '2',
    rescueBoats: '1',
    helicopterWinchingArea: '',
    medicalFacilities: 'First-aid room',
  };
}

async function upload(r: TestRegistry, token: string, kind: string, body: Uint8Array, type: string) {
  return r.call('POST', `/api/fleet/imports?kind=${kind}&name=fleet.${type === XLSX ? 'xlsx' : 'csv'}`, {
    token,
    raw: body,
    headers: { 'Content-Type': type },
  });
}

/** A report's problems as a client reads them: row, column, code and sentence (the parameters aside). */
const rowProblems = (list: { row: number; column: string; code: string; message: string }[]) =>
  list.map(({ row, column, code, message }) => ({ row, column, code, message }));

describe('fleets from and to spreadsheets', () => {
  it('gives a bilingual template in XLSX and CSV: labels in Chinese and English, then the column keys', async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('registrar', { agency: 'HK' });
    const xlsx = await r.call('GET', '/api/fleet/template?kind=ships&format=xlsx', { token });
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="ships-template.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(7).value).toBe('海上移動業務識別碼 MMSI *');
    expect((sheet.getRow(2).values as string[]).slice(1)).toEqual(SHIP_COLUMNS.map((c) => c.key));
    const csv = await (await r.call('GET', '/api/fleet/template?kind=companies&format=csv', { token })).text();
    expect(csv.split('\n')[0]).toContain('中文名稱 Name (Chinese) *');
    expect(csv.split('\n')[1]).toMatch(/^nameZh,nameEn,addressZh,addressEn,imoCompanyNumber,emergencyPhone/);
    expect((await r.call('GET', '/api/fleet/template?kind=ships', { token: await r.tokenFor('coordinator', { agency: 'HK' }) })).status).toBe(403);
  });

  it('checks 1,000 ships with some bad rows, names each by row and column, writes nothing until confirmed, then registers the rest; the export gives the same values back', async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('registrar', { agency: 'HK', name: 'Fleet registrar' });
    const company = String((await demoIds(r.db)).companyId('Harbour Wing Jetfoil Company Limited'));
    const rows = Array.from({ length: 1000 }, (_, i) => shipRow(i + 1, company));
    // The mistakes a registrar's spreadsheet holds (the sheet's rows are the array's + 3: two header rows, one-based).
    rows[9] = { ...rows[9]!, lengthMetres: '47,3' };
    rows[99] = { ...rows[99]!, mmsi: '453300999', epirbHexId: '' };
    rows[199] = { ...rows[199]!, ports: 'HKG-SW; Atlantis' };
    rows[299] = { ...rows[299]!, mmsi: rows[298]!.mmsi!, epirbHexId: rows[298]!.epirbHexId! };
    rows[399] = { ...rows[399]!, company: 'Nonexistent Ferries Ltd' };
    rows[499] = { ...rows[499]!, imoNumber: '9319466' };
    const file = await writeSheet('xlsx', 'ships', SHIP_COLUMNS, rows, 'zh-Hant');
    const before = await registryState(r.db);
    const res = await upload(r, token, 'ships', file, XLSX);
    expect(res.status).toBe(201);
    const checked = await json(res);
    expect(checked.problems.length, JSON.stringify(checked.problems.slice(0, 10))).toBe(7);
    expect(checked).toMatchObject({ state: 'checked', rows: 1000, valid: 994, unknownColumns: [] });
    expect(rowProblems(checked.problems)).toEqual([
      { row: 12, column: 'lengthMetres', code: 'number', message: 'must be a number' },
      { row: 102, column: 'mmsi', code: 'ship_mid', message: 'MID 453 does not belong to Hong Kong, whose ships use 477' },
      { row: 202, column: 'ports', code: 'unknown_port', message: 'unknown port Atlantis (GET /api/ports lists the ports)' },
      { row: 302, column: 'mmsi', code: 'row_repeated', message: 'also in row 301 of this file' },
      // Its EPIRB, coded with that MMSI, is row 301's too: a beacon's alert must lead to one ship.
      { row: 302, column: 'epirbHexId', code: 'row_repeated', message: 'also in row 301 of this file' },
      { row: 402, column: 'company', code: 'no_company_named', message: 'no company registered as Nonexistent Ferries Ltd' },
      { row: 502, column: 'imoNumber', code: 'held_by', message: expect.stringMatching(/^already held by vessel \d+ \(Macau Star 澳門之星\)$/) },
    ]);
    // Checked, nothing registered: only the import is kept.
    const { imports: _i, import_rows: _ir, ...after } = await registryState(r.db);
    const { imports: _j, import_rows: _jr, ...was } = before;
    expect(after).toEqual(was);

    const confirmed = await r.call('POST', `/api/fleet/imports/${checked.id}/confirm`, { token });
    expect(confirmed.status).toBe(202);
    const done = await vi.waitFor(
      async () => {
        const now = await json(await r.call('GET', `/api/fleet/imports/${checked.id}`, { token }));
        expect(now.state).toBe('done');
        return now;
      },
      // Within the test's own limit (the import is about 3 s on SQLite and 9 s on PostgreSQL here).
      { timeout: TEST_ENGINE === 'postgres' ? 40_000 : 18_000, interval: 100 },
    );
    expect(done.report.created).toHaveLength(994);
    expect(done.report.skipped.map((s: { row: number }) => s.row)).toEqual([12, 102, 202, 302, 402, 502]);
    const created = await r.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'vessel.create')
      .where('actor_name', '=', 'Fleet registrar')
      .execute();
    expect(created).toHaveLength(994);
    expect((await r.call('POST', `/api/fleet/imports/${checked.id}/confirm`, { token })).status).toBe(409);

    // The export, read back as an import reads it, holds each registered row's values unchanged.
    const exported = await r.call('GET', '/api/fleet/export?kind=ships&format=csv', { token });
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="HK-ships.csv"');
    const { rows: back } = await readSheet(new Uint8Array(await exported.arrayBuffer()), SHIP_COLUMNS);
    const byMmsi = new Map(back.map((b) => [b.values.mmsi, b.values]));
    const bad = new Set([9, 99, 199, 299, 399, 499]);
    const good = rows.filter((_, i) => !bad.has(i));
    expect(good).toHaveLength(994);
    for (const row of good) expect(byMmsi.get(row.mmsi), row.mmsi).toEqual(row);
    // The same in XLSX, written row by row as it streams out: the header rows frozen, every column text.
    const xlsx = await r.call('GET', '/api/fleet/export?kind=ships&format=xlsx', { token });
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    const { rows: backXlsx } = await readSheet(bytes, SHIP_COLUMNS);
    expect(backXlsx.map((b) => b.values)).toEqual(back.map((b) => b.values));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.getColumn(7).numFmt).toBe('@');
    // Filtered like the list: one company's jetfoils are the demo's, not the imported catamarans.
    const jetfoils = await r.call('GET', `/api/fleet/export?kind=ships&format=csv&companyId=${company}&type=jetfoil`, { token });
    const { rows: only } = await readSheet(new Uint8Array(await jetfoils.arrayBuffer()), SHIP_COLUMNS);
    expect(only.length).toBeGreaterThan(0);
    for (const o of only) expect([o.values.company, o.values.type]).toEqual([company, 'jetfoil']);
  });

  it("finds a ship's company by any of its names in either Chinese script, its IMO company number as typed, or its id; never by a fragment, and names an ambiguous name's companies", async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('registrar', { agency: 'HK' });
    const ids = await demoIds(r.db);
    // A Macao company whose Chinese name, in Simplified, is the Hong Kong company 珠江灣快線有限公司's.
    const mo = await r.call('POST', '/api/companies', {
      token: await r.tokenFor('registrar', { agency: 'MO' }),
      body: hongKongCompany({
        homeAgency: 'MO',
        nameZh: '珠江湾快线有限公司',
        nameEn: 'Zhujiang Bay Express (Macao) Limited',
        addressZh: '澳門外港碼頭',
        addressEn: 'Outer Harbour Ferry Terminal, Macao',
        emergencyPhone: '+853 2872 6111',
        designatedPerson: { name: 'Chan Ka-ho', phone: '+853 2872 6112', email: 'dpa@zbe.example.mo' },
        emergencyTeam: { name: 'Control room', phone: '+853 2872 6113' },
      }),
    });
    expect(mo.status).toBe(201);
    const moId = (await json(mo)).id;
    const named = [
      ['粵海通客運有限公司', 'Yuehaitong Passenger Shipping Co., Ltd.'], // a Guangdong company's Simplified name, written in Traditional
      ['港澳飞翼船务有限公司', 'Harbour Wing Jetfoil Company Limited'], // a Hong Kong company's Traditional name, written in Simplified
      ['  zhu-zhong-jiang   PASSENGER lines co., ltd. ', 'Zhu-Zhong-Jiang Passenger Lines Co., Ltd.'],
      ['Ｈｏ Ｋｏｎｇ Ｈｉｇｈ Ｓｐｅｅｄ Ｆｅｒｒｉｅｓ Ｌｉｍｉｔｅｄ', 'Ho Kong High Speed Ferries Limited'], // full-width, as some input methods type it
      ['IMO 6021175', 'Pearl Bay Express Limited'],
      ['５８１２３４３', 'Harbour Wing Jetfoil Company Limited'],
      [String(ids.companyId('Ho Kong High Speed Ferries Limited')), 'Ho Kong High Speed Ferries Limited'],
    ] as const;
    const rows = [
      ...named.map(([company], i) => shipRow(i + 1, company)),
      shipRow(8, 'Harbour Wing'),
      shipRow(9, '珠江灣快線有限公司'),
      shipRow(10, '5812344'),
    ];
    const checked = await json(await upload(r, token, 'ships', await writeSheet('xlsx', 'ships', SHIP_COLUMNS, rows, 'zh-Hant'), XLSX));
    expect(rowProblems(checked.problems)).toEqual([
      { row: 10, column: 'company', code: 'no_company_named', message: 'no company registered as Harbour Wing' },
      {
        row: 11,
        column: 'company',
        code: 'several_companies_named',
        message: `珠江灣快線有限公司 names more than one company (${ids.companyId('Pearl Bay Express Limited')} Pearl Bay Express Limited, ${moId} Zhujiang Bay Express (Macao) Limited): give its id or IMO company number`,
      },
      { row: 12, column: 'company', code: 'no_company_named', message: 'no company registered as 5812344' },
    ]);
    expect((await r.call('POST', `/api/fleet/imports/${checked.id}/confirm`, { token })).status).toBe(202);
    const done = await vi.waitFor(async () => {
      const now = await json(await r.call('GET', `/api/fleet/imports/${checked.id}`, { token }));
      expect(now.state).toBe('done');
      return now;
    });
    expect(done.report.created).toHaveLength(named.length);
    for (const [i, [, company]] of named.entries()) {
      const ship = await json(await r.call('GET', `/api/vessels/${done.report.created[i].id}`, { token }));
      expect([ship.nameEn, ship.companyId], named[i]![0]).toEqual([`Harbour Shuttle ${i + 1}`, ids.companyId(company)]);
    }
  });

  it('reads an XLSX whose empty cells were never written, as spreadsheet programs save one', async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('registrar', { agency: 'MO' });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('公司');
    sheet.getRow(2).values = COMPANY_COLUMNS.map((c) => c.key);
    // Only the cells with something in them: the address in Chinese, the IMO company number and the rest left out.
    const row = sheet.getRow(3);
    const at = (key: string) => COMPANY_COLUMNS.findIndex((c) => c.key === key) + 1;
    row.getCell(at('nameZh')).value = '澳門氹仔客運有限公司';
    row.getCell(at('nameEn')).value = 'Taipa Passenger Ferries Limited';
    row.getCell(at('emergencyPhone')).value = '+853 2872 6301';
    const res = await upload(r, token, 'companies', new Uint8Array(await book.xlsx.writeBuffer()), XLSX);
    expect(res.status, await res.clone().text()).toBe(201);
    const checked = await json(res);
    expect(checked).toMatchObject({ state: 'checked', rows: 1 });
    expect(rowProblems(checked.problems).filter((p) => p.column === 'nameZh' || p.column === 'nameEn')).toEqual([]);
  });

  it('writes a sheet of many rows a few hundred at a time, letting other requests in between', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      // Each row notes the turn of the event loop it is read in.
      let turn = 0;
      let counting = true;
      const next = () => {
        turn += 1;
        if (counting) setImmediate(next);
      };
      const readIn: number[] = [];
      const rows = Array.from({ length: 1_200 }, (_, i) => {
        const row = shipRow(i + 1, '1');
        const company = row.company!;
        return Object.defineProperty(row, 'company', {
          enumerable: true,
          get: () => {
            readIn[i] ??= turn;
            return company;
          },
        });
      });
      setImmediate(next);
      const sheet = await writeSheet(format, 'ships', SHIP_COLUMNS, rows, 'zh-Hans');
      counting = false;
      const perTurn = new Map<number, number>();
      for (const t of readIn) perTurn.set(t, (perTurn.get(t) ?? 0) + 1);
      expect(
        readIn.filter((t) => t !== undefined),
        format,
      ).toHaveLength(1_200);
      expect(Math.max(...perTurn.values()), format).toBe(500);
      expect((await readSheet(sheet, SHIP_COLUMNS)).rows.map((r) => r.values.nameZh).slice(-2), format).toEqual(['維港1199號', '維港1200號']);
    }
  });

  it("keeps a checked sheet's rows a page at a time, each page in a turn of its own, and reads them back in the sheet's order", async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('registrar', { agency: 'HK', name: '陳大文' });
    const who = { principal: (await principalForToken(r.db, token, r.clock.now))!.principal, requestId: null, via: 'test' };
    const company = String((await demoIds(r.db)).companyId('Harbour Wing Jetfoil Company Limited'));
    const rows = Array.from({ length: 450 }, (_, i) => shipRow(i + 1, company));
    rows[319] = { ...rows[319]!, mmsi: '453300999', epirbHexId: '' };
    // Each statement keeping rows notes how many it keeps and in which turn of the event loop.
    let turn = 0;
    let counting = true;
    const next = () => {
      turn += 1;
      if (counting) setImmediate(next);
    };
    const kept: { rows: number; turn: number }[] = [];
    const watched = r.db.withPlugin({
      transformQuery: ({ node }) => {
        const insert = node as { kind: string; into?: { table: { identifier: { name: string } } }; values?: { values: unknown[] } };
        if (insert.kind === 'InsertQueryNode' && insert.into?.table.identifier.name === 'import_rows') kept.push({ rows: insert.values!.values.length, turn });
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    setImmediate(next);
    const bytes = await writeSheet('csv', 'ships', SHIP_COLUMNS, rows, 'zh-Hant');
    const checked = await checkFleetImport(watched, who, { kind: 'ships', fileName: '維港船隊.csv', bytes }, r.clock.now);
    counting = false;
    expect(checked).toMatchObject({ state: 'checked', rows: 450, valid: 449 });
    expect(kept.map((k) => k.rows)).toEqual([200, 200, 50]);
    expect(new Set(kept.map((k) => k.turn)).size).toBe(3);
    const back = await importRows(r.db, checked.id, { limit: 1_000 });
    expect(back.map((b) => b.row)).toEqual(rows.map((_, i) => i + 3));
    expect(back.at(-1)!.values).toEqual(rows.at(-1));
    expect(back[319]!.problems).toEqual([{ column: 'mmsi', code: 'ship_mid', params: expect.any(Object) }]);
    expect((await importRows(r.db, checked.id, { after: 202, limit: 2 })).map((b) => b.values.nameZh)).toEqual(['維港201號', '維港202號']);
  });

  it('reads a large workbook in a thread of its own, the same rows as in place, and refuses a damaged or swelling one with why', async () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => ({ ...shipRow(i + 1, '1'), nameZh: `${i % 2 ? '珠江' : '香江'}快線${i + 1}號` }));
    const bytes = await writeSheet('xlsx', 'ships', SHIP_COLUMNS, rows, 'zh-Hant');
    expect(bytes.byteLength).toBeGreaterThanOrEqual(XLSX_IN_A_THREAD_BYTES);
    const read = await readSheet(bytes, SHIP_COLUMNS);
    expect(read.rows.map((r) => r.values)).toEqual(rows);
    expect(read.rows.at(-1)!.row).toBe(1_502);
    // Its sheet's compressed bytes damaged, the zip's directory intact: the reader thread's reason is the refusal's.
    const damaged = bytes.slice();
    damaged.fill(0x5a, Math.floor(damaged.length / 2), Math.floor(damaged.length / 2) + 64);
    const refused = await readSheet(damaged, SHIP_COLUMNS).catch((err: unknown) => err);
    expect(refused).toMatchObject({ code: 'sheet_unreadable', params: { reason: expect.stringMatching(/\w/) } });
    // A workbook that swells past the reader's heap stops the thread, not the process: refused as too large, and read again at once.
    const swelled = await readSheet(bytes, SHIP_COLUMNS, { readerHeapMb: 8 }).catch((err: unknown) => err);
    expect(swelled).toMatchObject({ code: 'sheet_too_large', params: { limit: '8 MiB' } });
    expect((await readSheet(bytes, SHIP_COLUMNS)).rows).toHaveLength(1_500);
  });

  it('reads a CSV of Chinese names intact wherever the pieces it is parsed in end, inside a character too', async () => {
    // Names in both scripts, with characters beyond the Basic Multilingual Plane (four bytes in UTF-8).
    const names = ['𨋢港快線', '澳氹𩶘號', '珠海九洲港', '蛇口邮轮', '香港澳門航運', '金光飛航'];
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ ...shipRow(i + 1, '1'), nameZh: `${names[i % names.length]}${i + 1}號` }));
    const sheet = await writeSheet('csv', 'ships', SHIP_COLUMNS, rows, 'zh-Hant');
    // A piece ends inside a character at least once: its next byte continues a character (10xxxxxx).
    const cuts = Array.from({ length: Math.floor(sheet.length / CSV_BYTES_A_TURN) }, (_, k) => (k + 1) * CSV_BYTES_A_TURN);
    expect(cuts.filter((at) => (sheet[at]! & 0xc0) === 0x80).length).toBeGreaterThan(0);
    const back = (await readSheet(sheet, SHIP_COLUMNS)).rows.map((r) => r.values.nameZh);
    expect(back).toEqual(rows.map((r) => r.nameZh));
  });

  it('imports companies from a CSV a spreadsheet program saved, and refuses a file it cannot read, with a clear problem and nothing changed', async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('registrar', { agency: 'MO' });
    const csv = [
      '"中文名稱 Name (Chinese) *",英文名稱 Name (English) *,…',
      'nameZh,nameEn,addressZh,addressEn,imoCompanyNumber,emergencyPhone,emergencyPhoneAlt,dpName,dpPhone,dpMobile,dpEmail,teamName,teamPhone,teamEmail,mediaName,mediaPhone,mediaEmail',
      '南灣快線有限公司,Praia Grande Express Limited,澳門友誼大馬路外港客運碼頭三樓,"Level 3, Outer Harbour Ferry Terminal, Macao",,+853 2872 6111,,陳家豪,+853 2872 6112,,dpa@praiagrande.example.mo,營運控制室,+853 2872 6113,,,,',
      '氹仔快線有限公司,Taipa Express Limited,澳門氹仔碼頭,"Taipa Ferry Terminal, Macao",,2872 6111,,,,,,,,,,,',
    ].join('\r\n');
    const checked = await json(await upload(r, token, 'companies', new TextEncoder().encode(`\uFEFF${csv}`), 'text/csv'));
    expect(checked.valid).toBe(1);
    expect(rowProblems(checked.problems)).toEqual(
      expect.arrayContaining([
        {
          row: 4,
          column: 'emergencyPhone',
          code: 'phone_country_code',
          message: 'must start with + and the country code (+86, +852, +853): without it the number cannot be dialled from another area',
        },
        { row: 4, column: 'dpName', code: 'required', message: 'is required' },
      ]),
    );
    // A file that is not a spreadsheet, and one without the row of keys.
    const before = await registryState(r.db);
    const junk = await upload(r, token, 'companies', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), XLSX);
    expect(junk.status).toBe(400);
    expect((await json(junk)).detail).toMatch(/^The file is not a readable XLSX or UTF-8 CSV spreadsheet/);
    const bare = await upload(r, token, 'companies', new TextEncoder().encode('name,phone\nA,1\n'), 'text/csv');
    expect(saidProblems((await json(bare)).errors)).toEqual([{ field: 'file', message: 'has no row of column keys: download the template and fill it in' }]);
    const latin1 = await upload(r, token, 'companies', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0xe9, 0x0a]), 'text/csv');
    expect(latin1.status).toBe(400);
    // A quote closed too early in the first of several pieces the CSV is parsed in: refused, nothing else.
    const quoted = `nameZh,nameEn,emergencyPhone\n澳門外港客運,"Outer Harbour" Ferries,+853 2872 6301\n${'氹仔客運,Taipa Ferries,+853 2882 0000\n'.repeat(3_000)}`;
    expect(new TextEncoder().encode(quoted).length).toBeGreaterThan(CSV_BYTES_A_TURN);
    const misquoted = await upload(r, token, 'companies', new TextEncoder().encode(quoted), 'text/csv');
    expect(misquoted.status).toBe(400);
    expect((await json(misquoted)).detail).toMatch(/^The file is not a readable XLSX or UTF-8 CSV spreadsheet \(Invalid Closing Quote/);
    expect(await registryState(r.db)).toEqual(before);
    // Another agency's registrar does not see this one's import.
    expect((await r.call('GET', `/api/fleet/imports/${checked.id}`, { token: await r.tokenFor('registrar', { agency: 'HK' }) })).status).toBe(404);
  });

  it('exports a cell that starts like a formula as text in CSV (=, +, -, @), and imports it back unchanged', async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('registrar', { agency: 'HK' });
    const company = hongKongCompany({
      nameEn: 'Formula Test Ferries Limited',
      addressEn: '=HYPERLINK("https://evil.example/steal","Open the timetable")',
      addressZh: '@香港中環統一碼頭道38號',
      mediaContact: { name: '-Press desk', phone: '+852 2111 2225' },
    });
    const made = await r.call('POST', '/api/companies', { token, body: company });
    expect(made.status, JSON.stringify(await made.clone().json())).toBe(201);
    const exported = new Uint8Array(await (await r.call('GET', '/api/fleet/export?kind=companies&format=csv', { token })).arrayBuffer());
    const text = new TextDecoder().decode(exported);
    // No cell begins with a formula's first character: each such cell is behind an apostrophe.
    const cells = text.split(/\r?\n/).flatMap((line) => line.split(',').map((c) => c.replace(/^"/, '')));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain(`'+852 2111 2222`);
    // Read as an import reads it, every value is the one registered.
    const { rows } = await readSheet(exported, COMPANY_COLUMNS);
    expect(rows.find((row) => row.values.nameEn === 'Formula Test Ferries Limited')?.values).toMatchObject({
      addressEn: '=HYPERLINK("https://evil.example/steal","Open the timetable")',
      emergencyPhone: '+852 2111 2222',
      addressZh: '@香港中環統一碼頭道38號',
      mediaName: '-Press desk',
    });
  });

  it("exports the agency's plans with their status, staleness, recognition by each agency and next exercise due", async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('registrar', { agency: 'HK' });
    const res = await r.call('GET', '/api/fleet/export?kind=plans&format=xlsx', { token });
    expect(res.headers.get('content-type')).toBe(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(2).values as string[]).slice(1)).toEqual([
      'planNumber',
      'nameZh',
      'nameEn',
      'status',
      'revision',
      'issuedOn',
      'stale',
      'staleFields',
      'recognisedGD',
      'recognisedHK',
      'recognisedMO',
      'exerciseDue',
      'exerciseOverdue',
    ]);
    const plans = [];
    for (let i = 3; i <= sheet.rowCount; i++) plans.push((sheet.getRow(i).values as string[]).slice(1));
    const hk = await r.db.selectFrom('plans').select('plan_number').where('home_agency', '=', 'HK').execute();
    expect(plans.map((p) => p[0]).sort()).toEqual(hk.map((p) => p.plan_number).sort());
    // Hong Kong compiles its plans; Guangdong signed with it, Macao had not yet (the demo's arrangement).
    const golden = plans.find((p) => p[2] === 'Golden Dragon Wing')!;
    expect(golden.slice(8, 11)).toEqual(['recognised', 'compiled', 'pending']);
  });
});
