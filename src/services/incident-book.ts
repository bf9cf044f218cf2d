import { operatorScope, type Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import type { Script } from '../domain/agency.ts';
import { renderIncidentBookOffThread } from '../pdf/render-pool.ts';
import { inReadSnapshot, type Db } from '../store/database.ts';
import { listAgencies } from '../store/agencies.ts';
import { vesselIdsInService } from '../store/vessels.ts';
import { incidentCards } from './lookup.ts';
import { incidentBookHtml } from '../pdf/incident-book-html.ts';

// The incident book: every ship not withdrawn, one incident card each, for when the registry, the
// network or the power is down. Made from the live records, as a printable PDF and as one HTML file.

export type IncidentBook = Awaited<ReturnType<typeof incidentBook>>;

const BOOK_PAGE = 500;

/** The script a book is printed in unless asked: Guangdong's people read Simplified, the others Traditional. */
export const bookScriptFor = (who: Who): Script => (who.principal.agency === 'GD' ? 'hans' : 'hant');

/** The book's content: the cards by name, the three centres' 24-hour numbers, and when it was made. */
export async function incidentBook(db: Db, who: Who, opts: { area?: AreaCode }, at: Date) {
  const today = at.toISOString().slice(0, 10);
  // One state of the registry for the whole book, read through one connection.
  const { agencies, cards } = await inReadSnapshot(db, async (snapshot) => {
    // An operator's book holds its own company's ships, as its lookup does.
    const ids = await vesselIdsInService(snapshot, { area: opts.area, companyId: operatorScope(who.principal) });
    const agencies = await listAgencies(snapshot);
    // In pages, so a book of the whole delta is not one statement with every id in it.
    const cards = [];
    for (let i = 0; i < ids.length; i += BOOK_PAGE) {
      const page = ids.slice(i, i + BOOK_PAGE);
      const made = await incidentCards(snapshot, page, today, agencies);
      for (const id of page) cards.push(made.get(id)!);
    }
    return { agencies, cards };
  });
  const centres = agencies.map((a) => ({ code: a.code, nameZh: a.nameZh, nameEn: a.nameEn, phone24h: a.rcc.phone24h, shortNumber: a.rcc.shortNumber ?? null }));
  return { madeAt: at.toISOString(), area: opts.area ?? null, centres, cards };
}

/** The book as an A4 PDF, in the reader's Chinese script (rendered off the main thread, so lookups go on). */
export async function incidentBookPdf(db: Db, who: Who, opts: { area?: AreaCode; script: Script }, at: Date): Promise<Uint8Array> {
  return renderIncidentBookOffThread(await incidentBook(db, who, opts, at), opts.script);
}

/** The book as one self-contained HTML file: no request leaves it, and it filters as one types. */
export async function incidentBookFile(db: Db, who: Who, opts: { area?: AreaCode; script: Script }, at: Date): Promise<string> {
  return incidentBookHtml(await incidentBook(db, who, opts, at), opts.script);
}

/** The book as a file to download: its bytes, type and name (with the area and the day it was made). */
export async function incidentBookDownload(db: Db, who: Who, opts: { area?: AreaCode; script: Script; format: 'pdf' | 'html' }, at: Date) {
  const filename = `incident-book${opts.area ? `-${opts.area}` : ''}-${at.toISOString().slice(0, 10)}.${opts.format}`;
  return opts.format === 'html'
    ? { body: new TextEncoder().encode(await incidentBookFile(db, who, opts, at)), type: 'text/html; charset=utf-8', filename }
    : { body: await incidentBookPdf(db, who, opts, at), type: 'application/pdf', filename };
}
