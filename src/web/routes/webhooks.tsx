import { Hono, type Context } from 'hono';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { AppError } from '../../errors.ts';
import { listWebhooks, registerWebhook, removeWebhook } from '../../services/webhooks.ts';
import { errorsByField, langOf, formFields, idParam, page, viewOf } from '../context.ts';
import { WebhooksPage } from '../pages/webhooks.tsx';

async function webhooksPage(
  c: Context<AppEnv>,
  extra: { made?: { url: string; secret: string }; values?: Record<string, string>; errors?: Record<string, string> } = {},
  status: 200 | 400 = 200,
) {
  const hooks = await listWebhooks(c.get('deps').db, whoOf(c));
  return page(c, <WebhooksPage view={viewOf(c)} hooks={hooks} made={extra.made} values={extra.values ?? {}} errors={extra.errors ?? {}} />, status);
}

/** An agency admin's webhooks: the same service as /api/webhooks. */
export const webhookPages = new Hono<AppEnv>()
  .get('/webhooks', (c) => webhooksPage(c))
  .post('/webhooks', async (c) => {
    const f = await formFields(c);
    try {
      const { db, now, webhookAllowHosts } = c.get('deps');
      const made = await registerWebhook(db, whoOf(c), { url: (f.url ?? '').trim() }, now(), { allowHosts: webhookAllowHosts ?? [] });
      return webhooksPage(c, { made: { url: made.url, secret: made.secret } });
    } catch (err) {
      if (!(err instanceof AppError) || err.category !== 'validation_failed') throw err;
      return webhooksPage(c, { values: f, errors: errorsByField(langOf(c), err.errors) }, 400);
    }
  })
  .post('/webhooks/:id{[0-9]+}/remove', async (c) => {
    await removeWebhook(c.get('deps').db, whoOf(c), idParam(c), c.get('deps').now());
    return c.redirect('/webhooks', 303);
  });
