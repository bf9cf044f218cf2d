import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bindingProblem, hashSecret, mintSecret, ROLES, secretHint, type Role } from './domain/access.ts';
import { isAreaCode } from './domain/areas.ts';
import { configOrExit } from './config.ts';
import { getCompany } from './store/companies.ts';
import { backupTo, migrateToLatest, openDatabase, type Db } from './store/database.ts';
import { verifyCopy } from './services/copies.ts';
import { addToken, createPrincipal, listTokens, revokeToken } from './store/principals.ts';
import { seedDemo } from './demo/seed.ts';
import { ensureReferenceData } from './services/reference.ts';

const HELP = `SAR plan registry: operator's command line

Usage: npm run cli -- <command> [options]

Commands:
  migrate                      apply database migrations (also done by npm start)
  seed-demo                    load the demo companies and ships into an empty registry
  token create --role <role>   mint an access token; the token alone is the last line printed
         [--agency GD|HK|MO]   for registrars and coordinators
         [--company <id>]      for operators
         [--name <text>]       who holds it (shown in the audit trail)
  token list                   list tokens (never their secrets)
  token revoke <id>            revoke a token at once
  verify <file.pdf>            is this copy genuine, and is it current? (exit 0 current, 3 superseded
                               or withdrawn, 1 not issued by this registry)
  backup <file>                write a consistent copy of the database to <file> while it is in use

Roles: ${ROLES.join(', ')}
The database is DATABASE_PATH (default db/registry.sqlite).`;

export type CliIo = { out: (line: string) => void; err: (line: string) => void; now: () => Date };

/** Runs one CLI command against `db`; returns the process exit code. */
export async function runCli(argv: string[], db: Db, io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      agency: { type: 'string' },
      company: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    io.out(HELP);
    return command || values.help ? 0 : 2;
  }

  switch (command) {
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
    case 'verify': {
      if (!sub) {
        io.err('usage: verify <file.pdf>');
        return 2;
      }
      let pdf: Uint8Array;
      try {
        pdf = new Uint8Array(readFileSync(sub));
      } catch {
        io.err(`cannot read ${sub}`);
        return 2;
      }
      const result = await verifyCopy(db, { pdf });
      if (!result.genuine) {
        io.out(`NOT GENUINE: ${sub} is not a copy issued by this registry (or it has been altered)`);
        return 1;
      }
      io.out(`GENUINE: plan ${result.planNumber}, revision ${result.revision}, controlled copy ${result.copyNumber} of 5, held by ${result.holderNameEn} (${result.holderNameZh}); ${result.status.toUpperCase()}`);
      return result.status === 'current' ? 0 : 3;
    }
    case 'backup': {
      if (!sub) {
        io.err('usage: backup <file>');
        return 2;
      }
      await backupTo(db, sub);
      io.out(`backup written to ${sub}`);
      return 0;
    }
    default:
      io.err(`unknown command: ${command}\n\n${HELP}`);
      return 2;
  }
}

async function tokenCommand(
  sub: string | undefined,
  arg: string | undefined,
  values: { role?: string; agency?: string; company?: string; name?: string },
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
    const problem = bindingProblem(role, agency, companyId);
    if (problem) {
      io.err(problem);
      return 2;
    }
    if (companyId !== null && !(await getCompany(db, companyId))) {
      io.err(`company ${companyId} does not exist`);
      return 2;
    }
    const secret = mintSecret();
    const name = values.name?.trim() || `${role}${agency ? ` ${agency}` : ''}${companyId ? ` company ${companyId}` : ''}`;
    const tokenId = await db.transaction().execute(async (trx) => {
      const principal = await createPrincipal(trx, { name, role, agency: agency as never, companyId });
      return addToken(trx, principal.id, hashSecret(secret), secretHint(secret));
    });
    io.out(`token ${tokenId} for ${name} (${role}${agency ? `, ${agency}` : ''}${companyId ? `, company ${companyId}` : ''}); shown once, keep it safe:`);
    io.out(secret);
    return 0;
  }
  if (sub === 'list') {
    for (const t of await listTokens(db)) {
      const p = t.principal;
      const binding = p.agency ?? (p.companyId ? `company ${p.companyId}` : '-');
      io.out(`${t.id}\t${t.hint}\t${p.role}\t${binding}\t${p.name}\t${t.createdAt}\t${t.revokedAt ? `revoked ${t.revokedAt}` : 'live'}`);
    }
    return 0;
  }
  if (sub === 'revoke') {
    const id = Number(arg);
    if (!Number.isInteger(id) || id <= 0) {
      io.err('usage: token revoke <id>  (ids are shown by token list)');
      return 2;
    }
    const revoked = await revokeToken(db, id, io.now().toISOString());
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

async function main() {
  const config = configOrExit(process.env);
  const db = openDatabase(config.databasePath);
  try {
    const code = await runCli(process.argv.slice(2), db, {
      out: (l) => console.log(l),
      err: (l) => console.error(l),
      now: () => new Date(),
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
