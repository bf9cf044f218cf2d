import { requireRole, type Who } from '../domain/access.ts';
import { auditChainLength, cacheLookups, databaseConnections, databaseRetries, metricsRegistry, readModelSize, renderQueue } from '../metrics.ts';
import { readModelHolds } from './read-model.ts';
import { renderQueueDepth } from '../pdf/render-pool.ts';
import { auditChainLength as chainLength } from '../store/audit.ts';
import { cacheStatistics, connectionCounts, connectionRetries, type Db } from '../store/database.ts';

/**
 * The registry's metrics in Prometheus's text format, for an agency's admins (or their monitoring
 * system's token): what is read at scrape time (caches, the read model, the pool, the audit chain) is set first.
 */
export async function metricsText(db: Db, who: Who, today: string): Promise<{ contentType: string; body: string }> {
  requireRole(who.principal, 'admin', 'read_metrics');
  for (const c of cacheStatistics()) {
    cacheLookups.set({ cache: c.name, result: 'hit' }, c.hits);
    cacheLookups.set({ cache: c.name, result: 'miss' }, c.misses);
  }
  const holds = readModelHolds(db, today);
  if (holds) {
    readModelSize.set({ of: 'ships' }, holds.ships);
    readModelSize.set({ of: 'cards' }, holds.cards);
  }
  const pool = connectionCounts(db);
  if (pool) {
    databaseConnections.set({ state: 'total' }, pool.total);
    databaseConnections.set({ state: 'idle' }, pool.idle);
    databaseConnections.set({ state: 'waiting' }, pool.waiting);
  }
  databaseRetries.set(connectionRetries());
  renderQueue.set(renderQueueDepth());
  auditChainLength.set(await chainLength(db));
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
