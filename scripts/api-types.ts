import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/logger.ts';
import { migrateToLatest, openDatabase } from '../src/store/database.ts';

/** The OpenAPI document as an empty registry serves it (the document does not depend on the data). */
export async function liveDocument(): Promise<Record<string, unknown>> {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  const app = createApp({ db, now: () => new Date(), logger: silentLogger });
  const doc = (await (await app.request('http://registry.invalid/openapi.json')).json()) as Record<string, unknown>;
  await db.destroy();
  return doc;
}

/** The document's types, as openapi-typescript writes them, under a header saying where they come from. */
export async function apiTypesFrom(doc: Record<string, unknown>): Promise<string> {
  // A field with a default may be left out of a request: not required in the types either.
  const ast = await openapiTS(doc as never, { alphabetize: true, defaultNonNullable: false });
  return `// Generated from the registry's OpenAPI document by openapi-typescript (npm run api:types). Do not edit.\n\n${astToString(ast)}`;
}
