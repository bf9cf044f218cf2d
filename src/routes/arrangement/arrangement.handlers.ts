import type { AppRouteHandler } from '../../http/env.ts';
import { listPairs } from '../../store/arrangement.ts';
import type { GetRoute } from './arrangement.routes.ts';

export const ARRANGEMENT_TITLE = {
  zh: '粵港澳三地搜救機構《客船與搜救中心合作計劃》互認合作安排',
  en: 'Mutual Recognition Arrangement among the Guangdong, Hong Kong and Macao SAR Agencies for Co-operation Plans between Passenger Ships and SAR Centres',
};

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const pairs = await listPairs(c.get('deps').db);
  return c.json(
    {
      titleZh: ARRANGEMENT_TITLE.zh,
      titleEn: ARRANGEMENT_TITLE.en,
      pairs: pairs.map(({ version: _v, ...p }) => ({ ...p, signed: p.signedOn !== null })),
    },
    200,
  );
};
