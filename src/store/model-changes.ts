import { sql } from 'kysely';
import type { FormerHold, IndexedShip } from '../domain/search-index.ts';
import { nameStatement, readFirstValue, type Db, type Executor } from './database.ts';
import { idsIn } from './dialect.ts';
import { prepared } from './prepared.ts';

// The journal of what writes changed (migration 0024, filled by triggers), and the bulk reads the read
// model is built and refreshed from.

export type ModelChange = { seq: number; kind: 'vessel' | 'company' | 'all' | 'access'; ref: number | null };

const GENERATION = 'select generation from registry_generation';
// What runs on every request while nothing moves: the server parses and plans it once per connection.
nameStatement(GENERATION, 'registry_generation');

/**
 * PostgreSQL's generation, the row every write moves (the baseline's triggers), by the cheapest statement
 * there is: whether anything was committed since the last read, asked before every request reads the
 * read model (measured: lookups about 8 % faster than with the journal read as that check).
 */
export async function registryGeneration(db: Db): Promise<string> {
  return String((await readFirstValue(db, GENERATION)) ?? 0);
}

const journalAfter = prepared(
  (db, seq: number) =>
    db
      .selectFrom('model_changes_pruned as p')
      .leftJoin('model_changes as c', (join) => join.on('c.seq', '>', seq))
      .select(['p.through', 'c.seq', 'c.kind', 'c.ref'])
      .orderBy('c.seq'),
  // Read whenever the registry moved: while an import writes, at nearly every request.
  { nameOnPostgres: 'model_changes_after' },
);

/**
 * The changes after `seq`, in commit order, with where the journal was pruned up to: none when nothing
 * was committed since (an index's range, empty).
 */
export async function changesAfter(db: Executor, seq: number): Promise<{ changes: ModelChange[]; prunedThrough: number }> {
  const rows = await journalAfter(db, seq);
  return {
    prunedThrough: Number(rows[0]?.through ?? 0),
    changes: rows.filter((r) => r.seq !== null).map((r) => ({ seq: Number(r.seq), kind: r.kind as ModelChange['kind'], ref: r.ref })),
  };
}

/** The newest change's number (0 when none): where a model built now starts following. */
export async function latestChange(db: Executor): Promise<number> {
  const row = await sql<{ seq: number | null }>`select max(seq) as seq from model_changes`.execute(db);
  return Number(row.rows[0]?.seq ?? 0);
}

/** Deletes all but the newest `keep` changes; an instance further behind builds its model afresh. */
export async function pruneChanges(db: Executor, keep: number): Promise<void> {
  const through = (await latestChange(db)) - keep;
  if (through <= 0) return;
  await sql`delete from model_changes where seq <= ${through}`.execute(db);
  await sql`update model_changes_pruned set through = ${through} where through < ${through}`.execute(db);
}

const shipColumns = (db: Executor) =>
  db
    .selectFrom('vessel_search')
    .innerJoin('vessels', 'vessels.id', 'vessel_search.vessel_id')
    .select([
      'vessel_search.vessel_id',
      'vessel_search.names',
      'vessel_search.company_names',
      'vessel_search.identifiers',
      'vessels.name_en',
      'vessels.company_id',
      'vessels.mmsi',
      'vessels.imo_number',
      'vessels.call_sign',
      'vessels.epirb_hex_id',
    ]);

type ShipRow = Awaited<ReturnType<ReturnType<typeof shipColumns>['execute']>>[number];
const indexed = (r: ShipRow): IndexedShip => ({
  vesselId: r.vessel_id,
  companyId: r.company_id,
  names: r.names,
  companyNames: r.company_names,
  identifiers: r.identifiers,
  sortName: r.name_en.toLowerCase(),
  current: held(r.mmsi, r.imo_number, r.call_sign, r.epirb_hex_id),
});

/** The identifiers a ship holds, in an array of their number: filter's would keep room for 16 (100,000 ships: about 12 MB). */
function held(...values: (string | null)[]): string[] {
  const out = new Array<string>(values.filter(Boolean).length);
  let i = 0;
  for (const v of values) if (v) out[i++] = v;
  return out;
}

/** The search entries of `ids`: a ship without an entry is not there. */
export async function indexedShips(db: Executor, ids: number[]): Promise<IndexedShip[]> {
  return (
    await shipColumns(db)
      .where('vessel_search.vessel_id', 'in', idsIn(db, JSON.stringify(ids)))
      .execute()
  ).map(indexed);
}

/** Up to `count` search entries after the ship `afterId`, in the order of their ids: the whole index, page by page. */
export async function indexedShipsAfter(db: Executor, afterId: number, count: number): Promise<IndexedShip[]> {
  return (await shipColumns(db).where('vessel_search.vessel_id', '>', afterId).orderBy('vessel_search.vessel_id').limit(count).execute()).map(indexed);
}

/** The identifiers ships held and hold no more (all ships', or those of `ids`). */
export async function formerHolds(db: Executor, ids: number[] | null): Promise<FormerHold[]> {
  let q = db.selectFrom('vessel_identifiers').select(['vessel_id', 'kind', 'value', 'held_until']).where('held_until', 'is not', null);
  if (ids !== null) q = q.where('vessel_id', 'in', idsIn(db, JSON.stringify(ids)));
  return (await q.execute()).map((r) => ({ vesselId: r.vessel_id, kind: r.kind, value: r.value, until: r.held_until! }));
}
