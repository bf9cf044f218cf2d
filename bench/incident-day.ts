import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSecret, mintSecret, secretHint } from '../src/domain/access.ts';
import type { AreaCode } from '../src/domain/areas.ts';
import { moveRegistry } from '../src/services/moving.ts';
import { openDatabase, type Db } from '../src/store/database.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { onServer, serverUrl, withDatabase } from './postgres.ts';
import { startServer, stopServer } from './server.ts';
import { random, syntheticIdentifiers, syntheticRegistry, type Synthetic } from './synthetic.ts';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

// An incident day (npm run bench -- --incident-day): coordinators looking ships up with a pause to
// read each card, registrars drafting and issuing plans (2–5 s to check a draft, and as long again
// before the next), and a registrar importing a sheet of 1,000
// ships, all at once, on one instance over SQLite and on two over PostgreSQL, from the same registry.
// What it measures is what a coordinator feels during the day: the lookups' p50 and p99, and whether
// anything failed; and how long an issue and the import took while the lookups went on.

export type DayOptions = {
  ships: number;
  seconds: number;
  coordinators: number;
  registrars: number;
  importRows: number;
  /** false: the registrars only import (to see what each part of the day costs the lookups). */
  issuing?: boolean;
};

type Timing = { count: number; p50Ms: number; p99Ms: number; maxMs: number };
export type DayResult = {
  engine: 'sqlite' | 'postgres';
  instances: number;
  lookups: Timing & { requestsPerSecond: number };
  issues: Timing;
  importRows: number;
  importSeconds: number | null;
  /** Answers that were not what the work expected, by status and code: the goal is none. */
  errors: Record<string, number>;
};

const AGENCIES: AreaCode[] = ['HK', 'GD', 'MO'];
const WARM_UP_MS = 5000;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

function timing(ms: number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { count: sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: round(sorted.at(-1) ?? 0) };
}

async function registrarTokens(db: Db, count: number): Promise<{ agency: AreaCode; token: string }[]> {
  const out: { agency: AreaCode; token: string }[] = [];
  for (let i = 0; i < count; i++) {
    const agency = AGENCIES[i % AGENCIES.length]!;
    const principal = await createPrincipal(db, { name: `Registrar ${i + 1} (${agency})`, role: 'registrar', agency, companyId: null });
    const token = mintSecret();
    await addToken(db, principal.id, hashSecret(token), secretHint(token));
    out.push({ agency, token });
  }
  return out;
}

