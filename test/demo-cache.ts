import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Seeding the demo registry renders fifty copies: about seven seconds of a run that should take under a
// minute. Its SQLite image is kept between runs, named by everything that could change it (the code, the
// migrations, the fonts' versions in the lock file, the moment it is seeded at), so a changed input is a
// new seeding, never a stale image.
const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'node_modules', '.cache', 'sar-registry-tests');
const INPUTS = ['src', 'db', 'package-lock.json', 'test/engine.ts', 'test/demo-cache.ts'];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((e) => files(join(path, e.name)))
    .sort();
}

function key(now: Date): string {
  const hash = createHash('sha256').update(now.toISOString());
  for (const file of INPUTS.flatMap(files)) hash.update(`\0${relative(ROOT, join(ROOT, file))}\0`).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex').slice(0, 32);
}

/** The demo's SQLite image seeded at `now`: kept from an earlier run with the same inputs, or made by `seed` and kept. */
export async function cachedDemoImage(now: Date, seed: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(DIR, `demo-${key(now)}.sqlite`);
  if (existsSync(file)) return readFileSync(file);
  const image = await seed();
  mkdirSync(DIR, { recursive: true });
  for (const old of readdirSync(DIR)) rmSync(join(DIR, old), { force: true });
  // Written whole, then named: a run stopped halfway leaves no half image under a valid name.
  writeFileSync(`${file}.part`, image);
  renameSync(`${file}.part`, file);
  return image;
}
