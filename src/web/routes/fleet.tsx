import { Hono, type Context } from 'hono';
import { todayOf, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import {
  abandonFleetImport,
  checkFleetImport,
  exportFleet,
  fleetAgency,
  exportPlans,
  fleetTemplate,
  readImport,
  startFleetImport,
} from '../../services/fleet-import.ts';
import { AppError, refuse } from '../../errors.ts';
import { errorsByField, langOf, idParam, page, viewOf } from '../context.ts';
import { FleetPage, ImportPage } from '../pages/fleet.tsx';

const kindOf = (v: string | undefined) => (v === 'companies' ? 'companies' : 'ships') as 'ships' | 'companies';
const formatOf = (v: string | undefined) => (v === 'csv' ? 'csv' : 'xlsx') as 'xlsx' | 'csv';
const download = (c: Context<AppEnv>, f: { body: Uint8Array; type: string; filename: string }) =>
  c.body(new Uint8Array(f.body), 200, {
    'Content-Type': f.type,
    'Content-Disposition': `attachment; filename="${f.filename}"`,
    'Cache-Control': 'private, no-store',
  });

/** A registrar's fleet in spreadsheets: the same services as the API's /api/fleet. */
export const fleetPages = new Hono<AppEnv>()
  .get('/fleet', (c) => {
    fleetAgency(whoOf(c));
    return page(c, <FleetPage view={viewOf(c)} errors={{}} />);
  })
  .get('/fleet/template', async (c) =>
    download(c, await fleetTemplate(c.get('deps').db, whoOf(c), kindOf(c.req.query('kind')), formatOf(c.req.query('format')))),
  )
  .get('/fleet/export', async (c) => {
    const kind = c.req.query('kind');
    const format = formatOf(c.req.query('format'));
    const { db } = c.get('deps');
    return download(
      c,
      kind === 'plans' ? await exportPlans(db, whoOf(c), format, todayOf(c)) : await exportFleet(db, whoOf(c), { kind: kindOf(kind), format }),
    );
  })
  .post('/fleet/imports', async (c) => {
    const body = await c.req.parseBody().catch(() => {
      throw refuse('form_unreadable');
    });
    const file = body.file;
    try {
      if (!(file instanceof File) || file.size === 0) throw refuse('file_missing', {}, [{ field: 'file', code: 'required' }]);
      const checked = await checkFleetImport(
        c.get('deps').db,
        whoOf(c),
        { kind: kindOf(String(body.kind)), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        c.get('deps').now(),
      );
      return c.redirect(`/fleet/imports/${checked.id}`, 303);
    } catch (err) {
      // A file that cannot be read is said beside the file field, like any other problem of the form.
      if (!(err instanceof AppError) || !['bad_request', 'validation_failed'].includes(err.category)) throw err;
      const errors = err.errors.length ? errorsByField(langOf(c), err.errors) : { file: err.detailIn(langOf(c)) };
      return page(c, <FleetPage view={viewOf(c)} errors={errors} />, 400);
    }
  })
  .get('/fleet/imports/:id{[0-9]+}', async (c) =>
    page(c, <ImportPage view={viewOf(c)} imp={await readImport(c.get('deps').db, whoOf(c), idParam(c), c.get('deps').now())} />),
  )
  .post('/fleet/imports/:id{[0-9]+}/confirm', async (c) => {
    const { db, now, logger } = c.get('deps');
    const id = idParam(c);
    if ((await readImport(db, whoOf(c), id, now())).state === 'checked') void startFleetImport(db, whoOf(c), id, now, logger);
    return c.redirect(`/fleet/imports/${id}`, 303);
  })
  .post('/fleet/imports/:id{[0-9]+}/resume', async (c) => {
    const { db, now, logger } = c.get('deps');
    const id = idParam(c);
    if ((await readImport(db, whoOf(c), id, now())).state === 'interrupted') void startFleetImport(db, whoOf(c), id, now, logger, true);
    return c.redirect(`/fleet/imports/${id}`, 303);
  })
  .post('/fleet/imports/:id{[0-9]+}/abandon', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    await abandonFleetImport(db, whoOf(c), id, now());
    return c.redirect(`/fleet/imports/${id}`, 303);
  });
