import type { Executor } from './database.ts';
import type { Selectable } from 'kysely';
import type { SigningKeyTable } from './schema.ts';

// The signing keys of the agencies and of the registry's own authority (src/services/signing-keys.ts).

export type KeyHolder = SigningKeyTable['holder'];

export type StoredSigningKey = {
  id: number;
  holder: KeyHolder;
  certificatePem: string;
  /** The certificates above this one, PEM, concatenated ('' for none). */
  chainPem: string;
  sealedKey: string;
  source: 'registry' | 'imported';
  notBefore: string;
  notAfter: string;
  createdAt: string;
  retiredAt: string | null;
};

const toKey = (r: Selectable<SigningKeyTable>): StoredSigningKey => ({
  id: r.id,
  holder: r.holder,
  certificatePem: r.certificate,
  chainPem: r.chain,
  sealedKey: r.sealed_key,
  source: r.source,
  notBefore: r.not_before,
  notAfter: r.not_after,
  createdAt: r.created_at,
  retiredAt: r.retired_at,
});

/** Every key of `holder` (or of all), newest first. */
export async function listSigningKeys(db: Executor, holder?: KeyHolder): Promise<StoredSigningKey[]> {
  let q = db.selectFrom('signing_keys').selectAll();
  if (holder) q = q.where('holder', '=', holder);
  return (await q.orderBy('id', 'desc').execute()).map(toKey);
}

/** The key `holder` signs with now: the newest not retired. */
export async function activeSigningKey(db: Executor, holder: KeyHolder): Promise<StoredSigningKey | undefined> {
  const row = await db
    .selectFrom('signing_keys')
    .selectAll()
    .where('holder', '=', holder)
    .where('retired_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toKey(row);
}

export async function getSigningKey(db: Executor, id: number): Promise<StoredSigningKey | undefined> {
  const row = await db.selectFrom('signing_keys').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toKey(row);
}

export async function insertSigningKey(db: Executor, key: Omit<StoredSigningKey, 'id' | 'retiredAt'>): Promise<number> {
  const row = await db
    .insertInto('signing_keys')
    .values({
      holder: key.holder,
      certificate: key.certificatePem,
      chain: key.chainPem,
      sealed_key: key.sealedKey,
      source: key.source,
      not_before: key.notBefore,
      not_after: key.notAfter,
      created_at: key.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Retires every key of `holder` but `keep`: they sign nothing more, and stay published. */
export async function retireSigningKeys(db: Executor, holder: KeyHolder, keep: number, at: string): Promise<void> {
  await db.updateTable('signing_keys').set({ retired_at: at }).where('holder', '=', holder).where('id', '!=', keep).where('retired_at', 'is', null).execute();
}
