import { foldIdentifier, foldText } from '../domain/search.ts';
import { SearchIndex, type Hit } from '../domain/search-index.ts';
import { toSimplified } from '../script.ts';
import {
  caughtUpThisRequest,
  commitsSoFar,
  countedCache,
  dataGeneration,
  engineOf,
  inReadSnapshot,
  noteCaughtUp,
  readOnce,
  servedFromReplica,
  type Db,
  type Executor,
} from '../store/database.ts';
import { changesAfter, formerHolds, indexedShips, indexedShipsAfter, latestChange, pruneChanges } from '../store/model-changes.ts';

// What every app instance keeps in memory of the registry for the hot path: the lookup's search index,
// its incident cards as ready bytes, and which access records changed (for the token checks). Built at
// start, and kept current from the journal of changes (migration 0024): before a request reads the model,
// it asks whether the registry moved since (SQLite: data_version, in-process; PostgreSQL: the generation,
// one prepared statement, then the changes only when it moved) and applies what changed, ship by ship. So a write
// acknowledged by any instance is seen by the next lookup on every other, and a write that touches one
// ship leaves every other ship's card where it was.

/** Cards kept, by their bytes: about 17,000 of a typical 1.9 KB. The least recently asked go first. */
const CARD_BYTES = 32 * 2 ** 20;
/** Ships read at once while building. */
const BUILD_PAGE = 2000;
/** Changes kept in the journal: an instance further behind than this rebuilds its model. */
const JOURNAL_KEPT = 100_000;

type Card = { day: string; bytes: Buffer };

export type ReadModel = {
  index: SearchIndex;
  /** Moves when tokens, principals or accounts change (and on a rebuild): the token checks' cache follows it. */
  accessEpoch: number;
  /** How long the build at start took, and how many ships it holds. */
  built: { ms: number; ships: number };
};

type Following = ReadModel & {
  db: Db;
  seq: number;
  generation: string;
  cards: Map<number, Card>;
  cardBytes: number;
  /** Moves whenever a card is dropped: a card computed before it moved is not kept (it may be older). */
  cardsDropped: number;
  inFlight: Promise<void> | null;
  pending: Promise<void> | null;
};

const models = new WeakMap<Db, Promise<Following>>();
const built = new WeakSet<Db>();

/**
 * Whether `db`'s read model is built, waiting up to `waitMs` for a build under way (and starting one
 * that was not): a small registry's takes milliseconds, a large one's at start a few seconds.
 */
export async function readModelBuilt(db: Db, waitMs: number): Promise<boolean> {
  if (built.has(db)) return true;
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
  const done = await Promise.race([modelOf(db).then(() => true as const), waited]).finally(() => clearTimeout(timer));
  return done;
}

/** Whether `db`'s read model is being built (at start, or again after the journal was cut past it). */
export const readModelBuilding = (db: Db): boolean => models.has(db) && !built.has(db);

const counts = countedCache('incident cards');

/** The read model of `db`, built on first use (the server starts its build as it starts to listen). */
export function openReadModel(db: Db): Promise<ReadModel> {
  return modelOf(db);
}

function modelOf(db: Db): Promise<Following> {
  let model = models.get(db);
  if (!model) {
    model = build(db);
    models.set(db, model);
    // A build that failed is tried again by the next caller.
    model.then(
      () => built.add(db),
      () => models.delete(db),
    );
  }
  return model;
}

async function build(db: Db): Promise<Following> {
  const started = performance.now();
  const model: Following = {
    db,
    index: new SearchIndex(),
    accessEpoch: 0,
    built: { ms: 0, ships: 0 },
    seq: 0,
    generation: '',
    cards: new Map(),
    cardBytes: 0,
    cardsDropped: 0,
    inFlight: null,
    pending: null,
  };
  await fill(model);
  model.built = { ms: Math.round(performance.now() - started), ships: model.index.size };
  return model;
}

/** Reads every ship afresh: the journal's position first, so a change made meanwhile is applied again after. */
async function fill(model: Following): Promise<void> {
  const index = new SearchIndex();
  const seq = await inReadSnapshot(model.db, async (snapshot) => {
    const seq = await latestChange(snapshot);
    index.beginBuild();
    // Page by page, so the rows read are let go as the index takes them (the build's peak memory).
    for (let after = 0; ; ) {
      const page = await indexedShipsAfter(snapshot, after, BUILD_PAGE);
      index.putBuilt(page);
      // SQLite answers without I/O: the process turns to its other requests (/healthz, /readyz) between pages.
      await new Promise((resolve) => setImmediate(resolve));
      if (page.length < BUILD_PAGE) break;
      after = page.at(-1)!.vesselId;
    }
    index.endBuild(await formerHolds(snapshot, null));
    return seq;
  });
  model.index = index;
  model.seq = seq;
  model.generation = '';
  model.accessEpoch += 1;
  dropCards(model);
}

function dropCards(model: Following, ids?: Iterable<number>) {
  model.cardsDropped += 1;
  if (!ids) {
    model.cards.clear();
    model.cardBytes = 0;
    return;
  }
  for (const id of ids) {
    const card = model.cards.get(id);
    if (!card) continue;
    model.cards.delete(id);
    model.cardBytes -= card.bytes.byteLength;
  }
}

