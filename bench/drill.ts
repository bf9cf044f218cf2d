import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, stopServer, freePort } from './server.ts';

// A failover drill (npm run drill:failover, through bench/run.ts, which writes its figures into docs/benchmarks.md): a primary PostgreSQL and a streaming standby made from it
// by pg_basebackup, two app instances configured with both (DATABASE_URL naming the two hosts, the
// standby as DATABASE_REPLICA_URL), coordinators looking ships up and a registrar registering companies
// all the while. The primary is stopped; the standby goes on answering lookups; it is promoted; the
// instances move their writes to it without a restart. What it measures: seconds without a lookup
// answer, seconds without writes, acknowledged writes lost, answers by kind.
//
// Commits wait for the standby (synchronous_standby_names): an acknowledged write is on both machines,
// so promoting the standby loses none. The clusters are made in a directory of their own and removed.

const ROOT = resolve(import.meta.dirname, '..');

export type DrillOptions = {
  /** Seconds of each phase: before the stop, with the primary gone, after the promotion. */
  phaseSeconds: number;
  /** Concurrent coordinators looking ships up. */
  coordinators: number;
};

export type DrillReport = {
  phaseSeconds: number;
  coordinators: number;
  lookups: { answered: number; fromReplica: number; longestWithoutAnswerSeconds: number; byKind: Record<string, number> };
  writes: { acknowledged: number; secondsWithoutWrites: number; byKind: Record<string, number> };
  acknowledgedWritesLost: number;
  instancesUp: boolean;
};

/** PostgreSQL's programs: the newest installed version's. */
function binaries(): string {
  const base = '/usr/lib/postgresql';
  const version = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (!version) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql): the drill needs initdb, pg_ctl and pg_basebackup');
  return join(base, version, 'bin');
}

