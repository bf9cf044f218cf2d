import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { AppError, problemOf, refuse, type ErrorCode } from '../errors.ts';
import { fieldProblems } from '../schemas/problems.ts';
import { langFromAcceptLanguage } from '../words/index.ts';
import type { AppEnv } from './env.ts';

/** The refusal as problem+json, said in the language the caller asks for (English unless it asks). */
export function problemResponse(c: Context<AppEnv>, err: AppError): Response {
  const lang = langFromAcceptLanguage(c.req.header('Accept-Language')) ?? 'en';
  const body = problemOf(err, lang, new URL(c.req.url).pathname, c.get('requestId'));
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json', 'Content-Language': lang, Vary: 'Accept-Language' };
  // onError builds a fresh response, so the request id set by the middleware is added again here.
  const id = c.get('requestId');
  if (id) headers['X-Request-Id'] = id;
  if (err.category === 'unauthenticated') headers['WWW-Authenticate'] = 'Bearer realm="sar-registry"';
  // Busy (another writer holds the database): the request changed nothing and can simply be sent again.
  if (err.category === 'unavailable') headers['Retry-After'] = '1';
  if (err.category === 'too_many_requests') headers['Retry-After'] = String(err.extra.retryAfterSeconds ?? 60);
  // A range past the end: the size of what there is (RFC 9110 §15.5.17).
  if (err.category === 'range_not_satisfiable') headers['Content-Range'] = `bytes */${err.params.size}`;
  return new Response(JSON.stringify(body), { status: err.status, headers });
}

/** The shared validation hook: a failed schema is a 400 naming every bad field. */
export const validationHook = (result: { success: boolean; error?: z.ZodError; target?: string }) => {
  if (!result.success && result.error) {
    const where = result.target === 'json' ? '' : result.target === 'param' ? 'path' : (result.target ?? '');
    const errors = fieldProblems(result.error, where === 'query' ? 'query' : where === 'header' ? 'header' : where);
    throw refuse('validation_failed', { count: errors.length, fields: [...new Set(errors.map((e) => e.field))].join(', ') }, errors);
  }
};

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof AppError) return problemResponse(c, err);
  if (err instanceof HTTPException) {
    // Hono's own refusals (malformed JSON and the like) keep their status with our envelope.
    const byStatus: Record<number, ErrorCode> = {
      401: 'token_missing',
      404: 'no_such_page',
      405: 'method_not_allowed',
      413: 'body_too_large',
      415: 'body_not_json_type',
    };
    const code = err.status === 400 && /json/i.test(err.message) ? 'body_not_json' : (byStatus[err.status] ?? 'bad_request');
    return problemResponse(c, refuse(code, { method: c.req.method, limit: '', type: 'none' }));
  }
  c.get('deps').logger.error('unexpected failure', {
    requestId: c.get('requestId'),
    method: c.req.method,
    path: new URL(c.req.url).pathname,
    error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
  });
  return problemResponse(c, refuse('internal'));
};

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, refuse('no_route', { method: c.req.method, path: new URL(c.req.url).pathname }));
