import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, jsonOk, problems } from '../../http/openapi.ts';
import { pageQuery } from '../../schemas/fields.ts';
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
  })
  .openapi('AuditEvent');

// Stored times are UTC ISO strings; any offset given is normalised so comparison is by instant.
const timestamp = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time or date' })
  .or(z.iso.date())
  .transform((s) => new Date(s).toISOString());

const list = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary: 'The audit trail, newest first: admins see all of it, registrars their own agency\'s records',
  security: bearerSecurity,
  request: {
    query: z.strictObject({
      recordType: z.enum(['agency', 'arrangement', 'company', 'vessel', 'plan', 'exercise', 'copy']).optional(),
      recordId: z.string().max(40).optional(),
      actorId: z.coerce.number().int().positive().optional(),
      from: timestamp.optional().openapi({ description: 'Events at or after this time' }),
      to: timestamp.optional().openapi({ description: 'Events before this time' }),
      ...pageQuery,
    }),
  },
  responses: { 200: jsonOk(z.object({ items: z.array(AuditEventSchema), nextCursor: z.number().int().nullable() }), 'A page of events'), ...problems(400, 401, 403) },
});

export const audit = router().openapi(list, async (c) => {
  const { cursor, ...q } = c.req.valid('query');
  return c.json(await auditTrail(c.get('deps').db, whoOf(c), { ...q, after: cursor }), 200);
});
