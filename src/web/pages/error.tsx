import type { FC } from 'hono/jsx';
import { say } from '../i18n.ts';
import { Layout, type View } from '../layout.tsx';

export const ErrorPage: FC<{ view: View; title: string; detail: string }> = ({ view, title, detail }) => (
  <Layout view={view} title={title}>
    <h1>{title}</h1>
    <p class="notice" role="alert">
      {detail}
    </p>
    <p>
      <a href="/">{say(view.lang, 'page.home')}</a>
    </p>
  </Layout>
);
