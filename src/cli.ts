import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from './domain/access.ts';
import { isAreaCode } from './domain/areas.ts';
import { configOrExit, databaseLabel, databaseLocation, signingPassphrase } from './config.ts';
import {
  checkCopySignature,
  importSigningKey,
  makeSigningKey,
  openKeyring,
  registryCertificates,
  signingKeys,
  splitPem,
  type SigningKeyView,
} from './services/signing-keys.ts';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { moveRegistry } from './services/moving.ts';
import { backupTo, engineOf, holdsRegistry, inspectDatabase, migrateToLatest, openDatabase, RegistryMissing, restoreFrom, type Db } from './store/database.ts';
import { auditHead, verifyAuditChain, type ChainReport } from './store/audit.ts';
import { headText, parseHead } from './domain/audit-chain.ts';
import { verifyCopy } from './services/copies.ts';
import { allTokens, COMMAND_LINE_TOKEN_DAYS, createCommandLineToken, revokeFromCommandLine } from './services/tokens.ts';
import { seedDemo } from './demo/seed.ts';
import { ensureReferenceData } from './services/reference.ts';
import { createFirstAdmin, resetFromCommandLine } from './services/accounts.ts';
import { AppError, problemFor } from './errors.ts';

const HELP = `SAR plan registry: operator's command line

Usage: npm run cli -- <command> [options]

Commands:
  init                         create the registry where the configuration points: its schema and
                               reference data, nothing else (every other command needs one)
  migrate                      apply database migrations (also done at every server start)
  seed-demo                    load the demo companies and ships into an empty registry
  token create --role <role>   mint an access token; the token alone is the last line printed
         [--agency GD|HK|MO]   for registrars and coordinators
         [--company <id>]      for operators
         [--name <text>]       who holds it (shown in the audit trail)
         [--days <n>]          how long it lives (1 to 365; 90 unless told)
  token list                   list tokens (never their secrets)
  token revoke <id>            revoke a token at once
  verify <file.pdf>            is this copy genuine, and is it current? Its signature is checked first,
         [--certificates <f>]  offline, against the agencies' published certificates (the PEM file
                               GET /api/agencies/{code}/certificates gives, else the registry's own);
                               then, if the registry can be reached, whether it is current. Exit 0
                               current, 3 superseded or withdrawn, 1 not genuine or altered, 4 signature
                               valid but the registry could not be asked
  signing-key create --agency GD|HK|MO
                               make the agency's signing key, certified by the registry's authority
  signing-key rotate --agency GD|HK|MO
                               a new key for the agency; the old one signs nothing more and its
                               certificate stays published for the copies it signed
  signing-key import --agency GD|HK|MO --file <agency.p12>
                               take the agency's key and certificate from its own certification
                               authority (the file's password in SIGNING_KEY_IMPORT_PASSWORD)
  signing-key list             every key's certificate: holder, state, validity, fingerprint
  backup <file> [--force]      write a consistent copy of the database to <file> while it is in use,
                               check it and say what it holds (an existing file only with --force)
  restore <file>               check <file>, keep the current database beside it, and restore from it
  copy-to <database>           copy this registry (history, audit trail, copies) into an empty
                               database, a postgres:// URL or a SQLite file, then check every
                               table's count and every copy's SHA-256 (exit 1 on any difference)
  audit verify [--expect-head <id>:<hash>]
                               walk the audit chain; exit 1 and name the first broken link if any, a
                               gap in event ids, or (given a head the log or a backup's manifest
                               recorded) a chain cut or rewritten since
  audit head                   the chain's head now, to keep somewhere else
  account create-admin         open the first admin account of an agency; prints its one-time link
         --agency GD|HK|MO --name <text> --email <address>
  account reset --email <a>    a new one-time link for a person locked out (password and second
                               factor are set again; their sessions end)

Roles: ${ROLES.join(', ')}
The database is DATABASE_URL when set (postgres://…, shared by several servers), else the SQLite
file DATABASE_PATH (default db/registry.sqlite). On PostgreSQL, backup and restore are pg_dump's and
pg_restore's work (see docs/operations.md).`;