/** One day's work against the instances at `bases`. */
async function day(bases: string[], registry: Synthetic, registrars: { agency: AreaCode; token: string }[], o: DayOptions) {
  const rnd = random(2015);
  // The servers have been running before the incident: 5 s of lookups first, not measured (each
  // instance's first answers load its statements and cards), then the day.
  const from = Date.now() + WARM_UP_MS;
  const end = from + o.seconds * 1000;
  const errors: Record<string, number> = {};
  const failed = async (what: string, res: Response) => {
    const body = (await res.json().catch(() => ({}))) as { code?: string };
    const key = `${what}: ${res.status}${body.code ? ` ${body.code}` : ''}`;
    errors[key] = (errors[key] ?? 0) + 1;
  };
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const lookups: number[] = [];
  const issues: number[] = [];

  const coordinator = async (n: number) => {
    // People do not all press Enter in the same millisecond.
    await pause(rnd.next() * 1000);
    for (let i = 0; Date.now() < end; i++) {
      const q = registry.queries[Math.floor(rnd.next() * registry.queries.length)]!;
      const t0 = performance.now();
      const res = await fetch(`${bases[(n + i) % bases.length]}/api/lookup?q=${encodeURIComponent(q)}`, {
        headers: { Authorization: `Bearer ${registry.token}` },
      });
      const measured = Date.now() >= from;
      if (res.ok) {
        await res.arrayBuffer();
        if (measured) lookups.push(performance.now() - t0);
      } else await failed('lookup', res);
      // Reading the card before the next search: 0.2 to 1 s.
      await pause(200 + rnd.next() * 800);
    }
  };

  const registrar = async (n: number) => {
    await pause(from - Date.now());
    const { agency, token } = registrars[n]!;
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const base = bases[n % bases.length]!;
    // Registrars of one agency share its plans out, as colleagues do: none opens a draft another has open.
    const colleagues = registrars.filter((r) => r.agency === agency);
    const mine = colleagues.indexOf(registrars[n]!);
    const plans = ((await (await fetch(`${base}/api/plans?area=${agency}&limit=200`, { headers: auth })).json()) as { items: { id: number }[] }).items.filter(
      (_, k) => k % colleagues.length === mine,
    );
    for (let i = 0; Date.now() < end && plans.length > 0; i++) {
      const plan = plans[(n * 7 + i) % plans.length]!;
      const read = await fetch(`${base}/api/plans/${plan.id}`, { headers: auth });
      await read.arrayBuffer();
      const draft = await fetch(`${base}/api/plans/${plan.id}/draft`, { method: 'POST', headers: { ...auth, 'If-Match': read.headers.get('etag')! } });
      if (!draft.ok) {
        await failed('draft', draft);
        continue;
      }
      await draft.arrayBuffer();
      // Checking the draft before issuing it, as a registrar does.
      await pause(2000 + rnd.next() * 3000);
      const t0 = performance.now();
      const issued = await fetch(`${base}/api/plans/${plan.id}/issue`, {
        method: 'POST',
        headers: { ...auth, 'If-Match': draft.headers.get('etag')! },
        body: JSON.stringify({ change: 'minor', summary: 'Telephone numbers checked on the day' }),
      });
      if (issued.ok) {
        await issued.arrayBuffer();
        issues.push(performance.now() - t0);
      } else await failed('issue', issued);
      await pause(2000 + rnd.next() * 3000);
    }
  };

  // The sheet: 1,000 ships new to the registry, each a copy of one of the area's own as exported, with
  // identifiers of its own (the export sent back unchanged would only be refused row by row: every
  // identifier is already held) and a name marking it as the second of its line.
  const importer = async (): Promise<{ rows: number; seconds: number | null }> => {
    if (o.importRows === 0 || registrars.length === 0) return { rows: 0, seconds: null };
    await pause(from - Date.now());
    const { agency, token } = registrars[0]!;
    const base = bases[0]!;
    const auth = { Authorization: `Bearer ${token}` };
    const exported: string[][] = parse(await (await fetch(`${base}/api/fleet/export?kind=ships&format=csv`, { headers: auth })).text());
    const [labels, keys] = [exported[0]!, exported[1]!];
    const column = (key: string) => keys.indexOf(key);
    const rows = exported
      // The registrar's export: the ships of their own area.
      .slice(2, 2 + o.importRows)
      .map((r, k) => {
        const own = syntheticIdentifiers(agency, o.ships + k, !r[column('imoNumber')]);
        const row = [...r];
        for (const [key, value] of Object.entries(own)) if (column(key) >= 0) row[column(key)] = value ?? '';
        row[column('nameEn')] = `${r[column('nameEn')]} II`;
        row[column('nameZh')] = `${r[column('nameZh')]}二`;
        return row;
      });
    const sheet = stringify([labels, keys, ...rows]);
    const t0 = performance.now();
    const checked = await fetch(`${base}/api/fleet/imports?kind=ships&name=fleet.csv`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'text/csv' },
      body: sheet,
    });
    if (!checked.ok) {
      await failed('import check', checked);
      return { rows: 0, seconds: null };
    }
    const made = (await checked.json()) as { id: number; rows: number };
    const confirmed = await fetch(`${base}/api/fleet/imports/${made.id}/confirm`, { method: 'POST', headers: auth });
    if (!confirmed.ok) {
      await failed('import confirm', confirmed);
      return { rows: made.rows, seconds: null };
    }
    for (;;) {
      const state = (await (await fetch(`${base}/api/fleet/imports/${made.id}`, { headers: auth })).json()) as {
        state: string;
        report: { created: unknown[]; skipped: unknown[] } | null;
      };
      if (state.state !== 'importing' && state.state !== 'checked') {
        if (state.state !== 'done') errors[`import ${state.state}`] = 1;
        // Every row of the sheet is a new ship: one skipped is an error of the day's.
        const skipped = state.report?.skipped.length ?? made.rows;
        if (skipped > 0) errors['import rows skipped'] = skipped;
        break;
      }
      await pause(100);
    }
    return { rows: made.rows, seconds: round((performance.now() - t0) / 1000) };
  };

  const [imported] = await Promise.all([
    importer(),
    ...Array.from({ length: o.coordinators }, (_, n) => coordinator(n)),
    ...Array.from({ length: o.issuing === false ? 0 : o.registrars }, (_, n) => registrar(n)),
  ]);
  const seconds = (Date.now() - from) / 1000;
  return {
    lookups: { ...timing(lookups), requestsPerSecond: round(lookups.length / seconds) },
    issues: timing(issues),
    importRows: imported.rows,
    importSeconds: imported.seconds,
    errors,
  };
}

/** The day on SQLite (one instance) and, when DATABASE_URL is set, on PostgreSQL (two), from the same registry. */
export async function incidentDay(o: DayOptions, withPostgres: boolean): Promise<DayResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-day-'));
  const file = join(dir, 'registry.sqlite');
  const results: DayResult[] = [];
  const name = `sar_day_${process.pid}`;
  try {
    const { db, registry } = await syntheticRegistry(file, o.ships, { planShare: 0.01, maxPlans: 100 });
    const registrars = await registrarTokens(db, o.registrars);
    let url: string | null = null;
    if (withPostgres) {
      // Moved before the SQLite day changes anything: both days start from the same registry.
      await onServer((c) => c.query(`drop database if exists ${name}`).then(() => c.query(`create database ${name}`)));
      url = withDatabase(serverUrl(), name);
      const target = openDatabase(url);
      await moveRegistry(db, target);
      await target.destroy();
    }
    await db.destroy();
    for (const [engine, location, instances] of [['sqlite', file, 1], ...(url ? [['postgres', url, 2]] : [])] as ['sqlite' | 'postgres', string, number][]) {
      process.stderr.write(`bench: incident day on ${engine}, ${instances} instance(s)…\n`);
      const servers = [];
      for (let i = 0; i < instances; i++) servers.push(await startServer(location, { from: 'dist' }));
      // The instances have run a while before the incident: their cards are made.
      for (const s of servers) await s.cardsMade;
      try {
        results.push({
          engine,
          instances,
          ...(await day(
            servers.map((s) => s.base),
            registry,
            registrars,
            o,
          )),
        });
      } finally {
        for (const s of servers) await stopServer(s.child);
      }
    }
    return results;
  } finally {
    if (withPostgres) await onServer((c) => c.query(`drop database if exists ${name}`)).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
