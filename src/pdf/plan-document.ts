import PDFDocument from 'pdfkit';
import type { ControlledCopy } from '../domain/copies.ts';
import { controlledCopies, verificationCode } from '../domain/copies.ts';
import type { PlanSnapshot } from '../domain/plan.ts';
import { fonts } from './fonts.ts';
import { CHANGE, EXERCISE_KIND, EXERCISE_STATE, L, TITLE, UNIT_KIND, VESSEL_TYPE, type Bilingual } from '../labels.ts';

// A4 in points, laid out with millimetre helpers; every label in Traditional Chinese with English beneath.
const mm = (v: number) => (v * 72) / 25.4;
const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(24), bottom: mm(20), side: mm(18) };
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN.side;
const LABEL_WIDTH = mm(52);
const GAP = mm(3);
const COLOUR = { text: '#111111', muted: '#555555', rule: '#999999', band: '#e8eef5', mark: '#b00020' };
const SIZE = { title: 18, heading: 12, text: 9.5, label: 8.5, small: 7.5 };

type Doc = InstanceType<typeof PDFDocument>;
type Cell = string | Bilingual;

/**
 * Renders one controlled copy of an issued revision. Deterministic: the same snapshot and copy give the
 * same bytes (the document's dates come from the issue date, never the clock).
 */
