import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { fallbackSlices, fontFile, type Script, type Weight } from '../fonts/files.ts';

export type { Script, Weight };

// Each font is parsed once per process and reused by every document; pdfkit embeds only the glyphs a
// document uses. A name may be registered in either script, and a Guangdong plan is printed in
// Simplified Chinese, a Hong Kong or Macao one in Traditional: so each character is printed with the
// document's own script's font when that font has it, else the other script's, else a slice of the
// Noto Sans TC or SC variable font that holds it. No character is left to print as a box.
const parsed = new Map<string, fontkit.Font>();

function parse(file: string): fontkit.Font {
  let font = parsed.get(file);
  if (!font) {
    font = sharedWork(fontkit.create(readFileSync(file)) as fontkit.Font);
    parsed.set(file, font);
  }
  return font;
}

/** Texts laid out, and subsets encoded, kept per font (a revision's five copies share theirs): past this many, each starts afresh. */
const RUNS_KEPT = 5_000;
const SUBSETS_KEPT = 8;

type Subset = { encode(): Uint8Array };

/**
 * The font as pdfkit sees it, with the work every document repeats done once per process. pdfkit lays
 * out each word and embeds each font's subset afresh in every document, though the five copies of a
 * revision print the same words, and two copies whose glyphs came in the same order embed the same
 * subset. Measured, those were about two thirds of a copy's rendering.
 */
function sharedWork(font: fontkit.Font): fontkit.Font {
  const runs = new Map<string, fontkit.GlyphRun>();
  const subsets = new Map<string, Uint8Array>();
  const layout = (text: string, features?: unknown) => {
    if (features) return font.layout(text, features as never);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= RUNS_KEPT) runs.clear();
      run = font.layout(text);
      runs.set(text, run);
    }
    // pdfkit scales the positions it is given in place: each document gets its own, the kept run never.
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        let width = 0;
        for (const p of positions) width += p.xAdvance;
        return width;
      },
    };
  };
  const createSubset = (): Subset => {
    const subset = font.createSubset() as unknown as Subset & { glyphs: number[] };
    const encode = () => {
      // The glyphs in the order they came: what the subset's bytes, and the document's text, depend on.
      const key = subset.glyphs.join(',');
      let bytes = subsets.get(key);
      if (!bytes) {
        if (subsets.size >= SUBSETS_KEPT) subsets.clear();
        bytes = subset.encode.call(subset);
        subsets.set(key, bytes);
      }
      return bytes;
    };
    return new Proxy(subset, { get: (target, prop) => (prop === 'encode' ? encode : Reflect.get(target, prop, target)) });
  };
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout;
      if (prop === 'createSubset') return createSubset;
      return Reflect.get(target, prop, target);
    },
  });
}

/** A font to register with pdfkit: its name in the document and the parsed font. */
export type FontChoice = { name: string; font: fontkit.Font };

const primaries = new Map<string, FontChoice>();
/** The document script's own font of a weight (looked up once: this runs for every character). */
function primary(script: Script, weight: Weight): FontChoice {
  const name = `${weight}-${script}`;
  let choice = primaries.get(name);
  if (!choice) primaries.set(name, (choice = { name, font: parse(fontFile(weight, script)) }));
  return choice;
}

let slices: { file: string; ranges: [number, number][] }[] | undefined;
const fallbackCache = new Map<number, string | null>();
const fallbacks = new Map<string, FontChoice>();

/** The fallback slice that holds `cp`, if any (the variable fonts have one weight file for all weights). */
function fallbackFor(cp: number): FontChoice | undefined {
  if (!fallbackCache.has(cp)) {
    slices ??= [...fallbackSlices('@fontsource-variable/noto-sans-tc'), ...fallbackSlices('@fontsource-variable/noto-sans-sc')];
    const slice = slices.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b) && parse(s.file).hasGlyphForCodePoint(cp));
    fallbackCache.set(cp, slice?.file ?? null);
  }
  const file = fallbackCache.get(cp);
  if (!file) return undefined;
  let choice = fallbacks.get(file);
  if (!choice) fallbacks.set(file, (choice = { name: `fallback-${file.split('/').pop()}`, font: parse(file) }));
  return choice;
}

/** The font a character prints in, in a document of `script`. */
export function fontForCharacter(cp: number, script: Script, weight: Weight): FontChoice {
  const own = primary(script, weight);
  if (cp < 0x2e80 || own.font.hasGlyphForCodePoint(cp)) return own;
  const other = primary(script === 'hans' ? 'hant' : 'hans', weight);
  if (other.font.hasGlyphForCodePoint(cp)) return other;
  return fallbackFor(cp) ?? own;
}

/** A text cut into runs that each print in one font; characters every font has (spaces, Latin) stay in the run they are in. */
export function fontRuns(text: string, script: Script, weight: Weight): { font: FontChoice; text: string }[] {
  const runs: { font: FontChoice; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = runs.at(-1);
    const font = last && cp < 0x2e80 ? last.font : fontForCharacter(cp, script, weight);
    if (last && last.font.name === font.name) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

export const fonts = { primary, parse };
