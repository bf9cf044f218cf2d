import { fragments, rankEntries, rankSimilar, typoGrams, typosAllowed, type FragmentPosition, type SearchEntry } from './search.ts';

// The incident lookup's index, in memory: what every app instance keeps of each ship to find it by any
// fragment of a name (either script, English) or identifier, former ones included. Built from the
// store's folded entries at start and kept current ship by ship; the ranking is the one of search.ts.

/** One ship as the index knows it: its folded names, company names and identifiers, each list joined by newlines. */
export type IndexedShip = {
  vesselId: number;
  companyId: number;
  names: string;
  companyNames: string;
  identifiers: string;
  /** Its English name in lower case: the ranking's order among equals. */
  sortName: string;
  /** The identifiers it holds now (MMSI, IMO number, call sign, EPIRB hex ID), as stored: an exact match. */
  current: string[];
};

/** Which identifier a former holder held, and until when. */
export type FormerHit = { kind: 'mmsi' | 'callSign' | 'imoNumber' | 'epirbHexId'; value: string; until: string };
export type FormerHold = FormerHit & { vesselId: number };

export type Hit = { vesselId: number; rank: number; formerly?: FormerHit };

/** How many candidates each path hands to the ranking at most. */
const CANDIDATES = 200;
/** A fragment's position and its ship in one number, so a fragment's list sorts in ranking order. */
const SHIP_BITS = 2 ** 27;

/** A growable sorted list of numbers in a typed array: a list changed after the build. */
class Postings {
  data: Int32Array;
  length: number;
  constructor(from: Int32Array) {
    this.data = new Int32Array(Math.max(4, from.length + 4));
    this.data.set(from);
    this.length = from.length;
  }
  insert(n: number) {
    const at = this.#find(n);
    if (at < this.length && this.data[at] === n) return;
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data.copyWithin(at + 1, at, this.length);
    this.data[at] = n;
    this.length += 1;
  }
  remove(n: number) {
    const at = this.#find(n);
    if (at >= this.length || this.data[at] !== n) return;
    this.data.copyWithin(at, at + 1, this.length);
    this.length -= 1;
  }
  #find(n: number) {
    let [lo, hi] = [0, this.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.data[mid]! < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const EMPTY = new Int32Array(0);

/**
 * Numbers appended in chunks of typed arrays: the build's postings, outside the collected heap and never
 * copied to grow (a list per key, as the build kept before, made millions of arrays for the collector).
 */
class Appended {
  static readonly CHUNK = 2 ** 20;
  readonly chunks: Int32Array[] = [];
  length = 0;
  push(n: number) {
    const at = this.length % Appended.CHUNK;
    if (at === 0) this.chunks.push(new Int32Array(Appended.CHUNK));
    this.chunks[this.chunks.length - 1]![at] = n;
    this.length += 1;
  }
}

/**
 * Sorted lists of numbers by key. Built at once into one typed array for all keys (no object per key,
 * so a few bytes an entry); a key changed afterwards gets a list of its own, copied from the built one.
 */
class PostingMap<K extends Piece = Piece> {
  #slots = new Map<K, number>();
  #starts = EMPTY;
  #data = EMPTY;
  #changed = new Map<K, Postings>();
  /** While building: each posting's slot and number, in the order they came, and how many each slot has. */
  #building: { slots: Appended; numbers: Appended; counts: number[] } | null = { slots: new Appended(), numbers: new Appended(), counts: [] };

  /** During the build: `n` goes under `key` (in any order; seal sorts). */
  add(key: K, n: number) {
    const building = this.#building!;
    let slot = this.#slots.get(key);
    if (slot === undefined) {
      slot = building.counts.length;
      this.#slots.set(key, slot);
      building.counts.push(0);
    }
    building.counts[slot]! += 1;
    building.slots.push(slot);
    building.numbers.push(n);
  }

  /** Ends the build: every list packed into one array by its counts, then each sorted. */
  seal() {
    const { slots, numbers, counts } = this.#building!;
    this.#starts = new Int32Array(counts.length + 1);
    for (let slot = 0; slot < counts.length; slot++) this.#starts[slot + 1] = this.#starts[slot]! + counts[slot]!;
    this.#data = new Int32Array(slots.length);
    const next = this.#starts.slice(0, counts.length);
    for (let c = 0; c < slots.chunks.length; c++) {
      const [s, n] = [slots.chunks[c]!, numbers.chunks[c]!];
      const end = Math.min(Appended.CHUNK, slots.length - c * Appended.CHUNK);
      for (let i = 0; i < end; i++) this.#data[next[s[i]!]!++] = n[i]!;
    }
    this.#building = null;
    for (let slot = 0; slot < counts.length; slot++) this.#data.subarray(this.#starts[slot]!, this.#starts[slot + 1]!).sort();
  }

  /** The list under `key`, sorted (empty when none). */
  get(key: K): Int32Array {
    const changed = this.#changed.get(key);
    return changed ? changed.data.subarray(0, changed.length) : this.#built(key);
  }

  insert(key: K, n: number) {
    this.#own(key).insert(n);
  }

  remove(key: K, n: number) {
    if (this.get(key).length > 0) this.#own(key).remove(n);
  }

  #built(key: K): Int32Array {
    const slot = this.#slots.get(key);
    return slot === undefined ? EMPTY : this.#data.subarray(this.#starts[slot]!, this.#starts[slot + 1]!);
  }

  #own(key: K): Postings {
    let list = this.#changed.get(key);
    if (!list) this.#changed.set(key, (list = new Postings(this.#built(key))));
    return list;
  }
}

