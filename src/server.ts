import { openReadModel, pruneJournal } from './services/read-model.ts';
import type { Server as HttpServer } from 'node:http';
import { makeIncidentCardsAhead } from './services/lookup.ts';
import { deltaDate } from './domain/plan.ts';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { configOrExit, databaseLabel, databaseLocation, signingPassphrase } from './config.ts';
import { openKeyring } from './services/signing-keys.ts';
import { createLogger } from './logger.ts';
import { cacheStatistics, holdsRegistry, migrateToLatest, openDatabase, readFromReplica } from './store/database.ts';
import { acquireServerLock } from './store/server-lock.ts';
import { seedDemo } from './demo/seed.ts';
import { ensureReferenceData } from './services/reference.ts';
import { interruptStalled } from './services/fleet-import.ts';
import { startWebhookDispatcher } from './services/webhooks.ts';

async function main() {
  // The database, its WAL and backups are readable by the registry's own user only.
  process.umask(0o077);
  const config = configOrExit(process.env);
  // npm start asks for the demo; every other start (a service unit, a container) serves a registry that
  // exists and adds nothing to it.
  const demo = process.argv.includes('--demo');
  const logger = createLogger(config.logLevel, undefined, config.logFormat ?? (process.stderr.isTTY ? 'pretty' : 'json'));
  const registry = databaseLabel(config);
  // An in-memory registry cannot exist before its process: it is always made new.
  const inMemory = config.databaseUrl === null && config.databasePath === ':memory:';
  const sqliteFile = config.databaseUrl === null && !inMemory;
  const refuse = (): never => {
    console.error(noRegistry(registry));
    process.exit(1);
  };
  // Told before anything is made beside it (the lock file): a mistyped path is not a new registry.
  if (sqliteFile && !demo && !existsSync(config.databasePath)) refuse();
  if (sqliteFile) mkdirSync(dirname(config.databasePath), { recursive: true });
  // An in-memory database is this process's own; a SQLite file may be shared, so it is locked. A
  // PostgreSQL database is meant to be shared by several instances.
  const lock = sqliteFile ? acquireServerLock(config.databasePath) : { release: () => {} };
  if ('heldBy' in lock) {
    console.error(
      `Another registry server (process ${lock.heldBy}) is already serving ${config.databasePath}: stop it first, or give this one another DATABASE_PATH.`,
    );
    process.exit(1);
  }
  // A connection that loses its backend is replaced by the pool; the line says it happened.
  const onConnectionError = (err: Error) => logger.warn('database connection lost', { error: err.message });
  const db = openDatabase(databaseLocation(config), { create: demo || inMemory, onConnectionError });
  // A streaming standby takes the reads that may be a moment old when the primary cannot be reached.
  if (config.replicaUrl) readFromReplica(db, openDatabase(config.replicaUrl, { connections: 5, onConnectionError }), config.replicaReads);
  if (!demo && !inMemory && !(await holdsRegistry(db))) {
    lock.release();
    refuse();
  }
  await migrateToLatest(db);
  await ensureReferenceData(db);
  // The agencies' signing keys open with the passphrase; the copies' QR codes lead to the public address.
  openKeyring(db, { passphrase: signingPassphrase(config, { demo }), publicUrl: config.publicUrl ?? `http://localhost:${config.port}` });
  if (!config.publicUrl) logger.warn('PUBLIC_URL is not set: the QR codes on copies issued now lead to localhost', { port: config.port });
  if (!demo) logger.info('registry opened', { database: registry });
  else if (await seedDemo(db)) logger.info('demo: empty registry, demo data loaded', { database: registry });
  else logger.info('demo: the registry already holds data; demo data not loaded', { database: registry });
  // An import whose instance stopped mid-way (this one, before a restart) waits for its registrar to resume or abandon it.
  const interrupted = await interruptStalled(db, new Date());
  if (interrupted) logger.warn('imports interrupted by a stop, to resume or abandon', { count: interrupted });
  // The journal of changes keeps its newest rows; an instance further behind rebuilds its read model.
  await pruneJournal(db).catch((err: Error) => logger.warn('the journal of changes was not pruned', { error: err.message }));
  // Built while the instance starts to listen: /healthz answers at once, /readyz says 503 until it is
  // built, and a lookup that comes meanwhile waits for it.
  openReadModel(db).then(
    (model) => {
      const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
      logger.info('read model built', { ships: model.built.ships, ms: model.built.ms, rssMb: rssMb() });
      // Then the incident cards, between requests: the first coordinators after a start read none from the database.
      makeIncidentCardsAhead(db, deltaDate(new Date())).then(
        (made) => logger.info('incident cards made', { ...made, rssMb: rssMb() }),
        (err: Error) => logger.warn('incident cards not made ahead: each is made when first asked for', { error: err.message }),
      );
    },
    (err: Error) => logger.error('read model not built', { error: err.message }),
  );

  const app = createApp({
    db,
    logger,
    now: () => new Date(),
    trustProxy: config.trustProxy,
    webhookAllowHosts: config.webhookAllowHosts,
    rateLimitPerMinute: config.rateLimitPerMinute,
    publicUrl: config.publicUrl,
    corsOrigins: config.corsOrigins,
  });
  // A request gets 15 s for its headers and 60 s in all (a 5 MiB copy uploaded for verification over a
  // slow link fits): a client that trickles its body does not hold a connection for minutes. Node checks
  // the timeouts every connectionsCheckingInterval (30 s by default), so it checks every second.
  const serverOptions = { headersTimeout: 15_000, requestTimeout: 60_000, connectionsCheckingInterval: 1_000 };
  const server = serve({ fetch: app.fetch, port: config.port, serverOptions }, (info) => {
    const url = config.publicUrl ?? `http://localhost:${info.port}`;
    console.log(`SAR plan registry serving on ${url} (database ${databaseLabel(config)})`);
    console.log(`API reference: ${url}/docs`);
    console.log('Mint a token:  npm run cli -- token create --role coordinator --agency HK --name "Duty coordinator"');
  });
  // An idle kept-alive connection is closed by the client (or the load balancer, whose idle timeout is
  // usually 60 s) before the server closes it: Node's 5 s default races a client that sends its next
  // request as the server closes, and that request is lost ("other side closed", a 502 behind a proxy).
  (server as HttpServer).keepAliveTimeout = 65_000;

  // Each change of the feed is pushed to the agencies' webhooks from this process; with several instances on
  // one PostgreSQL database, each delivery goes from the instance that claims it.
  const stopDispatcher = startWebhookDispatcher(db, logger, { allowHosts: config.webhookAllowHosts });

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

const noRegistry = (where: string) =>
  `No registry at ${where}. Create it first with: npm run cli -- init (with the same DATABASE_PATH or DATABASE_URL), or start the demo with npm start.`;

main().catch((err) => {
  console.error('failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
