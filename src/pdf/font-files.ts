import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Noto Sans Hant (SIL OFL) from @embedpdf/fonts-tc. The package does not export its font files, so the
// package root is found from its entry point. Kept apart from the font parsing, so the web pages can
// serve the files without loading the PDF machinery.
const fontsDir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-tc')), '..', 'fonts');

export const fontFile = (weight: 'regular' | 'bold') => join(fontsDir, weight === 'regular' ? 'NotoSansHant-Regular.otf' : 'NotoSansHant-Bold.otf');
