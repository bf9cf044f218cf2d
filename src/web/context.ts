import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { getCookie } from 'hono/cookie';
import type { ZodType } from 'zod';
import type { ExpectedVersion } from '../domain/version.ts';
import { AppError, problemFor, refuse, type FieldProblem } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { fieldProblems } from '../schemas/problems.ts';
import { isLang, LANG_COOKIE, langFromAcceptLanguage, type Lang } from './i18n.ts';
import type { View } from './layout.tsx';

/** A language asked for in a link or a cookie (`zh` is Traditional, as links before Simplified existed said). */
export function askedLang(value: string | undefined): Lang | undefined {
  if (value === 'zh') return 'zh-Hant';
  return isLang(value) ? value : undefined;
}

/** The language: asked for in the query, else remembered in a cookie, else from the browser, else Traditional Chinese. */
export function langOf(c: Context<AppEnv>): Lang {
  return askedLang(c.req.query('lang')) ?? askedLang(getCookie(c, LANG_COOKIE)) ?? langFromAcceptLanguage(c.req.header('Accept-Language')) ?? 'zh-Hant';
}

export function viewOf(c: Context<AppEnv>): View {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  const ends = c.get('sessionEnds');
  return {
    lang: langOf(c),
    principal: c.get('principal') ?? null,
    path: url.pathname + url.search,
    ...(ends ? { session: { leftMs: Date.parse(ends.at) - c.get('deps').now().getTime(), by: ends.by } } : {}),
  };
}

/** Form fields with dotted names (designatedPerson.email) as a nested object; empty strings kept for the caller to map. */
export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  // A body that is not a readable form (a broken multipart boundary, say) is the client's fault: 400.
  const body = await c.req.parseBody().catch(() => {
    throw refuse('form_unreadable');
  });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * Problems keyed by field, for showing each beside its field. A problem with one item of a list
 * (`communications.satellite.1`) is also shown beside the list's own field, which is what the form has,
 * unless the form shows that list row by row (`rowLists`, such as the route's ports): then it stays with its row.
 */
export function errorsByField(lang: Lang, errors: readonly FieldProblem[], rowLists: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const separator = lang === 'en' ? '; ' : '；';
  const join = (earlier: string | undefined, message: string) =>
    earlier && !earlier.split(separator).includes(message) ? `${earlier}${separator}${message}` : message;
  for (const e of errors) {
    const message = problemFor(lang, e).message;
    out[e.field] = join(out[e.field], message);
    const list = e.field.replace(/(\.\d+)+$/, '');
    if (list !== e.field && !rowLists.includes(list)) out[list] = join(out[list], message);
  }
  return out;
}

/** A whole page: the doctype keeps browsers out of quirks mode, which JSX cannot write. */
export async function page(c: Context<AppEnv>, node: { toString(): string | Promise<string> }, status: ContentfulStatusCode = 200): Promise<Response> {
  return c.html(`<!doctype html>${await node.toString()}`, status);
}

/** The version a form was filled from (a hidden field), for the service to check like If-Match. */
export const formVersion = (f: Record<string, string>): ExpectedVersion => {
  const v = Number(f.version);
  return f.version !== undefined && Number.isInteger(v) && v >= 0 ? v : 'other';
};

/** A record id from the path; anything else is no such record. */
export function idParam(c: Context<AppEnv>, name = 'id'): number {
  const id = Number(c.req.param(name));
  if (!Number.isInteger(id) || id <= 0) throw refuse('no_such_page');
  return id;
}

/** A page's list cursor from the query, as the API takes it. */
export function cursorParam(c: Context<AppEnv>): number | undefined {
  const cursor = Number(c.req.query('cursor'));
  return Number.isInteger(cursor) && cursor > 0 ? cursor : undefined;
}

/** The link to the next page of a list, keeping the page's other query parameters; undefined on the last page. */
export function nextPageLink(c: Context<AppEnv>, nextCursor: number | null): string | undefined {
  if (nextCursor === null) return undefined;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', String(nextCursor));
  url.searchParams.delete('lang');
  return url.pathname + url.search;
}

/**
 * A submitted form's work, the one way every page does it: the API's schema first, then the service.
 * A problem with any field, the schema's or the service's, re-renders the form with each beside its
 * field, under the status the API answers for the same refusal; anything else goes to the error page.
 */
export async function submitForm<T>(
  schema: ZodType<T>,
  input: unknown,
  work: (value: T) => Promise<Response>,
  again: (problems: FieldProblem[], status: ContentfulStatusCode, refusal?: AppError) => Response | Promise<Response>,
): Promise<Response> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return again(fieldProblems(parsed.error), 400);
  try {
    return await work(parsed.data);
  } catch (err) {
    if (err instanceof AppError && err.errors.length) return again(err.errors, err.status as ContentfulStatusCode, err);
    throw err;
  }
}
