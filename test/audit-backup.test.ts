import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { runCli } from '../src/cli.ts';
import { CHAIN_START, chainHash } from '../src/domain/audit-chain.ts';
import { createLogger } from '../src/logger.ts';
import { databaseImage, openDatabase } from '../src/store/database.ts';
import { hongKongCompany, TEST_ENGINE, testRegistry } from './helpers.ts';

// The audit trail is tamper-evident, and backups are checked before they are trusted.

function cli(db: Parameters<typeof runCli>[1]) {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), now: () => new Date('2026-11-25T02:00:00Z') };
  return { lines, run: (...args: string[]) => runCli(args, db, io) };
}

/** The demo registry in a file of its own, as a server and the CLI share it (on PostgreSQL, its database is). */
async function registryFile() {
  const { db } = await testRegistry();
  if (TEST_ENGINE === 'postgres') return { dir: '', file: '', db };
  const dir = mkdtempSync(join(tmpdir(), 'sar-audit-'));
  const file = join(dir, 'registry.sqlite');
  writeFileSync(file, databaseImage(db));
  await db.destroy();
  return { dir, file, db: openDatabase(file) };
}

/** Takes away an append-only rule: SQLite has a trigger for each of update and delete, PostgreSQL one for both. */
async function dropTrigger(db: NonNullable<Parameters<typeof runCli>[1]>, table: string, which: 'no_update' | 'no_delete') {
  if (TEST_ENGINE === 'postgres') await sql`drop trigger if exists ${sql.raw(`${table}_append_only`)} on ${sql.table(table)}`.execute(db);
  else await sql`drop trigger ${sql.raw(`${table}_${which}`)}`.execute(db);
}

