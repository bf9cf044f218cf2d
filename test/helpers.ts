import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { createApp } from '../src/app.ts';
import { hashSecret, mintSecret, secretHint, type Role } from '../src/domain/access.ts';
import type { AreaCode } from '../src/domain/areas.ts';
import { problemFor, type Refusal } from '../src/errors.ts';
import { appendFileSync } from 'node:fs';
import { createLogger } from '../src/logger.ts';
import { testLogFile } from './test-log.ts';
import { readFile } from 'node:fs/promises';
import { inject, onTestFinished } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { setRenderThreads } from '../src/pdf/render-pool.ts';
import type { Db } from '../src/store/database.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { insertAccount, setPassword, setSecondFactor } from '../src/store/accounts.ts';
import { hash as argon2Hash } from '@node-rs/argon2';
import { openSession } from '../src/services/sessions.ts';
import { SESSION_COOKIE } from '../src/http/auth.ts';
import { secretsKeptWithKeys } from './secrets-at-rest.ts';
import { closeRegistry, demoStart, emptyRegistry, openFrom, settle, TEST_ENGINE } from './engine.ts';
import { TEST_NOW } from './global-setup.ts';

export { TEST_NOW };

// Two test threads share two cores: copies render in the test thread itself (the server renders in threads
// of their own; the bytes are the same either way).
setRenderThreads(0);

// The demo registry at the tests' usual moment is built once per run (test/global-setup.ts); a file that
// sets another moment builds its own, once.
type Start = { image: Buffer } | { template: string };
const starts = new Map<string, Promise<Start>>();
function demoAt(now: Date): Promise<Start> {
  const key = now.toISOString();
  if (!starts.has(key)) {
    const provided = inject('demoStart');
    const given =
      provided?.now === key
        ? provided.template
          ? Promise.resolve({ template: provided.template })
          : provided.file
            ? readFile(provided.file).then((image) => ({ image }))
            : undefined
        : undefined;
    starts.set(key, given ?? demoStart(now));
  }
  return starts.get(key)!;
}

// A PostgreSQL registry holds connections until it is closed: a test's own at the test's end, a file's
// shared ones (made outside any test) at the file's end (test/setup-registries.ts, which runs for every
// file: this module is loaded once per thread). SQLite's in-memory ones are closed alike.
const openInFile: Db[] = [];
export async function closeFileRegistries(): Promise<void> {
  await Promise.all(openInFile.splice(0).map(closeRegistry));
  await settle();
}

/** The engine this run's registries are on (see test/engine.ts). */
export { TEST_ENGINE };

// The apps log as a server's would, into the run's log file, which the run's end scans for secrets.
const testLogger =
  process.env.REGISTRY_TEST_LOG === 'off' ? createLogger('silent') : createLogger('info', (line) => appendFileSync(testLogFile(TEST_ENGINE), `${line}\n`));

