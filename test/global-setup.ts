import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cachedDemoImage } from './demo-cache.ts';
import { demoStart, dropRunDatabases } from './engine.ts';
import { secretsIn, testLogFile } from './test-log.ts';

/** The moment the tests' registries live in, unless a test sets its own clock. */
export const TEST_NOW = new Date('2026-03-02T09:00:00Z');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded demo registry, built once per run: every test file starts its registries from a copy (a SQLite image's file, or a PostgreSQL template). */
    demoStart: { now: string; file?: string; template?: string };
  }
}

/** The run's log, read whole at its end: a secret in any line fails the run, naming the lines. */
function scanLog(engine: string): void {
  const file = testLogFile(engine);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  rmSync(file, { force: true });
  // A run of files that build no app (the identifier rules alone, say) logs nothing, and has nothing to scan.
  if (!text) return;
  const found = secretsIn(text);
  if (found.length) throw new Error(`${found.length} log line(s) carry a secret (token, cookie, link or password):\n${found.slice(0, 5).join('\n')}`);
}

export default async function setup(project: TestProject) {
  // Global set-ups run in vitest's own process, where only the project's configuration tells the engine.
  const engine = project.config.env?.REGISTRY_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
  rmSync(testLogFile(engine), { force: true });
  if (engine === 'postgres') {
    const start = await demoStart(TEST_NOW, engine);
    if (!('template' in start)) throw new Error('a PostgreSQL demo start is a template');
    project.provide('demoStart', { now: TEST_NOW.toISOString(), template: start.template });
    return async () => {
      await dropRunDatabases();
      scanLog(engine);
    };
  }
  const image = await cachedDemoImage(TEST_NOW, async () => {
    const start = await demoStart(TEST_NOW, engine);
    if (!('image' in start)) throw new Error('a SQLite demo start is an image');
    return start.image;
  });
  const dir = mkdtempSync(join(tmpdir(), 'sar-demo-image-'));
  const file = join(dir, 'demo.sqlite');
  writeFileSync(file, image);
  project.provide('demoStart', { now: TEST_NOW.toISOString(), file });
  return () => {
    rmSync(dir, { recursive: true, force: true });
    scanLog(engine);
  };
}
