import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, ifMatchHeader, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { IdParam, page } from '../../schemas/fields.ts';
import { CompanyInput, CompanyListQuery, CompanyPatch, CompanySchema } from '../../schemas/companies.ts';
import { COMPANY_EXAMPLE } from '../../http/examples.ts';

const tags = ['Companies'];

export const create = createRoute({
  method: 'post',
  path: '/api/companies',
  tags,
  operationId: 'registerCompany',
  summary: 'Register a company',
  description: 'Register a company (Module 1); registrars of its home agency only',
  security: bearerSecurity,
  request: { body: jsonBody(CompanyInput, undefined, COMPANY_EXAMPLE) },
  responses: {
    201: jsonOk(CompanySchema, 'Registered; Location and ETag headers'),
    ...problems(400, 401, 403, 409, 413, 415),
  },
});

export const list = createRoute({
  method: 'get',
  path: '/api/companies',
  tags,
  operationId: 'listCompanies',
  summary: 'List companies',
  description: 'Companies, in id order, a page at a time (operators see only their own)',
  security: bearerSecurity,
  request: { query: CompanyListQuery },
  responses: { 200: jsonOk(page(CompanySchema), 'A page of companies'), ...problems(400, 401) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/companies/{id}',
  tags,
  operationId: 'getCompany',
  summary: 'One company',
  description:
    'One company with its Module 1 (24-hour numbers, designated person, emergency team, media contact); operators see only their own; the ETag is for If-Match',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: jsonOk(CompanySchema, 'The company; ETag header'), ...problems(400, 401, 403, 404) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/companies/{id}',
  tags,
  operationId: 'changeCompany',
  summary: 'Change a company',
  description: 'Change a company; needs If-Match with the ETag of the last read',
  security: bearerSecurity,
  request: { params: IdParam, headers: ifMatchHeader, body: jsonBody(CompanyPatch) },
  responses: {
    200: jsonOk(CompanySchema, 'Changed; new ETag header'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428),
  },
});

export type CreateRoute = typeof create;
export type ListRoute = typeof list;
export type GetRoute = typeof get;
export type UpdateRoute = typeof update;
