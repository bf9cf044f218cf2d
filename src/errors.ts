/**
 * One error type with a closed set of codes. Handlers and domain rules throw AppError;
 * app.onError turns it into application/problem+json (RFC 9457).
 */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'precondition_failed',
  'precondition_required',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'too_many_requests',
  'internal',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function statusOf(code: ErrorCode): 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 503 {
  switch (code) {
    case 'bad_request':
    case 'validation_failed':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'method_not_allowed':
      return 405;
    case 'conflict':
      return 409;
    case 'precondition_failed':
      return 412;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'unprocessable':
      return 422;
    case 'precondition_required':
      return 428;
    case 'too_many_requests':
      return 429;
    case 'internal':
      return 500;
    case 'unavailable':
      return 503;
  }
}

const TITLES: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation_failed: 'Some fields are not valid',
  unauthenticated: 'A valid access token is required',
  forbidden: 'Not allowed for this principal',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflicts with the current state of the registry',
  precondition_failed: 'The record has changed since it was read',
  precondition_required: 'If-Match is required to change this record',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported content type',
  unprocessable: 'The request cannot be carried out as it stands',
  too_many_requests: 'Too many attempts; wait before trying again',
  internal: 'Internal error',
  unavailable: 'Temporarily unavailable',
};

/** One bad field (or missing item): a JSON-pointer-like path and what is wrong with it. */
export type FieldProblem = { field: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
  get status() {
    return statusOf(this.code);
  }
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
};

export function problemOf(err: AppError, instance?: string, requestId?: string): Problem {
  return {
    type: `/problems/${err.code.replaceAll('_', '-')}`,
    title: TITLES[err.code],
    status: err.status,
    code: err.code,
    detail: err.detail,
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(err.errors.length ? { errors: err.errors } : {}),
    ...err.extra,
  };
}

// Small constructors keep call sites short and the wording consistent.
export const notFound = (what: string) => new AppError('not_found', `${what} does not exist`);
export const forbidden = (why: string) => new AppError('forbidden', why);
export const conflict = (detail: string, errors: FieldProblem[] = [], extra: Record<string, unknown> = {}) => new AppError('conflict', detail, errors, extra);
