import { fonts } from '../src/pdf/fonts.ts';
import '../src/pdf/plan-document.ts';

// Each test thread renders copies in place (test/helpers.ts): its PDF machinery and the four Noto fonts
// load here, once per thread before its first file, rather than inside whichever test issues first.
for (const script of ['hant', 'hans'] as const) for (const weight of ['regular', 'bold'] as const) fonts.primary(script, weight).font.hasGlyphForCodePoint(0x4e00);