export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
  /** The registry as it may be printed (a URL's password left out), for messages that name it. */
  registry?: string;
  /** The address people reach the registry at, for the links the command line prints. */
  address?: string;
};

/** The commands that may create a registry; every other works on one that exists. */
const CREATING = new Set(['init', 'migrate']);

/** Runs one CLI command against `db`; returns the process exit code. */
export async function runCli(argv: string[], db: Db | null, io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      agency: { type: 'string' },
      company: { type: 'string' },
      name: { type: 'string' },
      days: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      force: { type: 'boolean' },
      email: { type: 'string' },
      'expect-head': { type: 'string' },
      certificates: { type: 'string' },
      file: { type: 'string' },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    io.out(HELP);
    return command || values.help ? 0 : 2;
  }

  // A copy's signature is checked without the registry; whether it is current needs it.
  if (command === 'verify') return verifyCommand(sub, values.certificates, db, io);
  if (!db || (!CREATING.has(command) && !(await holdsRegistry(db)))) {
    io.err(missingRegistry(io.registry));
    return 1;
  }
  switch (command) {
    case 'init': {
      const existed = await holdsRegistry(db);
      await migrateToLatest(db);
      await ensureReferenceData(db);
      io.out(
        existed
          ? `a registry is already at ${io.registry ?? 'this database'}; it is up to date, nothing else changed`
          : `registry created at ${io.registry ?? 'this database'}: schema and reference data, no other data`,
      );
      return 0;
    }
    case 'migrate': {
      const result = await migrateToLatest(db);
      await ensureReferenceData(db);
      const applied = result.results?.map((r) => r.migrationName) ?? [];
      io.out(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      return 0;
    }
    case 'seed-demo': {
      await migrateToLatest(db);
      const loaded = await seedDemo(db, io.now());
      io.out(loaded ? 'demo data loaded' : 'the registry already holds companies; demo data not loaded');
      return 0;
    }
    case 'token':
      return tokenCommand(sub, arg, values, db, io);
    case 'account':
      return accountCommand(sub, values, db, io);
    case 'signing-key':
      return signingKeyCommand(sub, values, db, io);
    case 'backup':
    case 'restore':
      if (engineOf(db) === 'postgres') {
        io.err(
          `On PostgreSQL, ${command}s are made with the engine's own tools (pg_dump and pg_restore, or a streaming replica): see docs/operations.md, Running on PostgreSQL`,
        );
        return 2;
      }
      return command === 'backup' ? backup(db, sub, values.force === true, io) : restore(db, sub, io);
    case 'copy-to': {
      if (!sub) {
        io.err('usage: copy-to <postgres://user:password@host:5432/database | file.sqlite>');
        return 2;
      }
      return copyTo(db, sub, io);
    }
    case 'audit': {
      if (sub === 'head') {
        const head = await auditHead(db);
        io.out(head ? headText(head) : 'the audit chain is empty');
        return 0;
      }
      if (sub !== 'verify') {
        io.err('usage: audit verify [--expect-head <id>:<hash>] | audit head');
        return 2;
      }
      const expected = values['expect-head'] === undefined ? undefined : parseHead(values['expect-head']);
      if (expected === null) {
        io.err('--expect-head takes the head as the log or a backup manifest gives it: <event id>:<64 hex digits>');
        return 2;
      }
      return auditVerdict(await verifyAuditChain(db, expected), engineOf(db), io);
    }
    default:
      io.err(`unknown command: ${command}\n\n${HELP}`);
      return 2;
  }
}

