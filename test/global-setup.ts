import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { demoStart, dropRunDatabases } from './engine.ts';

/** The moment the tests' registries live in, unless a test sets its own clock. */
export const TEST_NOW = new Date('2026-03-02T09:00:00Z');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded demo registry, built once per run: every test file starts its registries from a copy (a SQLite image's file, or a PostgreSQL template). */
    demoStart: { now: string; file?: string; template?: string };
  }
}

export default async function setup(project: TestProject) {
  // Global set-ups run in vitest's own process, where only the project's configuration tells the engine.
  const start = await demoStart(TEST_NOW, project.config.env?.REGISTRY_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite');
  if ('template' in start) {
    project.provide('demoStart', { now: TEST_NOW.toISOString(), template: start.template });
    return () => dropRunDatabases();
  }
  const dir = mkdtempSync(join(tmpdir(), 'sar-demo-image-'));
  const file = join(dir, 'demo.sqlite');
  writeFileSync(file, start.image);
  project.provide('demoStart', { now: TEST_NOW.toISOString(), file });
  return () => rmSync(dir, { recursive: true, force: true });
}
