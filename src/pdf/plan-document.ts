import PDFDocument from 'pdfkit';
import { AREA_NAMES, AREAS, type AreaCode } from '../domain/areas.ts';
import type { ControlledCopy } from '../domain/copies.ts';
import { controlledCopies, verificationCode } from '../domain/copies.ts';
import type { PlanSnapshot } from '../domain/plan.ts';
import { typeset, zh } from './typeset.ts';
import { CHANGE, EXERCISE_KIND, L, TITLE, UNIT_KIND, VESSEL_TYPE, type Bilingual } from '../labels.ts';

// A4 in points, laid out with millimetre helpers; every label in the compiling agency's Chinese script
// (Simplified for Guangdong, Traditional for Hong Kong and Macao) with English beneath.
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
    lang: snapshot.script === 'hans' ? 'zh-Hans' : 'zh-Hant',
  });
  typeset(doc, snapshot.script ?? 'hant');
  doc.font('regular').fillColor(COLOUR.text);

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  cover(doc, snapshot, copy);
  emergency(doc, snapshot);
  distribution(doc, snapshot, copies, copy);
  amendments(doc, snapshot);
  recognition(doc, snapshot);
  agreement(doc, snapshot);
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

/**
 * Headings wait to be drawn until the block after them is, so that a heading is never left alone at
 * the foot of a page: the block asks for room for itself and the headings before it together.
 */
const pendingHeadings = new WeakMap<Doc, { draw: () => void; height: number }[]>();

function ensureRoom(doc: Doc, height: number) {
  const pending = pendingHeadings.get(doc) ?? [];
  const headings = pending.reduce((acc, h) => acc + h.height, 0);
  if (doc.y + height + headings > bottomLimit()) doc.addPage();
  pendingHeadings.set(doc, []);
  for (const h of pending) h.draw();
}

function heading(doc: Doc, label: Bilingual) {
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
        .text(`${zh(doc, label)}　${label.en}`, MARGIN.side + 6, y + 4, { width: CONTENT_WIDTH - 12, lineBreak: false });
      doc.font('regular').fontSize(SIZE.text);
      doc.x = MARGIN.side;
      doc.y = y + 28;
    },
  });
  pendingHeadings.set(doc, pending);
}

