import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { companyToRow, COMPANY_COLUMNS } from '../src/domain/fleet-sheet.ts';
import type { Company } from '../src/domain/company.ts';
import { checkFleetImport, confirmFleetImport, interruptStalled, IMPORT_STALL_MS, readImport, resumeFleetImport } from '../src/services/fleet-import.ts';
import { createPrincipal } from '../src/store/principals.ts';
import { migrateToLatest, openDatabase } from '../src/store/database.ts';
import { ensureReferenceData } from '../src/services/reference.ts';
import { principalForToken } from '../src/services/tokens.ts';
import { writeSheet } from '../src/sheets/workbook.ts';
import { hongKongCompany, json, TEST_ENGINE, testRegistry } from './helpers.ts';

// An import that stops half-way, by a restart or a failure, is not left "importing" for ever: it is
// interrupted with every row done so far kept, and its registrar carries it on or abandons the rest.

const FERRY_LINES = [
  ['港九小輪有限公司', 'Hong Kong and Kowloon Ferry Limited'],
  ['珊瑚海船務有限公司', 'Coral Sea Ferry Company Limited'],
  ['富裕小輪有限公司', 'Fortune Ferry Company Limited'],
  ['新渡輪服務有限公司', 'New World First Ferry Services Limited'],
  ['天星小輪有限公司', 'The Star Ferry Company Limited'],
] as const;

const companyRows = () =>
  FERRY_LINES.map(([nameZh, nameEn], i) =>
    companyToRow({ ...hongKongCompany({ nameZh, nameEn, emergencyPhone: `+852 2815 ${6060 + i}` }), id: 0 } as unknown as Company),
  );

async function setup() {
  const reg = await testRegistry({ demo: false });
  const token = await reg.tokenFor('registrar', { agency: 'HK', name: 'Chan Tai-man' });
  const rows = companyRows();
  const checked = await json(
    await reg.call('POST', '/api/fleet/imports?kind=companies&name=ferry-lines.xlsx', {
      token,
      raw: await writeSheet('xlsx', 'companies', COMPANY_COLUMNS, rows, 'zh-Hant'),
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    }),
  );
  expect(checked).toMatchObject({ state: 'checked', valid: 5 });
  const who = { principal: (await principalForToken(reg.db, token, reg.clock.now))!.principal, requestId: null, via: 'test' };
  const registered = async () => (await reg.db.selectFrom('companies').select('name_en').orderBy('name_en').execute()).map((c) => c.name_en);
  /** Confirms the import with a clock that fails on its `calls`-th reading: the process stops mid-way, as in a crash. */
  const confirmUntilFailure = async (calls: number) => {
    let read = 0;
    const failingClock = () => {
      if (++read === calls) throw new Error('the process stops here');
      return reg.clock.now;
    };
    await expect(confirmFleetImport(reg.db, who, checked.id, failingClock)).rejects.toThrow('the process stops here');
  };
  return { ...reg, token, id: checked.id as number, registered, confirmUntilFailure };
}