/** How to run a PostgreSQL program: as the postgres user when this is root (initdb refuses root), else as this user. */
function postgresCommand(program: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [program, args];
  return ['su', ['postgres', '-c', [program, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ')]];
}

/** Runs a PostgreSQL program (see postgresCommand) and answers what it printed. */
function asPostgres(program: string, args: string[]): string {
  const run = spawnSync(...postgresCommand(program, args), { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${run.stderr || run.stdout}`);
  return run.stdout;
}

/**
 * The same, without blocking the drill's own event loop: the stop and the promotion run so, or the
 * coordinators' answers that arrive while pg_ctl waits would be counted late, as a gap (0.39 s it was).
 */
function asPostgresWhileLoaded(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(...postgresCommand(program, args), { encoding: 'utf8' }, (err, stdout, stderr) =>
      err ? reject(new Error(`${program} ${args.join(' ')} failed: ${stderr || stdout}`)) : resolve(),
    ),
  );
}

type Cluster = { dir: string; port: number };

const pgCtlArgs = (c: Cluster, args: string[]) => ['-D', c.dir, '-l', `${c.dir}.log`, '-w', ...args];

/** pg_ctl's failure, with the server's own words saying why. */
function pgCtlFailed(c: Cluster, err: unknown): Error {
  const log = existsSync(`${c.dir}.log`) ? readFileSync(`${c.dir}.log`, 'utf8').split('\n').slice(-8).join('\n') : '';
  return new Error(`${(err as Error).message}\n${log}`);
}

function pgCtl(bin: string, c: Cluster, ...args: string[]) {
  try {
    return asPostgres(join(bin, 'pg_ctl'), pgCtlArgs(c, args));
  } catch (err) {
    throw pgCtlFailed(c, err);
  }
}

/** pg_ctl while the load runs (see asPostgresWhileLoaded). */
const pgCtlWhileLoaded = (bin: string, c: Cluster, ...args: string[]) =>
  asPostgresWhileLoaded(join(bin, 'pg_ctl'), pgCtlArgs(c, args)).catch((err) => {
    throw pgCtlFailed(c, err);
  });

function psql(bin: string, c: Cluster, query: string, database = 'postgres'): string {
  return asPostgres(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(c.port), '-U', 'drill', '-d', database, '-At', '-c', query]).trim();
}

async function until(what: string, seconds: number, check: () => boolean | Promise<boolean>) {
  const end = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const QUERIES = ['金龍', '澳门', 'Turbo', '477', '新世紀', 'Jet', '珠海', '香港', '信德', 'Cotai'];

export async function drill(opts: DrillOptions): Promise<DrillReport> {
  const bin = binaries();
  const work = mkdtempSync(join(tmpdir(), 'sar-drill-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(work, uid, gid);
  }
  const primary: Cluster = { dir: join(work, 'primary'), port: await freePort() };
  const standby: Cluster = { dir: join(work, 'standby'), port: await freePort() };
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  try {
    asPostgres(join(bin, 'initdb'), ['-D', primary.dir, '-U', 'drill', '--auth=trust', '--no-sync']);
    writeFileSync(
      join(work, 'primary.conf'),
      [
        `port = ${primary.port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${work}'`,
        'wal_level = replica',
        'max_wal_senders = 4',
        'hot_standby = on',
        'fsync = off',
        '',
      ].join('\n'),
    );
    asPostgres('/bin/sh', ['-c', `cat ${join(work, 'primary.conf')} >> ${join(primary.dir, 'postgresql.conf')}`]);
    pgCtl(bin, primary, 'start');
    psql(bin, primary, 'create database registry');
    const url = (c: Cluster) => `postgres://drill@127.0.0.1:${c.port}/registry`;
    const both = `postgres://drill@127.0.0.1:${primary.port},127.0.0.1:${standby.port}/registry`;

    // The first instance seeds the demo on the primary, as npm start does.
    // The instances' warnings of connections lost are the drill itself: only errors are passed on.
    const env = { DATABASE_REPLICA_URL: url(standby), LOG_LEVEL: 'error' };
    servers.push(await startServer(both, { from: 'dist', demo: true, env }));

    // The standby, copied from the primary and streaming from it; then commits wait for it.
    asPostgres(join(bin, 'pg_basebackup'), [
      '-d',
      `host=127.0.0.1 port=${primary.port} user=drill application_name=standby`,
      '-D',
      standby.dir,
      '-R',
      '-X',
      'stream',
      // At once: a spread checkpoint would keep the copy waiting for minutes.
      '-c',
      'fast',
    ]);
    asPostgres('/bin/sh', ['-c', `echo "port = ${standby.port}" >> ${join(standby.dir, 'postgresql.conf')}`]);
    pgCtl(bin, standby, 'start');
    await until('the standby streaming', 30, () => psql(bin, primary, "select count(*) from pg_stat_replication where state = 'streaming'") === '1');
    psql(bin, primary, "alter system set synchronous_standby_names = 'standby'");
    psql(bin, primary, 'select pg_reload_conf()');
    servers.push(await startServer(both, { from: 'dist', env }));

    const cli = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url(primary) },
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .at(-1)!;
    const coordinator = cli('token', 'create', '--role', 'coordinator', '--agency', 'GD', '--name', 'Drill coordinator');
    const registrar = cli('token', 'create', '--role', 'registrar', '--agency', 'HK', '--name', 'Drill registrar');

    const bases = servers.map((s) => s.base);
    let running = true;
    const lookups: { at: number; ok: boolean; replica: boolean; kind: string }[] = [];
    const writes: { at: number; ok: boolean; kind: string; id?: number }[] = [];
    const kindOf = async (res: Response) => {
      if (res.ok) return String(res.status);
      const body = (await res.json().catch(() => ({}))) as { code?: string };
      return `${res.status} ${body.code ?? ''}`.trim();
    };
    const coordinatorLoop = async (n: number) => {
      for (let i = 0; running; i++) {
        const base = bases[(n + i) % bases.length]!;
        const q = QUERIES[(n * 7 + i) % QUERIES.length]!;
        try {
          const res = await fetch(`${base}/api/lookup?q=${encodeURIComponent(q)}`, { headers: { Authorization: `Bearer ${coordinator}` } });
          const replica = res.headers.get('registry-served-from') === 'replica';
          lookups.push({ at: Date.now(), ok: res.ok, replica, kind: await kindOf(res) });
        } catch (err) {
          lookups.push({ at: Date.now(), ok: false, replica: false, kind: `error ${(err as Error).message}` });
        }
      }
    };
    const registrarLoop = async () => {
      for (let i = 0; running; i++) {
        const base = bases[i % bases.length]!;
        const company = {
          homeAgency: 'HK',
          nameZh: `演練客運第${i}號有限公司`,
          nameEn: `Drill Ferries No ${i} Limited`,
          addressZh: '香港中環統一碼頭道38號',
          addressEn: '38 Connaught Place, Central, Hong Kong',
          emergencyPhone: '+852 2111 2222',
          designatedPerson: { name: 'Lee Ka-yan', phone: '+852 2111 2223', email: 'dpa@drill.example' },
          emergencyTeam: { name: 'Operations Room', phone: '+852 2111 2224' },
        };
        try {
          const res = await fetch(`${base}/api/companies`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${registrar}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(company),
          });
          const kind = await kindOf(res.clone());
          const id = res.ok ? ((await res.json()) as { id: number }).id : undefined;
          writes.push({ at: Date.now(), ok: res.ok, kind, ...(id ? { id } : {}) });
        } catch (err) {
          writes.push({ at: Date.now(), ok: false, kind: `error ${(err as Error).message}` });
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const loads = [...Array.from({ length: opts.coordinators }, (_, n) => coordinatorLoop(n)), registrarLoop()];
    const pause = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

    await pause(opts.phaseSeconds);
    const stoppedAt = Date.now();
    await Promise.all([pgCtlWhileLoaded(bin, primary, 'stop', '-m', 'immediate'), pause(opts.phaseSeconds)]);
    await pgCtlWhileLoaded(bin, standby, 'promote');
    const promotedAt = Date.now();
    await until('a write after the promotion', 60, () => writes.some((w) => w.ok && w.at > promotedAt));
    await pause(opts.phaseSeconds);
    running = false;
    await Promise.all(loads);
    const instancesUp = servers.every((s) => s.child.exitCode === null);

    // Every acknowledged company is on the promoted standby.
    const acknowledged = writes.filter((w) => w.ok).map((w) => w.id!);
    const held = new Set(
      psql(bin, standby, `select id from companies where id in (${acknowledged.join(',') || 0})`, 'registry')
        .split('\n')
        .filter(Boolean)
        .map(Number),
    );
    const longestGap = (events: { at: number; ok: boolean }[], from: number) => {
      const times = [from, ...events.filter((e) => e.ok && e.at >= from).map((e) => e.at)].sort((a, b) => a - b);
      return times.reduce((gap, t, i) => (i === 0 ? 0 : Math.max(gap, t - times[i - 1]!)), 0) / 1000;
    };
    const byKind = (events: { kind: string }[]) => {
      const counts: Record<string, number> = {};
      for (const e of events) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
      return counts;
    };
    const report: DrillReport = {
      phaseSeconds: opts.phaseSeconds,
      coordinators: opts.coordinators,
      lookups: {
        answered: lookups.filter((l) => l.ok).length,
        fromReplica: lookups.filter((l) => l.ok && l.replica).length,
        longestWithoutAnswerSeconds: longestGap(lookups, stoppedAt),
        byKind: byKind(lookups),
      },
      writes: {
        acknowledged: acknowledged.length,
        secondsWithoutWrites: longestGap(writes, stoppedAt),
        byKind: byKind(writes),
      },
      acknowledgedWritesLost: acknowledged.filter((id) => !held.has(id)).length,
      instancesUp,
    };
    return report;
  } finally {
    for (const s of servers) if (s.child.exitCode === null) await stopServer(s.child);
    for (const c of [standby, primary]) {
      try {
        pgCtl(bin, c, 'stop', '-m', 'immediate');
      } catch {
        // already stopped
      }
    }
    rmSync(work, { recursive: true, force: true });
  }
}
