import type { AreaCode } from '../../domain/areas.ts';
import type { AppRouteHandler } from '../../http/env.ts';
import { whoOf } from '../../http/context.ts';
import { etagOf, versionFromIfMatch } from '../../http/etag.ts';
import { arrangementView, readPair, signPair } from '../../services/arrangement.ts';
import type { GetPairRoute, GetRoute, PutPairRoute } from './arrangement.routes.ts';

const sidesOf = (pair: string) => [pair.slice(0, 2), pair.slice(3)] as [AreaCode, AreaCode];
const tagOf = (p: { agencyA: string; agencyB: string; version: number }) => etagOf('pair', `${p.agencyA}-${p.agencyB}`, p.version);

export const get: AppRouteHandler<GetRoute> = async (c) => c.json(await arrangementView(c.get('deps').db), 200);

export const getPair: AppRouteHandler<GetPairRoute> = async (c) => {
  const pair = await readPair(c.get('deps').db, ...sidesOf(c.req.valid('param').pair));
  c.header('ETag', tagOf(pair));
  return c.json(pair, 200);
};

export const putPair: AppRouteHandler<PutPairRoute> = async (c) => {
  const [a, b] = sidesOf(c.req.valid('param').pair);
  const [x, y] = a < b ? [a, b] : [b, a];
  const expected = versionFromIfMatch(c.req.header('If-Match'), 'pair', `${x}-${y}`);
  const saved = await signPair(c.get('deps').db, whoOf(c), a, b, expected, c.req.valid('json'), c.get('deps').now());
  c.header('ETag', tagOf(saved));
  return c.json(saved, 200);
};
