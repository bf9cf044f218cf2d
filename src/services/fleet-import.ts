import { setImmediate as letRequestsThrough } from 'node:timers/promises';
import type { Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { companyMeant, type Company, type CompanyDetails } from '../domain/company.ts';
import { documentLang } from '../domain/plan.ts';
import { columnOf, columnsOf, companyFromRow, companyToRow, shipFromRow, shipToRow, type SheetKind } from '../domain/fleet-sheet.ts';
import { foldIdentifier, foldText } from '../domain/search.ts';
import type { VesselDetails, VesselStatus, VesselType } from '../domain/vessel.ts';
import { AppError, notFound, refuse, type FieldProblem } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { toSimplified } from '../script.ts';
import { readSheet, writeSheet, MEDIA_TYPE, type SheetColumn, type SheetFormat } from '../sheets/workbook.ts';
import { companiesOfAgency, companyHoldingImoNumber, listCompanies } from '../store/companies.ts';
import { getAgency } from '../store/agencies.ts';
import { inTransaction, type Db } from '../store/database.ts';
import {
  endImportRow,
  getImport,
  importRows,
  insertImport,
  interruptImportRow,
  keepImportRows,
  interruptStalledImports,
  keepRowOutcome,
  moveImportHeartbeat,
  rowOutcomes,
  startImportRow,
  type CheckedRow,
  type ImportRecord,
  type ImportReport,
  type RowOutcome,
} from '../store/imports.ts';
import { recordAudit } from '../store/audit.ts';
import { identifierClashes, listVessels } from '../store/vessels.ts';
import { checkFleetRow } from '../schemas/fleet.ts';
import { listPlanViews } from './plans.ts';
import { registerCompany, registerVessel } from './registry.ts';

// Fleets from and to spreadsheets. An upload is checked first, every row and column, by the same rules
// and messages as the API (the API's own schemas, then the registry's own rules and identifiers), and
// nothing is written; the registrar confirms, and each valid row is then registered in a transaction of
// its own, with its audit event, the import's progress kept as it goes and its report at the end.

/** The registrar's own agency: only registrars import and export their fleet. */
export function fleetAgency(who: Who): AreaCode {
  return requireRegistrar(who);
}

// A row's reads and writes on SQLite never wait for I/O: their promises settle at once, and a sheet of
// 1,000 rows would run to its end before any request that arrived meanwhile was read. Between rows (and
// between an export's pages) the server takes in what is waiting (letRequestsThrough, Node's
// setImmediate as a promise), so a coordinator's lookup is not held up by an import or an export.

/** An import's checked rows kept, and read back for writing, this many at a time. */
const ROWS_PAGE = 200;

/** The Chinese a sheet's labels are written in: the agency's, as its plans are printed. */
const sheetChinese = async (db: Db, agency: AreaCode) => documentLang((await getAgency(db, agency))?.documentScript ?? 'hant');

function requireRegistrar(who: Who): AreaCode {
  const p = who.principal;
  if (p.role !== 'registrar' || !p.agency) throw refuse('role_required', { role: { key: 'roles.registrar' }, action: { key: 'action.import_fleet' } });
  return p.agency;
}

/** The template to fill: the two header rows (labels in both languages, then the column keys). */
export async function fleetTemplate(db: Db, who: Who, kind: SheetKind, format: SheetFormat) {
  const zh = await sheetChinese(db, requireRegistrar(who));
  return { body: await writeSheet(format, kind, columnsOf(kind), [], zh), type: MEDIA_TYPE[format], filename: `${kind}-template.${format}` };
}

/** The ship's company as the row names it (`companyMeant`), or the problem to report beside its column. */
function companyOfRow(text: string, companies: readonly Company[]): { companyId: number } | { problem: FieldProblem } {
  const meant = companyMeant(text, companies, (s) => foldText(s, toSimplified), foldIdentifier);
  if ('id' in meant) return { companyId: meant.id };
  if ('unknown' in meant) return { problem: { field: 'companyId', code: 'no_company_named', params: { name: meant.unknown } } };
  const which = meant.ambiguous.map((c) => `${c.id} ${c.nameEn}`).join(', ');
  return { problem: { field: 'companyId', code: 'several_companies_named', params: { name: text.trim(), which } } };
}

async function allCompanies(db: Db): Promise<Company[]> {
  const out: Company[] = [];
  let after: number | undefined;
  for (;;) {
    const page = await listCompanies(db, { limit: 500, after });
    out.push(...page.items);
    if (!page.nextCursor) return out;
    after = page.items.at(-1)!.id;
  }
}

/** Checks an uploaded file and keeps it for confirmation; the report names each bad row and column. */
export async function checkFleetImport(db: Db, who: Who, input: { kind: SheetKind; fileName: string; bytes: Uint8Array }, at: Date) {
  const agency = requireRegistrar(who);
  const { rows, unknownColumns } = await readSheet(input.bytes, columnsOf(input.kind));
  if (rows.length === 0) throw refuse('import_file_empty', {}, [{ field: 'file', code: 'no_rows' }]);
  const companies = input.kind === 'ships' ? await allCompanies(db) : [];
  const seen = new Map<string, number>();
  const checked: CheckedRow[] = [];
  for (const { row, values } of rows) {
    await letRequestsThrough();
    const problems: FieldProblem[] = [];
    let raw: unknown;
    if (input.kind === 'ships') {
      const company = values.company ? companyOfRow(values.company, companies) : undefined;
      if (company && 'problem' in company) problems.push(company.problem);
      raw = shipFromRow(values, agency, company && 'companyId' in company ? company.companyId : undefined);
    } else {
      raw = companyFromRow(values, agency);
    }
    const result = checkFleetRow(input.kind, raw);
    if (!result.ok) problems.push(...result.problems.filter((p) => !(p.field === 'companyId' && problems.some((q) => q.field === 'companyId'))));
    else {
      // The registry's own: identifiers held by another ship or company, or by an earlier row of this file.
      const ids =
        input.kind === 'ships'
          ? (['mmsi', 'callSign', 'imoNumber', 'epirbHexId'] as const).map((k) => [k, (result.value as VesselDetails)[k]] as const)
          : ([['imoCompanyNumber', (result.value as CompanyDetails).imoCompanyNumber]] as const);
      for (const [field, value] of ids) {
        if (!value) continue;
        const earlier = seen.get(`${field}:${value}`);
        if (earlier) problems.push({ field, code: 'row_repeated', params: { row: earlier } });
        else seen.set(`${field}:${value}`, row);
      }
      if (input.kind === 'ships')
        for (const clash of await identifierClashes(db, result.value as VesselDetails))
          problems.push({
            field: clash.field,
            code: 'held_by',
            params: { holder: { key: 'holder.vessel', params: { id: String(clash.holder.id), name: `${clash.holder.nameEn} ${clash.holder.nameZh}` } } },
          });
      else if ((result.value as CompanyDetails).imoCompanyNumber) {
        const holder = await companyHoldingImoNumber(db, (result.value as CompanyDetails).imoCompanyNumber!);
        if (holder)
          problems.push({
            field: 'imoCompanyNumber',
            code: 'held_by',
            params: { holder: { key: 'holder.company', params: { id: String(holder.id), name: holder.nameEn } } },
          });
      }
    }
    checked.push({ row, values, problems: problems.map(({ field, ...problem }) => ({ column: columnOf(input.kind, field)?.key ?? field, ...problem })) });
  }
  // The record and its rows in one transaction, so a confirmed import has every row; the rows a page a
  // turn, so a 20,000-row sheet does not hold the lookups while it is kept.
  const id = await inTransaction(db, async (trx) => {
    const id = await insertImport(trx, {
      agency,
      kind: input.kind,
      fileName: input.fileName,
      rows: checked,
      createdBy: who.principal.name,
      at: at.toISOString(),
    });
    for (let i = 0; i < checked.length; i += ROWS_PAGE) {
      await letRequestsThrough();
      await keepImportRows(trx, id, checked.slice(i, i + ROWS_PAGE));
    }
    return id;
  });
  return { ...importView((await getImport(db, id))!), unknownColumns };
}

/** What an import shows: its counts, every problem by row and column, its progress, its report once done. */
export type ImportView = ReturnType<typeof importView>;

/** An import as its registrar reads it: its problems, its progress, and the report of the rows done (so far). */
export function importView(i: ImportRecord, outcomes?: Map<number, RowOutcome>) {
  return {
    id: i.id,
    kind: i.kind,
    fileName: i.fileName,
    state: i.state,
    rows: i.total,
    valid: i.valid,
    processed: outcomes ? outcomes.size : i.processed,
    problems: i.problems,
    report: i.report ?? (outcomes?.size ? reportOf(outcomes) : null),
    createdBy: i.createdBy,
    createdAt: i.createdAt,
    finishedAt: i.finishedAt,
  };
}

/** How often a running import moves its heartbeat and the progress its page shows. */
const HEARTBEAT_MS = 1_000;
/** An import whose heartbeat stopped this long ago is carried on by nobody: it is interrupted. */
export const IMPORT_STALL_MS = 60_000;
/** Whether to try a row again after the database was too busy to write it (its `attempt`-th refusal), once ready. */
export type BusyRetry = (attempt: number) => Promise<boolean>;
/** Tries a row again after 0.25, 1 and 4 s; then the import stops as interrupted, to be resumed. */
const waitAndRetry: BusyRetry = async (attempt) => {
  const wait = [250, 1_000, 4_000][attempt];
  if (wait === undefined) return false;
  await new Promise((resolve) => setTimeout(resolve, wait));
  return true;
};

/** An agency's import, marked interrupted first if the instance writing it has stopped. */
async function ownImport(db: Db, who: Who, id: number, at: Date) {
  const agency = requireRegistrar(who);
  let i = await getImport(db, id);
  if (!i || i.agency !== agency) throw notFound('noun.import', id);
  // Only a stalled import is written to (under the writer's lock, like every write): reading a running
  // import's progress, as its page does every second, writes nothing.
  const cutoff = new Date(at.getTime() - IMPORT_STALL_MS).toISOString();
  if (i.state === 'importing' && (i.heartbeatAt === null || i.heartbeatAt < cutoff)) {
    await inTransaction(db, (trx) => interruptStalledImports(trx, cutoff, id));
    i = (await getImport(db, id))!;
  }
  return { agency, i };
}

export async function readImport(db: Db, who: Who, id: number, at: Date) {
  const { i } = await ownImport(db, who, id, at);
  // While rows are written the page shows their count (kept with each row); the report of the rows done
  // is read once the import has stopped (interrupted) or ended without one (abandoned before 0016).
  return importView(i, i.state === 'interrupted' || (i.state !== 'importing' && !i.report) ? await rowOutcomes(db, id) : undefined);
}

/** The report of the rows done so far, in the order of the file. */
const reportOf = (outcomes: Map<number, RowOutcome>): ImportReport => {
  const report: ImportReport = { created: [], skipped: [] };
  for (const [row, outcome] of outcomes) {
    if ('created' in outcome) report.created.push({ row, ...outcome.created });
    else report.skipped.push({ row, problems: outcome.skipped });
  }
  return report;
};

/** Confirms a checked import: its valid rows are written (see writeRows). */
export async function confirmFleetImport(db: Db, who: Who, id: number, now: () => Date, retry: BusyRetry = waitAndRetry): Promise<ImportReport> {
  const { agency, i } = await ownImport(db, who, id, now());
  if (!(await inTransaction(db, (trx) => startImportRow(trx, id, 'checked', now().toISOString()))))
    throw refuse('import_already_confirmed', { id: String(id) });
  return writeRows(db, who, agency, i, now, retry);
}

/** Carries on an interrupted import from the first row without an outcome. */
export async function resumeFleetImport(db: Db, who: Who, id: number, now: () => Date, retry: BusyRetry = waitAndRetry): Promise<ImportReport> {
  const { agency, i } = await ownImport(db, who, id, now());
  if (!(await inTransaction(db, (trx) => startImportRow(trx, id, 'interrupted', now().toISOString()))))
    throw refuse('import_not_interrupted', { id: String(id), state: i.state });
  return writeRows(db, who, agency, i, now, retry);
}

/** Gives up an interrupted import: the rows written stay registered, the rest are not written; its report says which. */
export async function abandonFleetImport(db: Db, who: Who, id: number, at: Date) {
  const { i } = await ownImport(db, who, id, at);
  const outcomes = await rowOutcomes(db, id);
  const ended = await inTransaction(db, async (trx) => {
    if (!(await endImportRow(trx, id, 'interrupted', 'abandoned', reportOf(outcomes), at.toISOString()))) return false;
    await recordAudit(trx, {
      who,
      action: 'import.abandon',
      record: { type: 'import', id, agency: i.agency },
      before: { state: i.state, processed: outcomes.size, total: i.total },
      after: { state: 'abandoned' },
      at: at.toISOString(),
    });
    return true;
  });
  if (!ended) throw refuse('import_not_interrupted', { id: String(id), state: i.state });
  return importView((await getImport(db, id))!, outcomes);
}

/** An import's checked rows in the order of the sheet, read a page at a time. */
async function* checkedRows(db: Db, id: number): AsyncGenerator<CheckedRow> {
  for (let after = 0; ; ) {
    const page = await importRows(db, id, { after, limit: ROWS_PAGE });
    if (page.length === 0) return;
    yield* page;
    after = page.at(-1)!.row;
  }
}

/**
 * Writes each row of an import that has no outcome yet, each through the registry's own service (its
 * rules, its audit event) in its own transaction, which also keeps the row's outcome: a row that has
 * become invalid since the check is skipped, with why. A row the database was too busy to write is tried
 * again; if it still cannot be, or anything unexpected happens, the import stops as interrupted, to be
 * resumed, with every row done so far kept.
 */
async function writeRows(db: Db, who: Who, agency: AreaCode, i: ImportRecord, now: () => Date, retry: BusyRetry): Promise<ImportReport> {
  const done = await rowOutcomes(db, i.id);
  const companies = i.kind === 'ships' ? await allCompanies(db) : [];
  let beat = 0;
  try {
    for await (const r of checkedRows(db, i.id)) {
      if (done.has(r.row)) continue;
      await letRequestsThrough();
      // The clock is read once a row: its registration, its outcome and the heartbeat share the moment.
      const at = now();
      const outcome = r.problems.length ? { skipped: r.problems } : await writeRow(db, who, agency, i.kind, i.id, r, companies, at, retry);
      if ('skipped' in outcome) await inTransaction(db, (trx) => keepRowOutcome(trx, i.id, r.row, outcome));
      done.set(r.row, outcome);
      // The progress shown and the heartbeat move once a second, not with every row.
      if (at.getTime() - beat >= HEARTBEAT_MS) {
        beat = at.getTime();
        await inTransaction(db, (trx) => moveImportHeartbeat(trx, i.id, done.size, at.toISOString()));
      }
    }
  } catch (err) {
    await inTransaction(db, (trx) => interruptImportRow(trx, i.id)).catch(() => {});
    throw err;
  }
  const report = reportOf(done);
  await inTransaction(db, (trx) => endImportRow(trx, i.id, 'importing', 'done', report, now().toISOString()));
  return report;
}

/** One row: registered (its outcome kept in the same transaction), or the problems that skip it. */
async function writeRow(
  db: Db,
  who: Who,
  agency: AreaCode,
  kind: SheetKind,
  importId: number,
  r: CheckedRow,
  companies: readonly Company[],
  at: Date,
  retry: BusyRetry,
): Promise<RowOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      let raw: unknown;
      if (kind === 'ships') {
        // The companies as they are now: one registered since the check may have made a name ambiguous.
        const company = r.values.company ? companyOfRow(r.values.company, companies) : undefined;
        if (company && 'problem' in company) throw refuse('vessel_invalid', {}, [company.problem]);
        raw = shipFromRow(r.values, agency, company?.companyId);
      } else raw = companyFromRow(r.values, agency);
      const result = checkFleetRow(kind, raw);
      if (!result.ok) throw refuse(kind === 'ships' ? 'vessel_invalid' : 'company_invalid', {}, result.problems);
      return await inTransaction(db, async (trx) => {
        const saved =
          kind === 'ships'
            ? await registerVessel(trx, who, result.value as VesselDetails, at)
            : await registerCompany(trx, who, result.value as CompanyDetails, at);
        const outcome = { created: { id: saved.id, name: `${saved.nameZh} ${saved.nameEn}` } };
        await keepRowOutcome(trx, importId, r.row, outcome);
        return outcome;
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // The database busy or away is not the row's fault: wait and try the row again, or stop the import.
      if (err.category === 'unavailable') {
        if (await retry(attempt)) continue;
        throw err;
      }
      const problems: FieldProblem[] = err.errors.length
        ? err.errors
        : [{ field: 'row', code: 'row', params: { reason: { key: `error.${err.code}`, params: err.params } } }];
      return { skipped: problems.map(({ field, ...problem }) => ({ column: columnOf(kind, field)?.key ?? field, ...problem })) };
    }
  }
}

