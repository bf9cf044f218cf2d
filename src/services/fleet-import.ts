import type { Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { companyMeant, type Company, type CompanyDetails } from '../domain/company.ts';
import { columnOf, columnsOf, companyFromRow, companyToRow, shipFromRow, shipToRow, type SheetKind } from '../domain/fleet-sheet.ts';
import { foldIdentifier, foldText } from '../domain/search.ts';
import type { VesselDetails, VesselStatus, VesselType } from '../domain/vessel.ts';
import { AppError, forbidden, notFound, type FieldProblem } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { PORTS } from '../reference/ports.ts';
import { toSimplified } from '../script.ts';
import { readSheet, writeSheet, MEDIA_TYPE, type SheetFormat } from '../sheets/workbook.ts';
import { companiesOfAgency, companyHoldingImoNumber, listCompanies } from '../store/companies.ts';
import type { Db } from '../store/database.ts';
import {
  finishImportRow,
  getImport,
  insertImport,
  setImportProgress,
  startImportRow,
  type CheckedRow,
  type ImportRecord,
  type ImportReport,
} from '../store/imports.ts';
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

function requireRegistrar(who: Who): AreaCode {
  const p = who.principal;
  if (p.role !== 'registrar' || !p.agency) throw forbidden('Only registrars import and export their fleet');
  return p.agency;
}

/** The template to fill: the two header rows (labels in both languages, then the column keys). */
export async function fleetTemplate(who: Who, kind: SheetKind, format: SheetFormat) {
  requireRegistrar(who);
  return { body: await writeSheet(format, kind, columnsOf(kind), []), type: MEDIA_TYPE[format], filename: `${kind}-template.${format}` };
}

/** The ship's company as the row names it (`companyMeant`), or the problem to report beside its column. */
function companyOfRow(text: string, companies: readonly Company[]): { companyId: number } | { problem: FieldProblem } {
  const meant = companyMeant(text, companies, (s) => foldText(s, toSimplified), foldIdentifier);
  if ('id' in meant) return { companyId: meant.id };
  if ('unknown' in meant) return { problem: { field: 'companyId', message: `no company registered as ${meant.unknown}` } };
  const which = meant.ambiguous.map((c) => `${c.id} ${c.nameEn}`).join(', ');
  return { problem: { field: 'companyId', message: `${text.trim()} names more than one company (${which}): give its id or IMO company number` } };
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
  if (rows.length === 0)
    throw new AppError('validation_failed', 'The file has no rows under its headers', [{ field: 'file', message: 'has no rows to import' }]);
  const companies = input.kind === 'ships' ? await allCompanies(db) : [];
  const seen = new Map<string, number>();
  const checked: CheckedRow[] = [];
  for (const { row, values } of rows) {
    const problems: FieldProblem[] = [];
    let raw: unknown;
    if (input.kind === 'ships') {
      const company = values.company ? companyOfRow(values.company, companies) : undefined;
      if (company && 'problem' in company) problems.push(company.problem);
      raw = shipFromRow(values, agency, company && 'companyId' in company ? company.companyId : undefined, PORTS, toSimplified);
    } else {
      raw = companyFromRow(values, agency);
    }
    const result = checkFleetRow(input.kind, raw);
    if (!result.ok) problems.push(...result.problems.filter((p) => !(p.field === 'companyId' && problems.some((q) => q.field === 'companyId'))));
    else {
      // The registry's own: identifiers held by another ship or company, or by an earlier row of this file.
      const ids =
        input.kind === 'ships'
          ? (['mmsi', 'callSign', 'imoNumber'] as const).map((k) => [k, (result.value as VesselDetails)[k]] as const)
          : ([['imoCompanyNumber', (result.value as CompanyDetails).imoCompanyNumber]] as const);
      for (const [field, value] of ids) {
        if (!value) continue;
        const earlier = seen.get(`${field}:${value}`);
        if (earlier) problems.push({ field, message: `also in row ${earlier} of this file` });
        else seen.set(`${field}:${value}`, row);
      }
      if (input.kind === 'ships')
        for (const clash of await identifierClashes(db, result.value as VesselDetails))
          problems.push({ field: clash.field, message: `already held by vessel ${clash.holder.id} (${clash.holder.nameEn} ${clash.holder.nameZh})` });
      else if ((result.value as CompanyDetails).imoCompanyNumber) {
        const holder = await companyHoldingImoNumber(db, (result.value as CompanyDetails).imoCompanyNumber!);
        if (holder) problems.push({ field: 'imoCompanyNumber', message: `already held by company ${holder.id} (${holder.nameEn})` });
      }
    }
    checked.push({ row, values, problems: problems.map((p) => ({ column: columnOf(input.kind, p.field)?.key ?? p.field, message: p.message })) });
  }
  const id = await insertImport(db, { agency, kind: input.kind, fileName: input.fileName, rows: checked, createdBy: who.principal.name, at: at.toISOString() });
  return { ...importView((await getImport(db, id))!), unknownColumns };
}

/** What an import shows: its counts, every problem by row and column, its progress, its report once done. */
export function importView(i: ImportRecord) {
  return {
    id: i.id,
    kind: i.kind,
    fileName: i.fileName,
    state: i.state,
    rows: i.total,
    valid: i.rows.filter((r) => r.problems.length === 0).length,
    processed: i.processed,
    problems: i.rows.flatMap((r) => r.problems.map((p) => ({ row: r.row, ...p }))),
    report: i.report,
    createdBy: i.createdBy,
    createdAt: i.createdAt,
    finishedAt: i.finishedAt,
  };
}

export async function readImport(db: Db, who: Who, id: number) {
  const agency = requireRegistrar(who);
  const i = await getImport(db, id);
  if (!i || i.agency !== agency) throw notFound(`Import ${id}`);
  return importView(i);
}

/**
 * Writes the valid rows of a checked import, each through the registry's own service (its rules, its
 * audit event, its own transaction): a row that has become invalid since the check is skipped, with why.
 */
export async function confirmFleetImport(db: Db, who: Who, id: number, now: () => Date): Promise<ImportReport> {
  const agency = requireRegistrar(who);
  const i = await getImport(db, id);
  if (!i || i.agency !== agency) throw notFound(`Import ${id}`);
  if (!(await startImportRow(db, id))) throw new AppError('conflict', `Import ${id} was already confirmed`);
  const report: ImportReport = { created: [], skipped: [] };
  const companies = i.kind === 'ships' ? await allCompanies(db) : [];
  let done = 0;
  for (const r of i.rows) {
    done += 1;
    if (r.problems.length) {
      report.skipped.push({ row: r.row, problems: r.problems });
    } else {
      try {
        let raw: unknown;
        if (i.kind === 'ships') {
          // The companies as they are now: one registered since the check may have made a name ambiguous.
          const company = r.values.company ? companyOfRow(r.values.company, companies) : undefined;
          if (company && 'problem' in company) throw new AppError('validation_failed', 'invalid', [company.problem]);
          raw = shipFromRow(r.values, agency, company?.companyId, PORTS, toSimplified);
        } else raw = companyFromRow(r.values, agency);
        const result = checkFleetRow(i.kind, raw);
        if (!result.ok) throw new AppError('validation_failed', 'invalid', result.problems);
        const saved =
          i.kind === 'ships'
            ? await registerVessel(db, who, result.value as VesselDetails, now())
            : await registerCompany(db, who, result.value as CompanyDetails, now());
        report.created.push({ row: r.row, id: saved.id, name: `${saved.nameZh} ${saved.nameEn}` });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const problems = err.errors.length ? err.errors : [{ field: 'row', message: err.detail }];
        report.skipped.push({ row: r.row, problems: problems.map((p) => ({ column: columnOf(i.kind, p.field)?.key ?? p.field, message: p.message })) });
      }
    }
    if (done % 25 === 0) await setImportProgress(db, id, done);
  }
  await finishImportRow(db, id, report, now().toISOString());
  return report;
}

/** Starts the confirmed import and returns at once; the import's record shows its progress. */
export function startFleetImport(db: Db, who: Who, id: number, now: () => Date, logger: Logger): Promise<ImportReport> {
  const work = confirmFleetImport(db, who, id, now);
  work.catch((err) => logger.error('import failed', { import: id, error: err instanceof Error ? err.message : String(err) }));
  return work;
}

const PLAN_COLUMNS = [
  { key: 'planNumber', label: { zh: '計劃編號', en: 'Plan number' } },
  { key: 'nameZh', label: { zh: '中文船名', en: 'Name (Chinese)' } },
  { key: 'nameEn', label: { zh: '英文船名', en: 'Name (English)' } },
  { key: 'status', label: { zh: '狀態', en: 'Status' } },
  { key: 'revision', label: { zh: '修訂版次', en: 'Revision' } },
  { key: 'issuedOn', label: { zh: '發出日期', en: 'Issued on' } },
  { key: 'stale', label: { zh: '需重新發出', en: 'Out of date' } },
  { key: 'staleFields', label: { zh: '已更改的資料', en: 'Changed since issue' } },
  { key: 'recognisedGD', label: { zh: '廣東認可', en: 'Recognised by GD' } },
  { key: 'recognisedHK', label: { zh: '香港認可', en: 'Recognised by HK' } },
  { key: 'recognisedMO', label: { zh: '澳門認可', en: 'Recognised by MO' } },
  { key: 'exerciseDue', label: { zh: '下次演習到期', en: 'Next exercise due' } },
  { key: 'exerciseOverdue', label: { zh: '演習逾期', en: 'Exercise overdue' } },
];

/** The agency's plans as a sheet: status, staleness, recognition by each agency, the next exercise due. */
export async function exportPlans(db: Db, who: Who, format: SheetFormat, today: string) {
  const agency = requireRegistrar(who);
  const rows: Record<string, string>[] = [];
  let cursor: number | undefined;
  for (;;) {
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
  return { body: await writeSheet(format, 'plans', PLAN_COLUMNS, rows), type: MEDIA_TYPE[format], filename: `${agency}-plans.${format}` };
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
      const page = await listVessels(db, { area: agency, limit: 500, after, status: opts.status, type: opts.type, companyId: opts.companyId });
      rows.push(...page.items.map(shipToRow));
      if (!page.nextCursor) break;
      after = page.items.at(-1)!.id;
    }
  }
  const body = await writeSheet(opts.format, opts.kind, columnsOf(opts.kind), rows);
  return { body, type: MEDIA_TYPE[opts.format], filename: `${agency}-${opts.kind}.${opts.format}` };
}
