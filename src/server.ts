import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { configOrExit, databaseLabel, databaseLocation } from './config.ts';
import { createLogger } from './logger.ts';
import { cacheStatistics, migrateToLatest, openDatabase } from './store/database.ts';
import { acquireServerLock } from './store/server-lock.ts';
import { seedDemo } from './demo/seed.ts';
import { ensureReferenceData } from './services/reference.ts';
import { startWebhookDispatcher } from './services/webhooks.ts';

async function main() {
  const config = configOrExit(process.env);
  const logger = createLogger(config.logLevel);
  // An in-memory database is this process's own; a SQLite file may be shared, so it is locked. A
  // PostgreSQL database is meant to be shared by several instances.
  const lock = config.databaseUrl || config.databasePath === ':memory:' ? { release: () => {} } : acquireServerLock(config.databasePath);
  if ('heldBy' in lock) {
    console.error(
      `Another registry server (process ${lock.heldBy}) is already serving ${config.databasePath}: stop it first, or give this one another DATABASE_PATH.`,
    );
    process.exit(1);
  }
  // A connection that loses its backend is replaced by the pool; the line says it happened.
  const db = openDatabase(databaseLocation(config), { onConnectionError: (err) => logger.warn('database connection lost', { error: err.message }) });
  await migrateToLatest(db);
  await ensureReferenceData(db);
  if (await seedDemo(db)) logger.info('empty registry: demo data loaded', { database: databaseLabel(config) });

  const app = createApp({ db, logger, now: () => new Date(), trustProxy: config.trustProxy, rateLimitPerMinute: config.rateLimitPerMinute });
  // A request gets 15 s for its headers and 60 s in all (a 5 MiB copy uploaded for verification over a
  // slow link fits): a client that trickles its body does not hold a connection for minutes. Node checks
  // the timeouts every connectionsCheckingInterval (30 s by default), so it checks every second.
  const serverOptions = { headersTimeout: 15_000, requestTimeout: 60_000, connectionsCheckingInterval: 1_000 };
  const server = serve({ fetch: app.fetch, port: config.port, serverOptions }, (info) => {
    const url = `http://localhost:${info.port}`;
    console.log(`SAR plan registry serving on ${url} (database ${databaseLabel(config)})`);
    console.log(`API reference: ${url}/docs`);
    console.log('Mint a token:  npm run cli -- token create --role coordinator --agency HK --name "Duty coordinator"');
  });

  // Each change of the feed is pushed to the agencies' webhooks from this process; with several instances on
  // one PostgreSQL database, each delivery goes from the instance that claims it.
  const stopDispatcher = startWebhookDispatcher(db, logger);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopDispatcher();
    // Each cache's hits and misses (the benchmark reads them from here).
    logger.info('shutting down', { signal, caches: cacheStatistics() });
    server.close(async () => {
      await db.destroy();
      lock.release();
      process.exit(0);
    });
    // Connections that linger (keep-alive) must not hold the process forever.
    setTimeout(() => {
      lock.release();
      process.exit(0);
    }, 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error('failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
