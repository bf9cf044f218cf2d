import type { FC } from 'hono/jsx';
import type { listWebhooks } from '../../services/webhooks.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
import { Field, FormErrors, Layout, PostButton, type View } from '../layout.tsx';

type Hook = Awaited<ReturnType<typeof listWebhooks>>[number];

/** An agency admin's webhooks: each with its latest deliveries, a form to add one, its secret shown once. */
export const WebhooksPage: FC<{
  view: View;
  hooks: Hook[];
  made?: { url: string; secret: string };
  values: Record<string, string>;
  errors: Record<string, string>;
}> = ({ view, hooks, made, values, errors }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.webhooks')}>
      <h1>{t('page.webhooks')}</h1>
      <p class="help">{t('page.webhooksHelp')}</p>
      {made && (
        <div class="notice ok" role="status">
          <p>
            {t('page.webhookMade')}: {made.url}
          </p>
          <p>
            {t('page.webhookSecret')}: <code>{made.secret}</code>
          </p>
        </div>
      )}
      {hooks.map((h) => (
        <section aria-labelledby={`hook-${h.id}`}>
          <h2 id={`hook-${h.id}`}>{h.url}</h2>
          <p class="help">
            {h.createdBy} · {h.createdAt.slice(0, 16).replace('T', ' ')}
          </p>
          {h.deliveries.length === 0 ? (
            <p>{t('page.noDeliveries')}</p>
          ) : (
            <div class="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th>{t('page.delivery')}</th>
                    <th>{t('page.status')}</th>
                    <th>{t('page.attempts')}</th>
                    <th>{t('page.lastAnswer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {h.deliveries.map((d) => (
                    <tr>
                      <td>
                        <code>{d.deliveryId.slice(0, 8)}</code> · {d.change}
                      </td>
                      <td>{t(d.state === 'delivered' ? 'page.delivered' : d.state === 'failed' ? 'page.deliveryFailed' : 'page.deliveryPending')}</td>
                      <td>{d.attempts}</td>
                      <td>{d.lastStatusClass ?? d.lastError ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <PostButton action={`/webhooks/${h.id}/remove`} label={t('page.remove')} />
        </section>
      ))}
      <h2>{t('page.newWebhook')}</h2>
      <FormErrors view={view} errors={errors} />
      <form method="post" action="/webhooks" class="stack" novalidate>
        <Field
          name="url"
          label={'page.webhookUrl'}
          lang={view.lang}
          type="url"
          value={values.url}
          errors={errors}
          hint="https://duty.example/registry-changes"
          needed
        />
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.addWebhook')}
          </button>
        </div>
      </form>
    </Layout>
  );
};
