import { refuse } from '../errors.ts';
import { inTransaction, type Db } from '../store/database.ts';
import { claimKey, forgetKeysBefore, getKeptRequest, keepAnswer, releaseKey } from '../store/idempotency.ts';

// Safe retries over a flaky link: a creating or acting request sent with an Idempotency-Key is carried
// out once; sent again with the same key and the same request, it gets the first answer back.

/** How long a key and its answer are kept. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** A claim older than this whose request never finished (the process stopped) may be taken over. */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;

export type Answer = { status: number; headers: Record<string, string>; body: Uint8Array };
export type KeyedStart = { kind: 'carry-out' } | { kind: 'replay'; answer: Answer };

/** Marks a kept answer whose body held a secret and was not kept: a repeat is told so, never given the secret. */
export const WITHHELD = 'x-registry-withheld';

/**
 * Starts a keyed request: claims the key for it, or returns the answer kept for the same request.
 * The same key with another request is a 422; one still being carried out, a 409.
 */
export async function startKeyedRequest(db: Db, owner: string, key: string, requestHash: string, at: Date): Promise<KeyedStart> {
  return inTransaction(db, async (trx) => {
    const kept = await getKeptRequest(trx, owner, key);
    const age = kept ? at.getTime() - Date.parse(kept.createdAt) : Infinity;
    if (!kept || age >= KEY_LIFETIME_MS || (kept.state === 'processing' && age >= ABANDONED_AFTER_MS && kept.requestHash === requestHash)) {
      await claimKey(trx, owner, key, requestHash, at.toISOString());
      return { kind: 'carry-out' };
    }
    if (kept.state === 'processing') throw refuse('idempotency_in_flight');
    if (kept.requestHash !== requestHash) {
      throw refuse('idempotency_key_reused', {}, [{ field: 'header.idempotency-key', code: 'idempotency_key_reused' }]);
    }
    if (kept.headers[WITHHELD]) throw refuse('secret_shown_once', { location: kept.headers.location ?? '—' });
    return { kind: 'replay', answer: { status: kept.status!, headers: kept.headers, body: kept.body ?? new Uint8Array() } };
  });
}

/**
 * Ends a keyed request: keeps its answer, or, for an answer that says nothing was done and the same
 * request may succeed later (busy, over the limit, a failure of the server) or that says the request
 * itself was malformed (400: nothing of it was read as meant), frees the key for the retry. An answer
 * that hands out a secret (`holdsSecret`) is kept without its body: no secret rests in the store.
 */
export async function finishKeyedRequest(db: Db, owner: string, key: string, answer: Answer, at: Date, holdsSecret = false): Promise<void> {
  if (answer.status === 400 || answer.status === 429 || answer.status >= 500) await releaseKey(db, owner, key);
  else if (holdsSecret && answer.status < 300)
    await keepAnswer(db, owner, key, { status: answer.status, headers: { ...answer.headers, [WITHHELD]: 'secret' }, body: new Uint8Array() });
  else await keepAnswer(db, owner, key, answer);
  await forgetKeysBefore(db, new Date(at.getTime() - KEY_LIFETIME_MS).toISOString());
}
