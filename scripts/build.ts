import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// The server as plain JavaScript in dist/ (npm start builds it first): the sources compiled once, instead of
// by tsx on every start, which took about half of a start-up and 30 MB of the server's memory. Packages
// stay in node_modules. The render threads' entry is built under the name the pool loads beside it
// (src/pdf/render-pool.ts), and code loaded on demand stays in chunks of its own, so the server still
// does not load the PDF machinery until the first copy is rendered.

const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');

export async function buildServer(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { server: 'src/server.ts', 'render-worker-entry': 'src/pdf/render-worker.ts' },
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildServer();
