import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { fontFile } from './font-files.ts';

// Each font is parsed once per process and reused by every document; pdfkit embeds only the glyphs
// a document uses.
const cache = new Map<string, fontkit.Font>();

function load(weight: 'regular' | 'bold'): fontkit.Font {
  let font = cache.get(weight);
  if (!font) {
    font = fontkit.create(readFileSync(fontFile(weight))) as fontkit.Font;
    cache.set(weight, font);
  }
  return font;
}

export const fonts = {
  regular: () => load('regular'),
  bold: () => load('bold'),
};
