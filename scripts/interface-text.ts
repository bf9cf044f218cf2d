import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The interface's Chinese text as written in the source: every `zh: '…'` literal of the pages and the
// labels, and every message template. src/hans.ts holds each one's Simplified form, written once
// (npm run i18n:hans) and reviewed, never converted while serving.

const ROOT = join(import.meta.dirname, '..');
const SOURCES = [
  'src/labels.ts',
  'src/domain/areas.ts',
  'src/domain/fleet-sheet.ts',
  'src/reference/ports.ts',
  'src/reference/agencies.ts',
  ...filesUnder('src/web'),
];

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) && e.name !== 'hans.ts' ? [join(dir, e.name)] : [],
  );
}

const LITERAL = /\b(?:zh|nameZh):\s*(['"])((?:\\.|(?!\1).)*)\1/g;
const TEMPLATE = /^\s*\[\/.*\/,\s*'((?:\\'|[^'])*)'\],?$/gm;

const unescaped = (s: string) => s.replace(/\\(['"\\])/g, '$1');

/** Every Traditional Chinese string of the interface, in source order, once each. */
export function interfaceChinese(): string[] {
  const found = new Set<string>();
  for (const file of SOURCES) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(LITERAL)) found.add(unescaped(m[2]!));
    if (file.endsWith('i18n.ts')) for (const m of text.matchAll(TEMPLATE)) found.add(unescaped(m[1]!));
  }
  return [...found].filter((s) => /[\u3400-\u9fff]/.test(s));
}
