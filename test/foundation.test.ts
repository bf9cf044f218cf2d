import { clientAddress } from '../src/http/context.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { runCli } from '../src/cli.ts';
import { ConfigError, databaseLabel, databaseLocation, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { inReadSnapshot, migrateToLatest, openDatabase } from '../src/store/database.ts';
import { prepared } from '../src/store/prepared.ts';
import { emptyRegistry, sharedRegistry } from './engine.ts';
import { json, TEST_ENGINE, testRegistry } from './helpers.ts';

describe('configuration', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      databasePath: 'db/registry.sqlite',
      databaseUrl: null,
      replicaUrl: null,
      signingPassphrase: null,
      replicaReads: 'fallback',
      logLevel: 'info',
      logFormat: null,
      webhookAllowHosts: [],
      corsOrigins: [],
      publicUrl: null,
      trustProxy: 0,
      rateLimitPerMinute: 600,
    });
  });
  it('reads the variables it knows', () => {
    expect(
      loadConfig({
        PORT: '9000',
        DATABASE_PATH: '/tmp/x.sqlite',
        LOG_LEVEL: 'debug',
        PUBLIC_URL: 'https://registry.mardep.example.hk',
        CORS_ORIGINS: 'https://dashboard.mrcc.example.hk, https://duty.marine.example.mo',
        TRUST_PROXY: 'true',
        RATE_LIMIT_PER_MINUTE: '0',
        OTHER: 'x',
      }),
    ).toEqual({
      port: 9000,
      databasePath: '/tmp/x.sqlite',
      databaseUrl: null,
      replicaUrl: null,
      signingPassphrase: null,
      replicaReads: 'fallback',
      logLevel: 'debug',
      logFormat: null,
      webhookAllowHosts: [],
      corsOrigins: ['https://dashboard.mrcc.example.hk', 'https://duty.marine.example.mo'],
      publicUrl: 'https://registry.mardep.example.hk',
      trustProxy: 1,
      rateLimitPerMinute: 0,
    });
  });
  it('reads a replica beside a PostgreSQL primary, and refuses one without it', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://registry:pw@db1.mardep.example.hk:5432,db2.mardep.example.hk:5432/registry',
      DATABASE_REPLICA_URL: 'postgres://registry:pw@db2.mardep.example.hk:5432/registry',
      DATABASE_REPLICA_READS: 'always',
    });
    expect([config.replicaUrl, config.replicaReads]).toEqual(['postgres://registry:pw@db2.mardep.example.hk:5432/registry', 'always']);
    // Printed with its password left out, both hosts named.
    expect(databaseLabel(config)).toBe('postgres://registry:***@db1.mardep.example.hk:5432,db2.mardep.example.hk:5432/registry');
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://registry:pw@db2.mardep.example.hk/registry' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://r@db1/registry', DATABASE_REPLICA_READS: 'sometimes' })).toThrow(/DATABASE_REPLICA_READS/);
  });
  it('refuses a CORS origin with a path, or one that is not http(s)', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://dashboard.mrcc.example.hk/duty' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
  it('believes as many proxies as TRUST_PROXY names, and reads the client from the right of X-Forwarded-For', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    const addressOf = (trustProxy: number, forwarded?: string) =>
      clientAddress({
        get: () => ({ trustProxy }),
        req: { header: (name: string) => (name === 'X-Forwarded-For' ? forwarded : undefined) },
        env: { incoming: { socket: { remoteAddress: '10.0.0.5' } } },
      } as never);
    // One proxy appends the address it was reached from: the client cannot choose it by sending its own list.
    expect(addressOf(1, '198.51.100.7, 203.0.113.9')).toBe('203.0.113.9');
    expect(addressOf(1, '1.1.1.1, 2.2.2.2, 203.0.113.9')).toBe('203.0.113.9');
    // Two proxies (a load balancer behind a CDN): the one the outer proxy saw.
    expect(addressOf(2, '198.51.100.7, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9');
    // Fewer entries than proxies: the leftmost there is. No proxy trusted: the socket's own.
    expect(addressOf(3, '203.0.113.9')).toBe('203.0.113.9');
    expect(addressOf(0, '198.51.100.7')).toBe('10.0.0.5');
  });
  it('takes a PostgreSQL URL as the database, and never prints its password', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://registry:s3cret@db.mardep.example.hk:5432/sar_registry' });
    expect(databaseLocation(config)).toBe('postgres://registry:s3cret@db.mardep.example.hk:5432/sar_registry');
    expect(databaseLabel(config)).toBe('postgres://registry:***@db.mardep.example.hk:5432/sar_registry');
    expect(databaseLocation(loadConfig({ DATABASE_PATH: 'data/registry.sqlite' }))).toBe('data/registry.sqlite');
  });
  it.each([
    'postgres:/registry:Wong-2026!pw@db.mardep.example.hk:5432/sar_registry',
    'postgresql//registry:Wong-2026!pw@db.mardep.example.hk/sar_registry',
    'registry:Wong-2026!pw@db.mardep.example.hk:5432/sar_registry',
    'postgres://registry:Wong-2026!pw@db mardep example hk/sar registry',
  ])('names a malformed DATABASE_URL without its password (%s)', (url) => {
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(ConfigError);
    const message = (() => {
      try {
        loadConfig({ DATABASE_URL: url });
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message).toMatch(/DATABASE_URL=".*registry:\*\*\*@db/);
    expect(message).not.toContain('Wong-2026!pw');
  });
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '12' }, 'TRUST_PROXY'],
    [{ DATABASE_PATH: '   ' }, 'DATABASE_PATH'],
    [{ DATABASE_URL: 'mysql://registry@db.mardep.example.hk/registry' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'registry.sqlite' }, 'DATABASE_URL'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}=`));
  });
});

describe('migrations', () => {
  it('build the whole model from nothing', async () => {
    const db = await emptyRegistry();
    const tables =
      TEST_ENGINE === 'postgres'
        ? await sql<{
            name: string;
          }>`select tablename as name from pg_tables where schemaname = current_schema() and tablename not like 'kysely_%' order by tablename`.execute(db)
        : await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'kysely_%' and name not like 'sqlite_%' order by name`.execute(db);
    // The same registry on both, and PostgreSQL's freshness signal (SQLite's is its data_version).
    const own = TEST_ENGINE === 'postgres' ? ['registry_generation'] : [];
    expect(tables.rows.map((r) => r.name)).toEqual(
      [
        'account_links',
        'accounts',
        'agencies',
        'arrangement_pairs',
        'audit_chain',
        'audit_events',
        'companies',
        'copies',
        'exercises',
        'held_forms',
        'idempotency_keys',
        'import_outcomes',
        'import_rows',
        'imports',
        'model_changes',
        'model_changes_pruned',
        'plan_revisions',
        'plans',
        'principals',
        'proposals',
        'sessions',
        'sign_in_policies',
        'signin_failures',
        'signing_keys',
        'tokens',
        'vessel_identifiers',
        'vessel_search',
        'vessel_transfers',
        'vessels',
        'webhook_deliveries',
        'webhooks',
        ...own,
      ].sort(),
    );
    // Running them again changes nothing.
    const again = await migrateToLatest(db);
    expect(again.results).toEqual([]);
    await db.destroy();
  });

  // SQLite's migration history: PostgreSQL starts from the schema as it stood at 0013.
  it.skipIf(TEST_ENGINE === 'postgres')('0008 keeps every ship, plan and link of a registry made before it, and lets a withdrawn ship’s MMSI go', async () => {
    const { Migrator } = await import('kysely');
    const { migrations } = await import('../db/migrations/index.ts');
    const db = openDatabase(':memory:');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0007_rcc_short_numbers')).error).toBeUndefined();
    await sql`insert into agencies (code, name_zh, name_en, rcc, facilities) values ('HK', '香港海上救援協調中心', 'MRCC Hong Kong', '{}', '[]')`.execute(db);
    await sql`insert into companies (home_agency, name_zh, name_en, address_zh, address_en, emergency_phone, designated_person, emergency_team) values ('HK', '港澳飛翼', 'Harbour Wing', '香港', 'Hong Kong', '+852 2859 3111', '{}', '{}')`.execute(
      db,
    );
    const vessel = (mmsi: string, callSign: string, imo: string, status: string) =>
      sql`insert into vessels (company_id, area_of_registry, name_zh, name_en, imo_number, mmsi, call_sign, port_of_registry, type, gross_tonnage, length_m, hull_colour, superstructure_colour, max_passengers, crew, communications, route, life_saving, status)
          values (1, 'HK', '海豐', 'Hoi Fung', ${imo}, ${mmsi}, ${callSign}, 'Hong Kong', 'catamaran', 300, 30.5, 'white', 'white', 200, 8, '{}', '{}', '{}', ${status})`.execute(
        db,
      );
    await vessel('477202300', 'VRHF4', '9180011', 'withdrawn');
    await sql`insert into plans (vessel_id, plan_number, home_agency) values (1, 'HK-2016-0001', 'HK')`.execute(db);
    await sql`insert into plan_revisions (plan_id, revision, state, content) values (1, 1, 'draft', '{}')`.execute(db);

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect(
      (
        await sql<{
          n: number;
        }>`select count(*) as n from plan_revisions join plans on plans.id = plan_revisions.plan_id join vessels on vessels.id = plans.vessel_id`.execute(db)
      ).rows[0]!.n,
    ).toBe(1);
    expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
    expect((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)).rows[0]!.foreign_keys).toBe(1);
    // The withdrawn ship's MMSI and call sign may go to a new ship; its IMO number may not; one ship in service holds each.
    await vessel('477202300', 'VRHF4', '9180023', 'in_service');
    await expect(vessel('477202300', 'VRHF5', '9180035', 'in_service')).rejects.toThrow(/UNIQUE.*mmsi/);
    await expect(vessel('477202301', 'VRHF4', '9180035', 'in_service')).rejects.toThrow(/UNIQUE.*call_sign/);
    await expect(vessel('477202302', 'VRHF6', '9180011', 'withdrawn')).rejects.toThrow(/UNIQUE.*imo_number/);
    await db.destroy();
  });

  it('hold the constraints the registry relies on', async () => {
    const { db } = await testRegistry();
    const vessel = await db.selectFrom('vessels').selectAll().where('mmsi', '=', '477101500').executeTakeFirstOrThrow();
    const { id: _id, ...copy } = vessel;
    await expect(
      db
        .insertInto('vessels')
        .values({ ...copy, call_sign: 'VRZZ9', imo_number: null })
        .execute(),
    ).rejects.toThrow(/UNIQUE.*mmsi/);
    await expect(
      db
        .insertInto('vessels')
        .values({ ...copy, mmsi: '477999999', call_sign: 'VRZZ9', company_id: 9999 })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/i);
    await expect(db.updateTable('vessels').set({ status: 'sunk' }).where('id', '=', vessel.id).execute()).rejects.toThrow(/CHECK/i);
    await expect(db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
  });
});

