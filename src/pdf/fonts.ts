import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

// Noto Sans Hant (SIL OFL) from @embedpdf/fonts-tc. The package does not export its font files, so the
// package root is found from its entry point. Each font is parsed once per process and reused by every
// document; pdfkit embeds only the glyphs a document uses.
const fontsDir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-tc')), '..', 'fonts');

const cache = new Map<string, fontkit.Font>();

function load(file: string): fontkit.Font {
  let font = cache.get(file);
  if (!font) {
    font = fontkit.create(readFileSync(join(fontsDir, file))) as fontkit.Font;
    cache.set(file, font);
  }
  return font;
}

export const fonts = {
  regular: () => load('NotoSansHant-Regular.otf'),
  bold: () => load('NotoSansHant-Bold.otf'),
};

/** The font files themselves, for the web pages to serve. */
export const fontFile = (weight: 'regular' | 'bold') => join(fontsDir, weight === 'regular' ? 'NotoSansHant-Regular.otf' : 'NotoSansHant-Bold.otf');