function subheading(doc: Doc, text: string) {
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
function field(doc: Doc, label: Bilingual, value: string | null | undefined) {
  const text = value?.trim() ? value : `${zh(doc, L.none)} / ${L.none.en}`;
  const valueX = MARGIN.side + LABEL_WIDTH + GAP;
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - GAP;
  const labelZh = zh(doc, label);
  doc.fontSize(SIZE.label);
  const labelHeight = doc.heightOfString(labelZh, { width: LABEL_WIDTH }) + doc.fontSize(SIZE.small).heightOfString(label.en, { width: LABEL_WIDTH });
  const valueHeight = doc.fontSize(SIZE.text).heightOfString(text, { width: valueWidth });
  const height = Math.max(labelHeight, valueHeight);
  ensureRoom(doc, height + 4);
  const y = doc.y;
  doc.fillColor(COLOUR.text).fontSize(SIZE.label).text(labelZh, MARGIN.side, y, { width: LABEL_WIDTH });
  doc.fillColor(COLOUR.muted).fontSize(SIZE.small).text(label.en, MARGIN.side, doc.y, { width: LABEL_WIDTH });
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

const both = (doc: Doc, b: Bilingual) => `${zh(doc, b)}\n${b.en}`;
const cellText = (doc: Doc, cell: Cell) => (typeof cell === 'string' ? cell : both(doc, cell));

/** A table with bilingual headers; `marked` rows are drawn bold with a marker in the margin. */
function table(doc: Doc, columns: { label: Bilingual; width: number }[], rows: Cell[][], marked: (i: number) => boolean = () => false) {
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

function paragraph(doc: Doc, text: string, opts: { size?: number; colour?: string } = {}) {
  doc.fontSize(opts.size ?? SIZE.text);
  ensureRoom(doc, doc.heightOfString(text, { width: CONTENT_WIDTH }) + 4);
  doc.fillColor(opts.colour ?? COLOUR.text).text(text, MARGIN.side, doc.y, { width: CONTENT_WIDTH });
  doc.fillColor(COLOUR.text);
  doc.moveDown(0.4);
}

/** A label with its blanks filled: {home}, {date}, {n}, {total}. */
const filled = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));

/** An agency's names as the document prints them: Chinese in the document's script, English as registered. */
const agencyName = (s: PlanSnapshot, code: AreaCode): Bilingual => {
  const a = s.agencies.find((x) => x.code === code)!;
  return { zh: s.agencyNamesZh?.[code] ?? a.nameZh, en: a.nameEn };
};

/** A copy's holder as the document prints it (agencies in the document's script). */
const holderName = (s: PlanSnapshot, c: ControlledCopy): Bilingual =>
  (AREAS as readonly string[]).includes(c.holder) ? agencyName(s, c.holder as AreaCode) : { zh: c.nameZh, en: c.nameEn };

// --- sections ---------------------------------------------------------------------------------

function cover(doc: Doc, s: PlanSnapshot, copy: ControlledCopy) {
  const v = s.vessel;
  doc.moveDown(1);
  doc.font('bold').fontSize(SIZE.title).text(zh(doc, TITLE), { align: 'center', width: CONTENT_WIDTH });
  doc.fontSize(SIZE.heading + 1).text(TITLE.en, { align: 'center', width: CONTENT_WIDTH });
  doc.moveDown(1.2);
  doc.fontSize(SIZE.title + 2).text(v.nameZh, { align: 'center', width: CONTENT_WIDTH });
  doc.fontSize(SIZE.title - 2).text(v.nameEn, { align: 'center', width: CONTENT_WIDTH });
  doc.font('regular').moveDown(1);

  // The copy box: which copy this is, and whose; as tall as the holder's names need.
  const holder = holderName(s, copy);
  const boxX = MARGIN.side + mm(15);
  const boxWidth = CONTENT_WIDTH - mm(30);
  const inner = boxWidth - mm(6);
  const holderLine = `${zh(doc, L.holder)} ${L.holder.en}: ${holder.zh}`;
  const copyZh = `${zh(doc, L.controlledCopy)}　${filled(zh(doc, L.copyOf), { n: copy.number })}`;
  doc.font('bold').fontSize(15);
  const titleHeight = doc.heightOfString(copyZh, { width: inner }) * 2;
  doc.font('regular').fontSize(SIZE.text + 1);
  const boxHeight = 16 + titleHeight + doc.heightOfString(holderLine, { width: inner }) + doc.heightOfString(holder.en, { width: inner });
  const boxY = doc.y;
  doc.rect(boxX, boxY, boxWidth, boxHeight).lineWidth(1.5).strokeColor(COLOUR.mark).stroke();
  doc
    .fillColor(COLOUR.mark)
    .font('bold')
    .fontSize(15)
    .text(copyZh, boxX + mm(3), boxY + 8, { width: inner, align: 'center' });
  doc.text(filled(L.copyOf.en, { n: copy.number }), { width: inner, align: 'center' });
  doc
    .fillColor(COLOUR.text)
    .font('regular')
    .fontSize(SIZE.text + 1)
    .text(holderLine, { width: inner, align: 'center' });
  doc.text(holder.en, { width: inner, align: 'center' });
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
  const languages = s.script === 'hans' ? L.languagesHans : L.languagesHant;
  field(doc, L.languages, `${zh(doc, languages)} / ${languages.en}`);
  field(doc, L.references, `${zh(doc, L.referencesValue)}\n${L.referencesValue.en}`);
}

/** At the front: whom the ship calls, in order, with the numbers to dial. */
function emergency(doc: Doc, s: PlanSnapshot) {
  doc.addPage();
  heading(doc, L.emergency);
  paragraph(doc, zh(doc, L.emergencyIntro));
  paragraph(doc, L.emergencyIntro.en, { colour: COLOUR.muted });
  const c = s.company;
  const rccs = s.agencies.map((a) => {
    const name = agencyName(s, a.code);
    const vhf = a.rcc.vhfChannels.length ? `VHF ${a.rcc.vhfChannels.join(', ')}` : '';
    const short = a.rcc.shortNumber ? `${a.rcc.shortNumber} (${zh(doc, L.shortNumber)} / ${L.shortNumber.en})` : null;
    return `${name.zh} ${name.en}: ${[a.rcc.phone24h, short, vhf, a.rcc.dscMmsi && `DSC ${a.rcc.dscMmsi}`].filter(Boolean).join(' · ')}`;
  });
  const dpa = c.designatedPerson;
  table(
    doc,
    [
      { label: L.step, width: 8 },
      { label: L.whom, width: 34 },
      { label: L.how, width: 58 },
    ],
    [
      ['1', L.distressAlert, `${zh(doc, L.distressHow)}\n${L.distressHow.en}`],
      ['2', L.rccOfArea, rccs.join('\n')],
      ['3', L.company24h, [c.emergencyPhone, c.emergencyPhoneAlt].filter(Boolean).join('\n')],
      ['4', L.dpa, [dpa.name, dpa.phone, dpa.mobile, dpa.email].filter(Boolean).join('\n')],
    ],
  );
}

function distribution(doc: Doc, s: PlanSnapshot, copies: ControlledCopy[], copy: ControlledCopy) {
  heading(doc, L.distribution);
  const keptAt = (c: ControlledCopy) => (c.holder === 'company' ? L.keptAtCompany : c.holder === 'ship' ? L.keptAtShip : L.keptAtAgency);
  table(
    doc,
    [
      { label: L.copy, width: 10 },
      { label: L.holder, width: 48 },
      { label: L.keptAt, width: 26 },
      { label: L.note, width: 16 },
    ],
    copies.map((c) => {
      const holder = holderName(s, c);
      return [`${c.number} / 5`, `${holder.zh}\n${holder.en}`, keptAt(c), c.number === copy.number ? L.thisCopy : ''];
    }),
    (i) => copies[i]!.number === copy.number,
  );
  paragraph(doc, `${zh(doc, L.supersededNote)}\n${L.supersededNote.en}`, { size: SIZE.label });
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
    s.amendments.map((a) => [String(a.revision), a.issuedOn, CHANGE[a.change], a.reason ? `${a.summary}\n(${a.reason})` : a.summary, a.issuedBy]),
  );
}

