import { createRoute, z } from '@hono/zod-openapi';
import { AREAS } from '../../domain/areas.ts';
import { bearerSecurity, ifMatchHeader, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { areaCode } from '../../schemas/fields.ts';
import { SigningInput } from '../../schemas/arrangement.ts';

const tags = ['Arrangement'];

export const PairSchema = z
  .object({
    agencyA: areaCode,
    agencyB: areaCode,
    signed: z.boolean(),
    signedOn: z.string().nullable().openapi({ description: 'Date the pair signed; recognition between the two exists from then', example: '2015-09-09' }),
    signatoryA: z.string().nullable(),
    signatoryB: z.string().nullable(),
    pending: z
      .object({
        signedOn: z.string(),
        signatoryA: z.string(),
        signatoryB: z.string(),
        recordedBy: z.object({ id: z.number().int().nullable(), name: z.string(), agency: areaCode }),
        recordedAt: z.string(),
      })
      .nullable()
      .optional()
      .openapi({ description: 'A signing recorded by one agency and waiting for the other to confirm it: it does not count yet' }),
    recognition: z
      .array(z.object({ compiledBy: areaCode, recognisedBy: areaCode, recognised: z.number().int(), pending: z.number().int() }))
      .openapi({ description: 'Plans in force of each side and how the other side stands towards them' }),
  })
  .openapi('ArrangementPair');

export const ArrangementSchema = z.object({ titleZh: z.string(), titleEn: z.string(), pairs: z.array(PairSchema) }).openapi('Arrangement');

const pairPattern = new RegExp(`^(${AREAS.join('|')})-(${AREAS.join('|')})$`);
const PAIR_NAMES = `^(${AREAS.flatMap((a) => AREAS.filter((b) => b !== a).map((b) => `${a}-${b}`)).join('|')})$`;
export const PairParam = z.object({
  pair: z
    .string()
    .toUpperCase()
    .regex(pairPattern, 'pair_form')
    .refine((p) => p.slice(0, 2) !== p.slice(3), 'pair_same')
    // The document names the six pairs of two different agencies (either order); HK-HK is no pair.
    .openapi({ param: { name: 'pair', in: 'path' }, example: 'HK-MO', pattern: PAIR_NAMES }),
});

export const get = createRoute({
  method: 'get',
  path: '/api/arrangement',
  tags,
  operationId: 'getArrangement',
  summary: 'The mutual-recognition arrangement',
  description: 'The mutual-recognition arrangement: its signature pairs, their dates, and the plans each side recognises',
  security: bearerSecurity,
  responses: { 200: jsonOk(ArrangementSchema, 'The arrangement'), ...problems(401) },
});

export const getPair = createRoute({
  method: 'get',
  path: '/api/arrangement/pairs/{pair}',
  tags,
  operationId: 'getSignaturePair',
  summary: 'One signature block',
  description: 'One signature pair, with its ETag',
  security: bearerSecurity,
  request: { params: PairParam },
  responses: { 200: jsonOk(PairSchema, 'The pair'), ...problems(400, 401, 404) },
});

export const putPair = createRoute({
  method: 'put',
  path: '/api/arrangement/pairs/{pair}',
  tags,
  operationId: 'recordSigning',
  summary: "Record a block's signing",
  description: "Record a pair's signing: an admin of one of its two agencies; it counts once the other agency's admin confirms it",
  security: bearerSecurity,
  request: { params: PairParam, headers: ifMatchHeader, body: jsonBody(SigningInput) },
  responses: { 200: jsonOk(PairSchema, 'Recorded; new ETag'), ...problems(400, 401, 403, 404, 412, 415, 422, 428) },
});

export const confirmPair = createRoute({
  method: 'post',
  path: '/api/arrangement/pairs/{pair}/confirm',
  tags,
  operationId: 'confirmSigning',
  summary: "Confirm a block's signing",
  description:
    "Confirm the signing the other agency recorded (an admin of the block's other agency): from then on every issued plan between the two is recognised",
  security: bearerSecurity,
  request: { params: PairParam, headers: ifMatchHeader },
  responses: { 200: jsonOk(PairSchema, 'Confirmed; new ETag'), ...problems(400, 401, 403, 404, 409, 412, 428) },
});

export const cancelPair = createRoute({
  method: 'post',
  path: '/api/arrangement/pairs/{pair}/cancel',
  tags,
  operationId: 'cancelSigning',
  summary: 'Cancel a recorded signing',
  description: 'Cancel a recorded signing not yet confirmed (an admin of either agency of the block)',
  security: bearerSecurity,
  request: { params: PairParam, headers: ifMatchHeader },
  responses: { 200: jsonOk(PairSchema, 'Cancelled; new ETag'), ...problems(400, 401, 403, 404, 409, 412, 428) },
});

export type ConfirmPairRoute = typeof confirmPair;
export type CancelPairRoute = typeof cancelPair;
export type GetRoute = typeof get;
export type GetPairRoute = typeof getPair;
export type PutPairRoute = typeof putPair;