describe('demo data', () => {
  it('holds the three agencies, the signature page as in the source, and ships in every area', async () => {
    const { db } = await testRegistry();
    const pairs = await db.selectFrom('arrangement_pairs').selectAll().orderBy('agency_a').orderBy('agency_b').execute();
    expect(pairs.map((p) => [p.agency_a, p.agency_b, p.signed_on])).toEqual([
      ['GD', 'HK', '2015-09-09'],
      ['GD', 'MO', null],
    ]);
    const vessels = await db.selectFrom('vessels').selectAll().execute();
    expect(vessels.length).toBeGreaterThanOrEqual(12);
    expect(new Set(vessels.map((v) => v.area_of_registry))).toEqual(new Set(['GD', 'HK', 'MO']));
    expect(vessels.some((v) => v.type === 'jetfoil' && v.imo_number === null && v.national_registration_number)).toBe(true);
    expect((await db.selectFrom('companies').selectAll().execute()).length).toBeGreaterThanOrEqual(4);
  });
});

describe('tokens', () => {
  it('live through mint, use and revoke, and a revoked token stops at once', async () => {
    const { db, call } = await testRegistry();
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), now: () => new Date() };

    expect(await runCli(['token', 'create', '--role', 'coordinator', '--agency', 'HK', '--name', 'Duty officer'], db, io)).toBe(0);
    const token = lines.at(-1)!;
    expect(token).toMatch(/^sar_[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    const stored = await db.selectFrom('tokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    const ok = await call('GET', '/api/agencies', { token });
    expect(ok.status).toBe(200);
    const body = await json(ok);
    expect(body.items.map((a: { code: string; nameZh: string; nameEn: string }) => [a.code, a.nameZh, a.nameEn])).toEqual([
      ['GD', '廣東省海上搜救中心', 'Guangdong Maritime Search and Rescue Centre'],
      ['HK', '香港海上救援協調中心', 'Maritime Rescue Co-ordination Centre Hong Kong'],
      ['MO', '澳門海事及水務局', 'Marine and Water Bureau, Macao'],
    ]);

    lines.length = 0;
    await runCli(['token', 'list'], db, io);
    expect(lines.join('\n')).toMatch(/coordinator\tHK\tDuty officer/);
    expect(lines.join('\n')).not.toContain(token);

    const id = lines[0]!.split('\t')[0]!;
    expect(await runCli(['token', 'revoke', id], db, io)).toBe(0);
    const after = await call('GET', '/api/agencies', { token });
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(after)).detail).toMatch(/revoked/);
  });

  it('minted on the command line, is audited like any other, lives 90 days unless told, and stops when it expires', async () => {
    const { db, call, clock } = await testRegistry();
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), now: () => clock.now };
    expect(await runCli(['token', 'create', '--role', 'coordinator', '--agency', 'MO', '--name', 'Macao duty system'], db, io)).toBe(0);
    const token = lines.at(-1)!;
    const in90 = new Date(clock.now.getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
    expect(lines.at(-2)).toContain(`valid until ${in90}`);
    const event = await db.selectFrom('audit_events').selectAll().where('action', '=', 'token.create').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_name: 'Command line', via: 'command line', record_type: 'account', record_agency: 'MO' });
    expect(JSON.parse(event.after!)).toMatchObject({ name: 'Macao duty system', role: 'coordinator', agency: 'MO' });
    expect(event.after).not.toContain(token);
    expect((await call('GET', '/api/agencies', { token })).status).toBe(200);
    lines.length = 0;
    await runCli(['token', 'list'], db, io);
    expect(lines.find((l) => l.includes('Macao duty system'))).toMatch(new RegExp(`until ${in90}T[^\t]+\tlive$`));

    // A week's token for a drill; the day after its last, it is refused.
    expect(await runCli(['token', 'create', '--role', 'coordinator', '--agency', 'HK', '--name', 'Drill 2026-03', '--days', '7'], db, io)).toBe(0);
    const drill = lines.at(-1)!;
    expect((await call('GET', '/api/agencies', { token: drill })).status).toBe(200);
    clock.now = new Date(clock.now.getTime() + 8 * 86_400_000);
    expect((await call('GET', '/api/agencies', { token: drill })).status).toBe(401);

    for (const days of ['0', '366', 'ninety']) {
      lines.length = 0;
      expect(await runCli(['token', 'create', '--role', 'coordinator', '--agency', 'HK', '--days', days], db, io)).toBe(2);
      expect(lines).toEqual(['ERR --days: must be between 1 and 365']);
    }
  });

  it('revoked on the command line, the revocation is in the audit trail', async () => {
    const { db } = await testRegistry();
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), now: () => new Date() };
    await runCli(['token', 'create', '--role', 'registrar', '--agency', 'GD', '--name', '广东省海上搜救中心 登记员'], db, io);
    const id = /^token (\d+) /.exec(lines.at(-2)!)![1]!;
    expect(await runCli(['token', 'revoke', id], db, io)).toBe(0);
    expect(await runCli(['token', 'revoke', id], db, io)).toBe(1);
    const revoked = await db.selectFrom('audit_events').selectAll().where('action', '=', 'token.revoke').execute();
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({ actor_name: 'Command line', record_agency: 'GD' });
  });

  it('answers 401 problem+json without a token or with a wrong one', async () => {
    const { call } = await testRegistry({ demo: false });
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer sar_not-a-real-token' }, { Authorization: 'Basic dXNlcjpwYXNz' }]) {
      const res = await call('GET', '/api/agencies', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      // A missing token and a wrong one are told apart by code; both are unauthenticated.
      expect(await json(res)).toMatchObject({ code: headers.Authorization ? 'token_invalid' : 'token_missing', category: 'unauthenticated' });
    }
  });

  it('refuses to mint a token whose binding does not fit its role', async () => {
    const { db } = await testRegistry({ demo: false });
    const errors: string[] = [];
    const io = { out: () => {}, err: (l: string) => errors.push(l), now: () => new Date() };
    expect(await runCli(['token', 'create', '--role', 'registrar'], db, io)).toBe(2);
    expect(await runCli(['token', 'create', '--role', 'operator', '--agency', 'HK'], db, io)).toBe(2);
    expect(await runCli(['token', 'create', '--role', 'operator', '--company', '999'], db, io)).toBe(2);
    expect(await runCli(['token', 'create', '--role', 'captain'], db, io)).toBe(2);
    expect(errors).toEqual([
      'a registrar belongs to an agency: give --agency GD, HK or MO',
      'an operator belongs to a company: give --company <id>',
      'Company 999 does not exist',
      '--role must be one of admin, registrar, coordinator, operator',
    ]);
    expect(await db.selectFrom('tokens').selectAll().execute()).toEqual([]);
  });
});

