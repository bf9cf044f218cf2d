import { mayReadCompanyRecord } from '../../domain/access.ts';
import type { Company } from '../../domain/company.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Context } from 'hono';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { etagOf, expectedVersion } from '../../http/etag.ts';
import { changeCompany, registerCompany } from '../../services/registry.ts';
import { getCompany, listCompanies } from '../../store/companies.ts';
import type { CreateRoute, GetRoute, ListRoute, UpdateRoute } from './companies.routes.ts';

const actor = (c: Context<AppEnv>) => ({ principal: c.get('principal'), requestId: c.get('requestId') });

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const company = await registerCompany(db, actor(c), c.req.valid('json'), now());
  c.header('Location', `/api/companies/${company.id}`);
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 201);
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const principal = c.get('principal');
  const q = c.req.valid('query');
  const items = await listCompanies(c.get('deps').db, {
    homeAgency: q.homeAgency,
    name: q.name,
    onlyId: principal.role === 'operator' ? principal.companyId! : undefined,
    after: q.cursor,
    limit: q.limit,
  });
  return c.json({ items, nextCursor: items.length === q.limit ? items.at(-1)!.id : null }, 200);
};

async function readable(c: Parameters<AppRouteHandler<GetRoute>>[0], id: number): Promise<Company> {
  const company = await getCompany(c.get('deps').db, id);
  if (!company) throw notFound(`Company ${id}`);
  if (!mayReadCompanyRecord(c.get('principal'), company.id)) throw forbidden('Operators see only their own company');
  return company;
}

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const company = await readable(c, c.req.valid('param').id);
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 200);
};

export const update: AppRouteHandler<UpdateRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const { id } = c.req.valid('param');
  const ifMatch = c.req.valid('header')['if-match'];
  const company = await changeCompany(db, actor(c), id, (current) => expectedVersion(ifMatch, 'company', id, current), c.req.valid('json'), now());
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 200);
};