/** A fresh registry over its own in-memory database, with helpers to act as any principal. */
/** The second factor of the test's registrars and admins (a base32 TOTP secret). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export async function testRegistry(opts: { demo?: boolean; now?: Date; rateLimitPerMinute?: number; trustProxy?: number; corsOrigins?: string[] } = {}) {
  const clock = { now: opts.now ?? TEST_NOW };
  const db = (opts.demo ?? true) ? await openFrom(await demoAt(clock.now)) : await emptyRegistry();
  // Inside a test, it is that test's; outside one (a file's beforeAll), the file's.
  try {
    onTestFinished(async () => {
      // No test leaves a secret kept with an Idempotency-Key (see test/secrets-at-rest.ts).
      const kept = await secretsKeptWithKeys(db).catch(() => []);
      await closeRegistry(db);
      if (kept.length > 0) throw new Error(`a secret rests in the idempotency store:\n${kept.join('\n')}`);
    });
  } catch {
    openInFile.push(db);
  }
  const app = createApp({
    db,
    logger: testLogger,
    now: () => clock.now,
    // Test receivers of webhooks listen on this machine, as a local relay named in WEBHOOK_ALLOW_HOSTS would.
    webhookAllowHosts: ['127.0.0.1', 'localhost'],
    ...(opts.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: opts.rateLimitPerMinute } : {}),
    ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
    ...(opts.corsOrigins !== undefined ? { corsOrigins: opts.corsOrigins } : {}),
  });

  async function tokenFor(role: Role, binding: { agency?: AreaCode; companyId?: number; name?: string } = {}): Promise<string> {
    const secret = mintSecret();
    const principal = await createPrincipal(db, {
      name: binding.name ?? `${role} ${binding.agency ?? binding.companyId ?? ''}`.trim(),
      role,
      agency: binding.agency ?? null,
      companyId: binding.companyId ?? null,
    });
    await addToken(db, principal.id, hashSecret(secret), secretHint(secret));
    return secret;
  }

  /**
   * A page session for a new person of this role (an account with no password: tests of signing in
   * itself go through the form); the Cookie header value.
   */
  async function sessionFor(role: Role, binding: { agency?: AreaCode; companyId?: number; name?: string } = {}): Promise<string> {
    const name = binding.name ?? `${role} ${binding.agency ?? binding.companyId ?? ''}`.trim();
    const principal = await createPrincipal(db, { name, role, agency: binding.agency ?? null, companyId: binding.companyId ?? null });
    await insertAccount(db, { principalId: principal.id, email: `person${principal.id}@registry.example`, at: clock.now.toISOString() });
    // Registrars and admins have a second factor, or every page would send them to set one up.
    if (role === 'registrar' || role === 'admin') {
      await setSecondFactor(db, principal.id, { secret: TEST_TOTP_SECRET, confirmedAt: clock.now.toISOString(), recoveryCodeHashes: [] });
    }
    const session = await openSession(
      db,
      { id: principal.id, name, role, agency: principal.agency, companyId: principal.companyId },
      { address: null, userAgent: 'test' },
      clock.now,
    );
    return `${SESSION_COOKIE}=${session.cookie}`;
  }

  /**
   * A person who signs in with e-mail and password through the sign-in page; registrars and admins also
   * with a code from TEST_TOTP_SECRET, their second factor.
   */
  async function personWithPassword(role: Role, binding: { agency?: AreaCode; companyId?: number }, email: string, password: string): Promise<void> {
    const principal = await createPrincipal(db, { name: email, role, agency: binding.agency ?? null, companyId: binding.companyId ?? null });
    await insertAccount(db, { principalId: principal.id, email, at: clock.now.toISOString() });
    await setPassword(db, principal.id, await argon2Hash(password));
    if (role === 'registrar' || role === 'admin')
      await setSecondFactor(db, principal.id, { secret: TEST_TOTP_SECRET, confirmedAt: clock.now.toISOString(), recoveryCodeHashes: [] });
  }

  async function call(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string | Uint8Array } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    let body: string | Uint8Array | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    // As a real HTTP client does; app.request() leaves it out.
    if (body !== undefined) headers['Content-Length'] ??= String(Buffer.byteLength(body));
    return app.request(path, { method, headers, body });
  }

  return { db, app, clock, tokenFor, sessionFor, personWithPassword, call };
}

export type TestRegistry = Awaited<ReturnType<typeof testRegistry>>;

/** The parsed JSON body of a response, typed loosely: tests assert its shape. */
export const json = async (res: Response): Promise<any> => res.json();

/** Ids of the demo records, looked up by what identifies them rather than assumed. */
export async function demoIds(db: TestRegistry['db']) {
  const companies = await db.selectFrom('companies').select(['id', 'imo_company_number', 'name_en', 'home_agency']).execute();
  const vessels = await db.selectFrom('vessels').select(['id', 'mmsi', 'company_id', 'area_of_registry']).execute();
  const companyId = (nameEn: string) => companies.find((c) => c.name_en === nameEn)!.id;
  const vesselId = (mmsi: string) => vessels.find((v) => v.mmsi === mmsi)!.id;
  return { companyId, vesselId };
}

let serial = 0;

