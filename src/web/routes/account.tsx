import { Hono } from 'hono';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { endMySessions, myAccount, mySessions } from '../../services/accounts.ts';
import { idParam, page, viewOf } from '../context.ts';
import { AccountPage } from '../pages/people.tsx';

/** A person's own account: who they are, their second factor, where they are signed in. */
export const accountPages = new Hono<AppEnv>()
  .get('/account', async (c) => {
    const { db, now } = c.get('deps');
    const account = await myAccount(db, whoOf(c));
    return page(c, <AccountPage view={viewOf(c)} account={account} sessions={await mySessions(db, whoOf(c), c.get('sessionId'), now())} />);
  })
  .post('/account/sessions/end-others', async (c) => {
    await endMySessions(c.get('deps').db, whoOf(c), c.get('sessionId'), null, c.get('deps').now());
    return c.redirect('/account', 303);
  })
  .post('/account/sessions/:id/end', async (c) => {
    await endMySessions(c.get('deps').db, whoOf(c), c.get('sessionId'), idParam(c), c.get('deps').now());
    return c.redirect('/account', 303);
  });
