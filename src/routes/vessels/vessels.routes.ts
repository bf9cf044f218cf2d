import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, ifMatchHeader, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { IdParam, page } from '../../schemas/fields.ts';
import { VesselInput, VesselListQuery, VesselPatch, VesselSchema } from '../../schemas/vessels.ts';
import { VESSEL_EXAMPLE } from '../../http/examples.ts';

const tags = ['Vessels'];

export const create = createRoute({
  method: 'post',
  path: '/api/vessels',
  tags,
  operationId: 'registerVessel',
  summary: 'Register a ship',
  description: 'Register a cross-area passenger ship (Module 2); registrars of its area of registry only',
  security: bearerSecurity,
  request: { body: jsonBody(VesselInput, undefined, VESSEL_EXAMPLE) },
  responses: { 201: jsonOk(VesselSchema, 'Registered; Location and ETag headers'), ...problems(400, 401, 403, 409, 413, 415) },
});

export const list = createRoute({
  method: 'get',
  path: '/api/vessels',
  tags,
  operationId: 'listVessels',
  summary: 'List ships',
  description: "Vessels in id order, a page at a time (operators see only their own company's)",
  security: bearerSecurity,
  request: { query: VesselListQuery },
  responses: { 200: jsonOk(page(VesselSchema), 'A page of vessels'), ...problems(400, 401, 403) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/vessels/{id}',
  tags,
  operationId: 'getVessel',
  summary: 'One ship',
  description:
    "One ship with its Module 2 (identifiers, route, how to call it, life-saving appliances); operators see only their own company's; the ETag is for If-Match",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: jsonOk(VesselSchema, 'The vessel; ETag header'), ...problems(400, 401, 403, 404) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/vessels/{id}',
  tags,
  operationId: 'changeVessel',
  summary: 'Change a ship',
  description: 'Change a vessel (status too: in service, laid up, withdrawn; never deleted); needs If-Match',
  security: bearerSecurity,
  request: { params: IdParam, headers: ifMatchHeader, body: jsonBody(VesselPatch) },
  responses: { 200: jsonOk(VesselSchema, 'Changed; new ETag header'), ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428) },
});

export type CreateRoute = typeof create;
export type ListRoute = typeof list;
export type GetRoute = typeof get;
export type UpdateRoute = typeof update;
