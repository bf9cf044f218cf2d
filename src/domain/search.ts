import { foldWidth } from './identifiers.ts';

/** Conversion of Chinese to one script (traditional and simplified forms meet), supplied by the caller. */
export type ToOneScript = (text: string) => string;

/**
 * Folds text for searching: full-width to ASCII, compatibility forms (NFKC), one Chinese script,
 * accents off, lower case, runs of spaces to one. Index and query are folded the same way.
 */
export function foldText(text: string, toOneScript: ToOneScript): string {
  // A control character (a NUL pasted in, say) is in no record: it separates like a space.
  const nfkc = foldWidth(text.replace(/\p{Cc}/gu, ' ')).normalize('NFKC');
  return toOneScript(nfkc)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An identifier as typed (IMO 9319466, vrjf 7, ４７７１０１５００) in the form it is stored. */
export function foldIdentifier(text: string): string {
  return foldWidth(text)
    .toUpperCase()
    .replace(/^IMO[\s:]*/, '')
    .replace(/[\s\p{Cc}-]/gu, '');
}

const CJK = /\p{Script=Han}/u;

/** Longest word prefix the fragment index keeps; longer queries fall through to trigrams. */
export const MAX_PREFIX = 12;

/** Where a fragment stands in a name: its start, a word's start, or inside a Chinese run. */
export type FragmentPosition = 0 | 1 | 2;

/**
 * The fragments a query is looked up by directly (an index lookup, no scan): every prefix of the name
 * and of each of its words, and every one and two adjacent Chinese characters (queries that short are
 * below the trigram index's reach). Each fragment keeps its best position, the lookup's ranking order:
 * put into `best` (a ship's names share one), which is returned.
 */
export function fragments(folded: string, best = new Map<string, FragmentPosition>()): Map<string, FragmentPosition> {
  const add = (gram: string, position: FragmentPosition) => {
    const seen = best.get(gram);
    if (seen === undefined || position < seen) best.set(gram, position);
  };
  const words = folded.split(/[\s\-'’().,/&·]+|(?<=\P{Script=Han})(?=\p{Script=Han})|(?<=\p{Script=Han})(?=\P{Script=Han})/u);
  let w = 0;
  for (const word of words) {
    if (!word) continue;
    // Each prefix from the one before (the index is built from millions of them).
    let prefix = '';
    let n = 0;
    for (const ch of word) {
      if (++n > MAX_PREFIX) break;
      prefix += ch;
      add(prefix, w === 0 ? 0 : 1);
    }
    w += 1;
  }
  for (const run of folded.split(/[^\p{Script=Han}]+/u)) {
    let before = '';
    for (const ch of run) {
      add(ch, 2);
      if (before) add(before + ch, 2);
      before = ch;
    }
  }
  return best;
}

export const isChinese = (text: string) => CJK.test(text);

/** What the index holds for one vessel, as the ranking sees it. */
export type SearchEntry = {
  vesselId: number;
  /** Each name (current and former, both languages), folded. */
  names: string[];
  companyNames: string[];
  /** Each identifier, folded: MMSI, IMO number, call sign, EPIRB hex ID, registration number. */
  identifiers: string[];
  sortName: string;
};

/** How well an entry matches, lower is better: 0 exact identifier, 1 name prefix, 2 name substring,
 * 3 identifier fragment, 4 company name; null when it does not match. */
export function matchRank(entry: SearchEntry, query: { text: string; identifier: string }): number | null {
  if (query.identifier && entry.identifiers.includes(query.identifier)) return 0;
  if (query.text && entry.names.some((n) => n.startsWith(query.text) || n.split(/[\s\-'’]+/).some((w) => w.startsWith(query.text)))) return 1;
  if (query.text && entry.names.some((n) => n.includes(query.text))) return 2;
  if (query.identifier.length >= 3 && entry.identifiers.some((id) => id.includes(query.identifier))) return 3;
  if (query.text && entry.companyNames.some((n) => n.includes(query.text))) return 4;
  return null;
}

/** Ranked and stable: by rank, then by name, then by id; at most `limit`. */
export function rankEntries(entries: SearchEntry[], query: { text: string; identifier: string }, limit: number): { entry: SearchEntry; rank: number }[] {
  return entries
    .map((entry) => ({ entry, rank: matchRank(entry, query) }))
    .filter((m): m is { entry: SearchEntry; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || compare(a.entry.sortName, b.entry.sortName) || a.entry.vesselId - b.entry.vesselId)
    .slice(0, limit);
}

// Code-point order: stable, locale-free, and much cheaper than localeCompare on a hot path.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Typing errors. A coordinator reading a name off a radio call or a fax types "Golden Dragn", "Macua
// Star", "Orental Pearl": when nothing matches as typed, names within a few edits of the query are
// offered, ranked after every other match and marked as similar. Latin names only: a Chinese fragment
// of one or two characters already finds its ships.

/** The rank of a name found despite typing errors: after every other kind of match. */
export const SIMILAR_RANK = 5;

/** How many edits a query of this length may be from a name: none under 4 letters, one up to 7, two beyond. */
export const typosAllowed = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/** Edits between two strings: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
export function editDistance(a: string, b: string, atMost = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > atMost) return atMost + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > atMost) return atMost + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const LATIN = /^[a-z0-9][a-z0-9 '’-]*$/;

/**
 * How far the query is from the entry's nearest name, counted against as many of the name's words as
 * the query has ("golden dragn" against "golden dragon" of "golden dragon wing"); null when further
 * than its length allows, or when the query is not a Latin name.
 */
export function similarNameDistance(entry: Pick<SearchEntry, 'names'>, text: string): number | null {
  const allowed = typosAllowed(text.replace(/\s+/g, '').length);
  if (allowed === 0 || !LATIN.test(text)) return null;
  const words = text.split(/\s+/).length;
  let best: number | null = null;
  for (const name of entry.names) {
    const parts = name.split(/\s+/);
    for (let i = 0; i + words <= parts.length; i++) {
      const d = editDistance(text, parts.slice(i, i + words).join(' '), allowed);
      if (d <= allowed && (best === null || d < best)) best = d;
    }
  }
  return best;
}

/** Names found despite typing errors, nearest first, then by name: the lookup's last resort. */
export function rankSimilar(entries: SearchEntry[], text: string, limit: number): { entry: SearchEntry; rank: number }[] {
  return entries
    .map((entry) => ({ entry, distance: similarNameDistance(entry, text) }))
    .filter((m): m is { entry: SearchEntry; distance: number } => m.distance !== null)
    .sort((a, b) => a.distance - b.distance || compare(a.entry.sortName, b.entry.sortName) || a.entry.vesselId - b.entry.vesselId)
    .slice(0, limit)
    .map(({ entry }) => ({ entry, rank: SIMILAR_RANK }));
}

/** The three-letter pieces of a query's words, by which the index finds names that share most of them. */
export function typoGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const word of text.split(/\s+/)) for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  return [...grams];
}
