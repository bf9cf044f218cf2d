import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, as pdf.js extracts it (lines joined by newlines). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

/**
 * The whole text of a PDF: with poppler's pdftotext where it is installed (.ci/run installs it; it is
 * native and several times faster), else with pdf.js. Both give the Chinese of a pdfkit PDF exactly.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!PDFTOTEXT) return (await pdfPages(bytes)).join('\n');
  const child = spawn(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', '-', '-'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(Buffer.from(bytes));
  if ((await done) !== 0) throw new Error('pdftotext could not read the PDF');
  return Buffer.concat(chunks).toString('utf8');
}

/** The text of each page: pdftotext's pages (split at its form feeds) where it is installed, else pdf.js's. */
export async function pdfTextPages(bytes: Uint8Array): Promise<string[]> {
  if (!PDFTOTEXT) return pdfPages(bytes);
  return (await pdfText(bytes)).split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}
