import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { todayOf, whoOf } from '../../http/context.ts';
import { bearerSecurity, jsonOk, problems } from '../../http/openapi.ts';
import { router } from '../../http/router.ts';
import { IdParam } from '../../schemas/fields.ts';
import {
  abandonFleetImport,
  checkFleetImport,
  exportFleet,
  exportPlans,
  fleetTemplate,
  readImport,
  startFleetImport,
  type ImportView,
} from '../../services/fleet-import.ts';
import { problemFor, refuse } from '../../errors.ts';
import type { AppEnv } from '../../http/env.ts';
import type { RowProblem } from '../../services/fleet-import.ts';
import { langFromAcceptLanguage } from '../../words/index.ts';
import { VESSEL_STATUSES, VESSEL_TYPES } from '../../domain/vessel.ts';

const tags = ['Fleet'];
const kind = z.enum(['ships', 'companies']);
const format = z.enum(['xlsx', 'csv']).default('xlsx');
// What a sheet can hold wrong that its media type cannot say, named on the body.
const SHEET_PROBLEMS = ['sheet_unreadable', 'sheet_no_keys', 'sheet_too_large', 'sheet_too_many_rows', 'sheet_too_wide', 'sheet_cell_too_long'];
const file = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    schema: z.string().openapi({ format: 'binary', 'x-problems': SHEET_PROBLEMS }),
  },
  'text/csv': {
    schema: z.string().openapi({
      minLength: 1,
      description: 'The template (GET /api/fleet/template) filled in: its row of column keys, then one row per record',
      example: 'nameZh,nameEn,mmsi,callSign\n新世紀,New Century,453000123,XXAB',
      'x-problems': SHEET_PROBLEMS,
    }),
  },
};

// A row's problem: its code (see the API guide), parameters, and its sentence in the caller's language.
const ProblemSaid = {
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
};

/** An import as the caller reads it: every problem said in the language it asks for. */
function inCallersLanguage<V extends ImportView>(c: Context<AppEnv>, view: V) {
  const lang = langFromAcceptLanguage(c.req.header('Accept-Language')) ?? 'en';
  const said = <P extends RowProblem>({ code, params, message, ...rest }: P) => ({ ...rest, ...problemFor(lang, { code, params, message }) });
  return {
    ...view,
    problems: view.problems.map(said),
    report: view.report && { ...view.report, skipped: view.report.skipped.map((s) => ({ ...s, problems: s.problems.map(said) })) },
  };
}

