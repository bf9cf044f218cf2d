import { readModelBuilding, readModelBuilt } from './read-model.ts';
import { refuse } from '../errors.ts';
import { renderThreadsReady } from '../pdf/render-pool.ts';
import { connectionsStarvedForMs, migrationDrift, ping, replicaAnswers, type Db } from '../store/database.ts';

/** Every connection busy with requests waiting for longer than this: send traffic elsewhere. */
const STARVED_MS = 5000;

/** How long a readiness check waits for the read model being built before it says not yet. */
const READ_MODEL_WAIT_MS = 1000;

/**
 * Ready to serve when the database answers, a connection can be had, its migrations are the ones this
 * code knows, and copies can be rendered; 503 otherwise, so a load balancer sends traffic elsewhere.
 */
export async function requireReady(db: Db): Promise<'primary' | 'replica'> {
  // Asked first: a ping would itself wait for a connection.
  const starved = connectionsStarvedForMs(db);
  if (starved > STARVED_MS) throw refuse('pool_starved', { seconds: Math.round(starved / 1000) });
  // A build holds SQLite's one connection until it is done: a ping would wait for all of it.
  if (readModelBuilding(db) && !(await readModelBuilt(db, READ_MODEL_WAIT_MS))) throw refuse('read_model_building');
  if (!(await ping(db))) {
    // With the primary gone and its replica answering, lookups go on: the instance stays in service, reading only.
    if (await replicaAnswers(db)) return 'replica';
    throw refuse('database_silent');
  }
  const { pending, unknown } = await migrationDrift(db);
  if (pending.length) throw refuse('migrations_pending', { list: pending.join(', ') });
  if (unknown.length) throw refuse('migrations_unknown', { list: unknown.join(', ') });
  if (!renderThreadsReady()) throw refuse('render_missing');
  // Lookups wait for the read model while it is built at start: the load balancer is told to send them elsewhere.
  if (!(await readModelBuilt(db, READ_MODEL_WAIT_MS))) throw refuse('read_model_building');
  return 'primary';
}

/** Whether the request under way read anything from the replica: its answer may be a moment old, and changes are paused. */
export { servedFromReplica } from '../store/database.ts';
