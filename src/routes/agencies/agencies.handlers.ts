import type { Context } from 'hono';
import { missingRccItems, type Agency, type Facilities, type RccBlock } from '../../domain/agency.ts';
import { AREA_NAMES, type AreaCode } from '../../domain/areas.ts';
import { checkCoastStationMmsi } from '../../domain/identifiers.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../http/audit.ts';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { etagOf, expectedVersion } from '../../http/etag.ts';
import { getAgency, listAgencies, updateAgencyBlock } from '../../store/agencies.ts';
import type { GetRoute, ListRoute, PutFacilitiesRoute, PutRccRoute } from './agencies.routes.ts';

export const agencyView = (a: Agency) => {
  const missing = missingRccItems(a.rcc);
  return { ...a, rccComplete: missing.length === 0, rccMissing: missing.map((m) => m.field) };
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const agencies = await listAgencies(c.get('deps').db);
  return c.json({ items: agencies.map(agencyView) }, 200);
};

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const { code } = c.req.valid('param');
  const agency = await getAgency(c.get('deps').db, code);
  if (!agency) throw notFound(`Agency ${code}`);
  c.header('ETag', etagOf('agency', agency.code, agency.version));
  return c.json(agencyView(agency), 200);
};

/** Each agency edits only its own blocks: a changed block makes issued plans stale until reissued. */
async function saveBlock(c: Context<AppEnv>, code: AreaCode, ifMatch: string | undefined, block: { rcc: RccBlock } | { facilities: Facilities }) {
  const principal = c.get('principal');
  if (!(principal.role === 'registrar' && principal.agency === code)) {
    throw forbidden(`Only registrars of ${AREA_NAMES[code].en} (${code}) edit its blocks`);
  }
  const { db, now } = c.get('deps');
  const at = now().toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await getAgency(trx, code);
    if (!before) throw notFound(`Agency ${code}`);
    const version = expectedVersion(ifMatch, 'agency', code, before.version);
    const saved = await updateAgencyBlock(trx, code, version, block, at);
    if (!saved) throw new AppError('precondition_failed', 'This agency changed while your request was being handled; read it again');
    const part = 'rcc' in block ? 'rcc' : 'facilities';
    await audit(c, trx, { action: `agency.${part}.update`, record: { type: 'agency', id: code, agency: code }, before: before[part], after: saved[part], at });
    return saved;
  });
}

export const putRcc: AppRouteHandler<PutRccRoute> = async (c) => {
  const { code } = c.req.valid('param');
  const rcc = c.req.valid('json');
  if (rcc.dscMmsi !== null) {
    const checked = checkCoastStationMmsi(rcc.dscMmsi, code);
    if (!checked.ok) throw new AppError('validation_failed', 'The RCC block breaks the registry rules', [{ field: 'dscMmsi', message: checked.reason }]);
  }
  const saved = await saveBlock(c, code, c.req.valid('header')['if-match'], { rcc });
  c.header('ETag', etagOf('agency', saved.code, saved.version));
  return c.json(agencyView(saved), 200);
};

export const putFacilities: AppRouteHandler<PutFacilitiesRoute> = async (c) => {
  const { code } = c.req.valid('param');
  const saved = await saveBlock(c, code, c.req.valid('header')['if-match'], { facilities: c.req.valid('json') });
  c.header('ETag', etagOf('agency', saved.code, saved.version));
  return c.json(agencyView(saved), 200);
};
