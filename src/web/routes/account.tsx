import { Hono } from 'hono';
import { z } from 'zod';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { line } from '../../schemas/fields.ts';
import { confirmEnrolment, myAccount, startEnrolment } from '../../services/accounts.ts';
import { endMySessions, keepSessionAlive, mySessions } from '../../services/sessions.ts';
import { createPersonalToken, myTokens, revokeMyToken, TOKEN_MAX_DAYS } from '../../services/tokens.ts';
import { AppError } from '../../errors.ts';
import { errorsByField, langOf, formFields, idParam, page, submitForm, viewOf } from '../context.ts';
import { AccountPage, EnrolPage, RecoveryCodesPage } from '../pages/people.tsx';

const TokenForm = z.strictObject({
  name: line(80),
  days: z.number({ error: 'number' }).int('whole_number').min(1).max(TOKEN_MAX_DAYS, `must be at most ${TOKEN_MAX_DAYS}`),
  scope: z.enum(['full', 'read'], { error: 'choose_scope' }),
});

/** A person's own account: who they are, their second factor, where they are signed in, their API tokens. */
/** Where a person sets up a second factor (the only page open to one whose role needs one and who has none). */
export const SECOND_FACTOR_PAGE = '/account/second-factor';

export const accountPages = new Hono<AppEnv>()
  .get('/account', async (c) => {
    const { db, now } = c.get('deps');
    const account = await myAccount(db, whoOf(c));
    const [sessions, tokens] = await Promise.all([mySessions(db, whoOf(c), c.get('sessionId'), now()), myTokens(db, whoOf(c))]);
    return page(c, <AccountPage view={viewOf(c)} account={account} sessions={sessions} tokens={tokens} />);
  })
  // The pages' warning before an idle session ends: stay signed in without leaving the page.
  .post('/session/extend', async (c) => {
    const { db, now } = c.get('deps');
    const ends = await keepSessionAlive(db, c.get('sessionId'), now());
    return c.json({ endsAt: ends.at, endsBy: ends.by, leftMs: Date.parse(ends.at) - now().getTime() });
  })
  .post('/account/sessions/end-others', async (c) => {
    await endMySessions(c.get('deps').db, whoOf(c), c.get('sessionId'), null, c.get('deps').now());
    return c.redirect('/account', 303);
  })
  .post('/account/sessions/:id/end', async (c) => {
    await endMySessions(c.get('deps').db, whoOf(c), c.get('sessionId'), idParam(c), c.get('deps').now());
    return c.redirect('/account', 303);
  })
  .post('/account/tokens', async (c) => {
    const { db, now } = c.get('deps');
    const f = await formFields(c);
    const show = async (extra: { newToken?: string; errors?: Record<string, string> }, status: 200 | 400 | 403) => {
      const [account, sessions, tokens] = await Promise.all([
        myAccount(db, whoOf(c)),
        mySessions(db, whoOf(c), c.get('sessionId'), now()),
        myTokens(db, whoOf(c)),
      ]);
      return page(c, <AccountPage view={viewOf(c)} account={account} sessions={sessions} tokens={tokens} {...extra} />, status);
    };
    return submitForm(
      TokenForm,
      { name: f.name, days: f.days?.trim() ? Number(f.days) : undefined, scope: f.scope },
      async (input) => show({ newToken: (await createPersonalToken(db, whoOf(c), input, now())).secret }, 200),
      (problems, status) => show({ errors: errorsByField(langOf(c), problems) }, status as 400 | 403),
    );
  })
  .post('/account/tokens/:id/revoke', async (c) => {
    await revokeMyToken(c.get('deps').db, whoOf(c), idParam(c), c.get('deps').now());
    return c.redirect('/account#tokens', 303);
  })
  .get(SECOND_FACTOR_PAGE, async (c) =>
    page(c, <EnrolPage view={viewOf(c)} enrolment={await startEnrolment(c.get('deps').db, whoOf(c))} errors={{}} required={c.get('mustEnrol')} />),
  )
  .post(SECOND_FACTOR_PAGE, async (c) => {
    const { db, now } = c.get('deps');
    const f = await formFields(c);
    try {
      const codes = await confirmEnrolment(db, whoOf(c), f.code ?? '', now());
      const next = c.get('mustEnrol') ? { href: '/', label: 'page.goOn' as const } : { href: '/account', label: 'page.account' as const };
      return page(c, <RecoveryCodesPage view={viewOf(c)} codes={codes} next={next} />);
    } catch (err) {
      if (!(err instanceof AppError) || err.category !== 'validation_failed') throw err;
      return page(
        c,
        <EnrolPage
          view={viewOf(c)}
          enrolment={await startEnrolment(db, whoOf(c))}
          errors={errorsByField(langOf(c), err.errors)}
          required={c.get('mustEnrol')}
        />,
        400,
      );
    }
  });
