import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, ifMatchHeader, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { IdParam, page } from '../../schemas/fields.ts';
import { DecisionInput, ProposalDetailSchema, ProposalInput, ProposalListQuery, ProposalSchema } from '../../schemas/proposals.ts';

const tags = ['Proposals'];

export const create = createRoute({
  method: 'post',
  path: '/api/proposals',
  tags,
  operationId: 'proposeChange',
  summary: 'Propose a change',
  description: "Propose a change to your company's Module 1 or a ship's Module 2 (operators), for the home agency to approve",
  security: bearerSecurity,
  request: { body: jsonBody(ProposalInput) },
  responses: { 201: jsonOk(ProposalSchema, 'Proposed; Location and ETag headers'), ...problems(400, 401, 403, 404, 409, 413, 415) },
});

export const list = createRoute({
  method: 'get',
  path: '/api/proposals',
  tags,
  operationId: 'listProposals',
  summary: 'List proposals',
  description: "Proposals, newest first: a registrar's agency's, an operator's company's",
  security: bearerSecurity,
  request: { query: ProposalListQuery },
  responses: { 200: jsonOk(page(ProposalSchema), 'A page of proposals'), ...problems(400, 401, 403) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/proposals/{id}',
  tags,
  operationId: 'getProposal',
  summary: 'One proposal',
  description: 'One proposal, each proposed value beside the current one',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: jsonOk(ProposalDetailSchema, 'The proposal; ETag header'), ...problems(400, 401, 403, 404) },
});

export const decide = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/decision',
  tags,
  operationId: 'decideProposal',
  summary: 'Approve or reject a proposal',
  description: "Approve (applies the change as yours) or reject with a reason; the home agency's registrars; needs If-Match",
  security: bearerSecurity,
  request: { params: IdParam, headers: ifMatchHeader, body: jsonBody(DecisionInput) },
  responses: { 200: jsonOk(ProposalSchema, 'Decided'), ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428) },
});

export const withdraw = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/withdraw',
  tags,
  operationId: 'withdrawProposal',
  summary: 'Take back a proposal',
  description: 'Take back your own open proposal (operators); needs If-Match',
  security: bearerSecurity,
  request: { params: IdParam, headers: ifMatchHeader },
  responses: { 200: jsonOk(ProposalSchema, 'Withdrawn'), ...problems(400, 401, 403, 404, 409, 412, 428) },
});

export type CreateRoute = typeof create;
export type ListRoute = typeof list;
export type GetRoute = typeof get;
export type DecideRoute = typeof decide;
export type WithdrawRoute = typeof withdraw;
