import type { AreaCode } from '../domain/areas.ts';
import type { SheetKind } from '../domain/fleet-sheet.ts';
import type { Executor } from './database.ts';
import type { Params } from '../words/index.ts';
import { fromJson, toJson } from './json.ts';

/** A problem of a row, at its column: coded (`problem.<code>`); one kept before problems had codes has only its English message. */
export type RowProblem = { column: string; code?: string; params?: Params; message?: string };
export type CheckedRow = { row: number; values: Record<string, string>; problems: RowProblem[] };
export type ImportReport = {
  created: { row: number; id: number; name: string }[];
  skipped: { row: number; problems: RowProblem[] }[];
};
export type ImportRecord = {
  id: number;
  agency: AreaCode;
  kind: SheetKind;
  fileName: string;
  rows: CheckedRow[];
  state: 'checked' | 'importing' | 'done';
  total: number;
  processed: number;
  report: ImportReport | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
};

export async function insertImport(
  db: Executor,
  i: { agency: AreaCode; kind: SheetKind; fileName: string; rows: CheckedRow[]; createdBy: string; at: string },
): Promise<number> {
  const row = await db
    .insertInto('imports')
    .values({
      agency: i.agency,
      kind: i.kind,
      file_name: i.fileName,
      rows: toJson(i.rows),
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

export async function getImport(db: Executor, id: number): Promise<ImportRecord | undefined> {
  const r = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    r && {
      id: r.id,
      agency: r.agency as AreaCode,
      kind: r.kind,
      fileName: r.file_name,
      rows: fromJson<CheckedRow[]>(r.rows),
      state: r.state,
      total: r.total,
      processed: r.processed,
      report: r.report ? fromJson<ImportReport>(r.report) : null,
      createdBy: r.created_by,
      createdAt: r.created_at,
      finishedAt: r.finished_at,
    }
  );
}

/** Moves a checked import to importing; false when it was no longer checked (confirmed twice). */
export async function startImportRow(db: Executor, id: number): Promise<boolean> {
  const result = await db.updateTable('imports').set({ state: 'importing' }).where('id', '=', id).where('state', '=', 'checked').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setImportProgress(db: Executor, id: number, processed: number): Promise<void> {
  await db.updateTable('imports').set({ processed }).where('id', '=', id).execute();
}

export async function finishImportRow(db: Executor, id: number, report: ImportReport, at: string): Promise<void> {
  await db
    .updateTable('imports')
    .set((eb) => ({ state: 'done', processed: eb.ref('total'), report: toJson(report), finished_at: at }))
    .where('id', '=', id)
    .execute();
}
