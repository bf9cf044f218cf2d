import { sql } from 'kysely';
import { foldIdentifier, foldText, fragments, rankEntries, rankSimilar, typoGrams, typosAllowed, type SearchEntry } from '../domain/search.ts';
import type { FormerRegistration } from '../domain/transfer.ts';
import { toSimplified } from '../script.ts';
import { engineOf, type Executor } from './database.ts';
import { containsPattern, idsIn } from './dialect.ts';
import { fromJson } from './json.ts';
import { prepared } from './prepared.ts';

// The incident lookup's index: the only module that knows it is SQLite FTS5 or PostgreSQL pg_trgm.
// Written in the same transaction as the vessel or company write that changes it. Both engines index
// the same folded text and hand the same candidates to the same ranking, so a lookup ranks alike on both.

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
  const old = await db.selectFrom('vessel_search').selectAll().where('vessel_id', '=', vesselId).executeTakeFirst();
  const fts = engineOf(db) === 'sqlite';
  if (old) {
    // FTS5's external-content table is told what it indexed; pg_trgm's index follows its table itself.
    if (fts)
      await sql`insert into vessel_search_trigram (vessel_search_trigram, rowid, names, identifiers, company_names) values ('delete', ${vesselId}, ${old.names}, ${old.identifiers}, ${old.company_names})`.execute(
        db,
      );
    await db.deleteFrom('vessel_search').where('vessel_id', '=', vesselId).execute();
    await db.deleteFrom('vessel_search_grams').where('vessel_id', '=', vesselId).execute();
  }
  const entry = await entryFor(db, vesselId);
  if (!entry) return;
  const row = joined(entry);
  await db
    .insertInto('vessel_search')
    .values({ vessel_id: vesselId, ...row })
    .execute();
  if (fts)
    await sql`insert into vessel_search_trigram (rowid, names, identifiers, company_names) values (${vesselId}, ${row.names}, ${row.identifiers}, ${row.company_names})`.execute(
      db,
    );
  const best = new Map<string, 0 | 1 | 2>();
  for (const f of entry.names.flatMap(fragments)) if ((best.get(f.gram) ?? 3) > f.position) best.set(f.gram, f.position);
  const rows = [...best].map(([gram, position]) => ({ gram, position, vessel_id: vesselId }));
  // SQLite limits the parameters of one statement; a long list of former names goes in slices.
  for (let i = 0; i < rows.length; i += 300)
    await db
      .insertInto('vessel_search_grams')
      .values(rows.slice(i, i + 300))
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

/** Builds the substring index again from the index's table (after its rows were written directly, as a copy does). */
export async function rebuildSubstringIndex(db: Executor): Promise<void> {
  // pg_trgm's indexes follow their table by themselves.
  if (engineOf(db) === 'sqlite') await sql`insert into vessel_search_trigram (vessel_search_trigram) values ('rebuild')`.execute(db);
}

/** How many candidates each path of the index hands to the ranking at most. */
const CANDIDATES = 200;

// The lookup's statements, built once (see prepared.ts); each in two forms, for everyone and for one company.

const exactIdentifier = prepared((db, identifier: string) =>
  db
    .selectFrom('vessels')
    .select('id')
    .where((eb) =>
      eb.or([eb('mmsi', '=', identifier), eb('imo_number', '=', identifier), eb('call_sign', '=', identifier), eb('epirb_hex_id', '=', identifier)]),
    ),
);
const exactIdentifierOfCompany = prepared((db, identifier: string, companyId: number) =>
  db
    .selectFrom('vessels')
    .select('id')
    .where((eb) =>
      eb.or([eb('mmsi', '=', identifier), eb('imo_number', '=', identifier), eb('call_sign', '=', identifier), eb('epirb_hex_id', '=', identifier)]),
    )
    .where('company_id', '=', companyId),
);

// Ships that once held the identifier exactly, and hold it no more (the identifier history).
const formerHolders = prepared((db, identifier: string) =>
  db
    .selectFrom('vessel_identifiers')
    .select(['vessel_id', 'kind', 'value', 'held_until'])
    .where('value', '=', identifier)
    .where('held_until', 'is not', null)
    .orderBy('held_until', 'desc'),
);
const formerHoldersOfCompany = prepared((db, identifier: string, companyId: number) =>
  db
    .selectFrom('vessel_identifiers')
    .innerJoin('vessels', 'vessels.id', 'vessel_identifiers.vessel_id')
    .select(['vessel_identifiers.vessel_id', 'vessel_identifiers.kind', 'vessel_identifiers.value', 'vessel_identifiers.held_until'])
    .where('vessel_identifiers.value', '=', identifier)
    .where('vessel_identifiers.held_until', 'is not', null)
    .where('vessels.company_id', '=', companyId)
    .orderBy('vessel_identifiers.held_until', 'desc'),
);

