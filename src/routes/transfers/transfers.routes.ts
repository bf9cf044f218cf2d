import { createRoute } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { bearerSecurity, ifMatchHeader, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { IdParam } from '../../schemas/fields.ts';
import { AcceptInput, OpenTransfersSchema, ReleaseInput, TransferResultSchema, TransferSchema } from '../../schemas/transfers.ts';

const tags = ['Transfers'];

export const release = createRoute({
  method: 'post',
  path: '/api/vessels/{id}/release',
  tags,
  operationId: 'releaseVessel',
  summary: "Release a ship to another area's register",
  description: "Release a ship to another area's register (registrars of its present area); needs If-Match",
  security: bearerSecurity,
  request: { params: IdParam, headers: ifMatchHeader, body: jsonBody(ReleaseInput) },
  responses: { 200: jsonOk(TransferResultSchema, 'Released; the vessel has a new ETag'), ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428) },
});

export const cancel = createRoute({
  method: 'post',
  path: '/api/vessels/{id}/release/cancel',
  tags,
  operationId: 'cancelRelease',
  summary: 'Take back a release',
  description: 'Take back a release not yet accepted (registrars of the releasing area); needs If-Match',
  security: bearerSecurity,
  request: { params: IdParam, headers: ifMatchHeader },
  responses: { 200: jsonOk(TransferResultSchema, 'Cancelled; the vessel has a new ETag'), ...problems(400, 401, 403, 404, 409, 412, 428) },
});

export const accept = createRoute({
  method: 'post',
  path: '/api/vessels/{id}/accept',
  tags,
  operationId: 'acceptVessel',
  summary: 'Accept a released ship',
  description: "Accept a released ship into your area's register with its new identifiers; withdraws its old plan as transferred; needs If-Match",
  security: bearerSecurity,
  request: { params: IdParam, headers: ifMatchHeader, body: jsonBody(AcceptInput) },
  responses: { 200: jsonOk(TransferResultSchema, 'Accepted; the vessel has a new ETag'), ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428) },
});

export const history = createRoute({
  method: 'get',
  path: '/api/vessels/{id}/transfers',
  tags,
  operationId: 'listVesselTransfers',
  summary: "A ship's transfers of registry",
  description: "A ship's transfers of registry, oldest first, with what it was called and carried before each",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: jsonOk(z.object({ items: z.array(TransferSchema) }), 'The transfers'), ...problems(400, 401, 403, 404) },
});

export const open = createRoute({
  method: 'get',
  path: '/api/transfers',
  tags,
  operationId: 'listOpenTransfers',
  summary: 'Releases waiting at your agency',
  description: 'Releases waiting at your agency: ships released to it and by it, not yet accepted (registrars)',
  security: bearerSecurity,
  responses: { 200: jsonOk(OpenTransfersSchema, 'Open releases'), ...problems(401, 403) },
});

export type ReleaseRoute = typeof release;
export type CancelRoute = typeof cancel;
export type AcceptRoute = typeof accept;
export type HistoryRoute = typeof history;
export type OpenRoute = typeof open;
