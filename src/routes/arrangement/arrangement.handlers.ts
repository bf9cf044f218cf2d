import type { AreaCode } from '../../domain/areas.ts';
import type { AppRouteHandler } from '../../http/env.ts';
import { whoOf } from '../../http/context.ts';
import { etagOf, versionFromIfMatch } from '../../http/etag.ts';
import { arrangementView, cancelSigning, confirmSigning, readPair, signPair } from '../../services/arrangement.ts';
import type { CancelPairRoute, ConfirmPairRoute, GetPairRoute, GetRoute, PutPairRoute } from './arrangement.routes.ts';

const sidesOf = (pair: string) => [pair.slice(0, 2), pair.slice(3)] as [AreaCode, AreaCode];
const tagOf = (p: { agencyA: string; agencyB: string; version: number }) => etagOf('pair', `${p.agencyA}-${p.agencyB}`, p.version);

export const get: AppRouteHandler<GetRoute> = async (c) => c.json(await arrangementView(c.get('deps').db), 200);

export const getPair: AppRouteHandler<GetPairRoute> = async (c) => {
  const pair = await readPair(c.get('deps').db, ...sidesOf(c.req.valid('param').pair));
  c.header('ETag', tagOf(pair));
  return c.json(pair, 200);
};

/** The sides of a pair in the path, and the version its If-Match names. */
function pairRequest(pair: string, ifMatch: string | undefined) {
  const [a, b] = sidesOf(pair);
  const [x, y] = a < b ? [a, b] : [b, a];
  return { a, b, expected: versionFromIfMatch(ifMatch, 'pair', `${x}-${y}`) };
}

export const confirmPair: AppRouteHandler<ConfirmPairRoute> = async (c) => {
  const { a, b, expected } = pairRequest(c.req.valid('param').pair, c.req.header('If-Match'));
  const saved = await confirmSigning(c.get('deps').db, whoOf(c), a, b, expected, c.get('deps').now());
  c.header('ETag', tagOf(saved));
  return c.json(saved, 200);
};

export const cancelPair: AppRouteHandler<CancelPairRoute> = async (c) => {
  const { a, b, expected } = pairRequest(c.req.valid('param').pair, c.req.header('If-Match'));
  const saved = await cancelSigning(c.get('deps').db, whoOf(c), a, b, expected, c.get('deps').now());
  c.header('ETag', tagOf(saved));
  return c.json(saved, 200);
};

export const putPair: AppRouteHandler<PutPairRoute> = async (c) => {
  const { a, b, expected } = pairRequest(c.req.valid('param').pair, c.req.header('If-Match'));
  const saved = await signPair(c.get('deps').db, whoOf(c), a, b, expected, c.req.valid('json'), c.get('deps').now());
  c.header('ETag', tagOf(saved));
  return c.json(saved, 200);
};
