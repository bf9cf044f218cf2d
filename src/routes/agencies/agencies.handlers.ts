import type { Context } from 'hono';
import { missingRccItems, type Agency } from '../../domain/agency.ts';
import { notFound } from '../../errors.ts';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { etagOf, expectedVersion } from '../../http/etag.ts';
import { saveAgencyBlock } from '../../services/agencies.ts';
import { getAgency, listAgencies } from '../../store/agencies.ts';
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

const who = (c: Context<AppEnv>) => ({ principal: c.get('principal'), requestId: c.get('requestId') });

export const putRcc: AppRouteHandler<PutRccRoute> = async (c) => {
  const { code } = c.req.valid('param');
  const ifMatch = c.req.valid('header')['if-match'];
  const saved = await saveAgencyBlock(c.get('deps').db, who(c), code, (v) => expectedVersion(ifMatch, 'agency', code, v), { rcc: c.req.valid('json') }, c.get('deps').now());
  c.header('ETag', etagOf('agency', saved.code, saved.version));
  return c.json(agencyView(saved), 200);
};

export const putFacilities: AppRouteHandler<PutFacilitiesRoute> = async (c) => {
  const { code } = c.req.valid('param');
  const ifMatch = c.req.valid('header')['if-match'];
  const saved = await saveAgencyBlock(c.get('deps').db, who(c), code, (v) => expectedVersion(ifMatch, 'agency', code, v), { facilities: c.req.valid('json') }, c.get('deps').now());
  c.header('ETag', etagOf('agency', saved.code, saved.version));
  return c.json(agencyView(saved), 200);
};