describe('an import stopped half-way', () => {
  it('is interrupted with the rows written so far, and carries on from the next row without writing any twice', async () => {
    const { call, token, id, registered, confirmUntilFailure } = await setup();
    // Two readings before the rows, then one a row: the fifth is the third row's.
    await confirmUntilFailure(5);
    const stopped = await json(await call('GET', `/api/fleet/imports/${id}`, { token }));
    expect(stopped).toMatchObject({ state: 'interrupted', processed: 2 });
    expect(stopped.report.created.map((c: { row: number }) => c.row)).toEqual([3, 4]);
    expect(await registered()).toEqual(['Coral Sea Ferry Company Limited', 'Hong Kong and Kowloon Ferry Limited']);

    // Confirming again is refused; resuming writes the three rows left.
    expect((await call('POST', `/api/fleet/imports/${id}/confirm`, { token })).status).toBe(409);
    const resumed = await call('POST', `/api/fleet/imports/${id}/resume`, { token });
    expect(resumed.status).toBe(202);
    await expect
      .poll(async () => json(await call('GET', `/api/fleet/imports/${id}`, { token })), { timeout: 10_000 })
      .toMatchObject({ state: 'done', processed: 5 });
    expect(await registered()).toEqual(FERRY_LINES.map(([, en]) => en).sort());
    // A finished import is neither resumed nor abandoned.
    const again = await call('POST', `/api/fleet/imports/${id}/resume`, { token, headers: { 'Accept-Language': 'zh-HK' } });
    expect(await json(again)).toMatchObject({
      code: 'import_not_interrupted',
      params: { id: String(id), state: 'done' },
      detail: `匯入 ${id} 已完成：只有中斷了的匯入可以繼續或放棄`,
    });
  });

  it('can be abandoned instead: the rows written stay registered, the rest are not written, and the audit says who', async () => {
    const { call, token, id, registered, confirmUntilFailure, db } = await setup();
    await confirmUntilFailure(4);
    const abandoned = await call('POST', `/api/fleet/imports/${id}/abandon`, { token });
    expect(abandoned.status).toBe(200);
    expect(await json(abandoned)).toMatchObject({ state: 'abandoned', processed: 1, report: { created: [{ row: 3 }], skipped: [] } });
    expect(await registered()).toEqual(['Hong Kong and Kowloon Ferry Limited']);
    expect((await call('POST', `/api/fleet/imports/${id}/resume`, { token })).status).toBe(409);
    const event = await db.selectFrom('audit_events').select(['action', 'actor_name']).where('action', '=', 'import.abandon').executeTakeFirst();
    expect(event).toEqual({ action: 'import.abandon', actor_name: 'Chan Tai-man' });
  });

  it('left "importing" by an instance that stopped is interrupted when the registry starts, or when its page is read a minute on', async () => {
    const { call, token, id, db, clock, confirmUntilFailure } = await setup();
    await confirmUntilFailure(5);
    // As a process that died outright leaves it: still importing, its heartbeat stopped.
    await db.updateTable('imports').set({ state: 'importing' }).where('id', '=', id).execute();
    expect((await json(await call('GET', `/api/fleet/imports/${id}`, { token }))).state).toBe('importing');
    expect(await interruptStalled(db, clock.now)).toBe(0);
    // A minute on, nobody has moved its heartbeat: the start of the registry marks it interrupted.
    expect(await interruptStalled(db, new Date(clock.now.getTime() + IMPORT_STALL_MS + 1000))).toBe(1);
    expect((await json(await call('GET', `/api/fleet/imports/${id}`, { token }))).state).toBe('interrupted');
    // And reading it a minute on does the same, for an instance that is still running.
    await db.updateTable('imports').set({ state: 'importing' }).where('id', '=', id).execute();
    clock.now = new Date(clock.now.getTime() + IMPORT_STALL_MS + 1000);
    expect((await json(await call('GET', `/api/fleet/imports/${id}`, { token }))).state).toBe('interrupted');
  });

  it('shows its registrar, on its page, how far it got, and lets them carry it on or abandon the rest', async () => {
    const { app, id, sessionFor, confirmUntilFailure } = await setup();
    await confirmUntilFailure(5);
    const cookie = `${await sessionFor('registrar', { agency: 'HK', name: '陳大文' })}; sar_lang=zh-Hant`;
    const page = await (await app.request(`/fleet/imports/${id}`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('匯入在 5 列中的第 2 列後中斷');
    expect(page).toContain(`<form method="post" action="/fleet/imports/${id}/resume">`);
    const abandoned = await app.request(`/fleet/imports/${id}/abandon`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(abandoned.status).toBe(303);
    expect(await (await app.request(`/fleet/imports/${id}`, { headers: { Cookie: cookie } })).text()).toContain('已放棄：5 列中已登記 2 列');
  });

  it('is resumed and abandoned only by the registrars of its agency', async () => {
    const { call, id, tokenFor, confirmUntilFailure } = await setup();
    await confirmUntilFailure(5);
    const macao = await tokenFor('registrar', { agency: 'MO' });
    const coordinator = await tokenFor('coordinator', { agency: 'HK' });
    expect((await call('POST', `/api/fleet/imports/${id}/resume`, { token: macao })).status).toBe(404);
    expect((await call('POST', `/api/fleet/imports/${id}/abandon`, { token: coordinator })).status).toBe(403);
  });
});

describe('a row the database is too busy to write', () => {
  /** A SQLite registry file, its registry (waiting only briefly on a lock), and a raw connection to take the write lock at will. */
  async function sqliteWithLock() {
    const dir = mkdtempSync(join(tmpdir(), 'sar-import-'));
    const file = join(dir, 'registry.sqlite');
    const made = openDatabase(file, { create: true });
    await migrateToLatest(made);
    await ensureReferenceData(made);
    await made.destroy();
    const registry = openDatabase(file, { busyTimeoutMs: 50 });
    // Another process on the same file (a second server, the CLI): better-sqlite3 takes its lock at once.
    const other = new SQLite(file);
    const at = new Date('2026-12-04T03:00:00Z');
    const principal = await createPrincipal(registry, { name: 'Chan Tai-man', role: 'registrar', agency: 'HK', companyId: null });
    const who = { principal, requestId: null, via: 'test' };
    const bytes = await writeSheet('xlsx', 'companies', COMPANY_COLUMNS, companyRows(), 'zh-Hant');
    const { id } = await checkFleetImport(registry, who, { kind: 'companies', fileName: 'ferry-lines.xlsx', bytes }, at);
    // The clock is read twice before the rows, then once a row before its transaction: the other process takes the lock
    // just before the first row is written.
    let read = 0;
    const lockedAtFirstRow = () => {
      if (++read === 3) other.exec('BEGIN IMMEDIATE');
      return at;
    };
    const done = async () => {
      other.close();
      await registry.destroy();
      rmSync(dir, { recursive: true, force: true });
    };
    return { registry, other, who, id, at, lockedAtFirstRow, done };
  }

  it.skipIf(TEST_ENGINE === 'postgres')('is tried again once the database is free, never reported as a bad row', async () => {
    const { registry, other, who, id, lockedAtFirstRow, done } = await sqliteWithLock();
    const refusals: number[] = [];
    const report = await confirmFleetImport(registry, who, id, lockedAtFirstRow, async (attempt) => {
      refusals.push(attempt);
      other.exec('COMMIT');
      return true;
    });
    expect(refusals).toEqual([0]);
    expect(report.skipped).toEqual([]);
    expect(report.created.map((c) => c.row)).toEqual([3, 4, 5, 6, 7]);
    await done();
  });

  it.skipIf(TEST_ENGINE === 'postgres')('stops the import as interrupted when the database stays busy, to resume once it is free', async () => {
    const { registry, other, who, id, at, lockedAtFirstRow, done } = await sqliteWithLock();
    await expect(confirmFleetImport(registry, who, id, lockedAtFirstRow, async () => false)).rejects.toMatchObject({ code: 'registry_busy' });
    other.exec('COMMIT');
    // The database was too busy to mark it interrupted too: its heartbeat stopped, and a minute on it is.
    expect(await readImport(registry, who, id, at)).toMatchObject({ state: 'importing', processed: 0 });
    const later = new Date(at.getTime() + IMPORT_STALL_MS + 1000);
    expect(await readImport(registry, who, id, later)).toMatchObject({ state: 'interrupted', processed: 0, report: null });
    const report = await resumeFleetImport(registry, who, id, () => later);
    expect(report.skipped).toEqual([]);
    expect(report.created).toHaveLength(5);
    await done();
  });
});

describe('an import checked before the upgrade that keeps its summary (0026)', () => {
  it('shows the same valid rows and problems after it, and its rows are still there to write', async () => {
    const { Migrator, sql } = await import('kysely');
    const { migrations } = await import('../db/migrations/index.ts');
    const { importRows } = await import('../src/store/imports.ts');
    const db = openDatabase(':memory:');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0025_stored_search_structures_dropped')).error).toBeUndefined();
    await ensureReferenceData(db);
    const [kowloon, coral, fortune] = companyRows();
    const rows = [
      { row: 3, values: kowloon, problems: [] },
      { row: 4, values: { ...coral, emergencyPhone: '2815 606' }, problems: [{ column: 'emergencyPhone', code: 'phone', params: { value: '2815 606' } }] },
      // Kept before problems had codes (0016): its English sentence alone.
      { row: 5, values: fortune, problems: [{ column: 'imoCompanyNumber', message: 'already held by company 7 (富裕小輪有限公司)' }] },
    ];
    await sql`insert into imports (agency, kind, file_name, rows, state, total, report, created_by, created_at)
      values ('HK', 'companies', '船公司.xlsx', ${JSON.stringify(rows)}, 'checked', 3, null, 'Chan Tai-man', '2026-11-30T01:15:00.000Z')`.execute(db);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const principal = await createPrincipal(db, { name: 'Chan Tai-man', role: 'registrar', agency: 'HK', companyId: null });
    const shown = await readImport(db, { principal, requestId: null }, 1, new Date('2026-11-30T01:16:00Z'));
    expect(shown).toMatchObject({ fileName: '船公司.xlsx', state: 'checked', rows: 3, valid: 1 });
    expect(shown.problems).toEqual([
      { row: 4, column: 'emergencyPhone', code: 'phone', params: { value: '2815 606' } },
      { row: 5, column: 'imoCompanyNumber', message: 'already held by company 7 (富裕小輪有限公司)' },
    ]);
    expect((await importRows(db, 1, { limit: 10 })).map((r) => [r.row, r.values.nameZh])).toEqual([
      [3, '港九小輪有限公司'],
      [4, '珊瑚海船務有限公司'],
      [5, '富裕小輪有限公司'],
    ]);
    await db.destroy();
  });
});

describe('an import interrupted before the upgrade that keeps its rows apart (0027)', () => {
  it('is resumed after it from the row where it stopped, each row written once', async () => {
    const { Migrator, sql } = await import('kysely');
    const { migrations } = await import('../db/migrations/index.ts');
    const db = openDatabase(':memory:');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0026_import_summaries')).error).toBeUndefined();
    await ensureReferenceData(db);
    const rows = companyRows().map((values, i) => ({ row: i + 3, values, problems: [] }));
    await sql`insert into imports (agency, kind, file_name, rows, state, total, valid, problems, report, created_by, created_at, heartbeat_at)
      values ('HK', 'companies', '船公司.xlsx', ${JSON.stringify(rows)}, 'interrupted', 5, 5, '[]', null, 'Chan Tai-man',
              '2026-11-30T01:15:00.000Z', '2026-11-30T01:15:04.000Z')`.execute(db);
    // The first two rows were written before the instance stopped.
    for (const [row, id] of [
      [3, 1],
      [4, 2],
    ] as const) {
      await sql`insert into import_outcomes (import_id, row, outcome)
        values (1, ${row}, ${JSON.stringify({ created: { id, name: `${rows[row - 3]!.values.nameZh} ${rows[row - 3]!.values.nameEn}` } })})`.execute(db);
    }
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const columns = await sql<{ name: string }>`select name from pragma_table_info('imports')`.execute(db);
    expect(columns.rows.map((c) => c.name)).not.toContain('rows');

    const principal = await createPrincipal(db, { name: 'Chan Tai-man', role: 'registrar', agency: 'HK', companyId: null });
    const report = await resumeFleetImport(db, { principal, requestId: null }, 1, () => new Date('2026-11-30T02:00:00Z'));
    expect(report.created.map((c) => c.row)).toEqual([3, 4, 5, 6, 7]);
    const registered = await db.selectFrom('companies').select('name_zh').orderBy('id').execute();
    // Only the three rows left were written now: the first two are the outcomes kept before.
    expect(registered.map((c) => c.name_zh)).toEqual(['富裕小輪有限公司', '新渡輪服務有限公司', '天星小輪有限公司']);
    await db.destroy();
  });
});
