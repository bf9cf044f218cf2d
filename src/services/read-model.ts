import { setImmediate as nextTurn } from 'node:timers/promises';
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
  servingRequest,
  type Db,
  type Executor,
} from '../store/database.ts';
import { changesAfter, formerHolds, indexedShips, indexedShipsAfter, latestChange, pruneChanges, registryGeneration } from '../store/model-changes.ts';

// What every app instance keeps in memory of the registry for the hot path: the lookup's search index,
// its incident cards as ready bytes, and which access records changed (for the token checks). Built at
// start, and kept current from the journal of changes (migration 0024): before a request reads the model,
// it asks whether the registry moved since (SQLite: data_version, in-process; PostgreSQL: the generation,
// one prepared statement), reads the journal only when it moved, and applies what changed, ship by ship. So a write
// acknowledged by any instance is seen by the next lookup on every other, and a write that touches one
// ship leaves every other ship's card where it was.

/** Cards kept, by their bytes: about 17,000 of a typical 1.9 KB. The least recently asked go first. */
const CARD_BYTES = 32 * 2 ** 20;
/** Ships read at once while building (a test reads fewer, to build across pages from a few). */
const BUILD_PAGE = 2000;
/** Changes kept in the journal: an instance further behind than this rebuilds its model. */
const JOURNAL_KEPT = 100_000;
/** Cards made ahead in one read, between requests. */
const AHEAD_BATCH = 200;
/**
 * How long a changed ship's card waits to be made again, so the changes of an import (a hundred ships a
 * second) are made in batches, not one by one between every two requests.
 */
const REMAKE_AFTER_MS = 50;

type Card = { day: string; bytes: Buffer };

/** Makes the cards of `ids` for `today` as JSON bytes, from one read snapshot (the lookup's maker). */
export type CardMaker = (snapshot: Executor, ids: number[], today: string) => Promise<Map<number, Buffer>>;

/**
 * Cards made before any lookup asks for them: the fleet's for the day (as many as the budget holds), and
 * a changed ship's as soon as its change is applied. A lookup that comes first makes what it needs itself.
 */
type Ahead = {
  make: CardMaker;
  day: string;
  /** Ships whose change was applied: made again first, whatever the budget. */
  changed: Set<number>;
  /** The fleet still to make for `day`, from `next` on, while the budget holds. */
  fleet: number[];
  next: number;
  running: boolean;
  /** A run of makeAhead is due after REMAKE_AFTER_MS. */
  due: NodeJS.Timeout | null;
};

export type ReadModel = {
  index: SearchIndex;
  /** Moves when tokens, principals or accounts change (and on a rebuild): the token checks' cache follows it. */
  accessEpoch: number;
  /** How long the build at start took, and how many ships it holds. */
  built: { ms: number; ships: number };
};

type Following = ReadModel & {
  db: Db;
  buildPage: number;
  seq: number;
  generation: string;
  cards: Map<number, Card>;
  cardBytes: number;
  /**
   * Moves whenever cards are dropped. A card made from a read begun before its ship's card was dropped
   * (or all were) is not kept: it may be older than the change. Which ship was dropped when is noted
   * only while cards are being made (`making`).
   */
  drops: number;
  droppedAt: Map<number, number>;
  allDroppedAt: number;
  making: number;
  ahead: Ahead | null;
  inFlight: Promise<void> | null;
  pending: Promise<void> | null;
};

const models = new WeakMap<Db, Promise<Following>>();
/** The models built, by their database. */
const built = new WeakMap<Db, Following>();

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

/** What `db`'s read model holds, once built: the ships in its index, and the incident cards kept ready for `today`. */
export function readModelHolds(db: Db, today: string): { ships: number; cards: number } | null {
  const model = built.get(db);
  if (!model) return null;
  let cards = 0;
  for (const card of model.cards.values()) if (card.day === today) cards += 1;
  return { ships: model.index.size, cards };
}

