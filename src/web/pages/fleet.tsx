import type { FC } from 'hono/jsx';
import { columnsOf, type SheetKind } from '../../domain/fleet-sheet.ts';
import type { importView } from '../../services/fleet-import.ts';
import { message, say, W, type Lang } from '../i18n.ts';
import { FormErrors, Layout, type View } from '../layout.tsx';

type ImportView = ReturnType<typeof importView>;

/** The label of a sheet's column in the reader's language (a problem's column key otherwise). */
const columnLabel = (lang: Lang, kind: SheetKind, key: string) => {
  const column = columnsOf(kind).find((c) => c.key === key);
  return column ? say(lang, column.label) : key;
};

/** The registrar's fleet in spreadsheets: templates, an upload to check, exports. */
export const FleetPage: FC<{ view: View; errors: Record<string, string> }> = ({ view, errors }) => {
  const t = (b: { zh: string; en: string }) => say(view.lang, b);
  const link = (href: string, text: string) => <a href={href}>{text}</a>;
  return (
    <Layout view={view} title={t(W.fleet)}>
      <h1>{t(W.fleet)}</h1>
      <p class="help">{t(W.fleetHelp)}</p>
      <h2>{t(W.templates)}</h2>
      <ul>
        <li>
          {t(W.ships)}: {link('/fleet/template?kind=ships&format=xlsx', 'XLSX')} · {link('/fleet/template?kind=ships&format=csv', 'CSV')}
        </li>
        <li>
          {t(W.companies)}: {link('/fleet/template?kind=companies&format=xlsx', 'XLSX')} · {link('/fleet/template?kind=companies&format=csv', 'CSV')}
        </li>
      </ul>
      <h2>{t(W.importTitle)}</h2>
      <FormErrors view={view} errors={errors} />
      <form method="post" action="/fleet/imports" enctype="multipart/form-data" class="stack" novalidate>
        <label for="f-kind">
          <span>{t(W.importKind)}</span>
          <select id="f-kind" name="kind">
            <option value="ships">{t(W.ships)}</option>
            <option value="companies">{t(W.companies)}</option>
          </select>
        </label>
        <label for="f-file" class={errors.file ? 'field-error' : ''}>
          <span>{t(W.importFile)}</span>
          <input
            id="f-file"
            type="file"
            name="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={errors.file ? 'f-file-error' : 'f-file-hint'}
          />
          <span class="help" id="f-file-hint">
            {t(W.importFileHelp)}
          </span>
          {errors.file && (
            <span class="error" id="f-file-error">
              {message(view.lang, errors.file)}
            </span>
          )}
        </label>
        <div class="actions">
          <button class="primary" type="submit">
            {t(W.checkFile)}
          </button>
        </div>
      </form>
      <h2>{t(W.exportTitle)}</h2>
      <ul>
        <li>
          {t(W.ships)}: {link('/fleet/export?kind=ships&format=xlsx', 'XLSX')} · {link('/fleet/export?kind=ships&format=csv', 'CSV')}
        </li>
        <li>
          {t(W.companies)}: {link('/fleet/export?kind=companies&format=xlsx', 'XLSX')} · {link('/fleet/export?kind=companies&format=csv', 'CSV')}
        </li>
        <li>
          {t(W.plans)}: {link('/fleet/export?kind=plans&format=xlsx', 'XLSX')} · {link('/fleet/export?kind=plans&format=csv', 'CSV')}
        </li>
      </ul>
    </Layout>
  );
};

/** A checked import: every problem by row and column, then the confirmation; its progress; its report. */
export const ImportPage: FC<{ view: View; imp: ImportView }> = ({ view, imp }) => {
  const lang = view.lang;
  const t = (b: { zh: string; en: string }) => say(lang, b);
  const problems = (list: { row: number; column: string; message: string }[]) => (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th>{t(W.row)}</th>
            <th>{t(W.column)}</th>
            <th>{t(W.problem)}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr>
              <td>{p.row}</td>
              <td>{columnLabel(lang, imp.kind, p.column)}</td>
              <td>{message(lang, p.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <Layout view={view} title={t(W.importTitle)}>
      {/* While rows are written, the page looks again every second (no script needed). */}
      {imp.state === 'importing' && <meta http-equiv="refresh" content="1" />}
      <h1>
        {t(W.importTitle)}: {imp.fileName}
      </h1>
      <p>
        {t(imp.kind === 'ships' ? W.ships : W.companies)} · {imp.rows} {t(W.rowsRead)} · {imp.valid} {t(W.rowsValid)}
      </p>
      {imp.state === 'checked' && (
        <>
          {imp.problems.length > 0 ? <p class="notice">{t(W.importProblems)}</p> : <p class="notice ok">{t(W.importClean)}</p>}
          {imp.problems.length > 0 && problems(imp.problems)}
          {imp.valid > 0 && (
            <form method="post" action={`/fleet/imports/${imp.id}/confirm`} class="actions">
              <button class="primary" type="submit">
                {t(W.importConfirm).replace('{n}', String(imp.valid))}
              </button>
              <a href="/fleet">{t(W.back)}</a>
            </form>
          )}
        </>
      )}
      {imp.state === 'importing' && (
        <p role="status">
          <progress max={imp.rows} value={imp.processed} /> {imp.processed} / {imp.rows}
        </p>
      )}
      {imp.state === 'done' && imp.report && (
        <>
          <p class="notice ok" role="status">
            {t(W.importDone).replace('{created}', String(imp.report.created.length)).replace('{skipped}', String(imp.report.skipped.length))}
          </p>
          {imp.report.skipped.length > 0 && problems(imp.report.skipped.flatMap((s) => s.problems.map((p) => ({ row: s.row, ...p }))))}
          <p>
            <a href="/fleet">{t(W.back)}</a>
          </p>
        </>
      )}
    </Layout>
  );
};
