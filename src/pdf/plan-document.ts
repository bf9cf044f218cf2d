import PDFDocument from 'pdfkit';
import { AREA_NAMES, AREAS, type AreaCode } from '../domain/areas.ts';
import { encode as qrEncode } from 'uqr';
import type { ControlledCopy } from '../domain/copies.ts';
import { controlledCopies, verificationCode } from '../domain/copies.ts';
import type { PlanSnapshot } from '../domain/plan.ts';
import { en, portZh, typeset, zh, type Names, unbroken } from './typeset.ts';
import { reserveSignature } from './signature.ts';
import { CONTENT_WIDTH, COLOUR, MARGIN, PAGE, SIZE, field, heading, mm, oneLine, paragraph, subheading, table, type Cell, type Doc } from './plan-blocks.ts';

// A4 in points, laid out with millimetre helpers; every label in the compiling agency's Chinese script
// (Simplified for Guangdong, Traditional for Hong Kong and Macao) with English beneath.

/**
 * Renders one controlled copy of an issued revision. Deterministic: the same snapshot and copy give the
 * same bytes (the document's dates come from the issue date, never the clock).
 */
export type CopyLinks = {
  /** The registry's public address (PUBLIC_URL): the QR code on every page leads to <verifyBase>/v/<code>. */
  verifyBase: string;
};

