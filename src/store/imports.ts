import type { AreaCode } from '../domain/areas.ts';
import type { SheetKind } from '../domain/fleet-sheet.ts';
import type { Executor } from './database.ts';
import type { Params } from '../words/index.ts';
import { fromJson, toJson } from './json.ts';

/** A problem of a row, at its column: coded (`problem.<code>`); one kept before problems had codes has only its English message. */
export type RowProblem = { column: string; code?: string; params?: Params; message?: string };
export type CheckedRow = { row: number; values: Record<string, string>; problems: RowProblem[] };
/** A problem of the sheet: its row's number, its column and what is wrong. */
export type SheetProblem = RowProblem & { row: number };
export type ImportReport = {
  created: { row: number; id: number; name: string }[];
  skipped: { row: number; problems: RowProblem[] }[];
};
/**
 * checked: waiting for its registrar's confirmation; importing: rows being written; interrupted: stopped
 * half-way (a restart, a failure, the database away too long), to resume or abandon; done; abandoned.
 */
export type ImportState = 'checked' | 'importing' | 'done' | 'interrupted' | 'abandoned';
/** What became of one row: registered, or skipped with its problems. */
export type RowOutcome = { created: { id: number; name: string } } | { skipped: RowProblem[] };

/** An import as its page shows it; its checked rows are kept apart (import_rows), read by the writing alone. */
export type ImportRecord = {
  id: number;
  agency: AreaCode;
  kind: SheetKind;
  fileName: string;
  /** The rows without problems, and every row's problems. */
  valid: number;
  problems: SheetProblem[];
  state: ImportState;
  total: number;
  processed: number;
  report: ImportReport | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  heartbeatAt: string | null;
};

/** Keeps a checked import's record, its counts and problems; its rows follow (keepImportRows), in the same transaction. */
export async function insertImport(
  db: Executor,
  i: { agency: AreaCode; kind: SheetKind; fileName: string; rows: readonly CheckedRow[]; createdBy: string; at: string },
): Promise<number> {
  const row = await db
    .insertInto('imports')
    .values({
      agency: i.agency,
      kind: i.kind,
      file_name: i.fileName,
      valid: i.rows.filter((r) => r.problems.length === 0).length,
      problems: toJson(i.rows.flatMap((r) => r.problems.map((p) => ({ row: r.row, ...p })))),
      state: 'checked',
      total: i.rows.length,
      report: null,
      created_by: i.createdBy,
      created_at: i.at,
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Keeps some of an import's checked rows, one record a row. */
export async function keepImportRows(db: Executor, id: number, rows: readonly CheckedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('import_rows')
    .values(rows.map((r) => ({ import_id: id, row: r.row, cells: toJson(r.values), problems: toJson(r.problems) })))
    .execute();
}

export async function getImport(db: Executor, id: number): Promise<ImportRecord | undefined> {
  const r = await db
    .selectFrom('imports')
    .select([
      'id',
      'agency',
      'kind',
      'file_name',
      'valid',
      'problems',
      'state',
      'total',
      'processed',
      'report',
      'created_by',
      'created_at',
      'finished_at',
      'heartbeat_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      agency: r.agency as AreaCode,
      kind: r.kind,
      fileName: r.file_name,
      valid: r.valid,
      problems: fromJson<SheetProblem[]>(r.problems),
      state: r.state,
      total: r.total,
      processed: r.processed,
      report: r.report ? fromJson<ImportReport>(r.report) : null,
      createdBy: r.created_by,
      createdAt: r.created_at,
      finishedAt: r.finished_at,
      heartbeatAt: r.heartbeat_at,
    }
  );
}

/** A page of an import's checked rows, in the order of the sheet: the first `limit` after row `after`. */
export async function importRows(db: Executor, id: number, page: { after?: number; limit: number }): Promise<CheckedRow[]> {
  const rows = await db
    .selectFrom('import_rows')
    .select(['row', 'cells', 'problems'])
    .where('import_id', '=', id)
    .where('row', '>', page.after ?? 0)
    .orderBy('row')
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({ row: r.row, values: fromJson<Record<string, string>>(r.cells), problems: fromJson<RowProblem[]>(r.problems) }));
}

/** Moves an import from `from` (checked, or interrupted to resume it) to importing; false when it was not in that state. */
export async function startImportRow(db: Executor, id: number, from: 'checked' | 'interrupted', at: string): Promise<boolean> {
  const result = await db
    .updateTable('imports')
    .set({ state: 'importing', heartbeat_at: at })
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Keeps one row's outcome, in the transaction that wrote the row. */
export async function keepRowOutcome(db: Executor, id: number, row: number, outcome: RowOutcome): Promise<void> {
  await db
    .insertInto('import_outcomes')
    .values({ import_id: id, row, outcome: toJson(outcome) })
    .execute();
}

/** Moves an import's progress and heartbeat (the instance writing it is alive). */
export async function moveImportHeartbeat(db: Executor, id: number, processed: number, at: string): Promise<void> {
  await db.updateTable('imports').set({ processed, heartbeat_at: at }).where('id', '=', id).where('state', '=', 'importing').execute();
}

/** The outcomes kept so far, by row. */
export async function rowOutcomes(db: Executor, id: number): Promise<Map<number, RowOutcome>> {
  const rows = await db.selectFrom('import_outcomes').select(['row', 'outcome']).where('import_id', '=', id).orderBy('row').execute();
  return new Map(rows.map((r) => [r.row, fromJson<RowOutcome>(r.outcome)]));
}

/** Ends an import: done (with its report) or abandoned; only an import in `from` is ended. */
export async function endImportRow(db: Executor, id: number, from: ImportState, to: 'done' | 'abandoned', report: ImportReport, at: string): Promise<boolean> {
  const result = await db
    .updateTable('imports')
    .set({ state: to, report: toJson(report), processed: report.created.length + report.skipped.length, finished_at: at })
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks interrupted every import still importing whose heartbeat stopped before `cutoff` (nobody carries it on). */
export async function interruptStalledImports(db: Executor, cutoff: string, id?: number): Promise<number> {
  let q = db
    .updateTable('imports')
    .set({ state: 'interrupted' })
    .where('state', '=', 'importing')
    .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', cutoff)]));
  if (id !== undefined) q = q.where('id', '=', id);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** Marks one import interrupted (its instance met a failure it could not carry on past). */
export async function interruptImportRow(db: Executor, id: number): Promise<void> {
  await db.updateTable('imports').set({ state: 'interrupted' }).where('id', '=', id).where('state', '=', 'importing').execute();
}
