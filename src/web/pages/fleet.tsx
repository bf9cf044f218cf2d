import type { FC } from 'hono/jsx';
import { columnsOf, type SheetKind } from '../../domain/fleet-sheet.ts';
import type { importView, RowProblem } from '../../services/fleet-import.ts';
import { problemFor } from '../../errors.ts';
import { say, type Lang, type Key, type Params, type Said } from '../i18n.ts';
import { FormErrors, Layout, type View } from '../layout.tsx';

type ImportView = ReturnType<typeof importView>;

/** The label of a sheet's column in the reader's language (a problem's column key otherwise). */
const columnLabel = (lang: Lang, kind: SheetKind, key: string) => {
  const column = columnsOf(kind).find((c) => c.key === key);
  return column ? say(lang, column.label) : key;
};

/** The registrar's fleet in spreadsheets: templates, an upload to check, exports. */
export const FleetPage: FC<{ view: View; errors: Record<string, string> }> = ({ view, errors }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  const link = (href: string, text: string) => <a href={href}>{text}</a>;
  return (
    <Layout view={view} title={t('page.fleet')}>
      <h1>{t('page.fleet')}</h1>
      <p class="help">{t('page.fleetHelp')}</p>
      <h2>{t('page.templates')}</h2>
      <ul>
        <li>
          {t('page.ships')}: {link('/fleet/template?kind=ships&format=xlsx', 'XLSX')} · {link('/fleet/template?kind=ships&format=csv', 'CSV')}
        </li>
        <li>
          {t('page.companies')}: {link('/fleet/template?kind=companies&format=xlsx', 'XLSX')} · {link('/fleet/template?kind=companies&format=csv', 'CSV')}
        </li>
      </ul>
      <h2>{t('page.importTitle')}</h2>
      <FormErrors view={view} errors={errors} />
      <form method="post" action="/fleet/imports" enctype="multipart/form-data" class="stack" novalidate>
        <label for="f-kind">
          <span>{t('page.importKind')}</span>
          <select id="f-kind" name="kind">
            <option value="ships">{t('page.ships')}</option>
            <option value="companies">{t('page.companies')}</option>
          </select>
        </label>
        <label for="f-file" class={errors.file ? 'field-error' : ''}>
          <span>{t('page.importFile')}</span>
          <input
            id="f-file"
            type="file"
            name="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={errors.file ? 'f-file-error' : 'f-file-hint'}
          />
          <span class="help" id="f-file-hint">
            {t('page.importFileHelp')}
          </span>
          {errors.file && (
            <span class="error" id="f-file-error">
              {errors.file}
            </span>
          )}
        </label>
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.checkFile')}
          </button>
        </div>
      </form>
      <h2>{t('page.exportTitle')}</h2>
      <ul>
        <li>
          {t('page.ships')}: {link('/fleet/export?kind=ships&format=xlsx', 'XLSX')} · {link('/fleet/export?kind=ships&format=csv', 'CSV')}
        </li>
        <li>
          {t('page.companies')}: {link('/fleet/export?kind=companies&format=xlsx', 'XLSX')} · {link('/fleet/export?kind=companies&format=csv', 'CSV')}
        </li>
        <li>
          {t('page.plans')}: {link('/fleet/export?kind=plans&format=xlsx', 'XLSX')} · {link('/fleet/export?kind=plans&format=csv', 'CSV')}
        </li>
      </ul>
    </Layout>
  );
};

/** A checked import: every problem by row and column, then the confirmation; its progress; its report. */
export const ImportPage: FC<{ view: View; imp: ImportView }> = ({ view, imp }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const problems = (list: ({ row: number } & RowProblem)[]) => (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th>{t('page.row')}</th>
            <th>{t('page.column')}</th>
            <th>{t('page.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr>
              <td>{p.row}</td>
              <td>{columnLabel(lang, imp.kind, p.column)}</td>
              <td>{problemFor(lang, p).message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <Layout view={view} title={t('page.importTitle')}>
      {/* While rows are written, the page looks again every second (no script needed). */}
      {imp.state === 'importing' && <meta http-equiv="refresh" content="1" />}
      <h1>
        {t('page.importTitle')}: {imp.fileName}
      </h1>
      <p>
        {t(imp.kind === 'ships' ? 'page.ships' : 'page.companies')} · {imp.rows} {t('page.rowsRead')} · {imp.valid} {t('page.rowsValid')}
      </p>
      {imp.state === 'checked' && (
        <>
          {imp.problems.length > 0 ? <p class="notice">{t('page.importProblems')}</p> : <p class="notice ok">{t('page.importClean')}</p>}
          {imp.problems.length > 0 && problems(imp.problems)}
          {imp.valid > 0 && (
            <form method="post" action={`/fleet/imports/${imp.id}/confirm`} class="actions">
              <button class="primary" type="submit">
                {t('page.importConfirm', { n: imp.valid })}
              </button>
              <a href="/fleet">{t('page.back')}</a>
            </form>
          )}
        </>
      )}
      {imp.state === 'importing' && (
        <p role="status">
          <progress max={imp.rows} value={imp.processed} /> {imp.processed} / {imp.rows}
        </p>
      )}
      {imp.state === 'interrupted' && (
        <>
          <p class="notice" role="status">
            {t('page.importInterrupted', { processed: imp.processed, rows: imp.rows })}
          </p>
          {imp.report && imp.report.skipped.length > 0 && problems(imp.report.skipped.flatMap((s) => s.problems.map((p) => ({ row: s.row, ...p }))))}
          <div class="actions">
            <form method="post" action={`/fleet/imports/${imp.id}/resume`}>
              <button class="primary" type="submit">
                {t('page.importResume')}
              </button>
            </form>
            <form method="post" action={`/fleet/imports/${imp.id}/abandon`}>
              <button type="submit">{t('page.importAbandon')}</button>
            </form>
          </div>
        </>
      )}
      {imp.state === 'abandoned' && imp.report && (
        <p class="notice" role="status">
          {t('page.importAbandoned', { created: imp.report.created.length, rows: imp.rows })}
        </p>
      )}
      {imp.state === 'done' && imp.report && (
        <>
          <p class="notice ok" role="status">
            {t('page.importDone', { created: imp.report.created.length, skipped: imp.report.skipped.length })}
          </p>
          {/* Each record made, by its row, linked: the registrar checks them from here. */}
          {imp.report.created.length > 0 && (
            <ul class="created">
              {imp.report.created.map((made) => (
                <li>
                  {t('page.row')} {made.row}: <a href={`/${imp.kind === 'ships' ? 'ships' : 'companies'}/${made.id}`}>{made.name}</a>
                </li>
              ))}
            </ul>
          )}
          {imp.report.skipped.length > 0 && problems(imp.report.skipped.flatMap((s) => s.problems.map((p) => ({ row: s.row, ...p }))))}
          <p>
            <a href="/fleet">{t('page.back')}</a>
          </p>
        </>
      )}
    </Layout>
  );
};
