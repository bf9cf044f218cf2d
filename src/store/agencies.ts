import type { Agency, Facilities, RccBlock } from '../domain/agency.ts';
import type { AreaCode } from '../domain/areas.ts';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json.ts';
import type { AgencyRow } from './schema.ts';
import { prepared } from './prepared.ts';

const toAgency = (r: AgencyRow): Agency => ({
  code: r.code as AreaCode,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  rcc: fromJson<RccBlock>(r.rcc),
  facilities: fromJson<Facilities>(r.facilities),
  documentScript: r.document_script,
  exerciseIntervalMonths: r.exercise_interval_months,
  exerciseIntervalReason: r.exercise_interval_reason,
  version: r.version,
  updatedAt: r.updated_at,
});

// Prepared: read for every incident card.
const allAgencies = prepared((db) => db.selectFrom('agencies').selectAll().orderBy('code'));

export async function listAgencies(db: Executor): Promise<Agency[]> {
  return (await allAgencies(db)).map(toAgency);
}

export async function getAgency(db: Executor, code: AreaCode): Promise<Agency | undefined> {
  const row = await db.selectFrom('agencies').selectAll().where('code', '=', code).executeTakeFirst();
  return row && toAgency(row);
}

export async function insertAgency(
  db: Executor,
  a: Omit<Agency, 'version' | 'updatedAt' | 'exerciseIntervalMonths' | 'exerciseIntervalReason'>,
): Promise<void> {
  await db
    .insertInto('agencies')
    .values({ code: a.code, name_zh: a.nameZh, name_en: a.nameEn, rcc: toJson(a.rcc), facilities: toJson(a.facilities), document_script: a.documentScript })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

/** Replaces one of the agency's own blocks if the version still matches; the updated agency, or undefined when stale. */
export async function updateAgencyBlock(
  db: Executor,
  code: AreaCode,
  expectedVersion: number,
  block: { rcc: RccBlock } | { facilities: Facilities } | { settings: Pick<Agency, 'documentScript' | 'exerciseIntervalMonths' | 'exerciseIntervalReason'> },
  at: string,
): Promise<Agency | undefined> {
  const set =
    'rcc' in block
      ? { rcc: toJson(block.rcc) }
      : 'facilities' in block
        ? { facilities: toJson(block.facilities) }
        : {
            document_script: block.settings.documentScript,
            exercise_interval_months: block.settings.exerciseIntervalMonths,
            exercise_interval_reason: block.settings.exerciseIntervalReason,
          };
  const row = await db
    .updateTable('agencies')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: at }))
    .where('code', '=', code)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  return row && toAgency(row);
}