describe('errors are problem+json', () => {
  it('for an unknown route', async () => {
    const { call } = await testRegistry({ demo: false });
    const res = await call('GET', '/api/nothing-here');
    // Unknown API paths still need a token first; outside /api a plain 404.
    expect(res.status).toBe(401);
    const other = await call('GET', '/nothing-here');
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    expect(await json(other)).toMatchObject({
      type: '/problems/no-route',
      code: 'no_route',
      category: 'not_found',
      status: 404,
      params: { method: 'GET', path: '/nothing-here' },
    });
  });

  it('for an unknown agency code, naming the field', async () => {
    const { call, tokenFor } = await testRegistry({ demo: false });
    const res = await call('GET', '/api/agencies/XX', { token: await tokenFor('coordinator', { agency: 'GD' }) });
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ code: 'validation_failed', errors: [{ field: 'path.code', message: 'must be GD, HK or MO' }] });
  });

  it('for an unexpected failure: logged with a request id the response carries, with no internals', async () => {
    const db = await emptyRegistry();
    const logged: string[] = [];
    const app = createApp({ db, logger: createLogger('error', (l) => logged.push(l)), now: () => new Date() });
    const { tokenFor } = await testRegistry({ demo: false });
    // A token the broken app cannot check: its database is gone.
    await db.destroy();
    const res = await app.request('/api/agencies', { headers: { Authorization: `Bearer ${await tokenFor('admin')}` } });
    expect(res.status).toBe(500);
    const body = await json(res);
    expect(body).toMatchObject({ code: 'internal', status: 500 });
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
    expect(JSON.stringify(body)).not.toMatch(/destroyed|Error|at /);
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ level: 'error', requestId: body.requestId });
  });

  it('readyz answers when the database does and healthz always', async () => {
    const { call } = await testRegistry({ demo: false });
    expect((await call('GET', '/healthz')).status).toBe(200);
    expect((await call('GET', '/readyz')).status).toBe(200);
  });
});

