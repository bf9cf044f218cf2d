import type { AppRouteHandler } from '../../http/env.ts';
import { whoOf } from '../../http/context.ts';
import { etagOf, versionFromIfMatch } from '../../http/etag.ts';
import { changeCompany, listCompanyPage, readCompany, registerCompany } from '../../services/registry.ts';
import type { CreateRoute, GetRoute, ListRoute, UpdateRoute } from './companies.routes.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const company = await registerCompany(c.get('deps').db, whoOf(c), c.req.valid('json'), c.get('deps').now());
  c.header('Location', `/api/companies/${company.id}`);
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 201);
};

export const list: AppRouteHandler<ListRoute> = async (c) => c.json(await listCompanyPage(c.get('deps').db, whoOf(c), c.req.valid('query')), 200);

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const company = await readCompany(c.get('deps').db, whoOf(c), c.req.valid('param').id);
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 200);
};

export const update: AppRouteHandler<UpdateRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const expected = versionFromIfMatch(c.req.header('If-Match'), 'company', id);
  const company = await changeCompany(c.get('deps').db, whoOf(c), id, expected, c.req.valid('json'), c.get('deps').now());
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 200);
};