/** A valid IMO ship number from six digits. */
export function validImo(six: number): string {
  const digits = String(six).padStart(6, '0');
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (7 - i), 0);
  return `${digits}${sum % 10}`;
}
/** A valid Hong Kong ship for `companyId`, with identifiers no other test uses. */
export function hongKongVessel(companyId: number, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const n = String(serial).padStart(3, '0');
  return {
    companyId,
    areaOfRegistry: 'HK',
    nameZh: '維港之星',
    nameEn: `Harbour Star ${n}`,
    imoNumber: validImo(938_000 + serial),
    mmsi: `477900${n}`,
    // A radiotelephony-form call sign (VR, a letter, four digits from 2000): one per test vessel.
    callSign: `VRQ${2000 + serial}`,
    portOfRegistry: 'Hong Kong',
    type: 'catamaran',
    grossTonnage: 1300,
    lengthMetres: 47.3,
    hullColour: 'white',
    superstructureColour: 'white',
    maxPassengers: 410,
    crew: 12,
    epirbHexId: standardLocationEpirbHexId(`477900${n}`),
    communications: { bridgePhone: '+852 9123 0001', vhf: 'VHF 16, 70 (DSC)' },
    route: { ports: ['HKG-SW', 'MAC-OH'], sailingsPerDay: 10, crossingMinutes: 60 },
    lifeSaving: { liferafts: 8, liferaftCapacity: 800, marineEvacuationSystems: 2, rescueBoats: 1 },
    ...overrides,
  };
}

/** A valid Hong Kong company. */
export function hongKongCompany(overrides: Record<string, unknown> = {}) {
  return {
    homeAgency: 'HK',
    nameZh: '維港客運有限公司',
    nameEn: 'Victoria Harbour Ferries Limited',
    addressZh: '香港中環統一碼頭道38號',
    addressEn: '38 Connaught Place, Central, Hong Kong',
    imoCompanyNumber: null,
    emergencyPhone: '+852 2111 2222',
    designatedPerson: { name: 'Lee Ka-yan', phone: '+852 2111 2223', email: 'dpa@vhf.example' },
    emergencyTeam: { name: 'Operations Room', phone: '+852 2111 2224' },
    ...overrides,
  };
}

/**
 * A fingerprint of everything the registry holds, table by table: equal before and after a request
 * when (and only when) the request changed nothing, updates included.
 */
export async function registryState(db: TestRegistry['db']): Promise<Record<string, string>> {
  // The generation row (PostgreSQL) and the journal of changes move with any write statement, even one that changes nothing.
  const tables =
    TEST_ENGINE === 'postgres'
      ? await sql<{
          name: string;
        }>`select tablename as name from pg_tables where schemaname = current_schema() and tablename not in ('registry_generation', 'model_changes') order by tablename`.execute(
          db,
        )
      : await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'model_changes' order by name`.execute(db);
  const state: Record<string, string> = {};
  for (const { name } of tables.rows) {
    // Blob columns (the copies' PDFs) are compared by length: their content is fixed by the sha256 beside them,
    // and reading megabytes for every request would cost seconds.
    const columns =
      TEST_ENGINE === 'postgres'
        ? await sql<{
            name: string;
            type: string;
          }>`select column_name as name, data_type as type from information_schema.columns where table_schema = current_schema() and table_name = ${name} order by ordinal_position`.execute(
            db,
          )
        : await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${name})`.execute(db);
    const select = columns.rows.map((c) => (/blob|bytea/i.test(c.type) ? sql`length(${sql.ref(c.name)})` : sql.ref(c.name)));
    const rows = await sql<Record<string, unknown>>`select ${sql.join(select)} from ${sql.table(name)}`.execute(db);
    // Sorted: PostgreSQL returns a table's rows in no promised order.
    const lines = rows.rows.map((r) => JSON.stringify(Object.values(r))).sort();
    const hash = createHash('sha256').update(JSON.stringify(lines));
    state[name] = `${rows.rows.length}:${hash.digest('hex')}`;
  }
  return state;
}

/** Why a rule refused an identifier, in English as a client reads it; undefined when it accepted it. */
export const reasonOf = (r: { ok: true } | { ok: false; problem: Refusal }): string | undefined => (r.ok ? undefined : problemFor('en', r.problem).message);

/** A refusal's field problems as a reader sees them: the field and the sentence, without the code. */
export const saidProblems = (errors: { field: string; message: string }[]) => errors.map(({ field, message }) => ({ field, message }));

/** A demo registry of its own, served on loopback, as an agency's system or a browser reaches it. */
export async function serveRegistry(): Promise<{ reg: TestRegistry; base: string; close: () => void }> {
  const reg = await testRegistry();
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: reg.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  // fetch keeps a connection for reuse about as long as Node's server keeps it open (5 s): on a busy
  // machine the server's close can cross the next request on the wire ("other side closed"). The
  // server waits longer, so the client is always the one that lets a connection go.
  (server as import('node:http').Server).keepAliveTimeout = 60_000;
  return { reg, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
