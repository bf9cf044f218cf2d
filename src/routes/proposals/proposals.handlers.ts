import type { AppRouteHandler } from '../../http/env.ts';
import { whoOf } from '../../http/context.ts';
import { etagOf, versionFromIfMatch } from '../../http/etag.ts';
import { decideProposal, listProposalPage, proposalDetail, proposeChange, withdrawProposal } from '../../services/proposals.ts';
import type { CreateRoute, DecideRoute, GetRoute, ListRoute, WithdrawRoute } from './proposals.routes.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const p = await proposeChange(c.get('deps').db, whoOf(c), c.req.valid('json'), c.get('deps').now());
  c.header('Location', `/api/proposals/${p.id}`);
  c.header('ETag', etagOf('proposal', p.id, p.version));
  return c.json(p, 201);
};

export const list: AppRouteHandler<ListRoute> = async (c) => c.json(await listProposalPage(c.get('deps').db, whoOf(c), c.req.valid('query')), 200);

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const detail = await proposalDetail(c.get('deps').db, whoOf(c), c.req.valid('param').id);
  c.header('ETag', etagOf('proposal', detail.proposal.id, detail.proposal.version));
  return c.json(detail, 200);
};

export const decide: AppRouteHandler<DecideRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const p = await decideProposal(
    c.get('deps').db,
    whoOf(c),
    id,
    versionFromIfMatch(c.req.header('If-Match'), 'proposal', id),
    c.req.valid('json'),
    c.get('deps').now(),
  );
  c.header('ETag', etagOf('proposal', p.id, p.version));
  return c.json(p, 200);
};

export const withdraw: AppRouteHandler<WithdrawRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const p = await withdrawProposal(c.get('deps').db, whoOf(c), id, versionFromIfMatch(c.req.header('If-Match'), 'proposal', id), c.get('deps').now());
  c.header('ETag', etagOf('proposal', p.id, p.version));
  return c.json(p, 200);
};
