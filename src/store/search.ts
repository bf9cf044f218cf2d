import { foldIdentifier, foldText } from '../domain/search.ts';
import type { FormerRegistration } from '../domain/transfer.ts';
import { toSimplified } from '../script.ts';
import type { Executor } from './database.ts';
import { fromJson } from './json.ts';

// The incident lookup's stored index: each ship's folded names, company names and identifiers, written
// in the same transaction as the vessel or company write that changes it. Every instance's read model
// (services/read-model.ts) is built from it and searches in memory, so nothing else is stored for
// the search (0025 dropped the fragments and the substring index that once stood beside it).

const fold = (text: string) => foldText(text, toSimplified);

type Indexed = { names: string[]; companyNames: string[]; identifiers: string[] };

async function entryFor(db: Executor, vesselId: number): Promise<Indexed | undefined> {
  const row = await db
    .selectFrom('vessels')
    .innerJoin('companies', 'companies.id', 'vessels.company_id')
    .select([
      'vessels.name_zh',
      'vessels.name_en',
      'vessels.former_names',
      'vessels.mmsi',
      'vessels.imo_number',
      'vessels.call_sign',
      'vessels.epirb_hex_id',
      'vessels.national_registration_number',
      'companies.name_zh as company_zh',
      'companies.name_en as company_en',
    ])
    .where('vessels.id', '=', vesselId)
    .executeTakeFirst();
  if (!row) return undefined;
  const former = fromJson<{ nameZh: string | null; nameEn: string | null }[]>(row.former_names).flatMap((f) => [f.nameZh, f.nameEn]);
  // A ship transferred from another register is still found by what it was there.
  const transfers = await db.selectFrom('vessel_transfers').select('former').where('vessel_id', '=', vesselId).where('state', '=', 'accepted').execute();
  const registers = transfers.map((t) => fromJson<FormerRegistration>(t.former));
  const formerIds = registers.flatMap((r) => [r.mmsi, r.callSign, r.epirbHexId, r.nationalRegistrationNumber]);
  return {
    names: [
      ...new Set([row.name_zh, row.name_en, ...former, ...registers.flatMap((r) => [r.nameZh, r.nameEn])].filter((n): n is string => Boolean(n)).map(fold)),
    ],
    companyNames: [row.company_zh, row.company_en].map(fold),
    identifiers: [
      ...new Set(
        [row.mmsi, row.imo_number, row.call_sign, row.epirb_hex_id, row.national_registration_number, ...formerIds]
          .filter((n): n is string => Boolean(n))
          .map(foldIdentifier),
      ),
    ],
  };
}

const joined = (e: Indexed) => ({ names: e.names.join('\n'), company_names: e.companyNames.join('\n'), identifiers: e.identifiers.join('\n') });

/** Brings the index entry of one vessel up to date with its record and its company's. */
export async function indexVessel(db: Executor, vesselId: number): Promise<void> {
  const entry = await entryFor(db, vesselId);
  if (!entry) {
    await db.deleteFrom('vessel_search').where('vessel_id', '=', vesselId).execute();
    return;
  }
  const row = joined(entry);
  await db
    .insertInto('vessel_search')
    .values({ vessel_id: vesselId, ...row })
    .onConflict((oc) => oc.column('vessel_id').doUpdateSet(row))
    .execute();
}

/** A company's names are searchable too: its ships' entries follow a change of them. */
export async function indexCompanyVessels(db: Executor, companyId: number): Promise<void> {
  const vessels = await db.selectFrom('vessels').select('id').where('company_id', '=', companyId).execute();
  for (const v of vessels) await indexVessel(db, v.id);
}

/** Indexes every vessel the index does not hold yet (after a migration, or a restore); returns how many. */
export async function indexMissingVessels(db: Executor): Promise<number> {
  // Every entry belongs to a vessel (its key is one), so as many entries as vessels means none is
  // missing: two counts at each start, instead of a join over the whole fleet.
  const count = async (table: 'vessels' | 'vessel_search') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  if ((await count('vessels')) === (await count('vessel_search'))) return 0;
  const missing = await db
    .selectFrom('vessels')
    .leftJoin('vessel_search', 'vessel_search.vessel_id', 'vessels.id')
    .select('vessels.id')
    .where('vessel_search.vessel_id', 'is', null)
    .execute();
  for (const v of missing) await indexVessel(db, v.id);
  return missing.length;
}