/** "12 companies, 16 vessels, …": what a database holds, in a line. */
async function accountCommand(sub: string | undefined, values: { agency?: string; name?: string; email?: string }, db: Db, io: CliIo): Promise<number> {
  await migrateToLatest(db);
  await ensureReferenceData(db);
  const shown = (made: { link: string; expiresAt: string }) => {
    io.out(`one-time link, valid until ${made.expiresAt}; give it to the person, who opens it to set a password and a second factor:`);
    io.out(`${io.address ?? 'http://localhost:8080'}${made.link}`);
  };
  try {
    if (sub === 'create-admin') {
      const agency = values.agency?.toUpperCase();
      if (!agency || !isAreaCode(agency) || !values.name?.trim() || !values.email?.trim()) {
        io.err('usage: account create-admin --agency GD|HK|MO --name <text> --email <address>');
        return 2;
      }
      const made = await createFirstAdmin(db, { agency, name: values.name, email: values.email }, io.now());
      io.out(`admin ${made.account.id} ${made.account.name} <${made.account.email}> of ${agency}`);
      shown(made);
      return 0;
    }
    if (sub === 'reset') {
      if (!values.email?.trim()) {
        io.err('usage: account reset --email <address>');
        return 2;
      }
      const made = await resetFromCommandLine(db, values.email, io.now());
      io.out(`account ${made.account.id} ${made.account.name} reset; its sessions ended`);
      shown(made);
      return 0;
    }
  } catch (err) {
    if (err instanceof AppError) {
      io.err(`ERR ${err.detail}${err.errors.length ? `: ${err.errors.map((e) => `${e.field} ${problemFor('en', e).message}`).join('; ')}` : ''}`);
      return 1;
    }
    throw err;
  }
  io.err('usage: account create-admin|reset');
  return 2;
}

const describe = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([t, n]) => `${n} ${t.replace('_', ' ')}`)
    .join(', ');

async function tokenCommand(
  sub: string | undefined,
  arg: string | undefined,
  values: { role?: string; agency?: string; company?: string; name?: string; days?: string },
  db: Db,
  io: CliIo,
): Promise<number> {
  await migrateToLatest(db);
  await ensureReferenceData(db);
  if (sub === 'create') {
    const role = values.role as Role | undefined;
    if (!role || !ROLES.includes(role)) {
      io.err(`--role must be one of ${ROLES.join(', ')}`);
      return 2;
    }
    const agency = values.agency?.toUpperCase() ?? null;
    if (agency !== null && !isAreaCode(agency)) {
      io.err('--agency must be GD, HK or MO');
      return 2;
    }
    const companyId = values.company === undefined ? null : Number(values.company);
    if (companyId !== null && !(Number.isInteger(companyId) && companyId > 0)) {
      io.err('--company must be a company id (a whole number)');
      return 2;
    }
    const days = values.days === undefined ? COMMAND_LINE_TOKEN_DAYS : Number(values.days);
    const name = values.name?.trim() || `${role}${agency ? ` ${agency}` : ''}${companyId ? ` company ${companyId}` : ''}`;
    let made: Awaited<ReturnType<typeof createCommandLineToken>>;
    try {
      made = await createCommandLineToken(db, { name, role, agency, companyId, days }, io.now());
    } catch (err) {
      if (!(err instanceof AppError && err.category === 'validation_failed')) throw err;
      const first = err.errors[0];
      io.err(first ? `${first.field === 'days' ? '--days: ' : ''}${problemFor('en', first).message}` : err.detail);
      return 2;
    }
    io.out(
      `token ${made.tokenId} for ${name} (${role}${agency ? `, ${agency}` : ''}${companyId ? `, company ${companyId}` : ''}), valid until ${made.expiresAt.slice(0, 10)}; shown once, keep it safe:`,
    );
    io.out(made.secret);
    return 0;
  }
  if (sub === 'list') {
    for (const t of await allTokens(db)) {
      const p = t.principal;
      const binding = p.agency ?? (p.companyId ? `company ${p.companyId}` : '-');
      const state = t.revokedAt ? `revoked ${t.revokedAt}` : t.expiresAt && Date.parse(t.expiresAt) <= io.now().getTime() ? `expired ${t.expiresAt}` : 'live';
      io.out(`${t.id}\t${t.hint}\t${p.role}\t${binding}\t${p.name}\t${t.createdAt}\t${t.expiresAt ? `until ${t.expiresAt}` : 'no expiry'}\t${state}`);
    }
    return 0;
  }
  if (sub === 'revoke') {
    const id = Number(arg);
    if (!Number.isInteger(id) || id <= 0) {
      io.err('usage: token revoke <id>  (ids are shown by token list)');
      return 2;
    }
    const revoked = await revokeFromCommandLine(db, id, io.now());
    if (!revoked) {
      io.err(`token ${id} does not exist or is already revoked`);
      return 1;
    }
    io.out(`token ${id} revoked`);
    return 0;
  }
  io.err('usage: token create|list|revoke');
  return 2;
}

