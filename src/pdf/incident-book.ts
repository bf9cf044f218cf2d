import PDFDocument from 'pdfkit';
import type { Script } from '../domain/agency.ts';
import { isAreaCode } from '../domain/areas.ts';
import type { Key, Said } from '../words/index.ts';
import { en, portZh, typeset, unbroken, zh } from './typeset.ts';
import { formerlyText, madeAtText, type BookCard, type BookContent } from './book-content.ts';

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
    const lines = entryLines(card);
    // Measured before it is drawn, so that a ship's entry is never split across two pages.
    const height =
      lines.reduce(
        (sum, l) =>
          sum +
          doc
            .font(l.bold ? 'bold' : 'regular')
            .fontSize(l.size ?? SIZE.text)
            .heightOfString(l.text, { width: WIDTH }),
        0,
      ) +
      doc.currentLineHeight() * 0.7;
    if (doc.y + height > PAGE.height - MARGIN.bottom) doc.addPage();
    pageOf[i] = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
    for (const l of lines) line(l.text, l);
    doc.moveDown(0.25);
    doc
      .moveTo(MARGIN.side, doc.y)
      .lineTo(MARGIN.side + WIDTH, doc.y)
      .lineWidth(0.4)
      .strokeColor(GREY)
      .stroke();
    doc.moveDown(0.45);
  });

  /** A ship's entry, line by line: who it is (and was), what it is, who to call, what plan it carries. */
  function entryLines(card: BookCard): { text: string; bold?: boolean; size?: number; colour?: string }[] {
    const v = card.vessel;
    const c = card.company;
    const state = v.status === 'in_service' ? '' : `［${both(`vesselStatus.${v.status}`)}］ `;
    const ids = [
      `MMSI ${v.mmsi}`,
      `${both('doc.callSign')} ${v.callSign}`,
      v.imoNumber ? `IMO ${v.imoNumber}` : `${both('book.registration')} ${v.nationalRegistrationNumber ?? '—'}`,
      v.epirbHexId ? `EPIRB ${v.epirbHexId}` : null,
    ];
    const formerly = formerlyText(v, both('doc.callSign'));
    const ship = [
      v.communications.bridgePhone && `${both('doc.bridgePhone')} ${unbroken(v.communications.bridgePhone)}`,
      ...v.communications.satellite.map(unbroken),
      `VHF ${v.communications.vhf.replace(/^VHF\s*/i, '')}`,
    ];
    const ls = v.lifeSaving;
    const plan = card.plan
      ? `${card.plan.planNumber}${card.plan.revision ? ` rev. ${card.plan.revision} (${card.plan.issuedOn})` : ''} · ${card.plan.status}`
      : '—';
    const incoming = card.incomingPlan;
    const handover: Said | null =
      incoming && isAreaCode(incoming.homeAgency)
        ? { key: 'book.handover', params: { agency: { key: `area.${incoming.homeAgency}` }, planNumber: incoming.planNumber } }
        : null;
    return [
      { text: `${state}${v.nameZh}  ${v.nameEn}`, bold: true, size: SIZE.name },
      { text: ids.filter(Boolean).join(' · ') },
      ...(formerly ? [{ text: `${both('book.formerly')}: ${formerly}` }] : []),
      {
        text: `${both(`vesselType.${v.type}`)} · ${v.grossTonnage} GT / ${v.lengthMetres} m · ${both('book.onBoard')} ${v.maxPassengers} + ${v.crew} · ${both('doc.ports')}: ${v.routePorts.map((p) => `${portZh(doc, p)} ${p.nameEn}`).join(' – ')}`,
      },
      {
        text: `${both('doc.liferafts')} ${ls.liferafts} / ${ls.liferaftCapacity} · ${both('doc.evacuationSystems')} ${ls.marineEvacuationSystems} · ${both('doc.rescueBoats')} ${ls.rescueBoats}`,
      },
      { text: `${both('book.ship')}: ${ship.filter(Boolean).join(' · ')}` },
      {
        text: `${c.nameZh} ${c.nameEn}: ${both('doc.emergencyPhone')} ${unbroken(c.emergencyPhone)}${c.emergencyPhoneAlt ? ` · ${both('doc.emergencyPhoneAlt')} ${unbroken(c.emergencyPhoneAlt)}` : ''}`,
      },
      {
        text: `${both('doc.dpa')}: ${c.designatedPerson.name} ${unbroken(c.designatedPerson.phone)}${c.designatedPerson.mobile ? ` · ${unbroken(c.designatedPerson.mobile)}` : ''} · ${both('doc.ert')}: ${c.emergencyTeam.name} ${unbroken(c.emergencyTeam.phone)}`,
      },
      {
        text: `${both('book.plan')}: ${plan}${handover ? ` · ${zh(doc, handover)} ${en(handover)}` : ''} · ${both('book.homeCentre')} ${card.homeAgency.code}`,
        colour: GREY,
      },
    ];
  }

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
    .map(
      (a) =>
        `${a.code} ${isAreaCode(a.code) ? zh(doc, `area.${a.code}`) : a.nameZh} ${a.phone24h ? unbroken(a.phone24h) : '—'}${a.shortNumber ? ` (${a.shortNumber})` : ''}`,
    )
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