export async function renderCopy(snapshot: PlanSnapshot, copyNumber: number): Promise<Uint8Array> {
  const copies = controlledCopies(snapshot);
  const copy = copies[copyNumber - 1]!;
  const issued = new Date(`${snapshot.issuedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    compress: true,
    info: {
      Title: `${TITLE.en} ${snapshot.planNumber} rev. ${snapshot.revision} – copy ${copy.number} of 5`,
      Author: snapshot.agencies.find((a) => a.code === snapshot.homeAgency)!.nameEn,
      Subject: `${snapshot.vessel.nameEn} ${snapshot.vessel.nameZh}`,
      Creator: 'SAR co-operation plan registry',
      Producer: 'SAR co-operation plan registry',
      CreationDate: issued,
      ModDate: issued,
    },
    lang: 'zh-Hant',
  });
  doc.registerFont('regular', fonts.regular() as never);
  doc.registerFont('bold', fonts.bold() as never);
  doc.font('regular').fillColor(COLOUR.text);

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  cover(doc, snapshot, copy);
  distribution(doc, copies, copy);
  amendments(doc, snapshot);
  recognition(doc, snapshot);
  module1(doc, snapshot);
  module2(doc, snapshot);
  module3(doc, snapshot);
  module4(doc, snapshot);
  module5(doc, snapshot);
  stampEveryPage(doc, snapshot, copy, verificationCode(snapshot, copy.number));

  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

// --- building blocks --------------------------------------------------------------------------

const bottomLimit = () => PAGE.height - MARGIN.bottom;

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottomLimit()) doc.addPage();
}

function heading(doc: Doc, label: Bilingual) {
  ensureRoom(doc, 60);
  doc.moveDown(0.6);
  const y = doc.y;
  doc.rect(MARGIN.side, y, CONTENT_WIDTH, 22).fill(COLOUR.band);
  doc.fillColor(COLOUR.text).font('bold').fontSize(SIZE.heading).text(`${label.zh}　${label.en}`, MARGIN.side + 6, y + 4, { width: CONTENT_WIDTH - 12 });
  doc.font('regular').fontSize(SIZE.text);
  doc.x = MARGIN.side;
  doc.y = y + 28;
}

function subheading(doc: Doc, text: string) {
  ensureRoom(doc, 40);
  doc.moveDown(0.3);
  doc.font('bold').fontSize(SIZE.text + 0.5).fillColor(COLOUR.text).text(text, MARGIN.side, doc.y, { width: CONTENT_WIDTH });
  doc.font('regular').fontSize(SIZE.text);
  doc.moveDown(0.2);
}

/** One labelled value: the label in Chinese over English on the left, the value wrapping on the right. */
function field(doc: Doc, label: Bilingual, value: string | null | undefined) {
  const text = value && value.trim() ? value : `${L.none.zh} / ${L.none.en}`;
  const valueX = MARGIN.side + LABEL_WIDTH + GAP;
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - GAP;
  doc.fontSize(SIZE.label);
  const labelHeight = doc.heightOfString(label.zh, { width: LABEL_WIDTH }) + doc.fontSize(SIZE.small).heightOfString(label.en, { width: LABEL_WIDTH });
  const valueHeight = doc.fontSize(SIZE.text).heightOfString(text, { width: valueWidth });
  const height = Math.max(labelHeight, valueHeight);
  ensureRoom(doc, height + 4);
  const y = doc.y;
  doc.fillColor(COLOUR.text).fontSize(SIZE.label).text(label.zh, MARGIN.side, y, { width: LABEL_WIDTH });
  doc.fillColor(COLOUR.muted).fontSize(SIZE.small).text(label.en, MARGIN.side, doc.y, { width: LABEL_WIDTH });
  doc.fillColor(COLOUR.text).fontSize(SIZE.text).text(text, valueX, y, { width: valueWidth });
  doc.moveTo(MARGIN.side, y + height + 2).lineTo(MARGIN.side + CONTENT_WIDTH, y + height + 2).lineWidth(0.3).strokeColor('#dddddd').stroke();
  doc.x = MARGIN.side;
  doc.y = y + height + 4;
}

const both = (b: Bilingual) => `${b.zh}\n${b.en}`;
const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : both(cell));

/** A table with bilingual headers; `marked` rows are drawn bold with a marker in the margin. */
function table(doc: Doc, columns: { label: Bilingual; width: number }[], rows: Cell[][], marked: (i: number) => boolean = () => false) {
  const total = columns.reduce((acc, c) => acc + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
  const pad = 3;
  const rowHeight = (cells: string[], size: number) =>
    Math.max(...cells.map((cell, i) => doc.fontSize(size).heightOfString(cell, { width: widths[i]! - 2 * pad }))) + 2 * pad;
  const header = columns.map((c) => both(c.label));
  const drawRow = (cells: string[], opts: { header?: boolean; bold?: boolean }): number => {
    const size = opts.header ? SIZE.label : SIZE.text;
    const height = rowHeight(cells, size);
    if (doc.y + height > bottomLimit()) {
      doc.addPage();
      // A table that runs on to a new page repeats its header there.
      if (!opts.header) drawRow(header, { header: true });
    }
    const y = doc.y;
    if (opts.header) doc.rect(MARGIN.side, y, CONTENT_WIDTH, height).fill(COLOUR.band);
    let x = MARGIN.side;
    cells.forEach((cell, i) => {
      doc.font(opts.header || opts.bold ? 'bold' : 'regular').fillColor(COLOUR.text).fontSize(size).text(cell, x + pad, y + pad, { width: widths[i]! - 2 * pad });
      x += widths[i]!;
    });
    doc.moveTo(MARGIN.side, y + height).lineTo(MARGIN.side + CONTENT_WIDTH, y + height).lineWidth(0.4).strokeColor(COLOUR.rule).stroke();
    doc.font('regular');
    doc.x = MARGIN.side;
    doc.y = y + height;
    return y;
  };
  ensureRoom(doc, rowHeight(header, SIZE.label) + 30);
  drawRow(header, { header: true });
  rows.forEach((row, i) => {
    const y = drawRow(row.map(cellText), { bold: marked(i) });
    if (marked(i)) doc.rect(MARGIN.side - 6, y + 2, 3, rowHeight(row.map(cellText), SIZE.text) - 4).fill(COLOUR.mark);
  });
  doc.fillColor(COLOUR.text);
  doc.moveDown(0.5);
}

function paragraph(doc: Doc, text: string, opts: { size?: number; colour?: string } = {}) {
  doc.fontSize(opts.size ?? SIZE.text);
  ensureRoom(doc, doc.heightOfString(text, { width: CONTENT_WIDTH }) + 4);
  doc.fillColor(opts.colour ?? COLOUR.text).text(text, MARGIN.side, doc.y, { width: CONTENT_WIDTH });
  doc.fillColor(COLOUR.text);
  doc.moveDown(0.4);
}

const agencyName = (s: PlanSnapshot, code: string): Bilingual => {
  const a = s.agencies.find((x) => x.code === code)!;
  return { zh: a.nameZh, en: a.nameEn };
};

// --- sections ---------------------------------------------------------------------------------

function cover(doc: Doc, s: PlanSnapshot, copy: ControlledCopy) {
  const v = s.vessel;
  doc.moveDown(1);
  doc.font('bold').fontSize(SIZE.title).text(TITLE.zh, { align: 'center', width: CONTENT_WIDTH });
  doc.fontSize(SIZE.heading + 1).text(TITLE.en, { align: 'center', width: CONTENT_WIDTH });
  doc.moveDown(1.2);
  doc.fontSize(SIZE.title + 2).text(v.nameZh, { align: 'center', width: CONTENT_WIDTH });
  doc.fontSize(SIZE.title - 2).text(v.nameEn, { align: 'center', width: CONTENT_WIDTH });
  doc.font('regular').moveDown(1);

  // The copy box: which copy this is, and whose; as tall as the holder's names need.
  const boxX = MARGIN.side + mm(15);
  const boxWidth = CONTENT_WIDTH - mm(30);
  const inner = boxWidth - mm(6);
  const holderLine = `${L.holder.zh} ${L.holder.en}: ${copy.nameZh}`;
  doc.font('bold').fontSize(15);
  const titleHeight = doc.heightOfString('受控副本', { width: inner }) * 2;
  doc.font('regular').fontSize(SIZE.text + 1);
  const boxHeight = 16 + titleHeight + doc.heightOfString(holderLine, { width: inner }) + doc.heightOfString(copy.nameEn, { width: inner });
  const boxY = doc.y;
  doc.rect(boxX, boxY, boxWidth, boxHeight).lineWidth(1.5).strokeColor(COLOUR.mark).stroke();
  doc.fillColor(COLOUR.mark).font('bold').fontSize(15)
    .text(`${L.controlledCopy.zh}　第 ${copy.number} 份，共 5 份`, boxX + mm(3), boxY + 8, { width: inner, align: 'center' })
    .text(`Controlled copy ${copy.number} of 5`, { width: inner, align: 'center' });
  doc.fillColor(COLOUR.text).font('regular').fontSize(SIZE.text + 1)
    .text(holderLine, { width: inner, align: 'center' })
    .text(copy.nameEn, { width: inner, align: 'center' });
  doc.x = MARGIN.side;
  doc.y = boxY + boxHeight + 14;

  field(doc, L.planNumber, s.planNumber);
  field(doc, L.revision, String(s.revision));
  field(doc, L.issueDate, s.issuedOn);
  const home = agencyName(s, s.homeAgency);
  field(doc, L.homeAgency, `${home.zh}\n${home.en}`);
  field(doc, L.imo, v.imoNumber);
  if (v.nationalRegistrationNumber) field(doc, L.nationalReg, v.nationalRegistrationNumber);
  field(doc, L.mmsi, v.mmsi);
  field(doc, L.callSign, v.callSign);
  field(doc, L.languages, `${L.languagesValue.zh} / ${L.languagesValue.en}`);
}

function distribution(doc: Doc, copies: ControlledCopy[], copy: ControlledCopy) {
  doc.addPage();
  heading(doc, L.distribution);
  table(
    doc,
    [
      { label: { zh: '副本', en: 'Copy' }, width: 12 },
      { label: L.holder, width: 70 },
      { label: { zh: '備註', en: 'Note' }, width: 18 },
    ],
    copies.map((c) => [`${c.number} / 5`, `${c.nameZh}\n${c.nameEn}`, c.number === copy.number ? `${L.thisCopy.zh}\n${L.thisCopy.en}` : '']),
    (i) => copies[i]!.number === copy.number,
  );
}

function amendments(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.amendments);
  table(
    doc,
    [
      { label: L.revision, width: 10 },
      { label: L.issueDate, width: 16 },
      { label: L.change, width: 14 },
      { label: L.summary, width: 38 },
      { label: L.issuedBy, width: 22 },
    ],
    s.amendments.map((a) => [String(a.revision), a.issuedOn, CHANGE[a.change], a.summary, a.issuedBy]),
  );
}

function recognition(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.recognition);
  const home = agencyName(s, s.homeAgency);
  paragraph(
    doc,
    `本計劃由${home.zh}按《粵港澳三地搜救機構〈客船與搜救中心合作計劃〉互認合作安排》編制。其他兩地搜救機構自各自與編制機構簽署安排之日起（如計劃於其後發出，則自發出之日起）認可本計劃。以下為本版次發出時的認可狀況。`,
  );
  paragraph(
    doc,
    `This plan is compiled by ${home.en} under the Mutual Recognition Arrangement among the Guangdong, Hong Kong and Macao SAR agencies. Each other agency recognises it from the date on which it and the compiling agency signed the arrangement (or from the issue date, if later). Status as at the issue of this revision:`,
    { colour: COLOUR.muted },
  );
  table(
    doc,
    [
      { label: L.agency, width: 50 },
      { label: L.status, width: 25 },
      { label: L.since, width: 25 },
    ],
    [
      [home, L.compiling, s.issuedOn],
      ...s.recognitions.map((r): Cell[] => [agencyName(s, r.agency), r.status === 'recognised' ? L.recognised : L.pending, r.since ?? '—']),
    ],
  );
}

function module1(doc: Doc, s: PlanSnapshot) {
  const c = s.company;
  heading(doc, L.module1);
  field(doc, L.nameZh, c.nameZh);
  field(doc, L.nameEn, c.nameEn);
  field(doc, L.address, `${c.addressZh}\n${c.addressEn}`);
  field(doc, L.imoCompany, c.imoCompanyNumber);
  field(doc, L.emergencyPhone, c.emergencyPhone);
  field(doc, L.emergencyPhoneAlt, c.emergencyPhoneAlt);
  const dpa = c.designatedPerson;
  field(doc, L.dpa, [dpa.name, dpa.phone, dpa.mobile, dpa.email].filter(Boolean).join('\n'));
  field(doc, L.ert, [c.emergencyTeam.name, c.emergencyTeam.phone, c.emergencyTeam.email].filter(Boolean).join('\n'));
  field(doc, L.media, c.mediaContact && [c.mediaContact.name, c.mediaContact.phone, c.mediaContact.email].filter(Boolean).join('\n'));
}

function module2(doc: Doc, s: PlanSnapshot) {
  const v = s.vessel;
  heading(doc, L.module2);
  field(doc, L.nameZh, v.nameZh);
  field(doc, L.nameEn, v.nameEn);
  if (v.formerNames.length) field(doc, L.formerNames, v.formerNames.map((f) => [f.nameZh, f.nameEn, f.until && `(– ${f.until})`].filter(Boolean).join(' ')).join('\n'));
  field(doc, L.imo, v.imoNumber);
  if (v.nationalRegistrationNumber) field(doc, L.nationalReg, v.nationalRegistrationNumber);
  field(doc, L.mmsi, v.mmsi);
  field(doc, L.callSign, v.callSign);
  field(doc, L.registry, v.portOfRegistry);
  field(doc, L.type, `${VESSEL_TYPE[v.type].zh} / ${VESSEL_TYPE[v.type].en}`);
  field(doc, L.tonnage, `${v.grossTonnage} GT / ${v.lengthMetres} m`);
  field(doc, L.colours, `${v.hullColour}\n${v.superstructureColour}`);
  field(doc, L.marks, v.identifyingMarks);
  field(doc, L.persons, `${v.maxPassengers} / ${v.crew}`);
  field(doc, L.epirb, v.epirbHexId);
  field(doc, L.bridgePhone, v.communications.bridgePhone);
  field(doc, L.satellite, v.communications.satellite.join('\n'));
  field(doc, L.vhf, v.communications.vhf);
  field(doc, L.otherRadio, v.communications.otherRadio);
  field(doc, L.ports, s.routePorts.map((p) => `${p.nameZh}　${p.nameEn}`).join('\n'));
  field(doc, L.route, s.content.routeNotes);
  field(doc, L.communications, s.content.communicationsNotes);
  field(doc, L.lifeSaving, s.content.lifeSavingNotes);
  field(doc, L.winching, v.helicopterWinchingArea);
  field(doc, L.medical, [...new Set([v.medicalFacilities, s.content.medicalNotes].filter(Boolean))].join('\n'));
}

function module3(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.module3);
  for (const a of s.agencies) {
    const r = a.rcc;
    subheading(doc, `${a.nameZh}　${a.nameEn}`);
    field(doc, L.nameZh, r.nameZh);
    field(doc, L.nameEn, r.nameEn);
    field(doc, L.sarRegion, [r.sarRegionZh, r.sarRegionEn].filter(Boolean).join('\n'));
    field(doc, L.phone24h, r.phone24h);
    field(doc, L.fax, r.fax);
    field(doc, L.email, r.email);
    field(doc, L.vhfChannels, r.vhfChannels.join(', '));
    field(doc, L.dsc, r.dscMmsi);
    field(doc, L.procedure, [r.coordinationProcedureZh, r.coordinationProcedureEn].filter(Boolean).join('\n'));
  }
}

function module4(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.module4);
  for (const a of s.agencies) {
    subheading(doc, `${a.nameZh}　${a.nameEn}`);
    table(
      doc,
      [
        { label: L.rescueUnits, width: 50 },
        { label: L.kind, width: 18 },
        { label: { zh: '基地 / 聯絡', en: 'Base / contact' }, width: 32 },
      ],
      a.facilities.rescueUnits.map((u) => [`${u.nameZh}\n${u.nameEn}`, UNIT_KIND[u.kind], [u.base, u.contact].filter(Boolean).join('\n')]),
    );
    table(
      doc,
      [
        { label: L.hospitals, width: 68 },
        { label: { zh: '電話', en: 'Telephone' }, width: 32 },
      ],
      a.facilities.hospitals.map((h) => [`${h.nameZh}\n${h.nameEn}`, h.phone ?? '']),
    );
  }
}

function module5(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.module5);
  field(doc, L.programme, s.content.exerciseNotes);
  if (s.exercises.length === 0) {
    paragraph(doc, `${L.none.zh} / ${L.none.en}`);
    return;
  }
  table(
    doc,
    [
      { label: L.date, width: 12 },
      { label: L.status, width: 9 },
      { label: L.kind, width: 12 },
      { label: L.scenario, width: 30 },
      { label: L.agencies, width: 10 },
      { label: L.lessons, width: 27 },
    ],
    s.exercises.map((e) => [e.date, EXERCISE_STATE[e.state], EXERCISE_KIND[e.kind], e.scenario, e.agencies.join(', '), e.lessonsLearned ?? '']),
  );
}

/** On every page: plan number, revision, which copy and whose, page X of Y, and the verification code. */
function stampEveryPage(doc: Doc, s: PlanSnapshot, copy: ControlledCopy, code: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the margins must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font('regular').fillColor(COLOUR.muted);
    const left = CONTENT_WIDTH * 0.3;
    oneLine(doc, `${s.planNumber}　${L.revision.zh} Rev. ${s.revision}`, MARGIN.side, mm(10), left, 'left');
    oneLine(doc, `${L.controlledCopy.zh} Controlled copy ${copy.number}/5 – ${copy.nameEn}`, MARGIN.side + left, mm(10), CONTENT_WIDTH - left, 'right');
    doc.moveTo(MARGIN.side, mm(15)).lineTo(PAGE.width - MARGIN.side, mm(15)).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
    const footerY = PAGE.height - mm(12);
    oneLine(doc, `${L.verification.zh} ${L.verification.en}: ${code}`, MARGIN.side, footerY, CONTENT_WIDTH / 2, 'left');
    oneLine(doc, `第 ${i + 1} 頁，共 ${range.count} 頁　Page ${i + 1} of ${range.count}`, MARGIN.side + CONTENT_WIDTH / 2, footerY, CONTENT_WIDTH / 2, 'right');
    doc.page.margins = margins;
  }
  doc.fillColor(COLOUR.text);
}

/** Text that must stay on one line (running headers): the font shrinks until it fits the width. */
function oneLine(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'right') {
  let size = SIZE.small;
  doc.fontSize(size);
  while (size > 4.5 && doc.widthOfString(text) > width) doc.fontSize((size -= 0.25));
  doc.text(text, x, y, { width, align, lineBreak: false });
}