/**
 * What `audit verify` says of the chain: INTACT, or BROKEN with the first reason. A gap in event ids is a
 * break on SQLite, where ids never skip; on PostgreSQL a write rolled back leaves one, so it is named and
 * left to be compared with the heads the log recorded.
 */
function auditVerdict(report: ChainReport, engine: string, io: CliIo): number {
  const { events, broken, head, gaps, againstExpected } = report;
  const gapText = gaps.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
  if (broken) {
    io.out(`BROKEN: the audit chain breaks at event ${broken.eventId} (${broken.reason}); ${events} events`);
    return 1;
  }
  if (againstExpected && !againstExpected.holds) {
    const reason =
      againstExpected.reason === 'cut from the end'
        ? `it ends at ${head ? headText(head) : 'nothing'}, before the head recorded`
        : 'the link at the recorded head differs: the chain was rewritten';
    io.out(`BROKEN: ${reason}; ${events} events`);
    return 1;
  }
  if (gaps.length > 0 && engine === 'sqlite') {
    io.out(`BROKEN: audit event ids missing: ${gapText}; ${events} events`);
    return 1;
  }
  const checked = againstExpected ? ', and it holds the head recorded' : '';
  io.out(`INTACT: ${events} audit events, every link holds${checked}; head ${head ? headText(head) : '—'}`);
  if (gaps.length > 0) io.out(`note: event ids ${gapText} are not in the chain (on PostgreSQL a write rolled back leaves such a gap)`);
  return 0;
}

/** A consistent copy of a SQLite registry in `file`, checked before it is reported. */
async function backup(db: Db, file: string | undefined, force: boolean, io: CliIo): Promise<number> {
  if (!file) {
    io.err('usage: backup <file> [--force]');
    return 2;
  }
  if (existsSync(file) && !force) {
    io.err(`${file} exists; a backup never overwrites a file unless told to (--force)`);
    return 2;
  }
  if (existsSync(file)) rmSync(file);
  await backupTo(db, file);
  const copy = inspectDatabase(file);
  if (!copy.intact) {
    io.err(`the backup in ${file} fails SQLite's integrity check: ${copy.problems.join('; ')}`);
    return 1;
  }
  // The manifest beside it keeps the audit chain's head, outside any database: a later
  // `audit verify --expect-head` shows whether events were cut or rewritten since.
  const manifest = { file: basename(file), writtenAt: new Date().toISOString(), sha256: sha256Of(file), counts: copy.counts, auditHead: copy.auditHead };
  writeFileSync(`${file}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  io.out(`backup written to ${file} and checked: ${describe(copy.counts)}; audit head ${copy.auditHead ?? '—'} (in ${file}.manifest.json)`);
  return 0;
}

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Replaces a SQLite registry with the copy in `file`, once the copy is checked, keeping the replaced one. */
async function restore(db: Db, file: string | undefined, io: CliIo): Promise<number> {
  if (!file || !existsSync(file)) {
    io.err(file ? `no such file: ${file}` : 'usage: restore <file>');
    return 2;
  }
  const copy = inspectDatabase(file);
  if (!copy.intact) {
    io.err(`${file} fails SQLite's integrity check, so nothing was replaced: ${copy.problems.join('; ')}`);
    return 1;
  }
  const keptAs = `${file}.replaced-${io.now().toISOString().replace(/[:.]/g, '-')}.sqlite`;
  await restoreFrom(db, file, keptAs);
  io.out(`restored from ${file} (${describe(copy.counts)}); the replaced database is kept as ${keptAs}`);
  return 0;
}

