import { Hono } from 'hono';
import type { Context } from 'hono';
import type { AreaCode } from '../../domain/areas.ts';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { refuse } from '../../errors.ts';
import { SigningInput } from '../../schemas/arrangement.ts';
import { arrangementView, cancelSigning, confirmSigning, signPair } from '../../services/arrangement.ts';
import { errorsByField, langOf, formFields, formVersion, page, submitForm, viewOf } from '../context.ts';
import { SignaturesPage } from '../pages/signatures.tsx';

/** A block of the page from the path: one of the blocks the arrangement has, or 404. */
function blockOf(c: Context<AppEnv>): [AreaCode, AreaCode] {
  const key = c.req.param('pair');
  if (key !== 'GD-HK' && key !== 'GD-MO') throw refuse('signature_block_not_found', { x: String(key).slice(0, 2), y: String(key).slice(3) });
  return key.split('-') as [AreaCode, AreaCode];
}

async function signaturesPage(
  c: Context<AppEnv>,
  failed?: { pair: string; errors: Record<string, string>; values: Record<string, string> },
  status: 200 | 400 | 403 | 412 | 422 = 200,
) {
  const { pairs } = await arrangementView(c.get('deps').db);
  return page(
    c,
    <SignaturesPage
      view={viewOf(c)}
      pairs={pairs}
      agency={c.get('principal').agency}
      errors={failed?.errors ?? {}}
      failedPair={failed?.pair}
      values={failed?.values}
    />,
    status,
  );
}

/** The arrangement's signature page: an admin of a block's agency records its signing, the other agency's admin confirms it. */
export const signaturePages = new Hono<AppEnv>()
  .get('/signatures', (c) => signaturesPage(c))
  .post('/signatures/:pair/:step{confirm|cancel}', async (c) => {
    const [a, b] = blockOf(c);
    const f = await formFields(c);
    const confirming = c.req.param('step') === 'confirm';
    // The page's second step (the API's caller confirms by calling): the tick, checked before anything is done.
    if (confirming && f.confirm !== 'yes')
      return signaturesPage(c, { pair: `${a}-${b}`, errors: errorsByField(langOf(c), [{ field: 'confirm', code: 'tick_to_confirm' }]), values: f }, 400);
    await (confirming ? confirmSigning : cancelSigning)(c.get('deps').db, whoOf(c), a, b, formVersion(f), c.get('deps').now());
    return c.redirect('/signatures', 303);
  })
  .post('/signatures/:pair', async (c) => {
    const [a, b] = blockOf(c);
    const f = await formFields(c);
    return submitForm(
      SigningInput,
      { signedOn: f.signedOn, signatoryA: f.signatoryA, signatoryB: f.signatoryB },
      async (signing) => {
        await signPair(c.get('deps').db, whoOf(c), a, b, formVersion(f), signing, c.get('deps').now());
        return c.redirect('/signatures', 303);
      },
      (problems, status) => signaturesPage(c, { pair: `${a}-${b}`, errors: errorsByField(langOf(c), problems), values: f }, status as 400 | 422),
    );
  });
