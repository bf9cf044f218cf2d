import { createRoute, z } from '@hono/zod-openapi';
import { whoOf } from '../../http/context.ts';
import { bearerSecurity, problems } from '../../http/openapi.ts';
import { router } from '../../http/router.ts';
import { areaCode } from '../../schemas/fields.ts';
import { bookScriptFor, incidentBookDownload } from '../../services/incident-book.ts';

const route = createRoute({
  method: 'get',
  path: '/api/incident-book',
  tags: ['Lookup'],
  operationId: 'getIncidentBook',
  summary: 'The incident book, for when the registry cannot be reached',
  description:
    "Every ship not withdrawn, one incident card each (names in both scripts, identifiers, state, route, the ship's, the company's and the designated person's numbers), by name, with an index by MMSI, call sign and IMO number and the three centres' 24-hour numbers and the moment it was made on every page. As an A4 PDF, or as one self-contained HTML file that filters as one types. Operators get their own company's ships.",
  security: bearerSecurity,
  request: {
    query: z.strictObject({
      area: areaCode.optional().openapi({ description: 'Only the ships registered in this area' }),
      format: z.enum(['pdf', 'html']).default('pdf'),
      script: z
        .enum(['hant', 'hans'])
        .optional()
        .openapi({ description: "The Chinese script of the labels: the caller's agency's unless given (Guangdong: Simplified)" }),
    }),
  },
  responses: {
    200: {
      description: 'The book, as an attachment named with the day it was made',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) }, 'text/html': { schema: z.string() } },
    },
    ...problems(400, 401),
  },
});

export const incidentBookRoutes = router().openapi(route, async (c) => {
  const { area, format, script } = c.req.valid('query');
  const { body, type, filename } = await incidentBookDownload(
    c.get('deps').db,
    whoOf(c),
    { area, format, script: script ?? bookScriptFor(whoOf(c)) },
    c.get('deps').now(),
  );
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'private, no-store',
  }) as never;
});
