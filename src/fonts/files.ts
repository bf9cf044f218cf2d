import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The fonts' files, kept apart from their parsing so the web pages can serve them without loading the
// PDF machinery. Noto Sans Hant and Hans (SIL OFL) come from @embedpdf/fonts-tc and -sc, whose files are
// not in the packages' exports, so each package root is found from its entry point. Characters in
// neither (rare ones in people's names) come from the Noto Sans TC and SC variable fonts of
// @fontsource-variable, split into slices by Unicode range.
const require = createRequire(import.meta.url);
const embedpdf = (pkg: string) => join(dirname(require.resolve(pkg)), '..', 'fonts');

export type Script = 'hant' | 'hans';
export type Weight = 'regular' | 'bold';

const FAMILY: Record<Script, { dir: () => string; name: string }> = {
  hant: { dir: () => embedpdf('@embedpdf/fonts-tc'), name: 'NotoSansHant' },
  hans: { dir: () => embedpdf('@embedpdf/fonts-sc'), name: 'NotoSansHans' },
};

export const fontFile = (weight: Weight, script: Script = 'hant') =>
  join(FAMILY[script].dir(), `${FAMILY[script].name}-${weight === 'regular' ? 'Regular' : 'Bold'}.otf`);

/** The slices of a fallback family: each file with the code point ranges it holds. */
export function fallbackSlices(pkg: '@fontsource-variable/noto-sans-tc' | '@fontsource-variable/noto-sans-sc'): { file: string; ranges: [number, number][] }[] {
  const unicode = require(`${pkg}/unicode.json`) as Record<string, string>;
  const slug = pkg.split('/')[1]!;
  return Object.entries(unicode).map(([key, ranges]) => ({
    // Numbered slices are keyed "[12]", named ones "latin", "cyrillic" …
    file: require.resolve(`${pkg}/files/${slug}-${key.startsWith('[') ? key.slice(1, -1) : key}-wght-normal.woff2`),
    ranges: ranges.split(',').map((r) => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
}