// Index order is ranking order (name starts, word starts, fragments inside names), so twice the
// limit is enough for the ranking to choose from.
const fragment = prepared((db, gram: string, limit: number) =>
  db.selectFrom('vessel_search_grams').select('vessel_id').where('gram', '=', gram).orderBy('position').orderBy('vessel_id').limit(limit),
);
const fragmentOfCompany = prepared((db, gram: string, companyId: number, limit: number) =>
  db
    .selectFrom('vessel_search_grams')
    .innerJoin('vessels', 'vessels.id', 'vessel_search_grams.vessel_id')
    .select('vessel_search_grams.vessel_id')
    .where('gram', '=', gram)
    .where('vessels.company_id', '=', companyId)
    .orderBy('position')
    .orderBy('vessel_search_grams.vessel_id')
    .limit(limit),
);

// Substrings of three characters or more. SQLite: FTS5 query syntax in one parameter (the terms are
// chosen per query, the statement is not). PostgreSQL: LIKE patterns over the GIN trigram indexes, a
// null pattern for a term the query is too short for. Both in the order of the vessel's id, as FTS5
// returns them, so both cut the same candidates.
type Substring = { names: string | null; identifiers: string | null };
const trigramMatch = (s: Substring) => {
  // FTS5 phrase syntax: the fragment in double quotes, its own quotes doubled.
  const phrase = (t: string) => `"${t.replaceAll('"', '""')}"`;
  const terms = [];
  if (s.names) terms.push(`names : ${phrase(s.names)}`, `company_names : ${phrase(s.names)}`);
  if (s.identifiers) terms.push(`identifiers : ${phrase(s.identifiers)}`);
  return terms.join(' OR ');
};
const likeOrNull = (t: string | null) => (t === null ? null : containsPattern(t));
const ofCompany = (column: string, companyId: unknown) =>
  companyId === undefined ? sql`` : sql` and ${sql.ref(column)} in (select id from vessels where company_id = ${companyId})`;
const fts5 = (db: Executor, match: unknown, companyId?: unknown) => ({
  compile: () =>
    sql<{
      vessel_id: number;
    }>`select rowid as vessel_id from vessel_search_trigram where vessel_search_trigram match ${match}${ofCompany('rowid', companyId)} order by rowid limit ${CANDIDATES}`.compile(
      db,
    ),
});
const trigrams = (db: Executor, names: unknown, identifiers: unknown, companyId?: unknown) => ({
  compile: () =>
    sql<{
      vessel_id: number;
    }>`select vessel_id from vessel_search where (names like ${names} or company_names like ${names} or identifiers like ${identifiers})${ofCompany('vessel_id', companyId)} order by vessel_id limit ${CANDIDATES}`.compile(
      db,
    ),
});
const fts5All = prepared((db, match: string) => fts5(db, match));
const fts5OfCompany = prepared((db, match: string, companyId: number) => fts5(db, match, companyId));
const trigramsAll = prepared((db, names: string | null, identifiers: string | null) => trigrams(db, names, identifiers));
const trigramsOfCompany = prepared((db, names: string | null, identifiers: string | null, companyId: number) => trigrams(db, names, identifiers, companyId));

async function substring(db: Executor, s: Substring, companyId: number | undefined) {
  if (engineOf(db) === 'sqlite') return companyId === undefined ? fts5All(db, trigramMatch(s)) : fts5OfCompany(db, trigramMatch(s), companyId);
  const [names, identifiers] = [likeOrNull(s.names), likeOrNull(s.identifiers)];
  return companyId === undefined ? trigramsAll(db, names, identifiers) : trigramsOfCompany(db, names, identifiers, companyId);
}

/**
 * Ships whose names share most of the query's three-letter pieces: the candidates for a name typed with
 * errors, on the miss path only (the statement depends on the query, so it is not prepared). SQLite:
 * FTS5 over the same trigram index, best first by its bm25 rank (rarer pieces count more). PostgreSQL:
 * the pieces over the GIN trigram index, best first by how many a name holds.
 */
async function sharingPieces(db: Executor, grams: string[], companyId: number | undefined): Promise<{ vessel_id: number }[]> {
  if (grams.length === 0) return [];
  if (engineOf(db) === 'sqlite') {
    const match = grams.map((g) => `names : "${g.replaceAll('"', '""')}"`).join(' OR ');
    return (
      await sql<{
        vessel_id: number;
      }>`select rowid as vessel_id from vessel_search_trigram where vessel_search_trigram match ${match}${ofCompany('rowid', companyId)} order by rank limit ${CANDIDATES}`.execute(
        db,
      )
    ).rows;
  }
  const holds = grams.map((g) => sql`(names like ${containsPattern(g)})`);
  return (
    await sql<{ vessel_id: number }>`select vessel_id from vessel_search where (${sql.join(holds, sql` or `)})${ofCompany('vessel_id', companyId)}
      order by (${sql.join(
        holds.map((h) => sql`${h}::int`),
        sql` + `,
      )}) desc, vessel_id limit ${CANDIDATES}`.execute(db)
  ).rows;
}