/** Starts a confirmed (or resumed) import and returns at once; the import's record shows its progress. */
export function startFleetImport(db: Db, who: Who, id: number, now: () => Date, logger: Logger, resume = false): Promise<ImportReport> {
  const work = (resume ? resumeFleetImport : confirmFleetImport)(db, who, id, now);
  work.catch((err) => logger.error('import interrupted', { import: id, error: err instanceof Error ? err.message : String(err) }));
  return work;
}

/** On start: every import whose instance stopped mid-way is marked interrupted, for its registrar to resume or abandon. */
export async function interruptStalled(db: Db, at: Date): Promise<number> {
  return inTransaction(db, (trx) => interruptStalledImports(trx, new Date(at.getTime() - IMPORT_STALL_MS).toISOString()));
}

const PLAN_COLUMNS: SheetColumn[] = [
  { key: 'planNumber', label: 'doc.planNumber' },
  { key: 'nameZh', label: 'column.ships.nameZh' },
  { key: 'nameEn', label: 'column.ships.nameEn' },
  { key: 'status', label: 'doc.status' },
  { key: 'revision', label: 'doc.revision' },
  { key: 'issuedOn', label: 'column.plans.issuedOn' },
  { key: 'stale', label: 'column.plans.outOfDate' },
  { key: 'staleFields', label: 'column.plans.changedSinceIssue' },
  { key: 'recognisedGD', label: 'column.plans.recognisedByGd' },
  { key: 'recognisedHK', label: 'column.plans.recognisedByHk' },
  { key: 'recognisedMO', label: 'column.plans.recognisedByMo' },
  { key: 'exerciseDue', label: 'page.nextDue' },
  { key: 'exerciseOverdue', label: 'page.exerciseOverdue' },
];

