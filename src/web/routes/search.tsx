import { Hono } from 'hono';
import { todayOf, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { lookup } from '../../services/lookup.ts';
import { page, viewOf } from '../context.ts';
import { Results, SearchPage } from '../pages/search.tsx';

/** The coordinator's search box and its incident cards: the same lookup as the API's. */
export const searchPages = new Hono<AppEnv>().get('/search', async (c) => {
  const q = (c.req.query('q') ?? '').trim().slice(0, 100);
  const cards = q ? await lookup(c.get('deps').db, whoOf(c), q, { limit: 10, today: todayOf(c) }) : null;
  // The as-you-type script asks for the results alone.
  if (c.req.query('results') === '1') return c.html(await (<Results cards={cards} lang={viewOf(c).lang} />).toString());
  return page(c, <SearchPage view={viewOf(c)} q={q} cards={cards} />);
});
