import type PDFDocument from 'pdfkit';
import type { Key } from '../words/index.ts';
import { en, zh, type Both } from './typeset.ts';

// The building blocks of a plan's copies: A4 in points with millimetre helpers, headings that are never
// left alone at the foot of a page, labelled fields, tables and paragraphs, each label in the document's
// Chinese with English beneath.

export const mm = (v: number) => (v * 72) / 25.4;
export const PAGE = { width: mm(210), height: mm(297) };
// The foot of each page holds the QR code that leads to the copy's verification: 26 mm keeps it clear of
// the text and of the edge a printer cannot reach.
export const MARGIN = { top: mm(24), bottom: mm(26), side: mm(18) };
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN.side;
export const LABEL_WIDTH = mm(52);
export const GAP = mm(3);
export const COLOUR = { text: '#111111', muted: '#555555', rule: '#999999', band: '#e8eef5', mark: '#b00020' };
export const SIZE = { title: 18, heading: 12, text: 9.5, label: 8.5, small: 7.5 };

export type Doc = InstanceType<typeof PDFDocument>;
export type Cell = string | Exclude<Both, Key>;

const bottomLimit = () => PAGE.height - MARGIN.bottom;

/**
 * Headings wait to be drawn until the block after them is, so that a heading is never left alone at
 * the foot of a page: the block asks for room for itself and the headings before it together.
 */
const pendingHeadings = new WeakMap<Doc, { draw: () => void; height: number }[]>();

export function ensureRoom(doc: Doc, height: number) {
  const pending = pendingHeadings.get(doc) ?? [];
  const headings = pending.reduce((acc, h) => acc + h.height, 0);
  if (doc.y + height + headings > bottomLimit()) doc.addPage();
  pendingHeadings.set(doc, []);
  for (const h of pending) h.draw();
}

export function heading(doc: Doc, label: Both) {
  const pending = pendingHeadings.get(doc) ?? [];
  pending.push({
    height: 34,
    draw: () => {
      doc.moveDown(0.6);
      const y = doc.y;
      doc.rect(MARGIN.side, y, CONTENT_WIDTH, 22).fill(COLOUR.band);
      doc
        .fillColor(COLOUR.text)
        .font('bold')
        .fontSize(SIZE.heading)
        .text(`${zh(doc, label)}　${en(label)}`, MARGIN.side + 6, y + 4, { width: CONTENT_WIDTH - 12, lineBreak: false });
      doc.font('regular').fontSize(SIZE.text);
      doc.x = MARGIN.side;
      doc.y = y + 28;
    },
  });
  pendingHeadings.set(doc, pending);
}

export function subheading(doc: Doc, text: string) {
  const pending = pendingHeadings.get(doc) ?? [];
  doc.font('bold').fontSize(SIZE.text + 0.5);
  const height = doc.heightOfString(text, { width: CONTENT_WIDTH }) + 8;
  doc.font('regular').fontSize(SIZE.text);
  pending.push({
    height,
    draw: () => {
      doc.moveDown(0.3);
      doc
        .font('bold')
        .fontSize(SIZE.text + 0.5)
        .fillColor(COLOUR.text)
        .text(text, MARGIN.side, doc.y, { width: CONTENT_WIDTH });
      doc.font('regular').fontSize(SIZE.text);
      doc.moveDown(0.2);
    },
  });
  pendingHeadings.set(doc, pending);
}

/** One labelled value: the label in Chinese over English on the left, the value wrapping on the right. */
export function field(doc: Doc, label: Both, value: string | null | undefined) {
  const text = value?.trim() ? value : `${zh(doc, 'doc.none')} / ${en('doc.none')}`;
  const valueX = MARGIN.side + LABEL_WIDTH + GAP;
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - GAP;
  const labelZh = zh(doc, label);
  doc.fontSize(SIZE.label);
  const labelHeight = doc.heightOfString(labelZh, { width: LABEL_WIDTH }) + doc.fontSize(SIZE.small).heightOfString(en(label), { width: LABEL_WIDTH });
  const valueHeight = doc.fontSize(SIZE.text).heightOfString(text, { width: valueWidth });
  const height = Math.max(labelHeight, valueHeight);
  ensureRoom(doc, height + 4);
  const y = doc.y;
  doc.fillColor(COLOUR.text).fontSize(SIZE.label).text(labelZh, MARGIN.side, y, { width: LABEL_WIDTH });
  doc.fillColor(COLOUR.muted).fontSize(SIZE.small).text(en(label), MARGIN.side, doc.y, { width: LABEL_WIDTH });
  doc.fillColor(COLOUR.text).fontSize(SIZE.text).text(text, valueX, y, { width: valueWidth });
  doc
    .moveTo(MARGIN.side, y + height + 2)
    .lineTo(MARGIN.side + CONTENT_WIDTH, y + height + 2)
    .lineWidth(0.3)
    .strokeColor('#dddddd')
    .stroke();
  doc.x = MARGIN.side;
  doc.y = y + height + 4;
}