describe('the audit chain', () => {
  it('links every event, the demo seed and new writes alike, and `audit verify` finds it intact', async () => {
    const { call, tokenFor, db } = await testRegistry();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    expect((await call('POST', '/api/companies', { token: hk, body: hongKongCompany() })).status).toBe(201);
    const events = (await db.selectFrom('audit_events').select('id').execute()).length;
    expect(events).toBeGreaterThan(20);
    expect((await db.selectFrom('audit_chain').select('event_id').execute()).length).toBe(events);
    const { lines, run } = cli(db);
    expect(await run('audit', 'verify')).toBe(0);
    const head = await db.selectFrom('audit_chain').select(['event_id', 'hash']).orderBy('event_id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(lines.at(-1)).toBe(`INTACT: ${events} audit events, every link holds; head ${head.event_id}:${head.hash}`);
  });

  it('writes its head to the log at every write, and `audit verify --expect-head` tells a chain cut from its end', async () => {
    const logged: string[] = [];
    const reg = await testRegistry();
    const app = createApp({ db: reg.db, logger: createLogger('info', (line) => logged.push(line)), now: () => reg.clock.now });
    const token = await reg.tokenFor('registrar', { agency: 'HK' });
    const register = (company: Record<string, unknown>) =>
      app.request('/api/companies', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(company),
      });
    expect((await register(hongKongCompany())).status).toBe(201);
    const heads = () => logged.flatMap((l) => (JSON.parse(l).msg === 'audit head' ? [JSON.parse(l).auditHead as string] : []));
    const { lines, run } = cli(reg.db);
    expect(await run('audit', 'head')).toBe(0);
    expect(heads().at(-1)).toBe(lines.at(-1));
    const recorded = heads().at(-1)!;
    // A second company, then someone who can write the database takes it out of the trail: its event and its link.
    expect((await register(hongKongCompany({ nameZh: '海港快線有限公司', nameEn: 'Harbour Express Limited' }))).status).toBe(201);
    const later = heads().at(-1)!;
    expect(later).not.toBe(recorded);
    const last = Number(later.split(':')[0]);
    await dropTrigger(reg.db, 'audit_events', 'no_delete');
    await dropTrigger(reg.db, 'audit_chain', 'no_delete');
    await sql`delete from audit_chain where event_id = ${last}`.execute(reg.db);
    await sql`delete from audit_events where id = ${last}`.execute(reg.db);
    // The chain alone still holds...
    expect(await run('audit', 'verify')).toBe(0);
    // ...but not the head the log recorded.
    expect(await run('audit', 'verify', '--expect-head', later)).toBe(1);
    expect(lines.at(-1)).toMatch(new RegExp(`^BROKEN: it ends at ${recorded.replace(':', ':')}, before the head recorded`));
    expect(await run('audit', 'verify', '--expect-head', 'yesterday')).toBe(2);
  });

  it('tells a chain rewritten after a deletion in the middle: by the head recorded, and on SQLite by the gap in event ids', async () => {
    const { db } = await registryFile();
    const { lines, run } = cli(db);
    await run('audit', 'head');
    const recorded = lines.at(-1)!;
    // Event 6 removed and every link after it computed again, as someone who knows the scheme could.
    const removed = (await db.selectFrom('audit_events').select('id').orderBy('id').execute())[5]!.id;
    await dropTrigger(db, 'audit_events', 'no_delete');
    await dropTrigger(db, 'audit_chain', 'no_delete');
    await sql`delete from audit_chain`.execute(db);
    await sql`delete from audit_events where id = ${removed}`.execute(db);
    let previous = CHAIN_START;
    for (const e of await db.selectFrom('audit_events').selectAll().orderBy('id').execute()) {
      const hash = chainHash(previous, {
        id: e.id,
        at: e.at,
        actorId: e.actor_id,
        actorName: e.actor_name,
        actorRole: e.actor_role,
        actorAgency: e.actor_agency,
        action: e.action,
        recordType: e.record_type,
        recordId: e.record_id,
        recordAgency: e.record_agency,
        before: e.before,
        after: e.after,
        requestId: e.request_id,
        via: e.via,
      });
      await db.insertInto('audit_chain').values({ event_id: e.id, prev_hash: previous, hash }).execute();
      previous = hash;
    }
    expect(await run('audit', 'verify', '--expect-head', recorded)).toBe(1);
    expect(lines.at(-1)).toMatch(/^BROKEN: the link at the recorded head differs: the chain was rewritten/);
    const plain = await run('audit', 'verify');
    if (TEST_ENGINE === 'sqlite') {
      expect(plain).toBe(1);
      expect(lines.at(-1)).toMatch(new RegExp(`^BROKEN: audit event ids missing: ${removed};`));
    } else {
      expect(plain).toBe(0);
      expect(lines.at(-1)).toBe(`note: event ids ${removed} are not in the chain (on PostgreSQL a write rolled back leaves such a gap)`);
    }
    await db.destroy();
  });

  it('reports the first event someone altered in the stored file, even past the append-only triggers', async () => {
    const { db } = await registryFile();
    const target = (await db.selectFrom('audit_events').select('id').where('action', '=', 'vessel.create').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
    // One who can write the file (or owns the database) can drop a trigger: the chain still tells.
    await dropTrigger(db, 'audit_events', 'no_update');
    await sql`update audit_events set actor_name = 'Nobody' where id = ${target}`.execute(db);
    const { lines, run } = cli(db);
    expect(await run('audit', 'verify')).toBe(1);
    expect(lines.at(-1)).toMatch(new RegExp(`^BROKEN: the audit chain breaks at event ${target} \\(event altered\\)`));
    await db.destroy();
  });

  it('reports a removed event as a broken link at the event after it', async () => {
    const { db } = await registryFile();
    const rows = await db.selectFrom('audit_events').select('id').orderBy('id').execute();
    const removed = rows[5]!.id;
    await dropTrigger(db, 'audit_events', 'no_delete');
    await dropTrigger(db, 'audit_chain', 'no_delete');
    await sql`delete from audit_chain where event_id = ${removed}`.execute(db);
    await sql`delete from audit_events where id = ${removed}`.execute(db);
    const { lines, run } = cli(db);
    expect(await run('audit', 'verify')).toBe(1);
    expect(lines.at(-1)).toMatch(new RegExp(`^BROKEN: the audit chain breaks at event ${rows[6]!.id} \\(previous hash differs\\)`));
    await db.destroy();
  });

  // SQLite's migration history: PostgreSQL starts from the schema as it stood at 0013.
  it.skipIf(TEST_ENGINE === 'postgres')('chains the events a registry already held when it is migrated (migration 0006)', async () => {
    const db = openDatabase(':memory:');
    const { Migrator } = await import('kysely');
    const { migrations } = await import('../db/migrations/index.ts');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0005_arrangement_script_exercises')).error).toBeUndefined();
    await sql`insert into audit_events (at, actor_name, actor_role, action, record_type, record_id) values ('2026-01-05T01:00:00.000Z', 'Registrar', 'registrar', 'company.create', 'company', '1'), ('2026-01-06T01:00:00.000Z', 'Registrar', 'registrar', 'company.update', 'company', '1')`.execute(
      db,
    );
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const { lines, run } = cli(db);
    expect(await run('audit', 'verify')).toBe(0);
    expect(lines.at(-1)).toMatch(/^INTACT: 2 audit events/);
    await db.destroy();
  });
});

// A backup file of SQLite's own; on PostgreSQL the CLI points to the engine's tools instead.
describe.skipIf(TEST_ENGINE === 'postgres')('backup and restore', () => {
  it('a backup never overwrites a file without --force, is checked, and says what it holds', async () => {
    const { db, dir } = await registryFile();
    const target = join(dir, 'backup-2026-11-25.sqlite');
    writeFileSync(target, 'an older backup someone wants to keep');
    const { lines, run } = cli(db);
    expect(await run('backup', target)).toBe(2);
    expect(lines.at(-1)).toBe(`ERR ${target} exists; a backup never overwrites a file unless told to (--force)`);
    expect(await run('backup', target, '--force')).toBe(0);
    expect(lines.at(-1)).toMatch(
      /^backup written to .* and checked: 3 agencies, 5 companies, 17 vessels, \d+ plans, \d+ plan revisions, \d+ copies, \d+ exercises, \d+ audit events; audit head \d+:[0-9a-f]{64} \(in .*\.manifest\.json\)$/,
    );
    // The manifest keeps the head outside the database, and the file's digest.
    const manifest = JSON.parse(readFileSync(`${target}.manifest.json`, 'utf8'));
    await run('audit', 'head');
    expect(manifest).toMatchObject({
      file: 'backup-2026-11-25.sqlite',
      auditHead: lines.at(-1),
      sha256: createHash('sha256').update(readFileSync(target)).digest('hex'),
    });
    await db.destroy();
  });

  it('a restore checks the copy first, keeps the replaced database, and the registry then holds the copy', async () => {
    const { db, dir } = await registryFile();
    const { run, lines } = cli(db);
    const backup = join(dir, 'before-the-mistake.sqlite');
    expect(await run('backup', backup)).toBe(0);
    // A mistake after the backup: a company registered that should not have been.
    const before = (await db.selectFrom('companies').select('id').execute()).length;
    await sql`insert into companies (home_agency, name_zh, name_en, address_zh, address_en, emergency_phone, designated_person, emergency_team) values ('HK', '錯誤', 'Mistake Ltd', '香港', 'Hong Kong', '+852 2000 0000', '{}', '{}')`.execute(
      db,
    );

    const broken = join(dir, 'broken.sqlite');
    writeFileSync(broken, 'not a database at all');
    expect(await run('restore', broken)).not.toBe(0);
    expect((await db.selectFrom('companies').select('id').execute()).length).toBe(before + 1);

    expect(await run('restore', backup)).toBe(0);
    const kept = /kept as (.+)$/.exec(lines.at(-1)!)![1]!;
    expect(existsSync(kept)).toBe(true);
    expect((await db.selectFrom('companies').select('id').execute()).length).toBe(before);
    const { lines: verifyLines, run: verify } = cli(db);
    expect(await verify('audit', 'verify')).toBe(0);
    expect(verifyLines.at(-1)).toMatch(/^INTACT/);
    await db.destroy();
  });
});

describe.runIf(TEST_ENGINE === 'postgres')('backup and restore on PostgreSQL', () => {
  it('are pg_dump’s and pg_restore’s work: the CLI says so and writes nothing', async () => {
    const { db } = await testRegistry();
    const dir = mkdtempSync(join(tmpdir(), 'sar-pg-backup-'));
    const { lines, run } = cli(db);
    expect(await run('backup', join(dir, 'registry.sqlite'))).toBe(2);
    expect(lines.at(-1)).toMatch(/^ERR On PostgreSQL, backups are made with the engine's own tools \(pg_dump and pg_restore/);
    expect(existsSync(join(dir, 'registry.sqlite'))).toBe(false);
    expect(await run('restore', join(dir, 'registry.sqlite'))).toBe(2);
    expect(lines.at(-1)).toMatch(/^ERR On PostgreSQL, restores are made/);
  });
});
