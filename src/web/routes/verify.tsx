import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { normaliseCode, verifyCopy } from '../../services/copies.ts';
import { page, viewOf } from '../context.ts';
import { CopyCheckPage } from '../pages/verify.tsx';

/** /v/<code>: where the QR code on every page of a copy leads; open to anyone holding the copy. */
export const copyCheckPages = new Hono<AppEnv>().get('/v/:code', async (c) => {
  const code = normaliseCode(c.req.param('code'));
  const found = await verifyCopy(c.get('deps').db, { code });
  // The answer changes when a revision is issued or the plan withdrawn: never kept, never indexed.
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  return page(c, <CopyCheckPage view={viewOf(c)} code={code} found={found} />, found.genuine ? 200 : 404);
});
