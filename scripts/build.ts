import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// The server as plain JavaScript in dist/ (npm start builds it first): the sources compiled once, instead of
// by tsx on every start, which took about half of a start-up and 30 MB of the server's memory. Packages
// stay in node_modules. The render threads' entry and the workbook reader's are built under the names
// their modules load beside them (src/pdf/render-pool.ts, src/sheets/workbook.ts), and code loaded on
// demand stays in chunks of its own, so the server still does not load the PDF machinery until the first
// copy is rendered.

const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');

/** What the build is made from: every source file, the lock file and this script, by content. */
function sourcesDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
      .sort();
  for (const file of [...walk(join(ROOT, 'src')), join(ROOT, 'package-lock.json'), join(ROOT, 'scripts', 'build.ts')]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const STAMP = join(DIST, 'built-from.sha256');

/** Builds dist/ unless it was built from these very sources (npm start: a second start does not rebuild). */
export async function buildServerIfChanged(): Promise<boolean> {
  const digest = sourcesDigest();
  if (existsSync(join(DIST, 'server.mjs')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === digest) return false;
  await buildServer();
  writeFileSync(STAMP, `${digest}\n`);
  return true;
}

export async function buildServer(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { server: 'src/server.ts', 'render-worker-entry': 'src/pdf/render-worker.ts', 'xlsx-reader-entry': 'src/sheets/xlsx-reader.ts' },
    outdir: DIST,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Stack traces in the logs name the source files (node --enable-source-maps).
    sourcemap: true,
    logLevel: 'warning',
  });
}

// npm run build always builds; npm start (--if-changed) only when a source changed since the last build.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--if-changed')) await buildServerIfChanged();
  else {
    await buildServer();
    writeFileSync(STAMP, `${sourcesDigest()}\n`);
  }
}