function recognition(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.recognition);
  const home = agencyName(s, s.homeAgency);
  paragraph(doc, filled(zh(doc, L.recognitionText), { home: home.zh, date: s.issuedOn }));
  paragraph(doc, filled(L.recognitionText.en, { home: home.en, date: s.issuedOn }), { colour: COLOUR.muted });
  table(
    doc,
    [
      { label: L.agency, width: 50 },
      { label: L.status, width: 25 },
      { label: L.since, width: 25 },
    ],
    [
      [`${home.zh}\n${home.en}`, L.compiling, s.issuedOn],
      ...s.recognitions.map((r): Cell[] => {
        const name = agencyName(s, r.agency);
        return [`${name.zh}\n${name.en}`, r.status === 'recognised' ? L.recognised : L.pending, r.since ?? '—'];
      }),
    ],
  );
}

/** Where the company, the ship and the compiling agency sign the issued revision. */
function agreement(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.agreement);
  paragraph(doc, `${zh(doc, L.agreementText)}\n${L.agreementText.en}`);
  const home = agencyName(s, s.homeAgency);
  table(
    doc,
    [
      { label: L.holder, width: 40 },
      { label: L.signature, width: 30 },
      { label: L.nameAndDate, width: 30 },
    ],
    [
      [`${zh(doc, L.forCompany)} ${L.forCompany.en}\n${s.company.nameZh}\n${s.company.nameEn}`, '\n\n\n', ''],
      [`${zh(doc, L.forShip)} ${L.forShip.en}\n${s.vessel.nameZh}\n${s.vessel.nameEn}`, '\n\n\n', ''],
      [`${zh(doc, L.forAgency)} ${L.forAgency.en}\n${home.zh}\n${home.en}`, '\n\n\n', ''],
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
  if (v.formerNames.length)
    field(doc, L.formerNames, v.formerNames.map((f) => [f.nameZh, f.nameEn, f.until && `(– ${f.until})`].filter(Boolean).join(' ')).join('\n'));
  field(doc, L.imo, v.imoNumber);
  if (v.nationalRegistrationNumber) field(doc, L.nationalReg, v.nationalRegistrationNumber);
  field(doc, L.mmsi, v.mmsi);
  field(doc, L.callSign, v.callSign);
  field(doc, L.areaOfRegistry, `${zh(doc, AREA_NAMES[v.areaOfRegistry])} / ${AREA_NAMES[v.areaOfRegistry].en}`);
  field(doc, L.registry, v.portOfRegistry);
  field(doc, L.type, `${zh(doc, VESSEL_TYPE[v.type])} / ${VESSEL_TYPE[v.type].en}`);
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
  field(doc, L.sailings, `${v.route.sailingsPerDay} / ${v.route.crossingMinutes}`);
  field(doc, L.route, s.content.routeNotes);
  field(doc, L.communications, s.content.communicationsNotes);
  const lsa = v.lifeSaving;
  field(doc, L.liferafts, `${lsa.liferafts} / ${lsa.liferaftCapacity}`);
  field(doc, L.evacuationSystems, String(lsa.marineEvacuationSystems));
  field(doc, L.rescueBoats, String(lsa.rescueBoats));
  field(doc, L.lifeSaving, s.content.lifeSavingNotes);
  field(doc, L.winching, v.helicopterWinchingArea);
  field(doc, L.medical, [...new Set([v.medicalFacilities, s.content.medicalNotes].filter(Boolean))].join('\n'));
}

function module3(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.module3);
  for (const a of s.agencies) {
    const r = a.rcc;
    const name = agencyName(s, a.code);
    subheading(doc, `${name.zh}　${name.en}`);
    field(doc, L.nameZh, r.nameZh);
    field(doc, L.nameEn, r.nameEn);
    field(doc, L.sarRegion, [r.sarRegionZh, r.sarRegionEn].filter(Boolean).join('\n'));
    field(doc, L.phone24h, r.phone24h);
    if (r.shortNumber) field(doc, L.shortNumber, r.shortNumber);
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
    const name = agencyName(s, a.code);
    subheading(doc, `${name.zh}　${name.en}`);
    table(
      doc,
      [
        { label: L.rescueUnits, width: 50 },
        { label: L.kind, width: 18 },
        { label: L.baseContact, width: 32 },
      ],
      a.facilities.rescueUnits.map((u) => [`${u.nameZh}\n${u.nameEn}`, UNIT_KIND[u.kind], [u.base, u.contact].filter(Boolean).join('\n')]),
    );
    table(
      doc,
      [
        { label: L.hospitals, width: 62 },
        { label: L.telephone, width: 38 },
      ],
      a.facilities.hospitals.map((h) => [`${h.nameZh}\n${h.nameEn}`, h.phone ?? '—']),
    );
  }
}

