import { AppError } from '../errors.ts';
import { renderThreadsReady } from '../pdf/render-pool.ts';
import { connectionsStarvedForMs, migrationDrift, ping, type Db } from '../store/database.ts';

/** Every connection busy with requests waiting for longer than this: send traffic elsewhere. */
const STARVED_MS = 5000;

/**
 * Ready to serve when the database answers, a connection can be had, its migrations are the ones this
 * code knows, and copies can be rendered; 503 otherwise, so a load balancer sends traffic elsewhere.
 */
export async function requireReady(db: Db): Promise<void> {
  // Asked first: a ping would itself wait for a connection.
  const starved = connectionsStarvedForMs(db);
  if (starved > STARVED_MS) throw new AppError('unavailable', `Every database connection has been busy for ${Math.round(starved / 1000)} s`);
  if (!(await ping(db))) throw new AppError('unavailable', 'The database does not answer');
  const { pending, unknown } = await migrationDrift(db);
  if (pending.length) throw new AppError('unavailable', `The database lacks migrations ${pending.join(', ')}: run npm run migrate`);
  if (unknown.length)
    throw new AppError('unavailable', `The database has migrations this version does not know (${unknown.join(', ')}): a newer version migrated it`);
  if (!renderThreadsReady()) throw new AppError('unavailable', "The render threads' entry is missing: copies cannot be issued (rebuild with npm run build)");
}