export async function renderCopy(snapshot: PlanSnapshot, copyNumber: number, links: CopyLinks): Promise<Uint8Array> {
  const copies = controlledCopies(snapshot);
  const copy = copies[copyNumber - 1]!;
  const issued = new Date(`${snapshot.issuedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    compress: true,
    info: {
      Title: `${en('doc.title')} ${snapshot.planNumber} rev. ${snapshot.revision} – copy ${copy.number} of 5`,
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
  changesSincePrevious(doc, snapshot);
  recognition(doc, snapshot);
  agreement(doc, snapshot);
  module1(doc, snapshot);
  module2(doc, snapshot);
  module3(doc, snapshot);
  module4(doc, snapshot);
  module5(doc, snapshot);
  const code = verificationCode(snapshot, copy.number);
  stampEveryPage(doc, snapshot, copy, code, `${links.verifyBase.replace(/\/+$/, '')}/v/${code}`);
  const home = agencyName(snapshot, snapshot.homeAgency);
  reserveSignature(doc, {
    reason: `Co-operation plan ${snapshot.planNumber} revision ${snapshot.revision}, copy ${copy.number} (${holderName(snapshot, copy).en}), issued by ${home.en}`,
    location: AREA_NAMES[snapshot.homeAgency].en,
    name: home.en,
    signedAt: issued,
  });

  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

// --- the parts of the document -------------------------------------------------------------

const agencyName = (s: PlanSnapshot, code: AreaCode): Names => {
  const a = s.agencies.find((x) => x.code === code)!;
  return { zh: s.agencyNamesZh?.[code] ?? a.nameZh, en: a.nameEn };
};

/** A copy's holder as the document prints it (agencies in the document's script). */
const holderName = (s: PlanSnapshot, c: ControlledCopy): Names =>
  (AREAS as readonly string[]).includes(c.holder) ? agencyName(s, c.holder as AreaCode) : { zh: c.nameZh, en: c.nameEn };

// --- sections ---------------------------------------------------------------------------------

function cover(doc: Doc, s: PlanSnapshot, copy: ControlledCopy) {
  const v = s.vessel;
  doc.moveDown(1);
  doc.font('bold').fontSize(SIZE.title).text(zh(doc, 'doc.title'), { align: 'center', width: CONTENT_WIDTH });
  doc.fontSize(SIZE.heading + 1).text(en('doc.title'), { align: 'center', width: CONTENT_WIDTH });
  doc.moveDown(1.2);
  doc.fontSize(SIZE.title + 2).text(v.nameZh, { align: 'center', width: CONTENT_WIDTH });
  doc.fontSize(SIZE.title - 2).text(v.nameEn, { align: 'center', width: CONTENT_WIDTH });
  doc.font('regular').moveDown(1);

  // The copy box: which copy this is, and whose; as tall as the holder's names need.
  const holder = holderName(s, copy);
  const boxX = MARGIN.side + mm(15);
  const boxWidth = CONTENT_WIDTH - mm(30);
  const inner = boxWidth - mm(6);
  const holderLine = `${zh(doc, 'doc.holder')} ${en('doc.holder')}: ${holder.zh}`;
  const copyZh = `${zh(doc, 'doc.controlledCopy')}　${zh(doc, { key: 'doc.copyOf', params: { n: copy.number } })}`;
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
  doc.text(en({ key: 'doc.copyOf', params: { n: copy.number } }), { width: inner, align: 'center' });
  doc
    .fillColor(COLOUR.text)
    .font('regular')
    .fontSize(SIZE.text + 1)
    .text(holderLine, { width: inner, align: 'center' });
  doc.text(holder.en, { width: inner, align: 'center' });
  doc.x = MARGIN.side;
  doc.y = boxY + boxHeight + 14;

  field(doc, 'doc.planNumber', s.planNumber);
  field(doc, 'doc.revision', String(s.revision));
  field(doc, 'doc.issueDate', s.issuedOn);
  const home = agencyName(s, s.homeAgency);
  field(doc, 'doc.homeAgency', `${home.zh}\n${home.en}`);
  field(doc, 'doc.imo', v.imoNumber);
  if (v.nationalRegistrationNumber) field(doc, 'doc.nationalReg', v.nationalRegistrationNumber);
  field(doc, 'doc.mmsi', v.mmsi);
  field(doc, 'doc.callSign', v.callSign);
  const languages = s.script === 'hans' ? 'doc.languagesHans' : 'doc.languagesHant';
  field(doc, 'doc.languages', `${zh(doc, languages)} / ${en(languages)}`);
  field(doc, 'doc.references', `${zh(doc, 'doc.referencesValue')}\n${en('doc.referencesValue')}`);
}

/** At the front: whom the ship calls, in order, with the numbers to dial. */
function emergency(doc: Doc, s: PlanSnapshot) {
  doc.addPage();
  heading(doc, 'doc.emergency');
  paragraph(doc, zh(doc, 'doc.emergencyIntro'));
  paragraph(doc, en('doc.emergencyIntro'), { colour: COLOUR.muted });
  const c = s.company;
  const rccs = s.agencies.map((a) => {
    const name = agencyName(s, a.code);
    const vhf = a.rcc.vhfChannels.length ? `VHF ${a.rcc.vhfChannels.join(', ')}` : '';
    const short = a.rcc.shortNumber ? `${a.rcc.shortNumber} (${zh(doc, 'doc.shortNumber')} / ${en('doc.shortNumber')})` : null;
    return `${name.zh} ${name.en}: ${[a.rcc.phone24h && unbroken(a.rcc.phone24h), short, vhf, a.rcc.dscMmsi && `DSC ${a.rcc.dscMmsi}`].filter(Boolean).join(' · ')}`;
  });
  const dpa = c.designatedPerson;
  table(
    doc,
    [
      { label: 'doc.step', width: 8 },
      { label: 'doc.whom', width: 34 },
      { label: 'doc.how', width: 58 },
    ],
    [
      ['1', { key: 'doc.distressAlert' }, `${zh(doc, 'doc.distressHow')}\n${en('doc.distressHow')}`],
      ['2', { key: 'doc.rccOfArea' }, rccs.join('\n')],
      [
        '3',
        { key: 'doc.company24h' },
        [c.emergencyPhone, c.emergencyPhoneAlt]
          .filter((n): n is string => Boolean(n))
          .map(unbroken)
          .join('\n'),
      ],
      ['4', { key: 'doc.dpa' }, [dpa.name, unbroken(dpa.phone), dpa.mobile && unbroken(dpa.mobile), dpa.email].filter(Boolean).join('\n')],
    ],
  );
}

function distribution(doc: Doc, s: PlanSnapshot, copies: ControlledCopy[], copy: ControlledCopy) {
  heading(doc, 'doc.distribution');
  const keptAt = (c: ControlledCopy): Cell => ({
    key: c.holder === 'company' ? 'doc.keptAtCompany' : c.holder === 'ship' ? 'doc.keptAtShip' : 'doc.keptAtAgency',
  });
  table(
    doc,
    [
      { label: 'doc.copy', width: 10 },
      { label: 'doc.holder', width: 48 },
      { label: 'doc.keptAt', width: 26 },
      { label: 'doc.note', width: 16 },
    ],
    copies.map((c) => {
      const holder = holderName(s, c);
      return [`${c.number} / 5`, `${holder.zh}\n${holder.en}`, keptAt(c), c.number === copy.number ? { key: 'doc.thisCopy' } : ''];
    }),
    (i) => copies[i]!.number === copy.number,
  );
  paragraph(doc, `${zh(doc, 'doc.supersededNote')}\n${en('doc.supersededNote')}`, { size: SIZE.label });
}

function amendments(doc: Doc, s: PlanSnapshot) {
  heading(doc, 'doc.amendments');
  table(
    doc,
    [
      { label: 'doc.revision', width: 10 },
      { label: 'doc.issueDate', width: 16 },
      { label: 'doc.change', width: 14 },
      { label: 'doc.summary', width: 38 },
      { label: 'doc.issuedBy', width: 22 },
    ],
    s.amendments.map((a) => {
      const summary = a.reason ? `${a.summary}\n(${a.reason})` : a.summary;
      // This revision's line points to the page that lists what it changed.
      const pointer =
        a.revision === s.revision && s.revision > 1
          ? `\n→ ${zh(doc, { key: 'doc.seeChanges', params: { n: s.revision - 1 } })} / ${en({ key: 'doc.seeChanges', params: { n: s.revision - 1 } })}`
          : '';
      return [String(a.revision), a.issuedOn, { key: `change.${a.change}` }, summary + pointer, a.issuedBy];
    }),
  );
}

/** From revision 2 on: each item that differs from the revision before, with its value in each (long texts: the passages that changed). */
function changesSincePrevious(doc: Doc, s: PlanSnapshot) {
  if (s.revision < 2 || !s.changes) return;
  const previous = { n: s.revision - 1 };
  doc.addPage();
  heading(doc, { key: 'doc.changesSince', params: previous });
  paragraph(doc, `${zh(doc, { key: 'doc.changesIntro', params: previous })}\n${en({ key: 'doc.changesIntro', params: previous })}`);
  if (s.changes.length === 0) {
    paragraph(doc, `${zh(doc, 'doc.noItemChanged')}\n${en('doc.noItemChanged')}`);
    return;
  }
  const lang = s.script === 'hans' ? 'zh-Hans' : 'zh-Hant';
  table(
    doc,
    [
      { label: 'doc.item', width: 28 },
      { label: { key: 'doc.inRevision', params: previous }, width: 36 },
      { label: { key: 'doc.inRevision', params: { n: s.revision } }, width: 36 },
    ],
    s.changes.map((c) => [{ zh: c.label[lang], en: c.label.en }, c.passages?.before ?? (c.before || '—'), c.passages?.after ?? (c.after || '—')]),
  );
}

function recognition(doc: Doc, s: PlanSnapshot) {
  heading(doc, 'doc.recognition');
  const home = agencyName(s, s.homeAgency);
  paragraph(doc, zh(doc, { key: 'doc.recognitionText', params: { home: home.zh, date: s.issuedOn } }));
  paragraph(doc, en({ key: 'doc.recognitionText', params: { home: home.en, date: s.issuedOn } }), { colour: COLOUR.muted });
  table(
    doc,
    [
      { label: 'doc.agency', width: 50 },
      { label: 'doc.status', width: 25 },
      { label: 'doc.since', width: 25 },
    ],
    [
      [`${home.zh}\n${home.en}`, { key: 'doc.compiling' }, s.issuedOn],
      ...s.recognitions.map((r): Cell[] => {
        const name = agencyName(s, r.agency);
        return [`${name.zh}\n${name.en}`, { key: r.status === 'recognised' ? 'doc.recognised' : 'doc.pending' }, r.since ?? '—'];
      }),
    ],
  );
}

/** Where the company, the ship and the compiling agency sign the issued revision. */
function agreement(doc: Doc, s: PlanSnapshot) {
  heading(doc, 'doc.agreement');
  paragraph(doc, `${zh(doc, 'doc.agreementText')}\n${en('doc.agreementText')}`);
  const home = agencyName(s, s.homeAgency);
  table(
    doc,
    [
      { label: 'doc.holder', width: 40 },
      { label: 'doc.signature', width: 30 },
      { label: 'doc.nameAndDate', width: 30 },
    ],
    [
      [`${zh(doc, 'doc.forCompany')} ${en('doc.forCompany')}\n${s.company.nameZh}\n${s.company.nameEn}`, '\n\n\n', ''],
      [`${zh(doc, 'doc.forShip')} ${en('doc.forShip')}\n${s.vessel.nameZh}\n${s.vessel.nameEn}`, '\n\n\n', ''],
      [`${zh(doc, 'doc.forAgency')} ${en('doc.forAgency')}\n${home.zh}\n${home.en}`, '\n\n\n', ''],
    ],
  );
}

function module1(doc: Doc, s: PlanSnapshot) {
  const c = s.company;
  heading(doc, 'doc.module1');
  field(doc, 'doc.nameZh', c.nameZh);
  field(doc, 'doc.nameEn', c.nameEn);
  field(doc, 'doc.address', `${c.addressZh}\n${c.addressEn}`);
  field(doc, 'doc.imoCompany', c.imoCompanyNumber);
  field(doc, 'doc.emergencyPhone', c.emergencyPhone);
  field(doc, 'doc.emergencyPhoneAlt', c.emergencyPhoneAlt);
  const dpa = c.designatedPerson;
  field(doc, 'doc.dpa', [dpa.name, dpa.phone, dpa.mobile, dpa.email].filter(Boolean).join('\n'));
  field(doc, 'doc.ert', [c.emergencyTeam.name, c.emergencyTeam.phone, c.emergencyTeam.email].filter(Boolean).join('\n'));
  field(doc, 'doc.media', c.mediaContact && [c.mediaContact.name, c.mediaContact.phone, c.mediaContact.email].filter(Boolean).join('\n'));
}

function module2(doc: Doc, s: PlanSnapshot) {
  const v = s.vessel;
  heading(doc, 'doc.module2');
  field(doc, 'doc.nameZh', v.nameZh);
  field(doc, 'doc.nameEn', v.nameEn);
  if (v.formerNames.length)
    field(doc, 'doc.formerNames', v.formerNames.map((f) => [f.nameZh, f.nameEn, f.until && `(– ${f.until})`].filter(Boolean).join(' ')).join('\n'));
  field(doc, 'doc.imo', v.imoNumber);
  if (v.nationalRegistrationNumber) field(doc, 'doc.nationalReg', v.nationalRegistrationNumber);
  field(doc, 'doc.mmsi', v.mmsi);
  field(doc, 'doc.callSign', v.callSign);
  field(doc, 'doc.areaOfRegistry', `${zh(doc, `area.${v.areaOfRegistry}`)} / ${en(`area.${v.areaOfRegistry}`)}`);
  field(doc, 'doc.registry', v.portOfRegistry);
  field(doc, 'doc.type', `${zh(doc, `vesselType.${v.type}`)} / ${en(`vesselType.${v.type}`)}`);
  field(doc, 'doc.tonnage', `${v.grossTonnage} GT / ${v.lengthMetres} m`);
  field(doc, 'doc.colours', `${v.hullColour}\n${v.superstructureColour}`);
  field(doc, 'doc.marks', v.identifyingMarks);
  field(doc, 'doc.persons', `${v.maxPassengers} / ${v.crew}`);
  field(doc, 'doc.epirb', v.epirbHexId);
  field(doc, 'doc.bridgePhone', v.communications.bridgePhone);
  field(doc, 'doc.satellite', v.communications.satellite.join('\n'));
  field(doc, 'doc.vhf', v.communications.vhf);
  field(doc, 'doc.otherRadio', v.communications.otherRadio);
  field(doc, 'doc.ports', s.routePorts.map((p) => `${portZh(doc, p)}　${p.nameEn}`).join('\n'));
  field(doc, 'doc.sailings', `${v.route.sailingsPerDay} / ${v.route.crossingMinutes}`);
  field(doc, 'doc.route', s.content.routeNotes);
  field(doc, 'doc.communications', s.content.communicationsNotes);
  const lsa = v.lifeSaving;
  field(doc, 'doc.liferafts', `${lsa.liferafts} / ${lsa.liferaftCapacity}`);
  field(doc, 'doc.evacuationSystems', String(lsa.marineEvacuationSystems));
  field(doc, 'doc.rescueBoats', String(lsa.rescueBoats));
  field(doc, 'doc.lifeSaving', s.content.lifeSavingNotes);
  field(doc, 'doc.winching', v.helicopterWinchingArea);
  field(doc, 'doc.medical', [...new Set([v.medicalFacilities, s.content.medicalNotes].filter(Boolean))].join('\n'));
}

function module3(doc: Doc, s: PlanSnapshot) {
  heading(doc, 'doc.module3');
  for (const a of s.agencies) {
    const r = a.rcc;
    const name = agencyName(s, a.code);
    subheading(doc, `${name.zh}　${name.en}`);
    field(doc, 'doc.nameZh', r.nameZh);
    field(doc, 'doc.nameEn', r.nameEn);
    field(doc, 'doc.sarRegion', [r.sarRegionZh, r.sarRegionEn].filter(Boolean).join('\n'));
    field(doc, 'doc.phone24h', r.phone24h);
    if (r.shortNumber) field(doc, 'doc.shortNumber', r.shortNumber);
    field(doc, 'doc.fax', r.fax);
    field(doc, 'doc.email', r.email);
    field(doc, 'doc.vhfChannels', r.vhfChannels.join(', '));
    field(doc, 'doc.dsc', r.dscMmsi);
    field(doc, 'doc.procedure', [r.coordinationProcedureZh, r.coordinationProcedureEn].filter(Boolean).join('\n'));
  }
}

function module4(doc: Doc, s: PlanSnapshot) {
  heading(doc, 'doc.module4');
  for (const a of s.agencies) {
    const name = agencyName(s, a.code);
    subheading(doc, `${name.zh}　${name.en}`);
    table(
      doc,
      [
        { label: 'doc.rescueUnits', width: 50 },
        { label: 'doc.kind', width: 18 },
        { label: 'doc.baseContact', width: 32 },
      ],
      a.facilities.rescueUnits.map((u) => [`${u.nameZh}\n${u.nameEn}`, { key: `unitKind.${u.kind}` }, [u.base, u.contact].filter(Boolean).join('\n')]),
    );
    table(
      doc,
      [
        { label: 'doc.hospitals', width: 62 },
        { label: 'doc.telephone', width: 38 },
      ],
      a.facilities.hospitals.map((h) => [`${h.nameZh}\n${h.nameEn}`, h.phone ? unbroken(h.phone) : '—']),
    );
  }
}

/** Module 5: the agreed programme and interval, and the exercises held up to the issue date. */
function module5(doc: Doc, s: PlanSnapshot) {
  heading(doc, 'doc.module5');
  if (s.exerciseIntervalMonths)
    field(doc, 'doc.interval', `${s.exerciseIntervalMonths} ${zh(doc, 'doc.months')} / ${s.exerciseIntervalMonths} ${en('doc.months')}`);
  if (s.exerciseIntervalReason) field(doc, 'doc.intervalReason', s.exerciseIntervalReason);
  field(doc, 'doc.programme', s.content.exerciseNotes);
  const held = s.exercises.filter((e) => e.state === 'held' && e.date <= s.issuedOn);
  subheading(doc, `${zh(doc, 'doc.heldUpTo')}　${en('doc.heldUpTo')}`);
  if (held.length === 0) {
    paragraph(doc, `${zh(doc, 'doc.none')} / ${en('doc.none')}`);
    return;
  }
  table(
    doc,
    [
      { label: 'doc.date', width: 12 },
      { label: 'doc.kind', width: 14 },
      { label: 'doc.scenario', width: 34 },
      { label: 'doc.agencies', width: 11 },
      { label: 'doc.lessons', width: 29 },
    ],
    held.map((e) => [
      e.voluntary ? `${e.date}\n(${zh(doc, 'doc.voluntary')} / ${en('doc.voluntary')})` : e.date,
      { key: `exerciseKind.${e.kind}` },
      e.scenario,
      e.agencies.join(', '),
      e.lessonsLearned ?? '',
    ]),
  );
}

/** The QR code's side: 17 mm, so that a module of a 37-module code is near half a millimetre, which survives a photocopy. */
const QR_SIDE = mm(17);

/**
 * The QR code of `text`, drawn once as a form the pages all show (a copy's pages share one code). Level Q
 * restores a quarter of the code: a paper copy gets folded, stamped and photocopied.
 */
function qrForm(doc: Doc, text: string) {
  const { data, size } = qrEncode(text, { ecc: 'Q', border: 0 });
  // In the form's own space, a module is one unit and y runs upwards; each row's runs of dark modules are
  // one rectangle.
  const rects: string[] = [];
  data.forEach((row, r) => {
    for (let c = 0; c < size; c++) {
      if (!row[c]) continue;
      const start = c;
      while (row[c + 1]) c++;
      rects.push(`${start} ${size - 1 - r} ${c - start + 1} 1 re`);
    }
  });
  const form = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, size, size] });
  form.end(`0 g\n${rects.join('\n')}\nf\n`);
  return { form, size };
}

/** Shows the QR form with its top-left corner at x, y on the current page. */
function showQr(doc: Doc, qr: ReturnType<typeof qrForm>, x: number, y: number) {
  const page = doc.page as unknown as { xobjects: Record<string, unknown> };
  page.xobjects.Qr = qr.form;
  const scale = QR_SIDE / qr.size;
  // pdfkit's page space runs downwards: the form is scaled and flipped into it, as pdfkit places an image.
  doc.addContent(`q ${scale} 0 0 ${-scale} ${x} ${y + QR_SIDE} cm /Qr Do Q`);
}

/** On every page: plan number, revision, which copy and whose (in both languages), page X of Y, the verification code and its QR code. */
function stampEveryPage(doc: Doc, s: PlanSnapshot, copy: ControlledCopy, code: string, link: string) {
  const range = doc.bufferedPageRange();
  const holder = holderName(s, copy);
  const qr = qrForm(doc, link);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the margins must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font('regular').fillColor(COLOUR.muted);
    const left = CONTENT_WIDTH * 0.28;
    oneLine(doc, `${s.planNumber}　${zh(doc, 'doc.revision')} Rev. ${s.revision}`, MARGIN.side, mm(8), left, 'left');
    oneLine(doc, `${zh(doc, { key: 'doc.copyOf', params: { n: copy.number } })}　${holder.zh}`, MARGIN.side + left, mm(7), CONTENT_WIDTH - left, 'right');
    oneLine(doc, `Controlled copy ${copy.number}/5 – ${holder.en}`, MARGIN.side + left, mm(10.5), CONTENT_WIDTH - left, 'right');
    doc
      .moveTo(MARGIN.side, mm(15))
      .lineTo(PAGE.width - MARGIN.side, mm(15))
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke();
    const qrTop = PAGE.height - mm(24);
    showQr(doc, qr, MARGIN.side, qrTop);
    const besideQr = MARGIN.side + QR_SIDE + mm(3);
    const footerY = PAGE.height - mm(12);
    doc.fillColor(COLOUR.muted);
    const besideWidth = CONTENT_WIDTH / 2 - QR_SIDE - mm(3);
    oneLine(doc, `${zh(doc, 'doc.scanToVerify')} ${en('doc.scanToVerify')}`, besideQr, footerY - mm(4), besideWidth, 'left');
    oneLine(doc, `${zh(doc, 'doc.verification')} ${en('doc.verification')}: ${code}`, besideQr, footerY, besideWidth, 'left');
    const page = { n: i + 1, total: range.count };
    oneLine(
      doc,
      `${zh(doc, { key: 'doc.pageOf', params: page })}　${en({ key: 'doc.pageOf', params: page })}`,
      MARGIN.side + CONTENT_WIDTH / 2,
      footerY,
      CONTENT_WIDTH / 2,
      'right',
    );
    doc.page.margins = margins;
  }
  doc.fillColor(COLOUR.text);
}
