import { Hono, type Context } from 'hono';
import { todayOf, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { bookScriptFor, incidentBookDownload } from '../../services/incident-book.ts';
import { lookup } from '../../services/lookup.ts';
import { page, viewOf } from '../context.ts';
import { Results, SearchPage } from '../pages/search.tsx';

/** The coordinator's search box and its incident cards: the same lookup as the API's. */
export const searchPages = new Hono<AppEnv>()
  .get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 100);
    const cards = q ? await lookup(c.get('deps').db, whoOf(c), q, { limit: 10, today: todayOf(c) }) : null;
    // The as-you-type script asks for the results alone.
    if (c.req.query('results') === '1') return c.html(await (<Results cards={cards} lang={viewOf(c).lang} />).toString());
    return page(c, <SearchPage view={viewOf(c)} q={q} cards={cards} />);
  })
  .get('/incident-book.pdf', (c) => bookDownload(c, 'pdf'))
  .get('/incident-book.html', (c) => bookDownload(c, 'html'));

/** The incident book as the API gives it, in the reader's script (Simplified for a Simplified reader). */
async function bookDownload(c: Context<AppEnv>, format: 'pdf' | 'html') {
  const lang = viewOf(c).lang;
  const script = lang === 'zh-Hans' ? ('hans' as const) : lang === 'zh-Hant' ? ('hant' as const) : bookScriptFor(whoOf(c));
  const { body, type, filename } = await incidentBookDownload(c.get('deps').db, whoOf(c), { format, script }, c.get('deps').now());
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'private, no-store',
  });
}
