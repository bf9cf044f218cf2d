import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { demoImage, TEST_NOW } from './demo-image.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded demo registry, built once per run: every test file starts its registries from a copy. */
    demoImage: { now: string; file: string };
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sar-demo-image-'));
  const file = join(dir, 'demo.sqlite');
  writeFileSync(file, await demoImage(TEST_NOW));
  project.provide('demoImage', { now: TEST_NOW.toISOString(), file });
  return () => rmSync(dir, { recursive: true, force: true });
}
