import { createRoute, z } from '@hono/zod-openapi';
import { areaCode, bearerSecurity, jsonOk, problems } from '../../http/schemas.ts';

export const PairSchema = z
  .object({
    agencyA: areaCode,
    agencyB: areaCode,
    signed: z.boolean(),
    signedOn: z.string().nullable().openapi({ description: 'Date the pair signed; recognition between the two exists from then', example: '2015-09-09' }),
    signatoryA: z.string().nullable(),
    signatoryB: z.string().nullable(),
  })
  .openapi('ArrangementPair');

export const ArrangementSchema = z
  .object({
    titleZh: z.string(),
    titleEn: z.string(),
    pairs: z.array(PairSchema),
  })
  .openapi('Arrangement');

export const get = createRoute({
  method: 'get',
  path: '/api/arrangement',
  tags: ['Arrangement'],
  summary: 'The mutual-recognition arrangement: its signature pairs and their dates',
  security: bearerSecurity,
  responses: { 200: jsonOk(ArrangementSchema, 'The arrangement'), ...problems(401) },
});
export type GetRoute = typeof get;