/** The read model of `db`, built on first use (the server starts its build as it starts to listen). */
export function openReadModel(db: Db, opts: { buildPage?: number } = {}): Promise<ReadModel> {
  return modelOf(db, opts.buildPage);
}

function modelOf(db: Db, buildPage = BUILD_PAGE): Promise<Following> {
  let model = models.get(db);
  if (!model) {
    model = build(db, buildPage);
    models.set(db, model);
    // A build that failed is tried again by the next caller.
    model.then(
      (m) => built.set(db, m),
      () => models.delete(db),
    );
  }
  return model;
}

async function build(db: Db, buildPage: number): Promise<Following> {
  const started = performance.now();
  const model: Following = {
    db,
    buildPage,
    index: new SearchIndex(),
    accessEpoch: 0,
    built: { ms: 0, ships: 0 },
    seq: 0,
    generation: '',
    cards: new Map(),
    cardBytes: 0,
    drops: 0,
    droppedAt: new Map(),
    allDroppedAt: 0,
    making: 0,
    ahead: null,
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
    // Page by page, so the rows read are let go as the index takes them (the build's peak memory). The
    // next page is asked for before this one is indexed: PostgreSQL reads it on its own core meanwhile.
    const size = model.buildPage;
    for (let page = await indexedShipsAfter(snapshot, 0, size); ; ) {
      const next = page.length < size ? null : indexedShipsAfter(snapshot, page.at(-1)!.vesselId, size);
      // Awaited below; a build that fails first must not leave it rejected with nobody listening.
      next?.catch(() => {});
      index.putBuilt(page);
      // SQLite answers without I/O: the process turns to its other requests (/healthz, /readyz) between pages.
      await nextTurn();
      if (!next) break;
      page = await next;
    }
    index.endBuild(await formerHolds(snapshot, null));
    return seq;
  });
  model.index = index;
  model.seq = seq;
  model.generation = '';
  model.accessEpoch += 1;
  dropCards(model);
  if (model.ahead) makeFleetAhead(model, model.ahead.day);
}

