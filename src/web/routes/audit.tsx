import { Hono } from 'hono';
import { z } from 'zod';
import { AUDIT_RECORD_TYPES } from '../../domain/audit-chain.ts';
import { isoDate } from '../../schemas/fields.ts';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblems } from '../../schemas/problems.ts';
import { auditTrail } from '../../services/audit.ts';
import { cursorParam, errorsByField, langOf, nextPageLink, page, viewOf } from '../context.ts';
import { AuditPage } from '../pages/audit.tsx';

const empty = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

const Filters = z.object({
  recordType: z.enum(AUDIT_RECORD_TYPES).optional(),
  recordId: z.string().max(40).optional(),
  actorName: z.string().max(120).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** The audit trail, filtered by record, person and dates (the dates inclusive, in UTC). */
export const auditPages = new Hono<AppEnv>().get('/audit', async (c) => {
  const q = c.req.query();
  const values = { recordType: q.recordType ?? '', recordId: q.recordId ?? '', actorName: q.actorName ?? '', from: q.from ?? '', to: q.to ?? '' };
  const parsed = Filters.safeParse({
    recordType: empty(q.recordType),
    recordId: empty(q.recordId),
    actorName: empty(q.actorName),
    from: empty(q.from),
    to: empty(q.to),
  });
  if (!parsed.success)
    return page(c, <AuditPage view={viewOf(c)} events={[]} values={values} errors={errorsByField(langOf(c), fieldProblems(parsed.error))} />, 400);
  const f = parsed.data;
  const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
  const trail = await auditTrail(c.get('deps').db, whoOf(c), {
    recordType: f.recordType,
    recordId: f.recordId,
    actorName: f.actorName,
    from: f.from ? `${f.from}T00:00:00.000Z` : undefined,
    to: f.to ? dayAfter(f.to) : undefined,
    after: cursorParam(c),
    limit: 50,
  });
  return page(c, <AuditPage view={viewOf(c)} events={trail.items} values={values} errors={{}} next={nextPageLink(c, trail.nextCursor)} />);
});