/** The agency's plans as a sheet: status, staleness, recognition by each agency, the next exercise due. */
export async function exportPlans(db: Db, who: Who, format: SheetFormat, today: string) {
  const agency = requireRegistrar(who);
  const rows: Record<string, string>[] = [];
  let cursor: number | undefined;
  for (;;) {
    await letRequestsThrough();
    const page = await listPlanViews(db, who, { area: agency, cursor, limit: 200 }, today);
    for (const p of page.items) {
      const recognised = (a: AreaCode) => (a === p.homeAgency ? 'compiled' : (p.recognitions.find((r) => r.agency === a)?.status ?? ''));
      rows.push({
        planNumber: p.planNumber,
        nameZh: p.vessel.nameZh,
        nameEn: p.vessel.nameEn,
        status: p.status,
        revision: String(p.current?.revision ?? ''),
        issuedOn: p.current?.issuedOn ?? '',
        stale: p.stale ? 'yes' : 'no',
        staleFields: p.staleFields.join('; '),
        recognisedGD: recognised('GD'),
        recognisedHK: recognised('HK'),
        recognisedMO: recognised('MO'),
        exerciseDue: p.exercises.nextDue ?? '',
        exerciseOverdue: p.exercises.overdue ? 'yes' : 'no',
      });
    }
    if (!page.nextCursor) break;
    cursor = Number(page.nextCursor);
  }
  return {
    body: await writeSheet(format, 'plans', PLAN_COLUMNS, rows, await sheetChinese(db, agency)),
    type: MEDIA_TYPE[format],
    filename: `${agency}-plans.${format}`,
  };
}

/** The agency's ships or companies as a sheet in the import's columns, so an export imports back. */
export async function exportFleet(
  db: Db,
  who: Who,
  opts: { kind: SheetKind; format: SheetFormat; status?: VesselStatus; type?: VesselType; companyId?: number },
) {
  const agency = requireRegistrar(who);
  const rows: Record<string, string>[] = [];
  if (opts.kind === 'companies') {
    for (const c of await companiesOfAgency(db, agency)) rows.push(companyToRow(c));
  } else {
    let after: number | undefined;
    for (;;) {
      await letRequestsThrough();
      const page = await listVessels(db, { area: agency, limit: 500, after, status: opts.status, type: opts.type, companyId: opts.companyId });
      rows.push(...page.items.map(shipToRow));
      if (!page.nextCursor) break;
      after = page.items.at(-1)!.id;
    }
  }
  const body = await writeSheet(opts.format, opts.kind, columnsOf(opts.kind), rows, await sheetChinese(db, agency));
  return { body, type: MEDIA_TYPE[opts.format], filename: `${agency}-${opts.kind}.${opts.format}` };
}
export type { RowProblem } from '../store/imports.ts';
