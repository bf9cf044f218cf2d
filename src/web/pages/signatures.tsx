import type { FC } from 'hono/jsx';
import type { AreaCode } from '../../domain/areas.ts';
import type { PairView } from '../../services/arrangement.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
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
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  const area = (a: AreaCode) => t(`area.${a}` as const);
  return (
    <Layout view={view} title={t('page.signatures')}>
      <h1>{t('page.signatures')}</h1>
      <p class="help">{t('page.signaturesHelp')}</p>
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
              {p.signed ? <Badge kind="current" text={`${t('page.signedOn')} ${p.signedOn}`} /> : <Badge kind="draft" text={t('page.notSigned')} />}
            </h2>
            {p.signed && (
              <p>
                {t('page.signatory')}: {p.signatoryA} · {p.signatoryB}
              </p>
            )}
            {pending && (
              <div class="notice" role="status">
                {t('page.awaitingConfirmation')}: {pending.signedOn} · {pending.signatoryA} · {pending.signatoryB} ({t('page.recordedBy')}:{' '}
                {pending.recordedBy.name}, {area(pending.recordedBy.agency)})
                {/* Confirming makes recognition start for every plan: a tick that says what is confirmed, then the button. */}
                {mayConfirm && (
                  <form method="post" action={`/signatures/${key}/confirm`} class="stack" novalidate>
                    <FormErrors view={view} errors={errs} />
                    <input type="hidden" name="version" value={String(p.version)} />
                    <label class={errs.confirm ? 'field-error' : ''} for={`f-confirm-${key}`}>
                      <input id={`f-confirm-${key}`} type="checkbox" name="confirm" value="yes" />{' '}
                      {t('page.confirmSigningTick', { a: area(p.agencyA), b: area(p.agencyB), date: pending.signedOn })}
                      {errs.confirm && <span class="error">{errs.confirm}</span>}
                    </label>
                    <div class="actions">
                      <button class="primary" type="submit">
                        {t('page.confirmSigning')}
                      </button>
                    </div>
                  </form>
                )}
                <div class="actions">{mine && <PostButton action={`/signatures/${key}/cancel`} version={p.version} label={t('page.cancelSigning')} />}</div>
              </div>
            )}
            {/* A block signed is signed: the page offers no second signing of it. */}
            {mine && !pending && !p.signed && (
              <form method="post" action={`/signatures/${key}`} class="stack" novalidate>
                <FormErrors view={view} errors={errs} />
                <input type="hidden" name="version" value={String(p.version)} />
                <Field
                  name="signedOn"
                  label={'page.signedOn'}
                  lang={view.lang}
                  type="date"
                  value={failedPair === key ? values.signedOn : undefined}
                  errors={errs}
                  required
                />
                <Field
                  name="signatoryA"
                  label={'page.signatory'}
                  hint={area(p.agencyA)}
                  lang={view.lang}
                  value={failedPair === key ? values.signatoryA : undefined}
                  errors={errs}
                  required
                />
                <Field
                  name="signatoryB"
                  label={'page.signatory'}
                  hint={area(p.agencyB)}
                  lang={view.lang}
                  value={failedPair === key ? values.signatoryB : undefined}
                  errors={errs}
                  required
                />
                <div class="actions">
                  <button type="submit">{t('page.recordSigning')}</button>
                </div>
              </form>
            )}
          </section>
        );
      })}
    </Layout>
  );
};