/** Module 5: the agreed programme and interval, and the exercises held up to the issue date. */
function module5(doc: Doc, s: PlanSnapshot) {
  heading(doc, L.module5);
  if (s.exerciseIntervalMonths) field(doc, L.interval, `${s.exerciseIntervalMonths} ${zh(doc, L.months)} / ${s.exerciseIntervalMonths} ${L.months.en}`);
  field(doc, L.programme, s.content.exerciseNotes);
  const held = s.exercises.filter((e) => e.state === 'held' && e.date <= s.issuedOn);
  subheading(doc, `${zh(doc, L.heldUpTo)}　${L.heldUpTo.en}`);
  if (held.length === 0) {
    paragraph(doc, `${zh(doc, L.none)} / ${L.none.en}`);
    return;
  }
  table(
    doc,
    [
      { label: L.date, width: 12 },
      { label: L.kind, width: 14 },
      { label: L.scenario, width: 34 },
      { label: L.agencies, width: 11 },
      { label: L.lessons, width: 29 },
    ],
    held.map((e) => [
      e.voluntary ? `${e.date}\n(${zh(doc, L.voluntary)} / ${L.voluntary.en})` : e.date,
      EXERCISE_KIND[e.kind],
      e.scenario,
      e.agencies.join(', '),
      e.lessonsLearned ?? '',
    ]),
  );
}

/** On every page: plan number, revision, which copy and whose (in both languages), page X of Y, and the verification code. */
function stampEveryPage(doc: Doc, s: PlanSnapshot, copy: ControlledCopy, code: string) {
  const range = doc.bufferedPageRange();
  const holder = holderName(s, copy);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the margins must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font('regular').fillColor(COLOUR.muted);
    const left = CONTENT_WIDTH * 0.28;
    oneLine(doc, `${s.planNumber}　${zh(doc, L.revision)} Rev. ${s.revision}`, MARGIN.side, mm(8), left, 'left');
    oneLine(doc, `${filled(zh(doc, L.copyOf), { n: copy.number })}　${holder.zh}`, MARGIN.side + left, mm(7), CONTENT_WIDTH - left, 'right');
    oneLine(doc, `Controlled copy ${copy.number}/5 – ${holder.en}`, MARGIN.side + left, mm(10.5), CONTENT_WIDTH - left, 'right');
    doc
      .moveTo(MARGIN.side, mm(15))
      .lineTo(PAGE.width - MARGIN.side, mm(15))
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke();
    const footerY = PAGE.height - mm(12);
    oneLine(doc, `${zh(doc, L.verification)} ${L.verification.en}: ${code}`, MARGIN.side, footerY, CONTENT_WIDTH / 2, 'left');
    const page = { n: i + 1, total: range.count };
    oneLine(doc, `${filled(zh(doc, L.pageOf), page)}　${filled(L.pageOf.en, page)}`, MARGIN.side + CONTENT_WIDTH / 2, footerY, CONTENT_WIDTH / 2, 'right');
    doc.page.margins = margins;
  }
  doc.fillColor(COLOUR.text);
}

/** Text that must stay on one line (running headers): the font shrinks until it fits the width. */
function oneLine(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'right') {
  let size = SIZE.small;
  doc.fontSize(size);
  while (size > 4.5 && doc.widthOfString(text) > width) doc.fontSize((size -= 0.25));
  // Placed from the left even when right-aligned, so that runs in different fonts follow each other.
  const left = align === 'right' ? x + width - doc.widthOfString(text) : x;
  doc.text(text, left, y, { lineBreak: false });
}
