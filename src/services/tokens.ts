import { hashSecret, type Principal } from '../domain/access.ts';
import { GenerationCache, type Db } from '../store/database.ts';
import { principalByTokenHash } from '../store/principals.ts';

type Holder = { principal: Principal; tokenId: number };
const principals = new WeakMap<Db, GenerationCache<Holder | undefined>>();

/** The principal behind a token, and the token's id. Cached until anything is written (a revocation included, even by the CLI). */
export async function principalForToken(db: Db, token: string | undefined): Promise<Holder | undefined> {
  if (!token) return undefined;
  let cache = principals.get(db);
  if (!cache) principals.set(db, (cache = new GenerationCache(db)));
  const hash = hashSecret(token);
  return cache.get(hash, () => principalByTokenHash(db, hash));
}