// One JSON parameter rather than one per id, so the statement is the same whatever the count.
const candidates = (db: Executor, ids: string) =>
  db
    .selectFrom('vessel_search')
    .innerJoin('vessels', 'vessels.id', 'vessel_search.vessel_id')
    .select(['vessel_search.vessel_id', 'vessel_search.names', 'vessel_search.company_names', 'vessel_search.identifiers', 'vessels.name_en'])
    .where('vessel_search.vessel_id', 'in', idsIn(db, ids));
const entriesOf = prepared(candidates);
const entriesOfCompany = prepared((db, ids: string, companyId: number) => candidates(db, ids).where('vessels.company_id', '=', companyId));

/**
 * Vessels matching `query`, best first: exact identifier, name prefix, name substring, identifier
 * fragment, company. Cheapest paths first: an exact identifier ends the search; a fragment (a word's
 * start, or one or two Chinese characters) is one index lookup; trigrams only when those found too few.
 * An operator's search is narrowed inside each path, not after the cut, so its own ships are never crowded out.
 */
export async function searchVessels(
  db: Executor,
  query: string,
  opts: { companyId?: number; limit: number },
): Promise<{ vesselId: number; rank: number; formerly?: FormerHit }[]> {
  const q = { text: fold(query), identifier: foldIdentifier(query) };
  if (!q.text && !q.identifier) return [];
  const company = opts.companyId;
  const ids = new Set<number>();
  // A ship that held the identifier once comes after those that hold it now, marked: a beacon still
  // programmed with a ship's former MMSI must not send the centre to the new holder alone.
  let former: { vesselId: number; rank: number; formerly: FormerHit }[] = [];

  if (q.identifier.length >= 4) {
    const rows = company === undefined ? await exactIdentifier(db, q.identifier) : await exactIdentifierOfCompany(db, q.identifier, company);
    for (const r of rows) ids.add(r.id);
    const once = company === undefined ? await formerHolders(db, q.identifier) : await formerHoldersOfCompany(db, q.identifier, company);
    const seen = new Set(ids);
    former = once.flatMap((r) => {
      if (seen.has(r.vessel_id)) return [];
      seen.add(r.vessel_id);
      return [{ vesselId: r.vessel_id, rank: 0, formerly: { kind: r.kind, value: r.value, until: r.held_until! } }];
    });
  }
  const byIdentifier = ids.size > 0 || former.length > 0;
  if (byIdentifier && ids.size <= 1) return [...[...ids].map((vesselId) => ({ vesselId, rank: 0 })), ...former].slice(0, opts.limit);
  if (!byIdentifier && q.text) {
    const rows = company === undefined ? await fragment(db, q.text, opts.limit * 2) : await fragmentOfCompany(db, q.text, company, opts.limit * 2);
    for (const r of rows) ids.add(r.vessel_id);
  }
  const length = [...q.text].length;
  if (ids.size === 0 && (length >= 3 || q.identifier.length >= 3)) {
    const rows = await substring(db, { names: length >= 3 ? q.text : null, identifiers: q.identifier.length >= 3 ? q.identifier : null }, company);
    for (const r of rows) ids.add(r.vessel_id);
  }
  const entriesFor = async (found: Iterable<number>): Promise<SearchEntry[]> => {
    const list = JSON.stringify([...found]);
    return (company === undefined ? await entriesOf(db, list) : await entriesOfCompany(db, list, company)).map((r) => ({
      vesselId: r.vessel_id,
      names: r.names.split('\n'),
      companyNames: r.company_names.split('\n'),
      identifiers: r.identifiers.split('\n'),
      sortName: r.name_en.toLowerCase(),
    }));
  };
  if (ids.size === 0) {
    // Nothing as typed: names a typing error or two away, if the query is long enough to tell.
    if (byIdentifier || typosAllowed(q.text.replace(/\s+/g, '').length) === 0) return [];
    const near = await sharingPieces(db, typoGrams(q.text), company);
    if (near.length === 0) return [];
    return rankSimilar(await entriesFor(near.map((r) => r.vessel_id)), q.text, opts.limit).map((m) => ({ vesselId: m.entry.vesselId, rank: m.rank }));
  }
  const entries = await entriesFor(ids);
  return [...rankEntries(entries, q, opts.limit).map((m) => ({ vesselId: m.entry.vesselId, rank: m.rank })), ...former].slice(0, opts.limit);
}

/** Which identifier a former holder held, and until when. */
export type FormerHit = { kind: 'mmsi' | 'callSign' | 'imoNumber' | 'epirbHexId'; value: string; until: string };
