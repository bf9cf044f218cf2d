import { ERROR_CODES, REFUSALS, statusOf } from '../src/errors.ts';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations, postgresMigrations } from '../db/migrations/index.ts';
import { ensureReferenceData } from '../src/services/reference.ts';
import { lookup } from '../src/services/lookup.ts';
import { registerCompany, registerVessel } from '../src/services/registry.ts';
import { openDatabase } from '../src/store/database.ts';
import { hongKongCompany, hongKongVessel } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the layers', () => {
  it('hold in the source tree: dependency-cruiser finds no import that breaks .dependency-cruiser.cjs', async () => {
    const bin = join(ROOT, 'node_modules/.bin/depcruise');
    const result = await run(bin, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: ROOT }).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (err: { code: number; stdout: string }) => err,
    );
    expect(result.stdout).toMatch(/no dependency violations found \((\d{3,}) modules/);
    expect(result.code, result.stdout).toBe(0);
  });

  it('refuse a wrong import: dependency-cruiser names the rule each one breaks', async () => {
    // A scratch tree shaped like src/, each importing file breaking one rule; the real tree is checked by `npm test` itself.
    const dir = mkdtempSync(join(tmpdir(), 'sar-layers-'));
    const files: Record<string, string> = {
      'src/store/vessels.ts': "import { issue } from '../services/plans.ts';\nexport const v = issue;\n",
      'src/services/plans.ts': 'export const issue = 1;\n',
      'src/routes/plans/plans.handlers.ts': "import { v } from '../../store/vessels.ts';\nexport const h = v;\n",
      'src/web/routes/ships.tsx': "import { h } from '../../routes/plans/plans.handlers.ts';\nexport const p = h;\n",
      'src/domain/plan.ts': "import { v } from '../store/vessels.ts';\nexport const d = v;\n",
      'src/http/problem.ts': 'export const f = 1;\n',
      'src/schemas/fleet.ts': "import { f } from '../http/problem.ts';\nexport const s = f;\n",
      'src/pdf/fonts.ts': 'export const font = 1;\n',
      'src/web/assets.ts': "import { font } from '../pdf/fonts.ts';\nexport const a = font;\n",
    };
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      writeFileSync(join(dir, 'tsconfig.json'), readFileSync(join(ROOT, 'tsconfig.json')));
      const bin = join(ROOT, 'node_modules/.bin/depcruise');
      const failed = await run(bin, ['src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'], { cwd: dir }).then(
        () => null,
        (err: { code: number; stdout: string }) => err,
      );
      expect(failed?.code, 'depcruise exits with the number of violations').toBe(6);
      for (const [rule, from] of [
        ['store-is-the-bottom', 'src/store/vessels.ts'],
        ['callers-go-through-services', 'src/routes/plans/plans.handlers.ts'],
        ['pages-do-not-use-routes', 'src/web/routes/ships.tsx'],
        ['domain-is-pure', 'src/domain/plan.ts'],
        ['schemas-describe-only', 'src/schemas/fleet.ts'],
        ['callers-do-not-draw', 'src/web/assets.ts'],
      ]) {
        expect(failed!.stdout).toMatch(new RegExp(`${rule}: ${from} →`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leave access rules, transactions, recognition and SQL to the services and the store', () => {
    const callers = [...filesUnder(join(ROOT, 'src/routes')), ...filesUnder(join(ROOT, 'src/web'))];
    expect(callers.length).toBeGreaterThan(10);
    for (const file of callers) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(ROOT, file)).not.toMatch(/\b(mayWrite\w*|mayRead\w*|inTransaction|recognitionFor)\(/);
    }
    const outsideStore = filesUnder(join(ROOT, 'src')).filter((f) => !f.includes(`${join('src', 'store')}/`));
    for (const file of outsideStore) expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/\bsql`|\.prepare\(|\.pragma\(/);
  });
});

describe('migrations', () => {
  const landed = readFileSync(join(ROOT, 'db/migrations/landed.sha256'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/) as [string, string]);

  it('that have landed are never edited, and every one is listed', () => {
    const files = readdirSync(join(ROOT, 'db/migrations')).filter((f) => /^\d{4}_.+\.ts$/.test(f));
    // PostgreSQL's own first migration, in its folder; frozen alike.
    const postgresFiles = readdirSync(join(ROOT, 'db/migrations/postgres')).map((f) => `postgres/${f}`);
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(landed.map(([, file]) => file).sort()).toEqual([...files, ...postgresFiles].sort());
    for (const [hash, file] of landed) {
      const now = createHash('sha256')
        .update(readFileSync(join(ROOT, 'db/migrations', file)))
        .digest('hex');
      expect(now, `${file} was changed after it landed: add a new migration instead`).toBe(hash);
    }
    expect(
      Object.keys(migrations)
        .map((k) => `${k}.ts`)
        .sort(),
    ).toEqual(files.sort());
    // PostgreSQL runs its baseline, then every migration after 0013 from the one list.
    const later = Object.keys(migrations).filter((k) => Number(k.slice(0, 4)) > 13);
    expect(Object.keys(postgresMigrations)).toEqual(['0013_postgres_baseline', ...later]);
  });

  it("0004 repairs a registry made with 0003's first text, and the lookup finds its ships again", async () => {
    const db = openDatabase(':memory:');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0003_search')).error).toBeUndefined();
    // The fragment table as 0003 first created it, before it was edited.
    await sql`drop table vessel_search_grams`.execute(db);
    await sql`create table vessel_search_grams (gram text not null, vessel_id integer not null references vessels(id), primary key (gram, vessel_id)) without rowid`.execute(
      db,
    );
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await ensureReferenceData(db);
    const who = { principal: { id: null, name: 'Registrar', role: 'registrar' as const, agency: 'HK' as const, companyId: null }, requestId: null };
    const company = await registerCompany(db, who, hongKongCompany() as never, new Date('2026-03-02T09:00:00Z'));
    await registerVessel(db, who, hongKongVessel(company.id, { nameZh: '港珠澳號', nameEn: 'Bridge Runner' }) as never, new Date('2026-03-02T09:00:00Z'));
    const cards = await lookup(db, who, '珠澳', { limit: 5, today: '2026-03-02' });
    expect(cards.map((c) => c.vessel.nameEn)).toEqual(['Bridge Runner']);
    await db.destroy();
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('stays short: the first steps, the map of the code and links; the rest is in docs/', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
  });

  it('names every folder and top-level module of src/ in its map of the code', () => {
    const entries = readdirSync(join(ROOT, 'src'), { withFileTypes: true });
    const named = entries.map((e) => (e.isDirectory() ? `src/${e.name}/` : `src/${e.name}`));
    expect(named.length).toBeGreaterThan(15);
    const map = readme.slice(readme.indexOf('## Map of the code'));
    expect(named.filter((n) => !map.includes(`\`${n}`))).toEqual([]);
  });

  it('links only to guides that exist, and every guide in docs/ is linked', () => {
    const linked = [...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(4);
    for (const path of linked) expect(existsSync(join(ROOT, path)), path).toBe(true);
    const guides = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    expect(guides.filter((g) => !linked.includes(`docs/${g}`))).toEqual([]);
  });
});

describe('the API guide', () => {
  it('lists every refusal code with its status, so a client can handle each without reading sentences', () => {
    const guide = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
    const errors = guide.slice(guide.indexOf('## Errors'));
    expect(ERROR_CODES.length).toBeGreaterThan(100);
    expect(ERROR_CODES.filter((code) => !errors.includes(`| \`${code}\` | ${statusOf(REFUSALS[code])} `))).toEqual([]);
  });
});
