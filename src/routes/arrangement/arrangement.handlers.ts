import type { Context } from 'hono';
import type { AreaCode } from '../../domain/areas.ts';
import { pairKey, type ArrangementPair } from '../../domain/recognition.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../http/audit.ts';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { etagOf, expectedVersion } from '../../http/etag.ts';
import { getPair as readPair, listPairs, recordSigning } from '../../store/arrangement.ts';
import { plansInForceByAgency } from '../../store/plans.ts';
import type { GetPairRoute, GetRoute, PutPairRoute } from './arrangement.routes.ts';

export const ARRANGEMENT_TITLE = {
  zh: '粵港澳三地搜救機構《客船與搜救中心合作計劃》互認合作安排',
  en: 'Mutual Recognition Arrangement among the Guangdong, Hong Kong and Macao SAR Agencies for Co-operation Plans between Passenger Ships and SAR Centres',
};

/** A pair as the API shows it: every plan in force of one side is recognised by the other once the pair signed. */
function pairView(p: ArrangementPair, inForce: Record<AreaCode, number>) {
  const { version: _v, ...rest } = p;
  const signed = p.signedOn !== null;
  const side = (compiledBy: AreaCode, recognisedBy: AreaCode) => ({
    compiledBy,
    recognisedBy,
    recognised: signed ? inForce[compiledBy] : 0,
    pending: signed ? 0 : inForce[compiledBy],
  });
  return { ...rest, signed, recognition: [side(p.agencyA, p.agencyB), side(p.agencyB, p.agencyA)] };
}

const keyOf = (pair: string) => pairKey(pair.slice(0, 2) as AreaCode, pair.slice(3) as AreaCode);

async function existingPair(c: Context<AppEnv>, pair: string): Promise<ArrangementPair> {
  const [a, b] = keyOf(pair);
  const found = await readPair(c.get('deps').db, a, b);
  if (!found) throw notFound(`The ${a}–${b} pair`);
  return found;
}

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const { db } = c.get('deps');
  const [pairs, inForce] = await Promise.all([listPairs(db), plansInForceByAgency(db)]);
  return c.json({ titleZh: ARRANGEMENT_TITLE.zh, titleEn: ARRANGEMENT_TITLE.en, pairs: pairs.map((p) => pairView(p, inForce)) }, 200);
};

export const getPair: AppRouteHandler<GetPairRoute> = async (c) => {
  const pair = await existingPair(c, c.req.valid('param').pair);
  c.header('ETag', etagOf('pair', `${pair.agencyA}-${pair.agencyB}`, pair.version));
  return c.json(pairView(pair, await plansInForceByAgency(c.get('deps').db)), 200);
};

export const putPair: AppRouteHandler<PutPairRoute> = async (c) => {
  if (c.get('principal').role !== 'admin') throw forbidden("Only an administrator records the arrangement's signatures");
  const { db, now } = c.get('deps');
  const signing = c.req.valid('json');
  const at = now().toISOString();
  const saved = await db.transaction().execute(async (trx) => {
    const [a, b] = keyOf(c.req.valid('param').pair);
    const before = await readPair(trx, a, b);
    if (!before) throw notFound(`The ${a}–${b} pair`);
    expectedVersion(c.req.valid('header')['if-match'], 'pair', `${a}-${b}`, before.version);
    const after = await recordSigning(trx, before, signing, at);
    if (!after) throw new AppError('precondition_failed', 'This pair changed while your request was being handled; read it again');
    await audit(c, trx, { action: 'arrangement.sign', record: { type: 'arrangement', id: `${a}-${b}`, agency: null }, before, after, at });
    return after;
  });
  c.header('ETag', etagOf('pair', `${saved.agencyA}-${saved.agencyB}`, saved.version));
  return c.json(pairView(saved, await plansInForceByAgency(db)), 200);
};
