import type { AppRouteHandler } from '../../http/env.ts';
import { whoOf } from '../../http/context.ts';
import { etagOf, versionFromIfMatch } from '../../http/etag.ts';
import { changeVessel, listVesselPage, readVessel, registerVessel } from '../../services/registry.ts';
import type { CreateRoute, GetRoute, ListRoute, UpdateRoute } from './vessels.routes.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const vessel = await registerVessel(c.get('deps').db, whoOf(c), c.req.valid('json'), c.get('deps').now());
  c.header('Location', `/api/vessels/${vessel.id}`);
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 201);
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  return c.json(await listVesselPage(c.get('deps').db, whoOf(c), { ...q, cursor: q.cursor }), 200);
};

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const vessel = await readVessel(c.get('deps').db, whoOf(c), c.req.valid('param').id);
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 200);
};

export const update: AppRouteHandler<UpdateRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const expected = versionFromIfMatch(c.req.header('If-Match'), 'vessel', id);
  const vessel = await changeVessel(c.get('deps').db, whoOf(c), id, expected, c.req.valid('json'), c.get('deps').now());
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 200);
};
