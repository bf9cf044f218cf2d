import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, jsonOk, problems } from '../../http/schemas.ts';
import { AgencySchema, CodeParam } from './agencies.schemas.ts';

const tags = ['Agencies'];

export const list = createRoute({
  method: 'get',
  path: '/api/agencies',
  tags,
  summary: 'The three SAR agencies with their Module 3 and Module 4 blocks',
  security: bearerSecurity,
  responses: { 200: jsonOk(z.object({ items: z.array(AgencySchema) }), 'The agencies, GD, HK, MO'), ...problems(401) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/agencies/{code}',
  tags,
  summary: 'One agency',
  security: bearerSecurity,
  request: { params: CodeParam },
  responses: { 200: jsonOk(AgencySchema, 'The agency; ETag header for updates of its blocks'), ...problems(400, 401, 404) },
});

export type ListRoute = typeof list;
export type GetRoute = typeof get;
