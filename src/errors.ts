import { say, type Key, type Lang, type Params, type Said } from './words/index.ts';

export type { Params };

/**
 * The categories of refusal: each answers with one HTTP status. Before codes were specific, a problem's
 * `code` was its category; clients that read it then read `category` now (kept for one release).
 */
export const CATEGORIES = [
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
  'range_not_satisfiable',
  'unprocessable',
  'too_many_requests',
  'internal',
  'unavailable',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Every refusal the registry makes, by code, with its category. A code tells a client what happened
 * without reading the sentence; its parameters (a plan number, a date, a holder) fill the sentence in
 * the caller's language (src/words/, key `error.<code>`).
 */
export const REFUSALS = {
  bad_request: 'bad_request',
  body_not_utf8: 'bad_request',
  body_lone_surrogate: 'bad_request',
  body_not_json: 'bad_request',
  body_too_deep: 'bad_request',
  multipart_unreadable: 'bad_request',
  copy_body_empty: 'bad_request',
  fleet_file_empty: 'bad_request',
  form_unreadable: 'bad_request',
  sheet_unreadable: 'bad_request',
  sheet_too_large: 'bad_request',

  validation_failed: 'validation_failed',
  copy_check_form: 'validation_failed',
  pdf_file_missing: 'validation_failed',
  file_missing: 'validation_failed',
  idempotency_key_form: 'validation_failed',
  operator_needs_company: 'validation_failed',
  password_refused: 'validation_failed',
  code_wrong: 'validation_failed',
  rcc_block_invalid: 'validation_failed',
  company_invalid: 'validation_failed',
  vessel_invalid: 'validation_failed',
  import_file_empty: 'validation_failed',
  sheet_no_keys: 'validation_failed',
  sheet_too_many_rows: 'validation_failed',
  sheet_too_wide: 'validation_failed',
  sheet_cell_too_long: 'validation_failed',
  vessel_unknown: 'validation_failed',
  exercise_in_future: 'validation_failed',
  proposal_changes_nothing: 'validation_failed',
  rejection_needs_reason: 'validation_failed',
  token_days_range: 'validation_failed',
  token_binding: 'validation_failed',
  company_unknown: 'validation_failed',
  transfer_same_area: 'validation_failed',
  webhook_url_invalid: 'validation_failed',
  webhook_url_not_https: 'validation_failed',
  webhook_url_credentials: 'validation_failed',
  webhook_url_internal: 'validation_failed',

  token_invalid: 'unauthenticated',
  token_missing: 'unauthenticated',
  session_ended: 'unauthenticated',
  sign_in_failed: 'unauthenticated',

  token_read_only: 'forbidden',
  cross_origin_form: 'forbidden',
  role_required: 'forbidden',
  not_home_registrar: 'forbidden',
  other_company: 'forbidden',
  admins_own_agency: 'forbidden',
  company_other_agency: 'forbidden',
  staff_own_agency: 'forbidden',
  signing_pair_only: 'forbidden',
  signing_confirm_other: 'forbidden',
  audit_not_allowed: 'forbidden',
  copy_not_yours: 'forbidden',
  copy_holder_only: 'forbidden',
  proposals_not_yours: 'forbidden',
  token_needs_account: 'forbidden',

  not_found: 'not_found',
  no_route: 'not_found',
  no_such_page: 'not_found',
  link_gone: 'not_found',
  revision_not_issued: 'not_found',
  copy_not_found: 'not_found',
  exercise_not_found: 'not_found',
  no_account: 'not_found',
  account_not_found: 'not_found',
  signature_block_not_found: 'not_found',
  token_not_found: 'not_found',

  method_not_allowed: 'method_not_allowed',

  email_taken: 'conflict',
  second_factor_exists: 'conflict',
  no_second_factor_pending: 'conflict',
  no_signing_pending: 'conflict',
  copy_not_current: 'conflict',
  import_already_confirmed: 'conflict',
  import_not_interrupted: 'conflict',
  secret_shown_once: 'conflict',
  idempotency_in_flight: 'conflict',
  plan_exists: 'conflict',
  draft_open: 'conflict',
  no_open_draft: 'conflict',
  exercise_already_held: 'conflict',
  issue_raced: 'conflict',
  signing_key_missing: 'conflict',
  signing_key_locked: 'conflict',
  signing_passphrase_missing: 'conflict',
  signing_certificate_expired: 'conflict',
  signing_key_exists: 'conflict',
  signing_key_unreadable: 'unprocessable',
  signing_certificate_not_valid: 'unprocessable',
  plan_withdrawn: 'conflict',
  proposal_decided: 'conflict',
  record_withdrawn: 'conflict',
  identifier_held: 'conflict',
  transfer_withdrawn: 'conflict',
  transfer_open: 'conflict',
  transfer_none: 'conflict',
  reissue_has_draft: 'conflict',
  unique_clash: 'conflict',

  stale_version: 'precondition_failed',
  if_match_required: 'precondition_required',
  if_match_wildcard: 'precondition_required',

  body_too_large: 'payload_too_large',
  body_not_json_type: 'unsupported_media_type',
  range_not_satisfiable: 'range_not_satisfiable',

  self_disable: 'unprocessable',
  signing_in_future: 'unprocessable',
  signing_before_arrangement: 'unprocessable',
  idempotency_key_reused: 'unprocessable',
  vessel_withdrawn: 'unprocessable',
  exercise_clash: 'unprocessable',
  plan_not_ready: 'unprocessable',
  minor_needs_reason: 'unprocessable',
  backup_on_postgres: 'unprocessable',

  rate_limited: 'too_many_requests',
  sign_in_locked: 'too_many_requests',

  internal: 'internal',

  pool_starved: 'unavailable',
  database_silent: 'unavailable',
  migrations_pending: 'unavailable',
  migrations_unknown: 'unavailable',
  read_model_building: 'unavailable',
  render_missing: 'unavailable',
  registry_busy: 'unavailable',
  connections_busy: 'unavailable',
  database_unreachable: 'unavailable',
} as const satisfies Record<string, Category>;
export type ErrorCode = keyof typeof REFUSALS;
export const ERROR_CODES = Object.keys(REFUSALS) as ErrorCode[];

export function statusOf(category: Category): 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 416 | 422 | 428 | 429 | 500 | 503 {
  switch (category) {
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
    case 'range_not_satisfiable':
      return 416;
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

/**
 * One problem with one field (or item): a JSON-pointer-like path, the problem's code (its sentence is
 * `problem.<code>` in the catalogue) and the parameters that sentence needs.
 */
export type FieldProblem = { field: string } & Refusal;

/** What a rule found wrong with a value, before it is placed at a field. */
export type Refusal = { code: string; params?: Params };

export const problemAt = (field: string, code: string, params?: Params): FieldProblem => (params ? { field, code, params } : { field, code });

/** A problem as a client reads it: its code, its parameters, and its sentence in `lang` (one kept before problems had codes keeps its message). */
export const problemFor = (lang: Lang, p: Partial<Refusal> & { message?: string }) =>
  p.code
    ? { code: p.code, ...(p.params ? { params: plainParams(p.params) } : {}), message: say(lang, `problem.${p.code}` as Key, p.params) }
    : { code: 'unknown', message: p.message ?? '' };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    readonly errors: FieldProblem[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(say('en', `error.${code}` as Key, params));
    this.name = 'AppError';
  }
  get category(): Category {
    return REFUSALS[this.code];
  }
  get status() {
    return statusOf(this.category);
  }
  /** The refusal in English, as the logs and the CLI say it. */
  get detail(): string {
    return this.message;
  }
  /** The refusal in `lang`. */
  detailIn(lang: Lang): string {
    return say(lang, `error.${this.code}` as Key, this.params);
  }
}

/** The one way to refuse: a code and what its sentence needs. */
export const refuse = (code: ErrorCode, params: Params = {}, errors: FieldProblem[] = [], extra: Record<string, unknown> = {}) =>
  new AppError(code, params, errors, extra);

/** A parameter as a client reads it: a phrase by its own code (`area.HK` → HK), a label in English, anything else as it is. */
const plainParam = (value: Params[string]): string | number =>
  typeof value !== 'object' ? value : 'key' in value ? (value as Said).key.split('.').at(-1)! : value.en;
const plainParams = (params: Params | undefined) => Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, plainParam(v)]));

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  category: Category;
  detail: string;
  params?: Record<string, string | number>;
  instance?: string;
  requestId?: string;
  errors?: { field: string; code: string; params?: Record<string, string | number>; message: string }[];
  [extra: string]: unknown;
};

/** The refusal as application/problem+json (RFC 9457), its sentences in `lang`. */
export function problemOf(err: AppError, lang: Lang, instance?: string, requestId?: string): Problem {
  return {
    type: `/problems/${err.code.replaceAll('_', '-')}`,
    title: say(lang, `category.${err.category}` as Key),
    status: err.status,
    code: err.code,
    category: err.category,
    detail: err.detailIn(lang),
    ...(Object.keys(err.params).length ? { params: plainParams(err.params) } : {}),
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(err.errors.length ? { errors: err.errors.map(({ field, ...p }) => ({ field, ...problemFor(lang, p) })) } : {}),
    ...err.extra,
  };
}

// Small constructors for the commonest refusals.
export const notFound = (record: Key, id: string | number) => refuse('not_found', { record: { key: record }, id: String(id) });