const ImportSchema = z
  .object({
    id: z.number().int(),
    kind,
    fileName: z.string(),
    state: z.enum(['checked', 'importing', 'done', 'interrupted', 'abandoned']).openapi({
      description: 'interrupted: stopped half-way (a restart, a failure, the database away too long), with every row done so far kept; resume or abandon it',
    }),
    rows: z.number().int(),
    valid: z.number().int().openapi({ description: 'Rows with no problem: the ones a confirmation writes' }),
    processed: z.number().int().openapi({ description: 'Rows written or skipped so far, while importing' }),
    problems: z
      .array(z.object({ row: z.number().int(), column: z.string(), ...ProblemSaid }))
      .openapi({ description: 'Every problem, by the row number the spreadsheet shows and the column key' }),
    report: z
      .object({
        created: z.array(z.object({ row: z.number().int(), id: z.number().int(), name: z.string() })),
        skipped: z.array(z.object({ row: z.number().int(), problems: z.array(z.object({ column: z.string(), ...ProblemSaid })) })),
      })
      .nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('FleetImport');

const template = createRoute({
  method: 'get',
  path: '/api/fleet/template',
  tags,
  operationId: 'getFleetTemplate',
  summary: 'A template to fill with ships or companies',
  description: "Two header rows: each column's label in Chinese and English (required ones marked *), then the column keys the import reads. Registrars only.",
  security: bearerSecurity,
  request: { query: z.strictObject({ kind, format }) },
  responses: { 200: { description: 'The template', content: file }, ...problems(400, 401, 403) },
});

const upload = createRoute({
  method: 'post',
  path: '/api/fleet/imports',
  tags,
  operationId: 'checkFleetImport',
  summary: 'Upload a filled template and check it',
  description:
    "The file (XLSX or UTF-8 CSV, at most 5 MiB) is checked row by row and column by column with the same rules and messages as the API, and kept; nothing is registered until the import is confirmed. A ship's company is named by its id, its IMO company number or its exact English name; its ports by code or name. Registrars only, for their own area.",
  security: bearerSecurity,
  request: {
    query: z.strictObject({ kind, name: z.string().max(200).optional().openapi({ description: "The file's name, for the report" }) }),
    body: { required: true, content: file },
  },
  responses: {
    201: jsonOk(ImportSchema.extend({ unknownColumns: z.array(z.string()) }), 'Checked: every problem, by row and column'),
    ...problems(400, 401, 403, 413),
  },
});

const get = createRoute({
  method: 'get',
  path: '/api/fleet/imports/{id}',
  tags,
  operationId: 'getFleetImport',
  summary: 'An import: its problems, progress and report',
  description: 'While importing, `processed` counts the rows done; once done, `report` lists what was created and what was skipped and why.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: jsonOk(ImportSchema, 'The import'), ...problems(400, 401, 403, 404) },
});

const confirm = createRoute({
  method: 'post',
  path: '/api/fleet/imports/{id}/confirm',
  tags,
  operationId: 'confirmFleetImport',
  summary: 'Confirm a checked import',
  description:
    "Registers each row without a problem, each in a transaction of its own with its audit event; rows with problems are skipped. Answers at once; follow the import's progress with getFleetImport.",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 202: jsonOk(ImportSchema, 'Importing'), ...problems(400, 401, 403, 404, 409) },
});

const resume = createRoute({
  method: 'post',
  path: '/api/fleet/imports/{id}/resume',
  tags,
  operationId: 'resumeFleetImport',
  summary: 'Carry on an interrupted import',
  description: 'Writes the rows that have no outcome yet, from where the import stopped; the rows already written are not written again. Answers at once.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 202: jsonOk(ImportSchema, 'Importing'), ...problems(401, 403, 404, 409) },
});

const abandon = createRoute({
  method: 'post',
  path: '/api/fleet/imports/{id}/abandon',
  tags,
  operationId: 'abandonFleetImport',
  summary: 'Abandon an interrupted import',
  description: 'The rows written so far stay registered; the others are not written. The report says which.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: jsonOk(ImportSchema, 'Abandoned'), ...problems(401, 403, 404, 409) },
});

const exported = createRoute({
  method: 'get',
  path: '/api/fleet/export',
  tags,
  operationId: 'exportFleet',
  summary: "Export the agency's ships, companies or plans",
  description:
    "Ships and companies in the template's columns (so an export imports back unchanged); plans with their status, staleness, recognition by each agency and next exercise due. Registrars only, their own agency's.",
  security: bearerSecurity,
  request: {
    query: z.strictObject({
      kind: z.enum(['ships', 'companies', 'plans']),
      format,
      status: z.enum(VESSEL_STATUSES).optional().openapi({ description: 'Ships in this state only' }),
      type: z.enum(VESSEL_TYPES).optional().openapi({ description: 'Ships of this type only' }),
      companyId: z.coerce.number().int().positive().optional().openapi({ description: "One company's ships only" }),
    }),
  },
  responses: { 200: { description: 'The sheet', content: file }, ...problems(400, 401, 403) },
});

const attachment = (f: { body: Uint8Array; type: string; filename: string }) => ({
  'Content-Type': f.type,
  'Content-Disposition': `attachment; filename="${f.filename}"`,
  'Cache-Control': 'private, no-store',
});

export const fleetRoutes = router()
  .openapi(template, async (c) => {
    const { kind: k, format: f } = c.req.valid('query');
    const t = await fleetTemplate(c.get('deps').db, whoOf(c), k, f);
    return c.body(new Uint8Array(t.body), 200, attachment(t)) as never;
  })
  .openapi(upload, async (c) => {
    const { kind: k, name } = c.req.valid('query');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw refuse('fleet_file_empty');
    const view = await checkFleetImport(c.get('deps').db, whoOf(c), { kind: k, fileName: name ?? `${k}.upload`, bytes }, c.get('deps').now());
    return c.json(inCallersLanguage(c, view), 201);
  })
  .openapi(get, async (c) => c.json(inCallersLanguage(c, await readImport(c.get('deps').db, whoOf(c), c.req.valid('param').id, c.get('deps').now())), 200))
  .openapi(confirm, async (c) => {
    const { db, now, logger } = c.get('deps');
    const id = c.req.valid('param').id;
    const before = await readImport(db, whoOf(c), id, now());
    if (before.state !== 'checked') throw refuse('import_already_confirmed', { id: String(id) });
    void startFleetImport(db, whoOf(c), id, now, logger);
    return c.json({ ...inCallersLanguage(c, before), state: 'importing' as const }, 202);
  })
  .openapi(resume, async (c) => {
    const { db, now, logger } = c.get('deps');
    const id = c.req.valid('param').id;
    const before = await readImport(db, whoOf(c), id, now());
    if (before.state !== 'interrupted') throw refuse('import_not_interrupted', { id: String(id), state: before.state });
    void startFleetImport(db, whoOf(c), id, now, logger, true);
    return c.json({ ...inCallersLanguage(c, before), state: 'importing' as const }, 202);
  })
  .openapi(abandon, async (c) =>
    c.json(inCallersLanguage(c, await abandonFleetImport(c.get('deps').db, whoOf(c), c.req.valid('param').id, c.get('deps').now())), 200),
  )
  .openapi(exported, async (c) => {
    const { kind: k, format: f, status, type, companyId } = c.req.valid('query');
    const { db } = c.get('deps');
    const out =
      k === 'plans' ? await exportPlans(db, whoOf(c), f, todayOf(c)) : await exportFleet(db, whoOf(c), { kind: k, format: f, status, type, companyId });
    return c.body(new Uint8Array(out.body), 200, attachment(out)) as never;
  });
