import { mayReadCompanyRecord } from '../../domain/access.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Context } from 'hono';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { etagOf, expectedVersion } from '../../http/etag.ts';
import { changeVessel, registerVessel } from '../../services/registry.ts';
import { getVessel, listVessels } from '../../store/vessels.ts';
import type { CreateRoute, GetRoute, ListRoute, UpdateRoute } from './vessels.routes.ts';

const actor = (c: Context<AppEnv>) => ({ principal: c.get('principal'), requestId: c.get('requestId') });

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const vessel = await registerVessel(db, actor(c), c.req.valid('json'), now());
  c.header('Location', `/api/vessels/${vessel.id}`);
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 201);
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const principal = c.get('principal');
  const q = c.req.valid('query');
  if (principal.role === 'operator' && q.companyId !== undefined && q.companyId !== principal.companyId) {
    throw forbidden('Operators see only their own company\'s ships');
  }
  const items = await listVessels(c.get('deps').db, {
    area: q.area,
    companyId: principal.role === 'operator' ? principal.companyId! : q.companyId,
    status: q.status,
    type: q.type,
    after: q.cursor,
    limit: q.limit,
  });
  return c.json({ items, nextCursor: items.length === q.limit ? items.at(-1)!.id : null }, 200);
};

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const vessel = await getVessel(c.get('deps').db, id);
  if (!vessel) throw notFound(`Vessel ${id}`);
  if (!mayReadCompanyRecord(c.get('principal'), vessel.companyId)) throw forbidden('Operators see only their own company\'s ships');
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 200);
};

export const update: AppRouteHandler<UpdateRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const { id } = c.req.valid('param');
  const ifMatch = c.req.valid('header')['if-match'];
  const vessel = await changeVessel(db, actor(c), id, (current) => expectedVersion(ifMatch, 'vessel', id, current), c.req.valid('json'), now());
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 200);
};