/** Moves this registry into the empty database at `location`, and says what the check after found. */
async function copyTo(db: Db, location: string, io: CliIo): Promise<number> {
  const target = openDatabase(location, { create: true });
  try {
    const report = await moveRegistry(db, target, (table, rows) => io.out(`  ${table}: ${rows}`));
    const problems = [
      ...report.countDifferences.map((d) => `${d.table}: ${d.source} here, ${d.target} there`),
      ...report.copyHashDifferences.map((id) => `copy ${id}: its bytes differ or do not match its SHA-256`),
    ];
    if (problems.length) {
      io.err(`copied, but the check found ${problems.length} difference(s):`);
      for (const p of problems) io.err(`  ${p}`);
      return 1;
    }
    const { agencies, companies, vessels, plans, plan_revisions, copies, exercises, audit_events } = report.counts;
    io.out(
      `copied in ${report.seconds} s and checked: ${describe({ agencies, companies, vessels, plans, plan_revisions, copies, exercises, audit_events })}; every table's count and every copy's SHA-256 agree`,
    );
    return 0;
  } catch (err) {
    io.err(`nothing copied: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await target.destroy();
  }
}

/** What to say when the configuration points at no registry. */
const missingRegistry = (where = 'this database') =>
  `no registry at ${where}: check DATABASE_PATH or DATABASE_URL, or create one with: npm run cli -- init (npm start makes the demo)`;

async function main() {
  // Files this process creates (backups, a new registry, exports) are its own user's only.
  process.umask(0o077);
  const config = configOrExit(process.env);
  const argv = process.argv.slice(2);
  const registry = databaseLabel(config);
  let db: Db;
  try {
    db = openDatabase(databaseLocation(config), { create: CREATING.has(argv.find((a) => !a.startsWith('-')) ?? '') });
  } catch (err) {
    if (!(err instanceof RegistryMissing)) throw err;
    // A copy's signature is checked without a registry.
    if (argv[0] === 'verify') {
      process.exitCode = await runCli(argv, null, { out: (l) => console.log(l), err: (l) => console.error(l), now: () => new Date(), registry });
      return;
    }
    console.error(missingRegistry(registry));
    process.exitCode = 1;
    return;
  }
  openKeyring(db, {
    passphrase: signingPassphrase(config, { demo: argv[0] === 'seed-demo' }),
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
  });
  try {
    const code = await runCli(argv, db, {
      out: (l) => console.log(l),
      err: (l) => console.error(l),
      now: () => new Date(),
      registry,
      address: config.publicUrl ?? `http://localhost:${config.port}`,
    });
    process.exitCode = code;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

/** verify <file.pdf>: the signature offline, then the registry's word on whether the copy is current. */
async function verifyCommand(file: string | undefined, certificatesFile: string | undefined, db: Db | null, io: CliIo): Promise<number> {
  if (!file) {
    io.err('usage: verify <file.pdf> [--certificates <agencies.pem>]');
    return 2;
  }
  let pdf: Uint8Array;
  let published: string[] | null = null;
  try {
    pdf = new Uint8Array(readFileSync(file));
    if (certificatesFile) published = splitPem(readFileSync(certificatesFile, 'utf8'));
  } catch (err) {
    io.err(`cannot read ${(err as { path?: string }).path ?? file}`);
    return 2;
  }
  const reachable = db !== null && (await holdsRegistry(db).catch(() => false));
  if (published === null) {
    if (!reachable) {
      io.err(`${missingRegistry(io.registry)}; or give the agencies' certificates with --certificates <file.pem> to check the signature alone`);
      return 1;
    }
    published = await registryCertificates(db);
  }
  const signature = checkCopySignature(pdf, published);
  if (signature.status === 'invalid') {
    io.out(`SIGNATURE INVALID: ${file} was altered after it was signed, or was never signed by an agency (${signature.problems.join('; ')})`);
    return 1;
  }
  if (signature.status === 'valid') {
    const who = signature.signer.subject;
    if (!signature.published) {
      io.out(
        `SIGNATURE NOT AN AGENCY'S: the signature is intact, but its certificate (${who}, ${signature.signer.fingerprint}) is not one the registry published`,
      );
      return 1;
    }
    io.out(`SIGNATURE VALID: signed by ${who}; unchanged since it was signed (certificate ${signature.signer.fingerprint})`);
  } else {
    io.out('UNSIGNED: a copy issued before copies were signed; only the registry can say whether it is genuine');
  }
  if (!reachable) {
    io.out(`CURRENCY UNKNOWN: ${io.registry ?? 'the registry'} could not be reached; ask it (or scan the QR code) whether this revision is still current`);
    return signature.status === 'valid' ? 4 : 1;
  }
  const result = await verifyCopy(db, { pdf });
  if (!result.genuine) {
    io.out(`NOT GENUINE: ${file} is not a copy issued by this registry (or it has been altered)`);
    return 1;
  }
  const state =
    result.status === 'superseded' && result.supersededBy
      ? `SUPERSEDED by revision ${result.supersededBy.revision} on ${result.supersededBy.since}`
      : result.status === 'withdrawn'
        ? `WITHDRAWN on ${result.withdrawnOn}`
        : result.status.toUpperCase();
  io.out(
    `GENUINE: plan ${result.planNumber}, revision ${result.revision}, controlled copy ${result.copyNumber} of 5, held by ${result.holderNameEn} (${result.holderNameZh}); ${state}`,
  );
  return result.status === 'current' ? 0 : 3;
}

/** signing-key create|rotate|import|list: the key ceremony of docs/operations.md. */
async function signingKeyCommand(sub: string | undefined, values: { agency?: string; file?: string }, db: Db, io: CliIo): Promise<number> {
  const usage = 'usage: signing-key create|rotate --agency GD|HK|MO, signing-key import --agency GD|HK|MO --file <agency.p12>, signing-key list';
  if (sub === 'list') {
    const keys = await signingKeys(db);
    if (keys.length === 0) io.out('no signing keys: make each agency one with signing-key create --agency GD|HK|MO');
    for (const k of keys) {
      io.out(`${k.id}\t${k.holder}\t${k.state}\t${k.source}\tvalid ${k.notBefore.slice(0, 10)} to ${k.notAfter.slice(0, 10)}\t${k.subject}\t${k.fingerprint}`);
    }
    return 0;
  }
  const agency = values.agency;
  if (!agency || !isAreaCode(agency) || !['create', 'rotate', 'import'].includes(sub ?? '')) {
    io.err(usage);
    return 2;
  }
  try {
    let made: SigningKeyView;
    if (sub === 'import') {
      if (!values.file) {
        io.err(usage);
        return 2;
      }
      const password = process.env.SIGNING_KEY_IMPORT_PASSWORD ?? '';
      made = await importSigningKey(db, agency, new Uint8Array(readFileSync(values.file)), password, io.now());
    } else {
      made = await makeSigningKey(db, agency, io.now(), sub as 'create' | 'rotate');
    }
    io.out(
      `signing key ${made.id} of ${agency} ${sub === 'import' ? 'imported' : sub === 'rotate' ? 'made; the previous one is retired' : 'made'}: ${made.subject}`,
    );
    io.out(`  issued by ${made.issuer}, valid ${made.notBefore.slice(0, 10)} to ${made.notAfter.slice(0, 10)}`);
    io.out(`  SHA-256 fingerprint ${made.fingerprint} (published at /api/agencies/${agency}/certificates)`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      io.err(err.detail);
      return 1;
    }
    throw err;
  }
}
