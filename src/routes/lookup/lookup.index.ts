import { createRoute, z } from '@hono/zod-openapi';
import type { TypedResponse } from 'hono';
import { todayOf, whoOf } from '../../http/context.ts';
import { bearerSecurity, jsonOk, problems } from '../../http/openapi.ts';
import { areaCode, identifierKind } from '../../schemas/fields.ts';
import { RECOGNITION_STATUSES } from '../../schemas/plans.ts';
import { router } from '../../http/router.ts';
import { lookupAnswer } from '../../services/lookup.ts';
import { LOOKUP_EXAMPLE } from '../../http/examples.ts';
import { answerWith } from '../../http/answer-headers.ts';

const Recognition = z.object({
  agency: areaCode,
  status: z.enum(['compiled', ...RECOGNITION_STATUSES]),
  since: z.string().nullable(),
  until: z.string().nullable(),
});

export const IncidentCardSchema = z
  .object({
    match: z.enum(['identifier', 'name prefix', 'name', 'identifier fragment', 'company name', 'similar name', 'former identifier']).openapi({
      description:
        "Why this ship matched; 'similar name': nothing matched as typed, and its name is within a typing error or two of the query (\"Macua Star\"); 'former identifier': it held the identifier asked for once, and no more (see formerly)",
    }),
    formerly: z
      .object({ kind: identifierKind, value: z.string(), until: z.string() })
      .optional()
      .openapi({ description: 'For a former identifier: which one it held, and until when (the day it passed on); its identifiers now are in vessel' }),
    vessel: z.object({
      id: z.number().int(),
      nameZh: z.string(),
      nameEn: z.string(),
      formerNames: z.array(z.object({ nameZh: z.string().nullable(), nameEn: z.string().nullable(), until: z.string().nullable() })),
      type: z.string(),
      status: z.string(),
      areaOfRegistry: areaCode,
      imoNumber: z.string().nullable(),
      nationalRegistrationNumber: z.string().nullable(),
      mmsi: z.string(),
      callSign: z.string(),
      epirbHexId: z.string().nullable(),
      hullColour: z.string(),
      superstructureColour: z.string(),
      maxPassengers: z.number().int(),
      crew: z.number().int(),
      maxPersonsOnBoard: z.number().int(),
      lengthMetres: z.number(),
      grossTonnage: z.number(),
      lifeSaving: z
        .object({ liferafts: z.number().int(), liferaftCapacity: z.number().int(), marineEvacuationSystems: z.number().int(), rescueBoats: z.number().int() })
        .openapi({ description: 'Liferafts (and their total capacity), marine evacuation systems and rescue boats: what the ship can abandon into' }),
      communications: z.object({ bridgePhone: z.string().nullable(), satellite: z.array(z.string()), vhf: z.string(), otherRadio: z.string().nullable() }),
      route: z.array(z.string()),
      routePorts: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })).openapi({ description: 'The route as port names' }),
      formerIdentifiers: z
        .array(z.object({ kind: identifierKind, value: z.string(), from: z.string().nullable(), until: z.string() }))
        .openapi({ description: 'Every identifier it held and holds no more, newest first (from: null when held before the registry knew it)' }),
      formerRegistrations: z
        .array(z.object({ areaOfRegistry: areaCode, until: z.string(), nameZh: z.string(), nameEn: z.string(), mmsi: z.string(), callSign: z.string() }))
        .openapi({ description: 'Registers the ship was in before a transfer of registry, newest first; their identifiers still find it' }),
    }),
    company: z.object({
      id: z.number().int(),
      nameZh: z.string(),
      nameEn: z.string(),
      emergencyPhone: z.string(),
      emergencyPhoneAlt: z.string().nullable(),
      designatedPerson: z.object({ name: z.string(), phone: z.string(), mobile: z.string().nullable(), email: z.string() }),
      emergencyTeam: z
        .object({ name: z.string(), phone: z.string(), email: z.string().nullable() })
        .openapi({ description: "The company's emergency response team, which runs its side of an incident ashore" }),
    }),
    homeAgency: z.object({ code: areaCode, nameZh: z.string(), nameEn: z.string(), phone24h: z.string().nullable() }),
    centres: z
      .array(
        z.object({
          code: areaCode,
          nameZh: z.string(),
          nameEn: z.string(),
          phone24h: z.string().nullable(),
          shortNumber: z.string().nullable(),
          vhfChannels: z.array(z.string()),
        }),
      )
      .openapi({ description: "All three centres' 24-hour numbers, the home agency's first" }),
    plan: z
      .object({
        id: z.number().int(),
        planNumber: z.string(),
        homeAgency: areaCode.openapi({ description: "The agency that compiled it: during a transfer's handover, the losing agency" }),
        revision: z.number().int().nullable(),
        issuedOn: z.string().nullable(),
        status: z.enum(['current', 'stale', 'withdrawn', 'draft']),
        staleFields: z.array(z.string()),
        predatesRecords: z.boolean().openapi({ description: 'The issued plan is older than the records the card shows' }),
        recognitions: z.array(Recognition),
        copiesHeld: z
          .array(z.object({ agency: areaCode, copyNumber: z.number().int(), acknowledgedAt: z.string().nullable() }))
          .openapi({ description: 'The centres holding a copy of the current revision' }),
      })
      .nullable(),
    incomingPlan: z
      .object({ id: z.number().int(), planNumber: z.string(), homeAgency: areaCode })
      .nullable()
      .openapi({ description: "During a transfer's handover, the gaining agency's plan, not yet issued: the plan above stays in force until it is" }),
  })
  .openapi('IncidentCard');

const LookupAnswer = z.object({
  query: z.string(),
  servedFrom: z
    .literal('replica')
    .optional()
    .openapi({ description: 'Present when the primary database could not be reached and the answer was read from its replica: it may be a moment old' }),
  items: z.array(IncidentCardSchema),
});

const route = createRoute({
  method: 'get',
  path: '/api/lookup',
  tags: ['Lookup'],
  operationId: 'lookupVessels',
  summary: 'Find a ship and who to call',
  description: 'Find a ship by any fragment of a name (Chinese, traditional or simplified, or English) or identifier, and see who to call',
  security: bearerSecurity,
  request: {
    query: z.strictObject({
      q: z.string().trim().min(1, 'query_empty').max(100).openapi({ example: '澳门' }),
      limit: z.coerce.number().int().min(1).max(50).default(10),
    }),
  },
  responses: { 200: jsonOk(LookupAnswer, 'Best matches first', LOOKUP_EXAMPLE), ...problems(400, 401) },
});

export const lookupRoutes = router().openapi(route, async (c) => {
  const { q, limit } = c.req.valid('query');
  // The service hands over the answer as JSON text, made of cards kept ready; the contract test checks
  // the text against LookupAnswer, which the type here can only be told.
  const answer = await lookupAnswer(c.get('deps').db, whoOf(c), q, { limit, today: todayOf(c) });
  return answerWith(c, answer, 200, { 'content-type': 'application/json' }) as unknown as TypedResponse<z.infer<typeof LookupAnswer>, 200, 'json'>;
});
