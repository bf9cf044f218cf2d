import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '../errors.ts';

// What every route's OpenAPI entry shares: the problem body, the error responses, JSON bodies, If-Match.

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(ERROR_CODES),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional().openapi({ description: 'Each bad field (or missing item) and what is wrong with it' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

const PROBLEM_TEXT: Record<number, string> = {
  400: 'Malformed request or invalid fields',
  401: 'No valid access token',
  403: 'Not allowed for this principal',
  404: 'No such record',
  409: 'Conflicts with the registry (duplicate identifier, immutable record)',
  412: 'If-Match does not match the current ETag',
  413: 'Body larger than the limit',
  415: 'Content-Type must be application/json',
  422: 'Cannot be carried out as it stands',
  428: 'If-Match is required',
};

/** The problem+json responses a route can answer, for its OpenAPI entry. */
export function problems(...statuses: (keyof typeof PROBLEM_TEXT)[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: PROBLEM_TEXT[s]!, content: { 'application/problem+json': { schema: ProblemSchema } } }]),
  );
}

/** Bodies are JSON objects; `required` makes a missing or mistyped body an error rather than skipping validation. */
export const jsonBody = <T extends z.ZodTypeAny>(schema: T, description?: string) => ({
  required: true as const,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema } },
});

export const jsonOk = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const ifMatchHeader = z.object({
  'if-match': z.string().optional().openapi({ description: 'The ETag from the last read of the record; required', example: '"vessel-1-3"' }),
});

export const bearerSecurity = [{ bearer: [] }];