describe.skipIf(TEST_ENGINE === 'postgres')('backup (SQLite: on PostgreSQL, pg_dump)', () => {
  it('writes a consistent copy of the registry that opens on its own', async () => {
    const { db } = await testRegistry();
    const file = join(mkdtempSync(join(tmpdir(), 'backup-')), 'registry.sqlite');
    const lines: string[] = [];
    expect(await runCli(['backup', file], db, { out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => new Date() })).toBe(0);
    const copy = openDatabase(file);
    const vessels = await copy.selectFrom('vessels').select('mmsi').execute();
    expect(vessels.map((v) => v.mmsi)).toEqual((await db.selectFrom('vessels').select('mmsi').execute()).map((v) => v.mmsi));
    await copy.destroy();
  });
});

describe('a token revoked from another process', () => {
  it('stops working at once, whatever the server had cached', async () => {
    const shared = await sharedRegistry();
    const server = shared.open();
    const app = createApp({ db: server, logger: createLogger('silent'), now: () => new Date() });
    const cli = shared.open();
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), now: () => new Date() };
    await runCli(['token', 'create', '--role', 'admin', '--name', 'Administrator'], cli, io);
    const token = lines.at(-1)!;
    const ask = () => app.request('/api/agencies', { headers: { Authorization: `Bearer ${token}` } });
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    await runCli(['token', 'revoke', '1'], cli, io);
    expect((await ask()).status).toBe(401);
    await cli.destroy();
    await server.destroy();
    shared.remove();
  });
});

