import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { AppError, problemOf, type ErrorCode } from '../errors.ts';
import { fieldProblems } from '../schemas/problems.ts';
import type { AppEnv } from './env.ts';

export function problemResponse(c: Context<AppEnv>, err: AppError): Response {
  const body = problemOf(err, new URL(c.req.url).pathname, c.get('requestId'));
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  // onError builds a fresh response, so the request id set by the middleware is added again here.
  const id = c.get('requestId');
  if (id) headers['X-Request-Id'] = id;
  if (err.code === 'unauthenticated') headers['WWW-Authenticate'] = 'Bearer realm="sar-registry"';
  // Busy (another writer holds the database): the request changed nothing and can simply be sent again.
  if (err.code === 'unavailable') headers['Retry-After'] = '1';
  if (err.code === 'too_many_requests') headers['Retry-After'] = String(err.extra.retryAfterSeconds ?? 60);
  return new Response(JSON.stringify(body), { status: err.status, headers });
}

/** The shared validation hook: a failed schema is a 400 naming every bad field. */
export const validationHook = (result: { success: boolean; error?: z.ZodError; target?: string }) => {
  if (!result.success && result.error) {
    const where = result.target === 'json' ? '' : result.target === 'param' ? 'path' : (result.target ?? '');
    const errors = fieldProblems(result.error, where === 'query' ? 'query' : where === 'header' ? 'header' : where);
    throw new AppError(
      'validation_failed',
      `${errors.length} field${errors.length === 1 ? ' is' : 's are'} not valid: ${errors.map((e) => e.field).join(', ')}`,
      errors,
    );
  }
};

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof AppError) return problemResponse(c, err);
  if (err instanceof HTTPException) {
    // Hono's own refusals (malformed JSON and the like) keep their status with our envelope.
    const byStatus: Record<number, ErrorCode> = {
      401: 'unauthenticated',
      404: 'not_found',
      405: 'method_not_allowed',
      413: 'payload_too_large',
      415: 'unsupported_media_type',
    };
    const code = byStatus[err.status] ?? 'bad_request';
    const detail = err.status === 400 && /json/i.test(err.message) ? 'The body is not valid JSON' : err.message || 'Bad request';
    return problemResponse(c, new AppError(code, detail));
  }
  c.get('deps').logger.error('unexpected failure', {
    requestId: c.get('requestId'),
    method: c.req.method,
    path: new URL(c.req.url).pathname,
    error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
  });
  return problemResponse(c, new AppError('internal', 'Something went wrong on our side; quote the request id when reporting it'));
};

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, new AppError('not_found', `No resource at ${c.req.method} ${new URL(c.req.url).pathname}`));
