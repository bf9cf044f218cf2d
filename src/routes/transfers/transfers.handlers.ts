import type { AppRouteHandler } from '../../http/env.ts';
import { whoOf } from '../../http/context.ts';
import { etagOf, versionFromIfMatch } from '../../http/etag.ts';
import { acceptVessel, cancelRelease, openTransfers, releaseVessel, vesselTransfers, type TransferResult } from '../../services/transfers.ts';
import type { AcceptRoute, CancelRoute, HistoryRoute, OpenRoute, ReleaseRoute } from './transfers.routes.ts';

const withEtag = (c: { header: (k: string, v: string) => void }, r: TransferResult) => c.header('ETag', etagOf('vessel', r.vessel.id, r.vessel.version));

export const release: AppRouteHandler<ReleaseRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const r = await releaseVessel(
    c.get('deps').db,
    whoOf(c),
    id,
    versionFromIfMatch(c.req.header('If-Match'), 'vessel', id),
    c.req.valid('json'),
    c.get('deps').now(),
  );
  withEtag(c, r);
  return c.json(r, 200);
};

export const cancel: AppRouteHandler<CancelRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const r = await cancelRelease(c.get('deps').db, whoOf(c), id, versionFromIfMatch(c.req.header('If-Match'), 'vessel', id), c.get('deps').now());
  withEtag(c, r);
  return c.json(r, 200);
};

export const accept: AppRouteHandler<AcceptRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const r = await acceptVessel(
    c.get('deps').db,
    whoOf(c),
    id,
    versionFromIfMatch(c.req.header('If-Match'), 'vessel', id),
    c.req.valid('json'),
    c.get('deps').now(),
  );
  withEtag(c, r);
  return c.json(r, 200);
};

export const history: AppRouteHandler<HistoryRoute> = async (c) =>
  c.json({ items: await vesselTransfers(c.get('deps').db, whoOf(c), c.req.valid('param').id) }, 200);

export const open: AppRouteHandler<OpenRoute> = async (c) => c.json(await openTransfers(c.get('deps').db, whoOf(c)), 200);