describe('prepared queries (built once, bound on each run)', () => {
  it('bind each run its own arguments, in their places, also inside a transaction and for an argument used twice', async () => {
    const { db } = await testRegistry();
    const byCallSignOrMmsi = prepared((d, identifier: string, area: string) =>
      d
        .selectFrom('vessels')
        .select(['name_en', 'call_sign'])
        .where((eb) => eb.or([eb('call_sign', '=', identifier), eb('mmsi', '=', identifier)]))
        .where('area_of_registry', '=', area),
    );
    const ships = await db.selectFrom('vessels').select(['mmsi', 'call_sign', 'area_of_registry', 'name_en']).orderBy('id').execute();
    const [first, second] = [ships[0]!, ships.at(-1)!];
    expect(first.mmsi).not.toBe(second.mmsi);
    expect(await byCallSignOrMmsi(db, first.call_sign, first.area_of_registry)).toEqual([{ name_en: first.name_en, call_sign: first.call_sign }]);
    expect(await byCallSignOrMmsi(db, second.mmsi, second.area_of_registry)).toEqual([{ name_en: second.name_en, call_sign: second.call_sign }]);
    // The same ship asked for in another area is not found: the second argument is bound, not kept from the first run.
    expect(await byCallSignOrMmsi(db, second.mmsi, second.area_of_registry === 'HK' ? 'MO' : 'HK')).toEqual([]);
    await db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('vessels').set({ name_en: 'Renamed in the transaction' }).where('mmsi', '=', first.mmsi).execute();
        expect(await byCallSignOrMmsi(trx, first.mmsi, first.area_of_registry)).toEqual([
          { name_en: 'Renamed in the transaction', call_sign: first.call_sign },
        ]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await byCallSignOrMmsi(db, first.mmsi, first.area_of_registry)).toEqual([{ name_en: first.name_en, call_sign: first.call_sign }]);
  });

  it('refuse a query that leaves an argument unbound (it would silently ask the same thing every time)', async () => {
    const { db } = await testRegistry();
    const unbound = prepared((d, _id: number) => d.selectFrom('vessels').select('id').limit(1));
    await expect(unbound(db, 1)).rejects.toThrow('every argument of a prepared query must be bound');
  });
});

describe('read snapshots', () => {
  it('a read snapshot rolls back what failed and leaves the connection to the next request', async () => {
    const { db } = await testRegistry();
    await expect(
      inReadSnapshot(db, async (snapshot) => {
        await snapshot.selectFrom('vessels').select('id').execute();
        throw new Error('failed half way');
      }),
    ).rejects.toThrow('failed half way');
    const names = await inReadSnapshot(db, (snapshot) => snapshot.selectFrom('agencies').select('code').orderBy('code').execute());
    expect(names.map((a) => a.code)).toEqual(['GD', 'HK', 'MO']);
    // A write after it is an ordinary write (no transaction was left open).
    await db.transaction().execute((trx) => trx.updateTable('agencies').set({ version: 3 }).where('code', '=', 'MO').execute());
  });
});
