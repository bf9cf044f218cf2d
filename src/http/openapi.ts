import { z } from '@hono/zod-openapi';
import { CATEGORIES, ERROR_CODES } from '../errors.ts';

// What every route's OpenAPI entry shares: the problem body, the error responses, JSON bodies, If-Match.

// A parameter of a refusal or a problem: a value (a plan number, a date, a count) or the code of what it
// names (an area, HK; a role, registrar).
const ProblemParams = z.record(z.string(), z.union([z.string(), z.number()]));

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/no-open-draft' }),
    title: z.string().openapi({ description: "The category's title, in the language of Accept-Language" }),
    status: z.number().int(),
    code: z.enum(ERROR_CODES).openapi({ description: 'What was refused, one code a refusal: the API guide lists them with their parameters' }),
    category: z.enum(CATEGORIES).openapi({ description: 'The general kind of refusal (before 0.2 this was `code`); kept for clients that still read it' }),
    detail: z.string().openapi({ description: 'The refusal in a sentence, in the language of Accept-Language (English unless asked)' }),
    params: ProblemParams.optional().openapi({ description: "The refusal's parameters, as the sentence uses them", example: { planNumber: 'HK-2026-0005' } }),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          code: z.string().openapi({ description: 'What is wrong with the field (too_long, check_digit, held_by …)', example: 'too_long' }),
          params: ProblemParams.optional(),
          message: z.string().openapi({ description: 'The problem in a sentence, in the language of Accept-Language' }),
        }),
      )
      .optional()
      .openapi({ description: 'Each bad field (or missing item) and what is wrong with it' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

const PROBLEM_TEXT = {
  400: 'Malformed request or invalid fields: every problem is named in `errors`',
  401: 'No valid access token',
  403: 'Not allowed for this principal',
  404: 'No such record',
  409: 'Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out',
  412: 'If-Match does not match the current ETag',
  413: 'Body larger than the limit',
  415: 'Content-Type must be application/json',
  416: 'The Range asked for lies wholly past the end of the file (Content-Range names its size)',
  422: 'Cannot be carried out as it stands, or an Idempotency-Key already used with another request',
  428: 'If-Match is required, with the ETag of the last read (`*` is refused)',
  429: 'Over the rate limit: wait for the seconds in Retry-After',
  500: 'An unexpected failure, logged under the request id; nothing was changed',
  503: 'The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After',
} as const;

const problem = (s: keyof typeof PROBLEM_TEXT) =>
  [s, { description: PROBLEM_TEXT[s], content: { 'application/problem+json': { schema: ProblemSchema } } }] as const;

/** The problem+json responses a route can answer, for its OpenAPI entry: its own, then the limit's and the server's. */
export function problems(...statuses: Exclude<keyof typeof PROBLEM_TEXT, 429 | 500 | 503>[]) {
  return Object.fromEntries([...statuses, 429 as const, 500 as const, 503 as const].map(problem));
}

/** Bodies are JSON objects; `required` makes a missing or mistyped body an error rather than skipping validation. */
export const jsonBody = <T extends z.ZodTypeAny>(schema: T, description?: string, example?: unknown) => ({
  required: true as const,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } },
});

export const jsonOk = <T extends z.ZodTypeAny>(schema: T, description: string, example?: unknown) => ({
  description,
  content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } },
});

// Required, and declared so: a client generated from the document sends it. The server answers its
// absence with 428 naming the record (the service knows which), so it is not refused earlier as a 400.
export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({
      param: { required: true },
      description: 'The ETag from the last read of the record (`*` is refused: it would overwrite a change made since)',
      example: '"vessel-1-3"',
    }),
});

export const bearerSecurity = [{ bearer: [] }];

/** The API's version: the minor number grows with additions, the major with a breaking change (announced first). */
export const API_VERSION = '2.0.0';

/** The document's tags, each said once. */
export const API_TAGS = [
  { name: 'Lookup', description: 'Finding a ship in an incident, and who to call' },
  { name: 'Vessels', description: 'Ships (Module 2), registered by the agency of their area of registry' },
  { name: 'Companies', description: 'Operating companies (Module 1)' },
  { name: 'Plans', description: 'Co-operation plans: drafts, issued revisions, staleness and recognition' },
  { name: 'Exercises', description: 'The SAR exercises a plan records (Module 5)' },
  { name: 'Copies', description: 'The five controlled copies of each issued revision, their receipt, and checking a copy' },
  { name: 'Agencies', description: 'The three SAR agencies: their RCC (Module 3) and facilities (Module 4) blocks and plan defaults' },
  { name: 'Arrangement', description: 'The mutual-recognition arrangement and its signature blocks' },
  { name: 'Transfers', description: "A ship's transfer from one area's register to another's" },
  { name: 'Proposals', description: "Operators' proposed changes to their company's and ships' records" },
  { name: 'Ports', description: 'The passenger terminals routes may use' },
  { name: 'Audit', description: 'The tamper-evident audit trail' },
  { name: 'People', description: "An agency's people, for its admins: accounts, one-time links, disabling" },
  { name: 'Fleet', description: 'Fleets from and to spreadsheets: templates, checked imports, exports' },
  { name: 'Changes', description: 'The changes feed (plans issued, revised, withdrawn; ships transferred) and the webhooks that push it' },
  { name: 'System', description: 'Health checks for load balancers and monitoring' },
];
