import { AppError } from '../errors.ts';
import { connectionsStarvedForMs, ping, type Db } from '../store/database.ts';

/** Every connection busy with requests waiting for longer than this: send traffic elsewhere. */
const STARVED_MS = 5000;

/** Ready to serve when the database answers and a connection can be had; 503 otherwise, so a proxy sends traffic elsewhere. */
export async function requireReady(db: Db): Promise<void> {
  // Asked first: a ping would itself wait for a connection.
  const starved = connectionsStarvedForMs(db);
  if (starved > STARVED_MS) throw new AppError('unavailable', `Every database connection has been busy for ${Math.round(starved / 1000)} s`);
  if (!(await ping(db))) throw new AppError('unavailable', 'The database does not answer');
}
