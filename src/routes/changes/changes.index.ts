import { createRoute, z } from '@hono/zod-openapi';
import { whoOf } from '../../http/context.ts';
import { bearerSecurity, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { router } from '../../http/router.ts';
import { CHANGE_KINDS } from '../../domain/changes.ts';
import { waitForChanges } from '../../services/changes.ts';
import { listWebhooks, registerWebhook, removeWebhook } from '../../services/webhooks.ts';
import { areaCode, IdParam, identifierKind } from '../../schemas/fields.ts';

const cursor = z.string().regex(/^\d{1,15}$/, 'cursor');

const ChangeSchema = z
  .object({
    cursor: z.number().int().openapi({ description: 'Carry on from here: the next request is ?after=<cursor of the last change read>' }),
    kind: z.enum(CHANGE_KINDS),
    at: z.string().openapi({ example: '2026-11-25T02:15:00.000Z' }),
    recordType: z.enum(['plan', 'vessel']),
    recordId: z.number().int(),
    revision: z.number().int().nullable().openapi({ description: 'The revision issued (plan.issued, plan.revised)' }),
    area: areaCode.nullable().openapi({ description: 'The compiling agency (a plan) or the gaining one (a transfer)' }),
    plan: z.object({ id: z.number().int(), planNumber: z.string() }).nullable(),
    vessel: z.object({
      id: z.number().int(),
      nameZh: z.string(),
      nameEn: z.string(),
      mmsi: z.string(),
      callSign: z.string(),
      imoNumber: z.string().nullable(),
      epirbHexId: z.string().nullable(),
      formerIdentifiers: z.array(z.object({ kind: identifierKind, value: z.string(), until: z.string() })).openapi({
        description:
          "Every identifier the ship held and holds no more, newest first: a centre's own beacon and DSC records may still carry them (a transfer's old MMSI and call sign)",
      }),
    }),
    copies: z
      .array(
        z.object({
          number: z.number().int(),
          holder: z.enum(['GD', 'HK', 'MO', 'company', 'ship']),
          sha256: z.string().openapi({ description: 'SHA-256 of the PDF: what the receiving system checks its download against' }),
          signature: z
            .object({
              status: z.enum(['signed', 'unsigned']),
              signer: areaCode.nullable().openapi({ description: 'The compiling agency whose key signed it' }),
              certificateFingerprint: z
                .string()
                .nullable()
                .openapi({ description: 'SHA-256 fingerprint of the signing certificate, as GET /api/agencies/{code}/certificates lists it' }),
            })
            .openapi({ description: 'PAdES signature of the compiling agency; unsigned: issued before copies were signed' }),
        }),
      )
      .nullable()
      .openapi({ description: 'The five copies of the revision issued (plan.issued, plan.revised); null for other changes' }),
    link: z.string().openapi({ example: '/api/plans/6' }),
  })
  .openapi('Change');

const feed = createRoute({
  method: 'get',
  path: '/api/changes',
  tags: ['Changes'],
  operationId: 'listChanges',
  summary: 'The changes feed',
  description:
    "Every plan issued, revised or withdrawn and every ship transferred, oldest first, after a cursor. With `wait`, an empty answer is held until a change comes or the seconds run out (long polling). Read from the audit trail, so a client that was away catches up from its last cursor without loss. Operators see their own company's ships.",
  security: bearerSecurity,
  request: {
    query: z.strictObject({
      after: cursor.optional().openapi({ description: 'The cursor of the last change read (nothing: from the beginning)', example: '1042' }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      wait: z.coerce.number().int().min(0).max(30).default(0).openapi({ description: 'Seconds to hold an empty answer for the next change (0–30)' }),
    }),
  },
  responses: {
    200: jsonOk(
      z.object({ items: z.array(ChangeSchema), nextCursor: z.string().openapi({ description: 'Send as `after` next time, whether or not there were items' }) }),
      'The changes after the cursor',
    ),
    ...problems(400, 401),
  },
});

const Delivery = z.object({
  deliveryId: z.string(),
  change: z.number().int().openapi({ description: "The change's cursor" }),
  state: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastStatusClass: z
    .string()
    .regex(/^[1-5]xx$/)
    .nullable()
    .openapi({ description: "The class of the receiver's last answer (2xx … 5xx); never its exact status or body", example: '2xx' }),
  lastError: z
    .string()
    .nullable()
    .openapi({ description: 'Why the last attempt failed, in a few words: answered 4xx, could not connect, no answer within 10 s …' }),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});
const WebhookSchema = z
  .object({
    id: z.number().int(),
    agency: areaCode,
    url: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    deliveries: z.array(Delivery).openapi({ description: 'The latest deliveries, newest first' }),
  })
  .openapi('Webhook');

const register = createRoute({
  method: 'post',
  path: '/api/webhooks',
  tags: ['Changes'],
  operationId: 'registerWebhook',
  summary: 'Register a webhook',
  description:
    "An agency's admin registers a URL (https) to which each change of the feed is POSTed, signed with the secret in this answer, which is shown this once.",
  security: bearerSecurity,
  request: {
    body: jsonBody(
      z
        .strictObject({
          url: z
            .string()
            .max(2000)
            .openapi({
              format: 'uri',
              // https; http only to a host the deployment allows (WEBHOOK_ALLOW_HOSTS).
              pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
              example: 'https://duty.mardep.example.hk/registry-changes',
              'x-problems': ['webhook_https', 'webhook_credentials', 'webhook_internal'],
            }),
        })
        .openapi('NewWebhook'),
    ),
  },
  responses: {
    201: jsonOk(
      WebhookSchema.extend({ secret: z.string().openapi({ description: 'The HMAC-SHA256 key for X-Registry-Signature; shown once' }) }),
      'Registered',
    ),
    ...problems(400, 401, 403, 413, 415),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/webhooks',
  tags: ['Changes'],
  operationId: 'listWebhooks',
  summary: "The agency's webhooks and their deliveries",
  description: "An agency's admin sees its webhooks, each with its latest deliveries: state, attempts, the receiver's last answer.",
  security: bearerSecurity,
  responses: { 200: jsonOk(z.object({ items: z.array(WebhookSchema) }), 'The webhooks'), ...problems(401, 403) },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/webhooks/{id}',
  tags: ['Changes'],
  operationId: 'removeWebhook',
  summary: 'Remove a webhook',
  description: 'Nothing more is sent to it; its deliveries stay on record.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 204: { description: 'Removed' }, ...problems(400, 401, 403, 404) },
});

export const changesRoutes = router()
  .openapi(feed, async (c) => {
    const { after, limit, wait } = c.req.valid('query');
    const page = await waitForChanges(c.get('deps').db, whoOf(c), Number(after ?? 0), limit, wait, c.req.raw.signal);
    return c.json({ items: page.items, nextCursor: String(page.nextCursor) }, 200);
  })
  .openapi(register, async (c) => {
    const { db, now, webhookAllowHosts } = c.get('deps');
    const hook = await registerWebhook(db, whoOf(c), c.req.valid('json'), now(), { allowHosts: webhookAllowHosts ?? [] });
    c.set('answerHoldsSecret', true);
    c.header('Location', `/api/webhooks/${hook.id}`);
    return c.json(hook, 201);
  })
  .openapi(list, async (c) => c.json({ items: await listWebhooks(c.get('deps').db, whoOf(c)) }, 200))
  .openapi(remove, async (c) => {
    await removeWebhook(c.get('deps').db, whoOf(c), c.req.valid('param').id, c.get('deps').now());
    return c.body(null, 204);
  });
