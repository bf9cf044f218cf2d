import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

// What the registry counts for Prometheus. Counters are the process's own, like its memory: one set per
// process, each instance scraped on its own. Labels have bounded values (a route's pattern, a status, an
// agency code), never a path, a name or an identifier. What is read at scrape time (pool, caches, audit
// chain) is set by the metrics service just before the text is made.

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const registers = [metricsRegistry];

export const httpRequests = new Counter({
  name: 'registry_http_requests_total',
  help: 'Requests answered, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers,
});

export const httpDuration = new Histogram({
  name: 'registry_http_request_duration_seconds',
  help: 'Time from a request to its answer, by method and route pattern',
  labelNames: ['method', 'route'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

export const plansIssued = new Counter({
  name: 'registry_plans_issued_total',
  help: 'Plan revisions issued, by compiling agency',
  labelNames: ['agency'] as const,
  registers,
});

export const copyRenderSeconds = new Histogram({
  name: 'registry_copy_render_seconds',
  help: 'Time to render the five controlled copies of one revision',
  buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
  registers,
});

export const signInFailures = new Counter({
  name: 'registry_signin_failures_total',
  help: 'Sign-ins refused, and of them those that locked an account or address',
  labelNames: ['outcome'] as const,
  registers,
});

export const webhookDeliveries = new Counter({
  name: 'registry_webhook_deliveries_total',
  help: 'Webhook delivery attempts, by outcome',
  labelNames: ['outcome'] as const,
  registers,
});

export const cacheLookups = new Gauge({
  name: 'registry_cache_lookups',
  help: 'Hits and misses of each read cache since the process started',
  labelNames: ['cache', 'result'] as const,
  registers,
});

export const readModelSize = new Gauge({
  name: 'registry_read_model',
  help: "What this instance's read model holds: the ships its search index has, and the incident cards kept ready",
  labelNames: ['of'] as const,
  registers,
});

export const databaseConnections = new Gauge({
  name: 'registry_db_connections',
  help: "The database pool's connections by state, and the requests waiting for one (PostgreSQL)",
  labelNames: ['state'] as const,
  registers,
});

export const databaseRetries = new Gauge({
  name: 'registry_db_connection_retries',
  help: 'Reads and transactions sent again on another connection after theirs was lost (a backend ended, a failover), since the process started',
  registers,
});

export const renderQueue = new Gauge({
  name: 'registry_render_queue_depth',
  help: 'Copies and incident books waiting for, or in, a render thread',
  registers,
});

export const auditChainLength = new Gauge({
  name: 'registry_audit_chain_length',
  help: 'Audit events in the chain',
  registers,
});
