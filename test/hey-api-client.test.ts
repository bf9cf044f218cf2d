import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, heyApiClientFrom, liveDocument } from '../scripts/api-types.ts';

// The committed @hey-api/openapi-ts client (client/hey-api/, driven by test/second-client.test.ts) is what
// the live document gives: a change to a route or a schema comes with the client an agency's engineer
// would generate from it. Generating takes about half a minute here, so it runs with the process tests.
const DIR = join(import.meta.dirname, '../client/hey-api');

describe('the @hey-api/openapi-ts client in client/hey-api/', () => {
  it('is what the generator makes of the live document, file for file', async () => {
    const made = await heyApiClientFrom(await liveDocument());
    const kept = filesUnder(DIR);
    expect([...kept.keys()].sort(), 'run npm run api:types and commit client/hey-api/').toEqual([...made.keys()].sort());
    for (const [path, text] of made) expect(kept.get(path), `client/hey-api/${path}: run npm run api:types and commit it`).toBe(text);
    expect(made.get('sdk.gen.ts')).toContain('export const issuePlan');
  }, 120_000);
});
