import { Hono } from 'hono';
import { todayOf, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { companyFleet } from '../../services/registry.ts';
import { page, viewOf } from '../context.ts';
import { OperatorPage } from '../pages/operator.tsx';

/** The operator's landing page: its company's ships, their plans and the copies it holds. */
export const operatorPages = new Hono<AppEnv>().get('/company', async (c) => {
  if (c.get('principal').role !== 'operator') return c.redirect('/search', 303);
  const { company, rows } = await companyFleet(c.get('deps').db, whoOf(c), todayOf(c));
  return page(c, <OperatorPage view={viewOf(c)} company={company} rows={rows} />);
});
