import type { FC } from 'hono/jsx';
import { say } from '../i18n.ts';
import { Layout, type View } from '../layout.tsx';

/** A refusal in words; `next` is where to go on from it when there is a better place than the home page. */
export const ErrorPage: FC<{ view: View; title: string; detail: string; next?: { href: string; label: string } }> = ({ view, title, detail, next }) => (
  <Layout view={view} title={title}>
    <h1>{title}</h1>
    <p class="notice" role="alert">
      {detail}
    </p>
    <p>
      {next && (
        <>
          <a href={next.href}>{next.label}</a> ·{' '}
        </>
      )}
      <a href="/">{say(view.lang, 'page.home')}</a>
    </p>
  </Layout>
);
