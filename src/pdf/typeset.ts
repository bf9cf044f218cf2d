import type PDFDocument from 'pdfkit';
import { fontRuns, fonts, type Script, type Weight } from './fonts.ts';
import type { Port } from '../domain/ports.ts';
import { toSimplified } from '../script.ts';
import { say, type Key, type Said } from '../words/index.ts';

// What every document of the registry prints with: the fonts of either Chinese script, whatever the text.

type Doc = InstanceType<typeof PDFDocument>;

const scripts = new WeakMap<Doc, Script>();

/**
 * Teaches the document to print any Chinese: `font('regular' | 'bold')` picks the weight in the
 * document's script, and every `text()` is cut into runs that each print in a font that has their
 * characters (src/pdf/fonts.ts), continued on the same line, so names in either script and rare
 * characters all print. Measuring uses the document's own font: CJK glyphs are one em in all of them.
 */
export function typeset(doc: Doc, script: Script) {
  scripts.set(doc, script);
  const registered = new Set<string>();
  let weight: Weight = 'regular';
  const use = (choice: { name: string; font: unknown }) => {
    if (!registered.has(choice.name)) {
      doc.registerFont(choice.name, choice.font as never);
      registered.add(choice.name);
    }
    return originalFont(choice.name);
  };
  const originalFont = doc.font.bind(doc) as (name: string) => Doc;
  const originalText = doc.text.bind(doc) as (text: string, ...rest: unknown[]) => Doc;
  doc.font = ((name: string) => {
    if (name !== 'regular' && name !== 'bold') return originalFont(name);
    weight = name;
    return use(fonts.primary(script, weight));
  }) as Doc['font'];
  doc.text = ((text: string, x?: unknown, y?: unknown, options?: unknown) => {
    const opts = (typeof x === 'object' && x !== null ? x : options) as Record<string, unknown> | undefined;
    const position = typeof x === 'object' && x !== null ? [] : [x, y];
    const runs = fontRuns(String(text ?? ''), script, weight);
    if (runs.length <= 1) {
      if (runs[0]) use(runs[0].font);
      originalText(text, ...position, opts);
      return use(fonts.primary(script, weight));
    }
    runs.forEach((run, i) => {
      use(run.font);
      const last = i === runs.length - 1;
      if (i === 0) originalText(run.text, ...position, { ...opts, continued: true });
      else originalText(run.text, { continued: last ? Boolean(opts?.continued) : true });
    });
    return use(fonts.primary(script, weight));
  }) as Doc['text'];
}

/** What a document prints in Chinese and English: a phrase of the catalogue, or a record's two names as written. */
/** A record's names as written, in Chinese and English. */
export type Names = { zh: string; en: string };
export type Both = Key | Said | Names;
const isNames = (b: Both): b is { zh: string; en: string } => typeof b === 'object' && 'zh' in b;

/** The Chinese of `b` in the document's script (a record's name is printed as it was written). */
export const zh = (doc: Doc, b: Both) => (isNames(b) ? b.zh : say(scripts.get(doc) === 'hans' ? 'zh-Hans' : 'zh-Hant', b));
/** The English of `b`. */
export const en = (b: Both) => (isNames(b) ? b.en : say('en', b));
/** A port's Chinese name in the document's script (a snapshot from before ports had both is converted). */
export const portZh = (doc: Doc, p: Pick<Port, 'nameZh'> & { nameZhHans?: string }) =>
  scripts.get(doc) === 'hans' ? (p.nameZhHans ?? toSimplified(p.nameZh)) : p.nameZh;

/** A phone number that a line break never splits (`+853 2872 6766` never as `+853 2872 / 6766`): its spaces are no-break spaces. */
export const unbroken = (phone: string) => phone.replace(/ /g, '\u00a0');
