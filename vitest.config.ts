import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The seeded demo registry is built once for the whole run and every file starts from a copy.
    globalSetup: ['test/global-setup.ts'],
    // Files share their worker's modules (the PDF render threads, the fonts, the app's code) instead of
    // loading them again each: every test builds its own registry, so nothing else is shared.
    isolate: false,
    // No test should come near this: a slow one is a defect to fix, not a limit to raise.
    testTimeout: 20_000,
  },
});