/**
 * A three-character piece as a number when its characters are in the Basic Multilingual Plane (almost
 * always: cheaper to make and to look up than a string), as the string itself otherwise. Pieces of
 * Latin letters and digits (every identifier, the English names) fit in a small integer, which V8
 * keeps unboxed (a larger number is boxed, then hashed as one): the build at 100,000 ships is a few
 * per cent faster so.
 */
type Piece = number | string;

const pieceOf = (a: number, b: number, c: number): Piece =>
  a < 0x400 && b < 0x400 && c < 0x400
    ? (a << 20) | (b << 10) | c
    : // Never below 2 ** 32 (a is at least 1), so never one of the small ones.
      a <= 0xffff && b <= 0xffff && c <= 0xffff
      ? a * 2 ** 32 + b * 2 ** 16 + c
      : String.fromCodePoint(a, b, c);

/** The distinct three-character pieces of each line of `text` (a line is one name or identifier). */
function trigramsOf(text: string): Set<Piece> {
  const grams = new Set<Piece>();
  let [a, b] = [-1, -1];
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i += 1;
    if (c === 10) {
      [a, b] = [-1, -1];
      continue;
    }
    if (a >= 0) grams.add(pieceOf(a, b, c));
    [a, b] = [b, c];
  }
  return grams;
}

export class SearchIndex {
  readonly #ships = new Map<number, IndexedShip>();
  /** Identifier → the ship holding it (a list when several do: a data error, but found all the same). */
  readonly #exact = new Map<string, number | number[]>();
  readonly #former = new Map<string, FormerHold[]>();
  readonly #formerOf = new Map<number, FormerHold[]>();
  readonly #fragments = new PostingMap<string>();
  readonly #nameTrigrams = new PostingMap();
  readonly #identifierTrigrams = new PostingMap();
  readonly #companyTrigrams = new PostingMap();
  readonly #companies = new Map<number, { names: string; ships: Set<number> }>();
  /** While building: lists are appended to, and sorted once at the end. */
  #building = false;

  /** Puts `n` under `key` of `map`: appended while building, in its place after. */
  #put<K extends Piece>(map: PostingMap<K>, key: K, n: number) {
    if (this.#building) map.add(key, n);
    else map.insert(key, n);
  }

  get size(): number {
    return this.#ships.size;
  }

  /**
   * Fills an empty index with every ship, page by page (faster than one by one: each list is sorted once,
   * at the end), then its former identifiers: begin, put each page, end.
   */
  beginBuild(): void {
    this.#building = true;
  }

  putBuilt(ships: Iterable<IndexedShip>): void {
    for (const ship of ships) this.#add(ship);
  }