function dropCards(model: Following, ids?: Iterable<number>) {
  model.drops += 1;
  if (!ids) {
    model.cards.clear();
    model.cardBytes = 0;
    model.allDroppedAt = model.drops;
    return;
  }
  for (const id of ids) {
    if (model.making > 0) model.droppedAt.set(id, model.drops);
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
  const next: Promise<void> = nextTurn()
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
  // Whether anything was committed since: SQLite tells in-process; PostgreSQL by its cheapest statement
  // (prepared once per connection). The journal is read only when it moved; a change committed between
  // the two is applied now and read once more at the next check, which is all it costs.
  const now = engineOf(db) === 'postgres' ? await readOnce(db, registryGeneration) : dataGeneration(db);
  if (now === model.generation) return;
  const { changes, prunedThrough } = await readOnce(db, (from) => changesAfter(from, model.seq));
  if (prunedThrough > model.seq) return fill(model);
  if (changes.length === 0) {
    model.generation = now;
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
    // Two statements at once, each on a connection of its own: on PostgreSQL one round trip's wait, not two.
    const [current, former] = await Promise.all([readOnce(db, (from) => indexedShips(from, ids)), readOnce(db, (from) => formerHolds(from, ids))]);
    model.index.update(ids, current, former);
  }
  dropCards(model, [...ships, ...cardsOnly]);
  if (everything) dropCards(model);
  model.seq = changes.at(-1)!.seq;
  model.generation = now;
  if (model.ahead) {
    if (everything) makeFleetAhead(model, model.ahead.day);
    else {
      for (const id of ships) model.ahead.changed.add(id);
      for (const id of cardsOnly) model.ahead.changed.add(id);
      model.ahead.due ??= setTimeout(() => {
        model.ahead!.due = null;
        void makeAhead(model);
      }, REMAKE_AFTER_MS).unref();
    }
  }
}

/** The ships matching `query` (as typed), best first. */
export function searchModel(model: ReadModel, query: string, opts: { companyId?: number; limit: number }): Hit[] {
  return model.index.search({ text: foldText(query, toSimplified), identifier: foldIdentifier(query) }, opts);
}

/**
 * The cards of `ids` as JSON bytes, for `today`: kept ones at once, the others made by `make` in one read
 * snapshot and kept (see makeCards). The first lookup of a new day starts making the fleet's cards for it.
 */
export async function cardsOf(model: ReadModel, ids: number[], today: string, make: CardMaker): Promise<Map<number, Buffer>> {
  const m = model as Following;
  if (m.ahead && m.ahead.day !== today) makeFleetAhead(m, today);
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
  for (const [id, bytes] of await makeCards(m, missing, today, make)) found.set(id, bytes);
  return found;
}

/**
 * Makes the cards of `ids` in one read snapshot and keeps each, unless its card was dropped while it was
 * being made (a change it may not show), or it was read from the standby (which may be behind what the
 * model has seen).
 */
async function makeCards(m: Following, ids: number[], today: string, make: CardMaker): Promise<Map<number, Buffer>> {
  const begun = m.drops;
  m.making += 1;
  try {
    const made = await inReadSnapshot(m.db, (snapshot) => make(snapshot, ids, today));
    if (servedFromReplica() || m.allDroppedAt > begun) return made;
    for (const [id, bytes] of made) if ((m.droppedAt.get(id) ?? 0) <= begun) keepCard(m, id, { day: today, bytes });
    return made;
  } finally {
    m.making -= 1;
    if (m.making === 0) m.droppedAt.clear();
  }
}

/**
 * Makes the incident cards ahead of the lookups from now on (the server starts it once its model is
 * built): the whole fleet's for `today` at once, as many as the cards' budget holds; again on the first
 * lookup of each new day and after a rebuild; and each changed ship's 50 ms after its change is applied
 * (REMAKE_AFTER_MS). A batch at a time, each between requests. Resolves when the fleet's are made, with how many and how long.
 */
export async function makeCardsAhead(db: Db, today: string, make: CardMaker): Promise<{ cards: number; ms: number }> {
  const m = await modelOf(db);
  const started = performance.now();
  m.ahead = { make, day: today, changed: new Set(), fleet: m.index.shipIds(), next: 0, running: false, due: null };
  await makeAhead(m, { failLoudly: true });
  return { cards: m.cards.size, ms: Math.round(performance.now() - started) };
}

function makeFleetAhead(m: Following, day: string) {
  const ahead = m.ahead!;
  ahead.day = day;
  ahead.fleet = m.index.shipIds();
  ahead.next = 0;
  void makeAhead(m);
}

/** Makes what is due, a batch at a time, until nothing is (one run at a time: a call during one returns). */
async function makeAhead(m: Following, opts: { failLoudly?: boolean } = {}): Promise<void> {
  const ahead = m.ahead!;
  if (ahead.running) return;
  ahead.running = true;
  try {
    for (;;) {
      // Requests read from the network meanwhile go first.
      await nextTurn();
      const day = ahead.day;
      const due = (id: number) => m.index.has(id) && m.cards.get(id)?.day !== day;
      const batch: number[] = [];
      for (const id of ahead.changed) {
        ahead.changed.delete(id);
        if (due(id)) batch.push(id);
        if (batch.length === AHEAD_BATCH) break;
      }
      // The fleet's while its cards fit: beyond that, the cards the lookups ask for are the ones to keep.
      while (batch.length < AHEAD_BATCH && ahead.next < ahead.fleet.length && m.cardBytes < CARD_BYTES * 0.9) {
        const id = ahead.fleet[ahead.next++]!;
        if (due(id)) batch.push(id);
      }
      if (batch.length === 0) break;
      await servingRequest(() => makeCards(m, batch, day, ahead.make));
    }
  } catch (err) {
    // The database could not be read: what is left is made by the lookups that ask for it.
    ahead.changed.clear();
    ahead.next = ahead.fleet.length;
    if (opts.failLoudly) throw err;
  } finally {
    ahead.running = false;
  }
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
