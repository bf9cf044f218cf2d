import { defineConfig, type TestProjectConfiguration } from 'vitest/config';

import pg from 'pg';

// The registry's tests run on SQLite, and on PostgreSQL when DATABASE_URL names a server that answers and
// whose role may create databases (CI always: .ci/run starts one). Every database a run makes carries its
// number. The configuration is read again in vitest's workers, which inherit the environment: what is
// found out here (the server answers; the warning was given) is kept there.
process.env.REGISTRY_TEST_RUN ??= String(process.pid);

// Why the server DATABASE_URL names does not answer, or undefined when it does.
async function unanswered(url: string): Promise<string | undefined> {
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  } catch (error) {
    return `it is not a PostgreSQL URL (${(error as Error).message})`;
  }
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const url = process.env.DATABASE_URL;
if (process.env.REGISTRY_TEST_POSTGRES === undefined) {
  const why = url ? await unanswered(url) : 'DATABASE_URL is not set';
  process.env.REGISTRY_TEST_POSTGRES = String(why === undefined);
  if (why !== undefined) process.env.REGISTRY_TEST_POSTGRES_WHY = why;
}
const postgres = process.env.REGISTRY_TEST_POSTGRES === 'true';
const why = process.env.REGISTRY_TEST_POSTGRES_WHY;
if (!postgres && process.env.CI === 'true') {
  throw new Error(`CI runs the tests on PostgreSQL too, but ${url ? `DATABASE_URL does not answer: ${why}` : 'DATABASE_URL is not set (.ci/run sets it)'}`);
}
if (!postgres && !process.env.REGISTRY_TEST_WARNED) {
  process.env.REGISTRY_TEST_WARNED = 'yes';
  console.warn(
    `\n  WARNING: the tests on PostgreSQL are skipped: ${url ? `DATABASE_URL does not answer (${why})` : 'DATABASE_URL is not set'} (see the README, Tests).\n`,
  );
}

// Tests that run processes of their own: their own project (below), not the registry's.
const PROCESS_TESTS = [
  'test/bench.test.ts',
  'test/crash.test.ts',
  'test/server-process.test.ts',
  'test/accessibility.test.ts',
  'test/flows.test.ts',
  'test/browser.test.ts',
  'test/instances.test.ts',
  'test/hey-api-client.test.ts',
  'test/failover-drill.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    // No test should come near this: a slow one is a defect to fix, not a limit to raise.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'registry',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: PROCESS_TESTS,
          // The seeded demo registry is built once for the whole run and every file starts from a copy.
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/setup-pdf.ts', 'test/setup-registries.ts'],
          // Files share their worker's modules (the PDF render thread, the fonts, the app's code) instead
          // of loading them again each: every test builds its own registry, so nothing else is shared.
          pool: 'threads',
          isolate: false,
          maxWorkers: 2,
        },
      },
      // The same tests, each registry a PostgreSQL database copied from a template.
      ...(postgres
        ? [
            {
              extends: true,
              test: {
                name: 'registry-postgres',
                include: ['test/**/*.test.ts'],
                exclude: PROCESS_TESTS,
                env: { REGISTRY_TEST_ENGINE: 'postgres' },
                // Every statement is a round trip to another process (0.3–1 ms on the machines here, against
                // microseconds in SQLite), so the heaviest tests take two to three times as long: the 1,000-ship
                // import about 14 s. The limit is scaled by the same factor, not loosened further.
                testTimeout: 45_000,
                globalSetup: ['test/global-setup.ts'],
                setupFiles: ['test/setup-pdf.ts', 'test/setup-registries.ts'],
                pool: 'threads',
                isolate: false,
                maxWorkers: 2,
              },
            } satisfies TestProjectConfiguration,
          ]
        : []),
      {
        extends: true,
        // Tests that start the real server in processes of their own and load the machine while they run:
        // the benchmark's smoke run (autocannon aggregates only on a process's main thread, so a fork), the
        // short crash test, and the server's refusals to start (bad configuration, a second server). They run apart (npm run test:processes), so the registry's own tests are
        // not held up by them (about 90 s on 2 cores); CI runs both.
        // The pages in Chromium run here too: the accessibility audit (axe-core, about two seconds a page),
        // each role's whole flow in the three languages, and the browser tests of single behaviours.
        // And two app instances on one PostgreSQL database (when DATABASE_URL is set; in CI always).
        // Their registries log nowhere: the log scan is the registry projects' (test/global-setup.ts).
        test: { name: 'processes', include: PROCESS_TESTS, pool: 'forks', fileParallelism: false, env: { REGISTRY_TEST_LOG: 'off' } },
      },
    ],
  },
});
