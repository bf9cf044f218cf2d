import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { hashSecret, mintSecret, secretHint } from '../src/domain/access.ts';
import { runCli } from '../src/cli.ts';
import { silentLogger } from '../src/logger.ts';
import { openDatabase, openDatabaseImage, type Db } from '../src/store/database.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { demoStart, onServer, runPrefix, TEST_ENGINE, testServerUrl, withDatabase } from './engine.ts';
import { hongKongCompany, TEST_NOW, testRegistry } from './helpers.ts';

// A registry moved from the embedded SQLite file to the engine of this run (PostgreSQL in its leg, another
// SQLite file in the other): `npm run cli -- copy-to <database>`.

function cli(db: Db) {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), now: () => TEST_NOW };
  return { lines, run: (...args: string[]) => runCli(args, db, io) };
}

/** An empty database of this run's engine, with no schema yet: where a registry is moved to. */
async function emptyTarget(): Promise<{ location: string; remove: () => Promise<void> }> {
  if (TEST_ENGINE === 'postgres') {
    const name = `${runPrefix()}_moved_${Date.now().toString(36)}`;
    await onServer((c) => c.query(`create database ${name}`));
    return { location: withDatabase(testServerUrl(), name), remove: () => onServer((c) => c.query(`drop database if exists ${name}`)).then(() => undefined) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sar-moved-'));
  return { location: join(dir, 'registry.sqlite'), remove: async () => rmSync(dir, { recursive: true, force: true }) };
}

describe('copy-to', () => {
  it('moves the SQLite demo registry whole, checks it, and the moved registry serves, verifies and carries on', async () => {
    // The source is always SQLite: this run's own demo registry on its SQLite leg, one seeded here on the other.
    const source = TEST_ENGINE === 'sqlite' ? (await testRegistry()).db : openDatabaseImage(((await demoStart(TEST_NOW, 'sqlite')) as { image: Buffer }).image);
    const target = await emptyTarget();
    // As an operator prepares it: the schema and the reference data made first (npm run migrate).
    const prepared = openDatabase(target.location, { create: true });
    expect(await cli(prepared).run('migrate')).toBe(0);
    await prepared.destroy();
    try {
      const { lines, run } = cli(source);
      expect(await run('copy-to', target.location)).toBe(0);
      expect(lines.at(-1)).toMatch(
        /^copied in [\d.]+ s and checked: 3 agencies, 5 companies, 17 vessels, \d+ plans, \d+ plan revisions, \d+ copies, \d+ exercises, \d+ audit events; every table's count and every copy's SHA-256 agree$/,
      );
      expect(lines).toContain(`  audit_chain: ${(await source.selectFrom('audit_chain').select('event_id').execute()).length}`);

      const moved = openDatabase(target.location);
      try {
        // The audit chain holds link by link, as it did.
        const check = cli(moved);
        expect(await check.run('audit', 'verify')).toBe(0);
        expect(check.lines.at(-1)).toMatch(/^INTACT: \d+ audit events, every link holds; head \d+:[0-9a-f]{64}$/);

        const app = createApp({ db: moved, logger: silentLogger, now: () => TEST_NOW });
        const secret = mintSecret();
        const principal = await createPrincipal(moved, { name: 'Duty coordinator', role: 'coordinator', agency: 'GD', companyId: null });
        await addToken(moved, principal.id, hashSecret(secret), secretHint(secret));
        const headers = { Authorization: `Bearer ${secret}` };
        // Found in either script, by a fragment of its name, by its call sign.
        for (const q of ['澳门之', '澳門之', 'XXMS2']) {
          const found = (await (await app.request(`/api/lookup?q=${encodeURIComponent(q)}`, { headers })).json()) as {
            items: { vessel: { nameEn: string } }[];
          };
          expect(found.items.map((i) => i.vessel.nameEn)).toContain('Macau Star');
        }
        // A printed copy's code is still recognised, and its bytes still hash to what it says.
        const copy = await source.selectFrom('copies').select(['verification_code', 'pdf']).orderBy('id', 'desc').executeTakeFirstOrThrow();
        const verified = await app.request('/api/verify', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: copy.verification_code }),
        });
        expect(verified.status).toBe(200);
        expect(await verified.json()).toMatchObject({ genuine: true });
        const file = join(mkdtempSync(join(tmpdir(), 'sar-copy-')), 'copy.pdf');
        writeFileSync(file, copy.pdf);
        expect(await cli(moved).run('verify', file)).not.toBe(1);

        // New records take ids after the moved ones.
        const registrar = mintSecret();
        const hk = await createPrincipal(moved, { name: 'Registrar', role: 'registrar', agency: 'HK', companyId: null });
        await addToken(moved, hk.id, hashSecret(registrar), secretHint(registrar));
        const made = await app.request('/api/companies', {
          method: 'POST',
          headers: { Authorization: `Bearer ${registrar}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(hongKongCompany()),
        });
        expect(made.status).toBe(201);
        expect(((await made.json()) as { id: number }).id).toBe(6);

        // Into a database that already holds a registry: refused, nothing written.
        const again = cli(source);
        expect(await again.run('copy-to', target.location)).toBe(1);
        expect(again.lines.at(-1)).toMatch(
          /^ERR nothing copied: the target already holds a registry \(6 companies, 17 vessels, 2 principals, 2 tokens, …\): copy only into an empty database$/,
        );
        expect((await moved.selectFrom('companies').select('id').execute()).length).toBe(6);
      } finally {
        await moved.destroy();
      }
    } finally {
      if (TEST_ENGINE === 'postgres') await source.destroy();
      await target.remove();
    }
  });
});
