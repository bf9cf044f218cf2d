import PDFDocument from 'pdfkit';
import type { Script } from '../domain/agency.ts';
import { isAreaCode } from '../domain/areas.ts';
import type { Key } from '../words/index.ts';
import { en, portZh, typeset, zh } from './typeset.ts';
import { madeAtText, type BookCard, type BookContent } from './book-content.ts';

export type { BookContent } from './book-content.ts';

// The incident book: a compact card per ship, by name, then an index by MMSI, call sign and IMO number
// giving each ship's page; the three centres' 24-hour numbers and the moment it was made on every page.
// A4, black on white (a photocopier or a fax keeps it readable), printed in the reader's Chinese script
// with English beside.

const mm = (v: number) => (v * 72) / 25.4;
const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(22), bottom: mm(20), side: mm(14) };
const WIDTH = PAGE.width - 2 * MARGIN.side;
const SIZE = { name: 10.5, text: 8, small: 7 };
const BLACK = '#000000';
const GREY = '#555555';

export async function renderIncidentBook(book: BookContent, script: Script): Promise<Uint8Array> {
  const made = new Date(book.madeAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    compress: true,
    info: {
      Title: `${en('book.title')} ${madeAtText(book.madeAt)}`,
      Creator: 'SAR co-operation plan registry',
      Producer: 'SAR co-operation plan registry',
      CreationDate: made,
      ModDate: made,
    },
    lang: script === 'hans' ? 'zh-Hans' : 'zh-Hant',
  });
  typeset(doc, script);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const both = (k: Key) => `${zh(doc, k)} ${en(k)}`;
  const line = (text: string, opts: { bold?: boolean; size?: number; colour?: string } = {}) =>
    doc
      .font(opts.bold ? 'bold' : 'regular')
      .fontSize(opts.size ?? SIZE.text)
      .fillColor(opts.colour ?? BLACK)
      .text(text, MARGIN.side, doc.y, { width: WIDTH });

  // The cards, each kept whole on one page.
  const pageOf: number[] = [];
  doc.font('bold').fontSize(14).fillColor(BLACK).text(both('book.title'), MARGIN.side, MARGIN.top, { width: WIDTH });
  doc
    .font('regular')
    .fontSize(SIZE.text)
    .fillColor(GREY)
    .text(`${both('book.intro')} · ${book.cards.length} ${both('book.ships')}${book.area ? ` · ${book.area}` : ''}`, { width: WIDTH });
  doc.moveDown(0.6);
  book.cards.forEach((card, i) => {
    const v = card.vessel;
    if (doc.y + mm(27) > PAGE.height - MARGIN.bottom) doc.addPage();
    pageOf[i] = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
    const state = v.status === 'in_service' ? '' : `［${both(`vesselStatus.${v.status}`)}］ `;
    line(`${state}${v.nameZh}  ${v.nameEn}`, { bold: true, size: SIZE.name });
    const ids = [
      `MMSI ${v.mmsi}`,
      `${both('doc.callSign')} ${v.callSign}`,
      v.imoNumber ? `IMO ${v.imoNumber}` : `${both('book.registration')} ${v.nationalRegistrationNumber ?? '—'}`,
      v.epirbHexId ? `EPIRB ${v.epirbHexId}` : null,
    ];
    line(ids.filter(Boolean).join(' · '));
    line(
      `${both(`vesselType.${v.type}`)} · ${both('book.onBoard')} ${v.maxPassengers} + ${v.crew} · ${both('doc.ports')}: ${v.routePorts.map((p) => `${portZh(doc, p)} ${p.nameEn}`).join(' – ')}`,
    );
    const ship = [
      v.communications.bridgePhone && `${both('doc.bridgePhone')} ${v.communications.bridgePhone}`,
      ...v.communications.satellite,
      `VHF ${v.communications.vhf.replace(/^VHF\s*/i, '')}`,
    ];
    line(`${both('book.ship')}: ${ship.filter(Boolean).join(' · ')}`);
    const c = card.company;
    line(
      `${c.nameZh} ${c.nameEn}: ${both('doc.emergencyPhone')} ${c.emergencyPhone}${c.emergencyPhoneAlt ? ` · ${both('doc.emergencyPhoneAlt')} ${c.emergencyPhoneAlt}` : ''}`,
    );
    line(`${both('doc.dpa')}: ${c.designatedPerson.name} ${c.designatedPerson.phone}${c.designatedPerson.mobile ? ` · ${c.designatedPerson.mobile}` : ''}`);
    const plan = card.plan
      ? `${card.plan.planNumber}${card.plan.revision ? ` rev. ${card.plan.revision} (${card.plan.issuedOn})` : ''} · ${card.plan.status}`
      : '—';
    line(`${both('book.plan')}: ${plan} · ${both('book.homeCentre')} ${card.homeAgency.code}`, { colour: GREY });
    doc.moveDown(0.25);
    doc
      .moveTo(MARGIN.side, doc.y)
      .lineTo(MARGIN.side + WIDTH, doc.y)
      .lineWidth(0.4)
      .strokeColor(GREY)
      .stroke();
    doc.moveDown(0.45);
  });

  // The index: each identifier to its ship's page, three columns a page.
  const entries = (key: (c: BookCard) => string | null) =>
    book.cards
      .map((c, i) => ({ key: key(c), name: c.vessel.nameEn, page: pageOf[i]! }))
      .filter((e): e is { key: string; name: string; page: number } => Boolean(e.key))
      .sort((a, b) => a.key.localeCompare(b.key));
  const COLUMNS = 3;
  const columnWidth = (WIDTH - mm(6)) / COLUMNS;
  for (const [title, list] of [
    ['book.byMmsi', entries((c) => c.vessel.mmsi)],
    ['book.byCallSign', entries((c) => c.vessel.callSign)],
    ['book.byImo', entries((c) => c.vessel.imoNumber)],
  ] as const) {
    doc.addPage();
    doc
      .font('bold')
      .fontSize(11)
      .fillColor(BLACK)
      .text(`${both('book.index')}: ${both(title)}`, MARGIN.side, MARGIN.top, { width: WIDTH });
    const top = doc.y + mm(2);
    const rowHeight = SIZE.small + 3;
    let column = 0;
    let y = top;
    for (const e of list) {
      if (y + rowHeight > PAGE.height - MARGIN.bottom) {
        column += 1;
        y = top;
        if (column === COLUMNS) {
          doc.addPage();
          column = 0;
        }
      }
      const x = MARGIN.side + column * (columnWidth + mm(3));
      doc
        .font('regular')
        .fontSize(SIZE.small)
        .fillColor(BLACK)
        .text(`${e.key}  ${e.name}`, x, y, { width: columnWidth - mm(8), lineBreak: false, ellipsis: true });
      doc.text(String(e.page), x + columnWidth - mm(8), y, { width: mm(7), align: 'right', lineBreak: false });
      y += rowHeight;
    }
  }

  // Every page: what it is and when it was made at the top; the three centres' 24-hour numbers at the foot.
  const range = doc.bufferedPageRange();
  const centres = book.centres
    .map((a) => `${a.code} ${isAreaCode(a.code) ? zh(doc, `area.${a.code}`) : a.nameZh} ${a.phone24h ?? '—'}${a.shortNumber ? ` (${a.shortNumber})` : ''}`)
    .join('      ');
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(SIZE.small).fillColor(GREY);
    doc.text(`${both('book.title')} · ${both('book.made')} ${madeAtText(book.madeAt)} · ${i + 1} / ${range.count}`, MARGIN.side, mm(10), {
      width: WIDTH,
      lineBreak: false,
    });
    doc
      .font('regular')
      .fontSize(SIZE.small)
      .fillColor(GREY)
      .text(both('book.centres'), MARGIN.side, PAGE.height - mm(16), { width: WIDTH, lineBreak: false });
    doc
      .font('bold')
      .fontSize(SIZE.text + 1)
      .fillColor(BLACK)
      .text(centres, MARGIN.side, PAGE.height - mm(12), { width: WIDTH, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