/**
 * The read model of `db`, up to date with every write committed before this call: a catch-up that
 * starts after it (one already under way may have read the registry before that write, so it waits for the
 * next), shared by every request that arrived meanwhile.
 */
export async function freshReadModel(db: Db): Promise<ReadModel> {
  const model = await modelOf(db);
  if (caughtUpThisRequest(model)) return model;
  const asOf = commitsSoFar();
  await catchUp(model);
  noteCaughtUp(model, asOf);
  return model;
}

function catchUp(model: Following): Promise<void> {
  // A catch-up not yet begun serves every request that reaches it before it begins; it begins once the
  // requests read from the network with this one have had their turn (setImmediate runs after them) and
  // the one under way (which may have read the registry before they came) is done. Under load, one check
  // of the registry serves them all; a slow one (PostgreSQL, while an import writes) is followed by one more.
  if (model.pending !== null) return model.pending;
  const before = model.inFlight;
  const next: Promise<void> = new Promise((resolve) => setImmediate(resolve))
    .then(() => before?.catch(() => {}))
    .then(() => {
      model.pending = null;
      model.inFlight = next;
      return applyChanges(model);
    })
    .finally(() => {
      if (model.inFlight === next) model.inFlight = null;
    });
  model.pending = next;
  return next;
}

async function applyChanges(model: Following): Promise<void> {
  const { db } = model;
  const postgres = engineOf(db) === 'postgres';
  // Whether anything was committed since: SQLite tells in-process; PostgreSQL by its cheapest statement
  // (prepared once per connection). The changes are read only when it moved.
  const now = await dataGeneration(db);
  if (now === model.generation) return;
  const { changes, prunedThrough, generation } = await readOnce(db, (from) => changesAfter(from, model.seq));
  // On PostgreSQL the generation is read again with the changes, in the same statement: what the model
  // then holds is exactly as of it.
  const asOf = postgres ? generation! : now;
  if (prunedThrough > model.seq) return fill(model);
  if (changes.length === 0) {
    model.generation = asOf;
    return;
  }
  const ships = new Set<number>();
  const cardsOnly = new Set<number>();
  let everything = false;
  for (const c of changes) {
    if (c.kind === 'vessel' && c.ref !== null) ships.add(c.ref);
    else if (c.kind === 'company' && c.ref !== null) for (const id of model.index.shipsOfCompany(c.ref)) cardsOnly.add(id);
    else if (c.kind === 'access') model.accessEpoch += 1;
    else everything = true;
  }
  if (ships.size > 0) {
    const ids = [...ships];
    const { now, former } = await readOnce(db, async (from) => ({ now: await indexedShips(from, ids), former: await formerHolds(from, ids) }));
    model.index.update(ids, now, former);
  }
  dropCards(model, [...ships, ...cardsOnly]);
  if (everything) dropCards(model);
  model.seq = changes.at(-1)!.seq;
  model.generation = asOf;
}

/** The ships matching `query` (as typed), best first. */
export function searchModel(model: ReadModel, query: string, opts: { companyId?: number; limit: number }): Hit[] {
  return model.index.search({ text: foldText(query, toSimplified), identifier: foldIdentifier(query) }, opts);
}

/**
 * The cards of `ids` as JSON bytes, for `today`: kept ones at once, the others made by `make` in one read
 * snapshot and kept (unless a change dropped cards meanwhile, or they were read from the standby, which
 * may be behind what the model has seen).
 */
export async function cardsOf(
  model: ReadModel,
  ids: number[],
  today: string,
  make: (snapshot: Executor, missing: number[]) => Promise<Map<number, Buffer>>,
): Promise<Map<number, Buffer>> {
  const m = model as Following;
  const found = new Map<number, Buffer>();
  const missing: number[] = [];
  for (const id of ids) {
    const card = m.cards.get(id);
    if (card && card.day === today) {
      counts.hits += 1;
      // Most recently asked last: a Map keeps insertion order.
      m.cards.delete(id);
      m.cards.set(id, card);
      found.set(id, card.bytes);
    } else missing.push(id);
  }
  if (missing.length === 0) return found;
  counts.misses += missing.length;
  const dropped = m.cardsDropped;
  const made = await inReadSnapshot(m.db, (snapshot) => make(snapshot, missing));
  const keep = dropped === m.cardsDropped && !servedFromReplica();
  for (const [id, bytes] of made) {
    found.set(id, bytes);
    if (keep) keepCard(m, id, { day: today, bytes });
  }
  return found;
}

function keepCard(m: Following, id: number, card: Card) {
  const before = m.cards.get(id);
  if (before) {
    m.cards.delete(id);
    m.cardBytes -= before.bytes.byteLength;
  }
  for (const [oldest, old] of m.cards) {
    if (m.cardBytes + card.bytes.byteLength <= CARD_BYTES) break;
    m.cards.delete(oldest);
    m.cardBytes -= old.bytes.byteLength;
  }
  m.cards.set(id, card);
  m.cardBytes += card.bytes.byteLength;
}

/** Keeps the journal short (run at start): changes older than the newest JOURNAL_KEPT go. */
export async function pruneJournal(db: Db): Promise<void> {
  await pruneChanges(db, JOURNAL_KEPT);
}
