import { AGENCIES, ARRANGEMENT_PAIRS } from '../reference/agencies.ts';
import { insertAgency } from '../store/agencies.ts';
import { insertPair } from '../store/arrangement.ts';
import { inTransaction, type Db } from '../store/database.ts';
import { indexMissingVessels } from '../store/search.ts';

/** The three agencies and the arrangement's signature page: every registry needs them. Idempotent. */
export async function ensureReferenceData(db: Db): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const agency of AGENCIES) await insertAgency(trx, agency);
    for (const pair of ARRANGEMENT_PAIRS) await insertPair(trx, pair);
    // Vessels written before the search index existed (or restored from elsewhere) are indexed now.
    await indexMissingVessels(trx);
  });
}
