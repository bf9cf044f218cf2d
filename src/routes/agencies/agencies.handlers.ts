import { missingRccItems, type Agency } from '../../domain/agency.ts';
import { notFound } from '../../errors.ts';
import type { AppRouteHandler } from '../../http/env.ts';
import { etagOf } from '../../http/etag.ts';
import { getAgency, listAgencies } from '../../store/agencies.ts';
import type { GetRoute, ListRoute } from './agencies.routes.ts';

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
