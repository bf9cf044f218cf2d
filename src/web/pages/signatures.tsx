import type { FC } from 'hono/jsx';
import { AREA_NAMES, type AreaCode } from '../../domain/areas.ts';
import type { Bilingual } from '../../labels.ts';
import type { PairView } from '../../services/arrangement.ts';
import { say, W } from '../i18n.ts';
import { Badge, Field, FormErrors, Layout, PostButton, type View } from '../layout.tsx';

/** The signature page of the arrangement, block by block, with the step the reader may take on each. */
export const SignaturesPage: FC<{
  view: View;
  pairs: PairView[];
  agency: AreaCode | null;
  errors: Record<string, string>;
  failedPair?: string;
  values?: Record<string, string>;
}> = ({ view, pairs, agency, errors, failedPair, values = {} }) => {
  const t = (b: Bilingual) => say(view.lang, b);
  const area = (a: AreaCode) => t(AREA_NAMES[a]);
  return (
    <Layout view={view} title={t(W.signatures)}>
      <h1>{t(W.signatures)}</h1>
      <p class="help">{t(W.signaturesHelp)}</p>
      {pairs.map((p) => {
        const key = `${p.agencyA}-${p.agencyB}`;
        const mine = agency === p.agencyA || agency === p.agencyB;
        const pending = p.pending ?? null;
        const mayConfirm = mine && pending !== null && pending.recordedBy.agency !== agency;
        const errs = failedPair === key ? errors : {};
        return (
          <section aria-labelledby={`pair-${key}`}>
            <h2 id={`pair-${key}`}>
              {area(p.agencyA)} – {area(p.agencyB)}{' '}
              {p.signed ? <Badge kind="current" text={`${t(W.signedOn)} ${p.signedOn}`} /> : <Badge kind="draft" text={t(W.notSigned)} />}
            </h2>
            {p.signed && (
              <p>
                {t(W.signatory)}: {p.signatoryA} · {p.signatoryB}
              </p>
            )}
            {pending && (
              <div class="notice" role="status">
                {t(W.awaitingConfirmation)}: {pending.signedOn} · {pending.signatoryA} · {pending.signatoryB} ({t(W.recordedBy)}: {pending.recordedBy.name},{' '}
                {area(pending.recordedBy.agency)})
                <div class="actions">
                  {mayConfirm && <PostButton action={`/signatures/${key}/confirm`} version={p.version} label={t(W.confirmSigning)} />}
                  {mine && <PostButton action={`/signatures/${key}/cancel`} version={p.version} label={t(W.cancelSigning)} />}
                </div>
              </div>
            )}
            {mine && !pending && (
              <form method="post" action={`/signatures/${key}`} class="stack" novalidate>
                <FormErrors view={view} errors={errs} />
                <input type="hidden" name="version" value={String(p.version)} />
                <Field
                  name="signedOn"
                  label={W.signedOn}
                  lang={view.lang}
                  type="date"
                  value={failedPair === key ? values.signedOn : undefined}
                  errors={errs}
                  required
                />
                <Field
                  name="signatoryA"
                  label={W.signatory}
                  hint={area(p.agencyA)}
                  lang={view.lang}
                  value={failedPair === key ? values.signatoryA : undefined}
                  errors={errs}
                  required
                />
                <Field
                  name="signatoryB"
                  label={W.signatory}
                  hint={area(p.agencyB)}
                  lang={view.lang}
                  value={failedPair === key ? values.signatoryB : undefined}
                  errors={errs}
                  required
                />
                <div class="actions">
                  <button type="submit">{t(W.recordSigning)}</button>
                </div>
              </form>
            )}
          </section>
        );
      })}
    </Layout>
  );
};
