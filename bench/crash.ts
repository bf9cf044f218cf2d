import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hashSecret, mintSecret, secretHint } from '../src/domain/access.ts';
import { ensureReferenceData } from '../src/services/reference.ts';
import { registerCompany } from '../src/services/registry.ts';
import { verifyAuditChain } from '../src/store/audit.ts';
import { migrateToLatest, openDatabase } from '../src/store/database.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { startServer } from './server.ts';

// The crash test: the real server is killed with SIGKILL while several clients write to it, again and
// again; afterwards every write it acknowledged must be in the registry, with exactly one audit event
// each, and the audit chain must hold. `npm run crash` runs it long; a short run is part of npm test.

export type CrashOptions = { kills: number; writers: number; writesBeforeKill: number };
export type CrashResult = {
  kills: number;
  acknowledged: number;
  missing: string[];
  auditEvents: Record<string, number>;
  chain: { events: number; broken: unknown };
};

const company = (nameEn: string) => ({
  homeAgency: 'HK' as const,
  nameZh: '維港客運有限公司',
  nameEn,
  addressZh: '香港中環統一碼頭道38號',
  addressEn: '38 Connaught Place, Central, Hong Kong',
  emergencyPhone: '+852 2111 2222',
  emergencyPhoneAlt: '+852 2111 2299',
  imoCompanyNumber: null,
  designatedPerson: { name: 'Lee Ka-yan', phone: '+852 2111 2223', mobile: null, email: 'dpa@vhf.example' },
  emergencyTeam: { name: 'Operations Room', phone: '+852 2111 2224', email: null },
  mediaContact: null,
});

export async function runCrashTest(o: CrashOptions): Promise<CrashResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-crash-'));
  const file = join(dir, 'registry.sqlite');
  try {
    const setup = openDatabase(file, { create: true });
    await migrateToLatest(setup);
    await ensureReferenceData(setup);
    const token = mintSecret();
    const principal = await createPrincipal(setup, { name: 'Crash-test registrar', role: 'registrar', agency: 'HK', companyId: null });
    await addToken(setup, principal.id, hashSecret(token), secretHint(token));
    // A registry that already holds a company: the server then starts without loading the demo.
    await registerCompany(setup, { principal, requestId: null }, company('Crash Test Ferries 00000'), new Date());
    await setup.destroy();

    const acknowledged: string[] = [];
    let serial = 0;
    for (let round = 0; round < o.kills; round++) {
      const { child, base } = await startServer(file);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      let acknowledgedThisRound = 0;
      let killed = false;
      // Each writer registers companies one after another until the server dies under it.
      const writer = async () => {
        for (;;) {
          const name = `Crash Test Ferries ${String(++serial).padStart(5, '0')}`;
          try {
            const res = await fetch(`${base}/api/companies`, {
              method: 'POST',
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
              body: JSON.stringify(company(name)),
            });
            if (res.status === 201) {
              acknowledged.push(name);
              // Killed mid-flight: after enough acknowledged writes, while the others are still writing.
              if (++acknowledgedThisRound >= o.writesBeforeKill && !killed) {
                killed = true;
                child.kill('SIGKILL');
              }
            } else if (res.status !== 503) {
              throw new Error(`unexpected ${res.status}: ${await res.text()}`);
            }
          } catch (err) {
            if (killed) return; // the connection died with the server: this write was never acknowledged
            throw err;
          }
        }
      };
      await Promise.all(Array.from({ length: o.writers }, writer));
      await exited;
    }

    const db = openDatabase(file);
    try {
      const companies = await db.selectFrom('companies').select(['id', 'name_en']).execute();
      const names = new Set(companies.map((r) => r.name_en));
      const nameOf = new Map(companies.map((c) => [String(c.id), c.name_en]));
      const events = await db.selectFrom('audit_events').select('record_id').where('action', '=', 'company.create').execute();
      const auditEvents: Record<string, number> = {};
      for (const e of events) {
        const name = nameOf.get(e.record_id);
        if (name) auditEvents[name] = (auditEvents[name] ?? 0) + 1;
      }
      return {
        kills: o.kills,
        acknowledged: acknowledged.length,
        missing: acknowledged.filter((n) => !names.has(n)),
        auditEvents: Object.fromEntries(acknowledged.map((n) => [n, auditEvents[n] ?? 0])),
        chain: await verifyAuditChain(db),
      };
    } finally {
      await db.destroy();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const kills = Number(process.argv[2] ?? 12);
  const result = await runCrashTest({ kills, writers: 4, writesBeforeKill: 150 });
  const badAudit = Object.entries(result.auditEvents).filter(([, n]) => n !== 1);
  console.log(
    `${result.kills} kills, ${result.acknowledged} acknowledged writes, ${result.missing.length} lost, ${badAudit.length} without exactly one audit event, audit chain ${result.chain.broken ? 'BROKEN' : 'intact'} (${result.chain.events} events)`,
  );
  process.exit(result.missing.length || badAudit.length || result.chain.broken ? 1 : 0);
}
