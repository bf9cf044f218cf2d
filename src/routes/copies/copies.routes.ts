import { createRoute, z } from '@hono/zod-openapi';
import { HOLDERS } from '../../domain/copies.ts';
import { bearerSecurity, jsonOk, problems } from '../../http/openapi.ts';
import { RecognitionSchema } from '../../schemas/plans.ts';

const tags = ['Copies'];

export const CopyParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
  rev: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'rev', in: 'path' } }),
  n: z.coerce
    .number()
    .int()
    .min(1, 'copy_number')
    .max(5, 'copy_number')
    .openapi({ param: { name: 'n', in: 'path' }, example: 4 }),
});

const CopySchema = z
  .object({
    number: z.number().int(),
    holder: z.enum(HOLDERS),
    holderNameZh: z.string(),
    holderNameEn: z.string(),
    sha256: z.string(),
    size: z.number().int().openapi({ description: 'Bytes' }),
    state: z.enum(['current', 'superseded', 'withdrawn']),
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: z.string().nullable(),
    mayDownload: z.boolean().openapi({ description: 'Whether the caller may download this copy' }),
  })
  .openapi('Copy');

export const CopyListSchema = z
  .object({
    planNumber: z.string(),
    revision: z.number().int(),
    state: z.enum(['issued', 'superseded']),
    supersededBy: z.number().int().nullable().openapi({ description: 'The revision that replaced this one' }),
    copies: z.array(CopySchema),
    unacknowledged: z.array(z.number().int()).openapi({ description: 'Copies whose holders have not yet acknowledged receipt' }),
  })
  .openapi('CopyList');

export const list = createRoute({
  method: 'get',
  path: '/api/plans/{id}/revisions/{rev}/copies',
  tags,
  security: bearerSecurity,
  operationId: 'listCopies',
  summary: 'The five copies of a revision',
  description: "The five controlled copies of an issued revision, with their checksums and holders' acknowledgements",
  request: { params: CopyParams.omit({ n: true }) },
  responses: { 200: jsonOk(CopyListSchema, 'The copies'), ...problems(400, 401, 403, 404) },
});

export const download = createRoute({
  method: 'get',
  path: '/api/plans/{id}/revisions/{rev}/copies/{n}',
  tags,
  security: bearerSecurity,
  operationId: 'downloadCopy',
  summary: 'Download one copy',
  description: 'Download one copy as PDF: each agency its own copy, the home registrars all five, the operator copies 4 and 5',
  request: {
    params: CopyParams,
    headers: z.object({
      range: z.string().optional().openapi({
        description: 'One byte range (`bytes=1000-`, `bytes=0-499`, `bytes=-500`), to resume a download cut off; several ranges get the whole copy',
        example: 'bytes=131072-',
      }),
      'if-range': z.string().optional().openapi({ description: 'The ETag of the copy the range is of; another gets the whole copy', example: '"copy-3f…"' }),
    }),
  },
  responses: {
    200: { description: 'The PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    206: {
      description: 'The bytes of the one range asked for (Content-Range says which)',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problems(400, 401, 403, 404, 416),
  },
});

export const acknowledge = createRoute({
  method: 'post',
  path: '/api/plans/{id}/revisions/{rev}/copies/{n}/acknowledgement',
  tags,
  security: bearerSecurity,
  operationId: 'acknowledgeCopy',
  summary: 'Acknowledge receipt of a copy',
  description: 'The holder acknowledges receipt of its copy',
  request: { params: CopyParams },
  responses: { 201: jsonOk(CopySchema, 'Acknowledged'), 200: jsonOk(CopySchema, 'Already acknowledged'), ...problems(400, 401, 403, 404, 409) },
});

const SHA256_FORM = /^[0-9a-fA-F]{64}$/;
const CODE_FORM = /^[0-9A-Fa-f]{4}(-?[0-9A-Fa-f]{4}){3}$/;
const byChecksum = {
  type: 'object' as const,
  properties: { sha256: { type: 'string' as const, pattern: SHA256_FORM.source } },
  required: ['sha256'],
  additionalProperties: false,
};
const byCode = {
  type: 'object' as const,
  properties: { code: { type: 'string' as const, pattern: CODE_FORM.source } },
  required: ['code'],
  additionalProperties: false,
};

export const VerifyJson = z
  .strictObject({
    sha256: z.string().regex(SHA256_FORM, 'sha256_form').optional(),
    code: z.string().regex(CODE_FORM, 'verification_code_form').optional(),
  })
  .refine((v) => Boolean(v.sha256) !== Boolean(v.code), 'send_sha256_or_code')
  // Exactly one of the two, as the server takes it: stated as two alternatives, so a generated client's type is one or the other.
  .openapi('VerifyByChecksum', { oneOf: [byChecksum, byCode] });

export const VerificationSchema = z
  .object({
    genuine: z.boolean(),
    planNumber: z.string().optional(),
    revision: z.number().int().optional(),
    copyNumber: z.number().int().optional(),
    holderNameZh: z.string().optional(),
    holderNameEn: z.string().optional(),
    status: z.enum(['current', 'superseded', 'withdrawn']).optional(),
    issuedOn: z.string().optional().openapi({ description: "The copy's revision's issue date", example: '2026-09-22' }),
    supersededBy: z
      .object({ revision: z.number().int(), since: z.string() })
      .nullable()
      .optional()
      .openapi({ description: 'The revision that superseded this one, and its issue date; null while current or withdrawn' }),
    withdrawnOn: z.string().nullable().optional().openapi({ description: 'When the plan was withdrawn; null otherwise' }),
    recognitions: z
      .array(RecognitionSchema)
      .optional()
      .openapi({ description: "The plan's recognition by the other agencies today (a copy prints it as at its issue date)" }),
  })
  .openapi('Verification');

export const verify = createRoute({
  method: 'post',
  path: '/api/verify',
  tags,
  operationId: 'verifyCopy',
  summary: 'Check a copy is genuine and current',
  description: 'Is this copy genuine and current? Upload the PDF, or send its SHA-256 or the code printed on its pages. No token needed.',
  // Public: whoever holds a paper copy may check it.
  security: [],
  request: {
    body: {
      required: false,
      content: {
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
        'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
        'application/json': { schema: VerifyJson },
      },
    },
  },
  responses: { 200: jsonOk(VerificationSchema, 'The answer; nothing more is disclosed'), ...problems(400, 413, 415) },
});

export type ListRoute = typeof list;
export type DownloadRoute = typeof download;
export type AcknowledgeRoute = typeof acknowledge;
export type VerifyRoute = typeof verify;