  endBuild(former: Iterable<FormerHold>): void {
    for (const map of [this.#fragments, this.#nameTrigrams, this.#identifierTrigrams, this.#companyTrigrams]) map.seal();
    this.#building = false;
    this.#setFormer(former);
  }

  /** Brings the given ships up to date: `ships` as they are now (a ship not among them is gone), `former` their former identifiers. */
  update(vesselIds: Iterable<number>, ships: IndexedShip[], former: FormerHold[]): void {
    const ids = new Set(vesselIds);
    for (const id of ids) this.#remove(id);
    for (const ship of ships) this.#add(ship);
    for (const id of ids) {
      for (const f of this.#formerOf.get(id) ?? []) {
        const holds = this.#former.get(f.value)!.filter((h) => h.vesselId !== id);
        if (holds.length) this.#former.set(f.value, holds);
        else this.#former.delete(f.value);
      }
      this.#formerOf.delete(id);
    }
    this.#setFormer(former);
  }

  /** Every ship's id, in the order they were put in. */
  shipIds(): number[] {
    return [...this.#ships.keys()];
  }

  has(vesselId: number): boolean {
    return this.#ships.has(vesselId);
  }

  companyOf(vesselId: number): number | undefined {
    return this.#ships.get(vesselId)?.companyId;
  }

  shipsOfCompany(companyId: number): number[] {
    return [...(this.#companies.get(companyId)?.ships ?? [])];
  }

  #setFormer(holds: Iterable<FormerHold>) {
    for (const h of holds) {
      const list = this.#former.get(h.value) ?? [];
      list.push(h);
      // Newest first, as a coordinator needs them: the last ship to hold it before it passed on.
      list.sort((a, b) => (a.until < b.until ? 1 : a.until > b.until ? -1 : 0));
      this.#former.set(h.value, list);
      const mine = this.#formerOf.get(h.vesselId) ?? [];
      mine.push(h);
      this.#formerOf.set(h.vesselId, mine);
    }
  }

  #add(ship: IndexedShip) {
    const id = ship.vesselId;
    if (id >= SHIP_BITS) throw new Error(`vessel id ${id} beyond the index's reach`);
    this.#ships.set(id, ship);
    for (const value of ship.current) {
      const held = this.#exact.get(value);
      if (held === undefined) this.#exact.set(value, id);
      else if (held !== id) this.#exact.set(value, [...new Set([held].flat()), id]);
    }
    for (const [gram, position] of this.#fragmentsOf(ship)) this.#put(this.#fragments, gram, position * SHIP_BITS + id);
    for (const g of trigramsOf(ship.names)) this.#put(this.#nameTrigrams, g, id);
    for (const g of trigramsOf(ship.identifiers)) this.#put(this.#identifierTrigrams, g, id);
    const company = this.#companies.get(ship.companyId);
    if (!company) {
      this.#companies.set(ship.companyId, { names: ship.companyNames, ships: new Set([id]) });
      for (const g of trigramsOf(ship.companyNames)) this.#put(this.#companyTrigrams, g, ship.companyId);
    } else {
      company.ships.add(id);
      if (company.names !== ship.companyNames) {
        // The company's names changed: its ships' entries follow one by one, the company's pieces at once.
        for (const g of trigramsOf(company.names)) this.#companyTrigrams.remove(g, ship.companyId);
        for (const g of trigramsOf(ship.companyNames)) this.#put(this.#companyTrigrams, g, ship.companyId);
        company.names = ship.companyNames;
      }
      // One string of names per company, not one per ship: 100,000 ships of 2,500 companies kept about 10 MB of copies.
      ship.companyNames = company.names;
    }
  }

  #remove(id: number) {
    const ship = this.#ships.get(id);
    if (!ship) return;
    this.#ships.delete(id);
    for (const value of ship.current) {
      const others = [this.#exact.get(value) ?? []].flat().filter((v) => v !== id);
      if (others.length === 0) this.#exact.delete(value);
      else this.#exact.set(value, others.length === 1 ? others[0]! : others);
    }
    for (const [gram, position] of this.#fragmentsOf(ship)) this.#fragments.remove(gram, position * SHIP_BITS + id);
    for (const g of trigramsOf(ship.names)) this.#nameTrigrams.remove(g, id);
    for (const g of trigramsOf(ship.identifiers)) this.#identifierTrigrams.remove(g, id);
    const company = this.#companies.get(ship.companyId);
    if (company) {
      company.ships.delete(id);
      if (company.ships.size === 0) {
        for (const g of trigramsOf(company.names)) this.#companyTrigrams.remove(g, ship.companyId);
        this.#companies.delete(ship.companyId);
      }
    }
  }

  /** Each fragment once, at its best position over all the ship's names: fragment → position. */
  #fragmentsOf(ship: IndexedShip): Map<string, number> {
    const best = new Map<string, FragmentPosition>();
    for (const name of ship.names.split('\n')) fragments(name, best);
    return best;
  }

  /**
   * Ships matching the query, best first: exact identifier, name prefix, name substring, identifier
   * fragment, company; then former holders of the identifier; names a typing error or two away when
   * nothing matched as typed. Cheapest paths first. An operator's search (`companyId`) is narrowed
   * inside each path, before any cut, so its own ships are never crowded out.
   */
  search(query: { text: string; identifier: string }, opts: { companyId?: number; limit: number }): Hit[] {
    const { text, identifier } = query;
    if (!text && !identifier) return [];
    const mine = (id: number) => opts.companyId === undefined || this.#ships.get(id)?.companyId === opts.companyId;
    const ids = new Set<number>();
    // A ship that held the identifier once comes after those that hold it now, marked: a beacon still
    // programmed with a ship's former MMSI must not send the centre to the new holder alone.
    let former: Hit[] = [];
    if (identifier.length >= 4) {
      for (const id of [this.#exact.get(identifier) ?? []].flat()) if (mine(id)) ids.add(id);
      const seen = new Set(ids);
      former = (this.#former.get(identifier) ?? []).flatMap(({ vesselId, kind, value, until }) => {
        if (seen.has(vesselId) || !mine(vesselId)) return [];
        seen.add(vesselId);
        return [{ vesselId, rank: 0, formerly: { kind, value, until } }];
      });
    }
    const byIdentifier = ids.size > 0 || former.length > 0;
    if (byIdentifier && ids.size <= 1) return [...[...ids].map((vesselId) => ({ vesselId, rank: 0 })), ...former].slice(0, opts.limit);
    if (!byIdentifier && text) {
      const list = this.#fragments.get(text);
      for (let i = 0; i < list.length && ids.size < opts.limit * 2; i++) {
        const id = list[i]! % SHIP_BITS;
        if (mine(id)) ids.add(id);
      }
    }
    const length = [...text].length;
    if (ids.size === 0 && (length >= 3 || identifier.length >= 3)) {
      for (const id of this.#containing(length >= 3 ? text : null, identifier.length >= 3 ? identifier : null, mine)) ids.add(id);
    }
    if (ids.size === 0) {
      if (byIdentifier || typosAllowed(text.replace(/\s+/g, '').length) === 0) return [];
      const near = this.#sharingPieces(typoGrams(text), mine);
      return rankSimilar(
        near.map((id) => this.#entry(id)),
        text,
        opts.limit,
      ).map((m) => ({ vesselId: m.entry.vesselId, rank: m.rank }));
    }
    const entries = [...ids].map((id) => this.#entry(id));
    return [...rankEntries(entries, query, opts.limit).map((m) => ({ vesselId: m.entry.vesselId, rank: m.rank })), ...former].slice(0, opts.limit);
  }

  #entry(id: number): SearchEntry {
    const s = this.#ships.get(id)!;
    return { vesselId: id, names: s.names.split('\n'), companyNames: s.companyNames.split('\n'), identifiers: s.identifiers.split('\n'), sortName: s.sortName };
  }

  /** Ships whose names or company's names contain `names`, or whose identifiers contain `identifier`: the first CANDIDATES by id. */
  #containing(names: string | null, identifier: string | null, mine: (id: number) => boolean): number[] {
    const found: number[] = [];
    const scan = (map: PostingMap, piece: string, holds: (id: number) => boolean) => {
      const list = rarest(map, piece);
      let kept = 0;
      for (let i = 0; i < list.length && kept < CANDIDATES; i++) {
        const id = list[i]!;
        if (holds(id)) {
          found.push(id);
          kept += 1;
        }
      }
    };
    if (names) {
      scan(this.#nameTrigrams, names, (id) => mine(id) && this.#ships.get(id)!.names.includes(names));
      const companies: number[] = [];
      const list = rarest(this.#companyTrigrams, names);
      for (const c of list) if (this.#companies.get(c)!.names.includes(names)) companies.push(c);
      for (const c of companies) for (const id of this.#companies.get(c)!.ships) if (mine(id)) found.push(id);
    }
    if (identifier) scan(this.#identifierTrigrams, identifier, (id) => mine(id) && this.#ships.get(id)!.identifiers.includes(identifier));
    return [...new Set(found)].sort((a, b) => a - b).slice(0, CANDIDATES);
  }

  /** Ships whose names share most of the query's three-letter pieces, rarer pieces counting more: the candidates for a name typed with errors. */
  #sharingPieces(grams: string[], mine: (id: number) => boolean): number[] {
    const scores = new Map<number, number>();
    const total = this.#ships.size;
    for (const g of grams) {
      const [piece] = trigramsOf(g);
      const list = piece === undefined ? EMPTY : this.#nameTrigrams.get(piece);
      if (list.length === 0) continue;
      const weight = Math.log(1 + (total - list.length + 0.5) / (list.length + 0.5));
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!;
        scores.set(id, (scores.get(id) ?? 0) + weight);
      }
    }
    return [...scores]
      .filter(([id]) => mine(id))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CANDIDATES)
      .map(([id]) => id);
  }
}

/** The shortest list among the pieces of `text`: every ship that holds `text` is in it. */
function rarest(map: PostingMap, text: string): Int32Array {
  let best: Int32Array = EMPTY;
  let first = true;
  for (const g of trigramsOf(text)) {
    const list = map.get(g);
    if (list.length === 0) return EMPTY;
    if (first) {
      best = list;
      first = false;
      continue;
    }
    if (list.length < best.length) best = list;
  }
  return best;
}
