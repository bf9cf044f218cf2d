import { hashSecret, type Principal } from '../domain/access.ts';
import { GenerationCache, type Db } from '../store/database.ts';
import { principalByTokenHash } from '../store/principals.ts';

const principals = new WeakMap<Db, GenerationCache<Principal | undefined>>();

/** The principal behind a token. Cached until anything is written (a revocation included, even by the CLI). */
export async function principalForToken(db: Db, token: string | undefined): Promise<Principal | undefined> {
  if (!token) return undefined;
  let cache = principals.get(db);
  if (!cache) principals.set(db, (cache = new GenerationCache(db)));
  const hash = hashSecret(token);
  return cache.get(hash, () => principalByTokenHash(db, hash));
}
