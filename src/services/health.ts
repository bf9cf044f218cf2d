import { AppError } from '../errors.ts';
import { ping, type Db } from '../store/database.ts';

/** Ready to serve when the database answers; 503 otherwise, so a proxy sends traffic elsewhere. */
export async function requireReady(db: Db): Promise<void> {
  if (!(await ping(db))) throw new AppError('unavailable', 'The database does not answer');
}
