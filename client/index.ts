import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './registry-api.ts';

export type { components, operations, paths } from './registry-api.ts';

/**
 * A typed client of the registry's API for an agency's own systems: every path, parameter, body and
 * answer is typed from the OpenAPI document (openapi-fetch over client/registry-api.ts).
 */
export function registryClient(baseUrl: string, token: string, options: { fetch?: typeof fetch } = {}): Client<paths> {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` }, ...(options.fetch ? { fetch: options.fetch } : {}) });
}
