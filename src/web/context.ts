import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/env.ts';
import { LANG_COOKIE, type Lang } from './i18n.ts';
import type { View } from './layout.tsx';

/** The language: asked for in the query, else remembered in a cookie, else from the browser (Chinese first). */
export function langOf(c: Context<AppEnv>): Lang {
  const asked = c.req.query('lang');
  if (asked === 'zh' || asked === 'en') return asked;
  const remembered = getCookie(c, LANG_COOKIE);
  if (remembered === 'zh' || remembered === 'en') return remembered;
  return /^en\b/i.test(c.req.header('Accept-Language') ?? '') ? 'en' : 'zh';
}

export function viewOf(c: Context<AppEnv>): View {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  return { lang: langOf(c), principal: c.get('principal') ?? null, path: url.pathname + url.search };
}

/** Form fields with dotted names (designatedPerson.email) as a nested object; empty strings kept for the caller to map. */
export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Problems keyed by field, for showing each beside its field. */
export function errorsByField(errors: { field: string; message: string }[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.field, e.message]));
}

/** A whole page: the doctype keeps browsers out of quirks mode, which JSX cannot write. */
export async function page(c: Context<AppEnv>, node: { toString(): string | Promise<string> }, status: ContentfulStatusCode = 200): Promise<Response> {
  return c.html(`<!doctype html>${await node.toString()}`, status);
}
