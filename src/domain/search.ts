import { foldWidth } from './identifiers.ts';

/** Simplified → traditional conversion, supplied by the caller (it is a large table, built once). */
export type ToTraditional = (text: string) => string;

/**
 * Folds text for searching: full-width to ASCII, compatibility forms (NFKC), simplified to traditional,
 * accents off, lower case, runs of spaces to one. Index and query are folded the same way.
 */
export function foldText(text: string, toTraditional: ToTraditional): string {
  const nfkc = foldWidth(text).normalize('NFKC');
  const traditional = toTraditional(nfkc);
  return traditional
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An identifier as typed (IMO 9319466, vrjf 7, ４７７１０１５００) in the form it is stored. */
export function foldIdentifier(text: string): string {
  return foldWidth(text).toUpperCase().replace(/^IMO[\s:]*/, '').replace(/[\s-]/g, '');
}

const CJK = /\p{Script=Han}/u;

/**
 * Fragments for queries too short for trigrams: every one and two adjacent Chinese characters, and the
 * first one and two letters of each word in other scripts (a two-letter query finds words beginning so).
 */
export function shortGrams(folded: string): string[] {
  const grams = new Set<string>();
  for (const run of folded.split(/[^\p{Script=Han}]+/u).filter(Boolean)) {
    const cs = [...run];
    cs.forEach((ch, i) => {
      grams.add(ch);
      if (i + 1 < cs.length) grams.add(ch + cs[i + 1]);
    });
  }
  for (const word of folded.split(/[\s\p{Script=Han}\-'’().,/&·]+/u).filter(Boolean)) {
    const cs = [...word];
    grams.add(cs[0]!);
    if (cs.length > 1) grams.add(cs[0]! + cs[1]!);
  }
  return [...grams];
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
    .sort((a, b) => a.rank - b.rank || a.entry.sortName.localeCompare(b.entry.sortName) || a.entry.vesselId - b.entry.vesselId)
    .slice(0, limit);
}