export const both = (doc: Doc, b: Both) => `${zh(doc, b)}\n${en(b)}`;
export const cellText = (doc: Doc, cell: Cell) => (typeof cell === 'string' ? cell : both(doc, cell));

/** A table with bilingual headers; `marked` rows are drawn bold with a marker in the margin. */
export function table(doc: Doc, columns: { label: Both; width: number }[], rows: Cell[][], marked: (i: number) => boolean = () => false) {
  const total = columns.reduce((acc, c) => acc + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
  const pad = 3;
  // Measured in the weight the row is drawn in: a bold row is wider and may wrap where a regular one does not.
  const rowHeight = (cells: string[], size: number, bold = false) => {
    doc.font(bold ? 'bold' : 'regular');
    const height = Math.max(...cells.map((cell, i) => doc.fontSize(size).heightOfString(cell, { width: widths[i]! - 2 * pad }))) + 2 * pad;
    doc.font('regular');
    return height;
  };
  const header = columns.map((c) => both(doc, c.label));
  const drawRow = (cells: string[], opts: { header?: boolean; bold?: boolean }): number => {
    const size = opts.header ? SIZE.label : SIZE.text;
    const height = rowHeight(cells, size, opts.header || opts.bold);
    if (doc.y + height > bottomLimit()) {
      doc.addPage();
      // A table that runs on to a new page repeats its header there.
      if (!opts.header) drawRow(header, { header: true });
    }
    const y = doc.y;
    if (opts.header) doc.rect(MARGIN.side, y, CONTENT_WIDTH, height).fill(COLOUR.band);
    let x = MARGIN.side;
    cells.forEach((cell, i) => {
      doc
        .font(opts.header || opts.bold ? 'bold' : 'regular')
        .fillColor(COLOUR.text)
        .fontSize(size)
        .text(cell, x + pad, y + pad, { width: widths[i]! - 2 * pad });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN.side, y + height)
      .lineTo(MARGIN.side + CONTENT_WIDTH, y + height)
      .lineWidth(0.4)
      .strokeColor(COLOUR.rule)
      .stroke();
    doc.font('regular');
    doc.x = MARGIN.side;
    doc.y = y + height;
    return y;
  };
  const texts = rows.map((row) => row.map((cell) => cellText(doc, cell)));
  // The header and the first row stay together.
  ensureRoom(doc, rowHeight(header, SIZE.label, true) + (texts[0] ? rowHeight(texts[0], SIZE.text, marked(0)) : 0));
  drawRow(header, { header: true });
  texts.forEach((row, i) => {
    const y = drawRow(row, { bold: marked(i) });
    if (marked(i)) doc.rect(MARGIN.side - 6, y + 2, 3, rowHeight(row, SIZE.text, true) - 4).fill(COLOUR.mark);
  });
  doc.fillColor(COLOUR.text);
  doc.moveDown(0.5);
}

export function paragraph(doc: Doc, text: string, opts: { size?: number; colour?: string } = {}) {
  doc.fontSize(opts.size ?? SIZE.text);
  ensureRoom(doc, doc.heightOfString(text, { width: CONTENT_WIDTH }) + 4);
  doc.fillColor(opts.colour ?? COLOUR.text).text(text, MARGIN.side, doc.y, { width: CONTENT_WIDTH });
  doc.fillColor(COLOUR.text);
  doc.moveDown(0.4);
}

/** An agency's names as the document prints them: Chinese in the document's script, English as registered. */

/** Text that must stay on one line (running headers): the font shrinks until it fits the width. */
export function oneLine(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'right') {
  let size = SIZE.small;
  doc.fontSize(size);
  while (size > 4.5 && doc.widthOfString(text) > width) doc.fontSize((size -= 0.25));
  // Placed from the left even when right-aligned, so that runs in different fonts follow each other.
  const left = align === 'right' ? x + width - doc.widthOfString(text) : x;
  doc.text(text, left, y, { lineBreak: false });
}
