import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
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

/**
 * The SDK @hey-api/openapi-ts makes of the document (its fetch client, types and one function an
 * operation), as files by their path under client/hey-api/: the second mainstream generator an
 * agency's engineer might use. It takes about half a minute here, so it runs on demand (npm run
 * api:types) and in the process tests, not in npm test.
 */
export async function heyApiClientFrom(doc: Record<string, unknown>): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-hey-api-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
    const out = join(dir, 'client');
    await createClient({
      input: join(dir, 'openapi.json'),
      output: { path: out, format: false, lint: false },
      plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
      logs: { level: 'silent' },
    } as never);
    return filesUnder(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file under a folder, by its path relative to it, with its text. */
export function filesUnder(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else files.set(relative(root, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(root);
  return files;
}
