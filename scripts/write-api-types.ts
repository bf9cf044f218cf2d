import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { apiTypesFrom, heyApiClientFrom, liveDocument } from './api-types.ts';

// Writes the API's two generated clients from the document the registry serves:
// - client/registry-api.ts, the types openapi-typescript makes (test/contract.test.ts fails while it
//   differs from what the live document gives, so a change to a route or schema comes with its types);
// - client/hey-api/, the SDK @hey-api/openapi-ts makes (test/second-client.test.ts drives the main
//   flow with it; test/hey-api-client.test.ts, a process test, checks it is what the document gives).
const doc = await liveDocument();
const file = join(import.meta.dirname, '../client/registry-api.ts');
writeFileSync(file, await apiTypesFrom(doc));
console.log(`wrote ${file}`);
const dir = join(import.meta.dirname, '../client/hey-api');
rmSync(dir, { recursive: true, force: true });
for (const [path, text] of await heyApiClientFrom(doc)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
console.log(`wrote ${dir}`);
process.exit(0);
