import type { Executor } from './database.ts';

// The answers kept for requests sent with an Idempotency-Key (src/services/idempotency.ts).

export type KeptRequest = {
  requestHash: string;
  state: 'processing' | 'done';
  status: number | null;
  headers: Record<string, string>;
  body: Uint8Array | null;
  createdAt: string;
};

export async function getKeptRequest(db: Executor, owner: string, key: string): Promise<KeptRequest | undefined> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('owner', '=', owner).where('key', '=', key).executeTakeFirst();
  return (
    row && {
      requestHash: row.request_hash,
      state: row.state,
      status: row.status,
      headers: row.headers ? JSON.parse(row.headers) : {},
      body: row.body,
      createdAt: row.created_at,
    }
  );
}

/** Claims the key for a request about to be carried out, replacing an expired or abandoned claim. */
export async function claimKey(db: Executor, owner: string, key: string, requestHash: string, at: string): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({ owner, key, request_hash: requestHash, state: 'processing', status: null, headers: null, body: null, created_at: at })
    .onConflict((oc) =>
      oc.columns(['owner', 'key']).doUpdateSet({ request_hash: requestHash, state: 'processing', status: null, headers: null, body: null, created_at: at }),
    )
    .execute();
}

export async function keepAnswer(
  db: Executor,
  owner: string,
  key: string,
  answer: { status: number; headers: Record<string, string>; body: Uint8Array },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ state: 'done', status: answer.status, headers: JSON.stringify(answer.headers), body: answer.body })
    .where('owner', '=', owner)
    .where('key', '=', key)
    .execute();
}

export async function releaseKey(db: Executor, owner: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('owner', '=', owner).where('key', '=', key).execute();
}

/** Forgets the answers older than `before`: a key is good for a day. */
export async function forgetKeysBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
