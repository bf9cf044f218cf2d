import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, jsonOk, problems } from '../../http/openapi.ts';
import { pageQuery } from '../../schemas/fields.ts';
import { AUDIT_RECORD_TYPES } from '../../domain/audit-chain.ts';
import { router } from '../../http/router.ts';
import { whoOf } from '../../http/context.ts';
import { auditTrail } from '../../services/audit.ts';

const AuditEventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({ id: z.number().int().nullable(), name: z.string(), role: z.string(), agency: z.string().nullable() }),
    action: z.string().openapi({ example: 'vessel.update' }),
    record: z.object({ type: z.string(), id: z.string(), agency: z.string().nullable() }),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    via: z.string().nullable().openapi({ description: 'The session or token the write came through, e.g. "session 12" or "token 7"' }),
  })
  .openapi('AuditEvent');

// Stored times are UTC ISO strings; any offset given is normalised so comparison is by instant.
const timestamp = z.iso
  .datetime({ offset: true, error: 'datetime_form' })
  .or(z.iso.date())
  .transform((s) => new Date(s).toISOString());

const list = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  operationId: 'listAuditEvents',
  summary: 'The audit trail',
  description: "The audit trail, newest first: registrars and an agency's admins see their own agency's records, a registry-wide admin all",
  security: bearerSecurity,
  request: {
    query: z.strictObject({
      recordType: z.enum(AUDIT_RECORD_TYPES).optional(),
      recordId: z.string().max(40).optional(),
      actorId: z.coerce.number().int().positive().optional(),
      actorName: z.string().trim().min(1).max(120).optional().openapi({ description: "Part of the acting person's name" }),
      from: timestamp.optional().openapi({ description: 'Events at or after this time' }),
      to: timestamp.optional().openapi({ description: 'Events before this time' }),
      ...pageQuery,
    }),
  },
  responses: {
    200: jsonOk(z.object({ items: z.array(AuditEventSchema), nextCursor: z.number().int().nullable() }), 'A page of events'),
    ...problems(400, 401, 403),
  },
});

export const audit = router().openapi(list, async (c) => {
  const { cursor, ...q } = c.req.valid('query');
  return c.json(await auditTrail(c.get('deps').db, whoOf(c), { ...q, after: cursor }), 200);
});
