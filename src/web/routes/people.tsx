import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { ROLES } from '../../domain/access.ts';
import { email, line, name } from '../../schemas/fields.ts';
import { createAccount, listPeople, readSignInPolicy, resetAccount, setAccountStatus, setSignInPolicy, unlockSignIn } from '../../services/accounts.ts';
import { OPTIONAL_SECOND_FACTOR } from '../../domain/account.ts';
import { refuse } from '../../errors.ts';
import { companiesOfAgencyForAdmin } from '../../services/registry.ts';
import { agencySystemTokens, createSystemToken, revokeSystemToken, TOKEN_MAX_DAYS } from '../../services/tokens.ts';
import { errorsByField, langOf, formFields, idParam, page, submitForm, viewOf } from '../context.ts';
import { PeoplePage, type PeopleExtras } from '../pages/people.tsx';

const NewPersonForm = z.strictObject({
  name: name(120),
  email,
  role: z.enum(ROLES, { error: 'choose_role' }),
  companyId: z.number().int().positive().nullable(),
});

const SystemTokenForm = z.strictObject({
  name: line(80),
  role: z.enum(['coordinator', 'registrar'], { error: 'choose_staff_role' }),
  days: z.number({ error: 'number' }).int('whole_number').min(1).max(TOKEN_MAX_DAYS, `must be at most ${TOKEN_MAX_DAYS}`),
  scope: z.enum(['full', 'read'], { error: 'choose_scope' }),
});

/** The People page as it stands, with what the last action produced. */
async function peoplePage(
  c: Context<AppEnv>,
  extra: Omit<PeopleExtras, 'systems' | 'policy'> & { values?: Record<string, string>; errors?: Record<string, string> } = {},
  status: 200 | 400 | 403 | 409 = 200,
) {
  const { db, now } = c.get('deps');
  const [people, companies, systems, policy] = await Promise.all([
    listPeople(db, whoOf(c), now()),
    companiesOfAgencyForAdmin(db, whoOf(c)),
    agencySystemTokens(db, whoOf(c)),
    readSignInPolicy(db, whoOf(c)),
  ]);
  const { values = {}, errors = {}, ...rest } = extra;
  return page(
    c,
    <PeoplePage view={viewOf(c)} people={people} companies={companies} systems={systems} policy={policy} values={values} errors={errors} {...rest} />,
    status,
  );
}

/** A one-time link as the person will open it: at PUBLIC_URL (a path prefix kept), else where this page was asked from. */
const linkAt = (c: Context<AppEnv>, path: string) => {
  const base = c.get('deps').publicUrl;
  return base ? `${base}${path}` : new URL(path, c.req.url).toString();
};

/** An agency's admin manages its people (its staff, the operators of the companies registered with it) and its systems' tokens. */
export const peoplePages = new Hono<AppEnv>()
  .get('/people', (c) => peoplePage(c))
  .post('/people', async (c) => {
    const { db, now } = c.get('deps');
    const f = await formFields(c);
    const operator = f.role === 'operator';
    return submitForm(
      NewPersonForm,
      { name: f.name, email: f.email, role: f.role, companyId: operator && f.companyId ? Number(f.companyId) : null },
      async (input) => {
        const made = await createAccount(db, whoOf(c), input, now());
        return peoplePage(c, { issued: { name: made.account.name, link: linkAt(c, made.link) } });
      },
      (problems, status) => peoplePage(c, { values: f, errors: errorsByField(langOf(c), problems) }, status as 400 | 403 | 409),
    );
  })
  .post('/people/tokens', async (c) => {
    const { db, now } = c.get('deps');
    const f = await formFields(c);
    return submitForm(
      SystemTokenForm,
      { name: f.name, role: f.role, days: f.days?.trim() ? Number(f.days) : undefined, scope: f.scope },
      async (input) => peoplePage(c, { newToken: (await createSystemToken(db, whoOf(c), input, now())).secret }),
      (problems, status) => peoplePage(c, { tokenErrors: errorsByField(langOf(c), problems) }, status as 400 | 403),
    );
  })
  .post('/people/sign-in-policy', async (c) => {
    const { db, now } = c.get('deps');
    const form = await c.req.parseBody({ all: true }).catch(() => {
      throw refuse('form_unreadable');
    });
    const chosen = form.alsoRequiredFor;
    const roles = (Array.isArray(chosen) ? chosen : chosen === undefined ? [] : [chosen]).map(String);
    await setSignInPolicy(
      db,
      whoOf(c),
      OPTIONAL_SECOND_FACTOR.filter((r) => roles.includes(r)),
      now(),
    );
    return c.redirect('/people#sign-in-policy', 303);
  })
  .post('/people/tokens/:id/revoke', async (c) => {
    await revokeSystemToken(c.get('deps').db, whoOf(c), idParam(c), c.get('deps').now());
    return c.redirect('/people#systems', 303);
  })
  .post('/people/:id/:action{disable|enable|reset|unlock}', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    const action = c.req.param('action');
    if (action === 'reset') {
      const made = await resetAccount(db, whoOf(c), id, now());
      return peoplePage(c, { issued: { name: made.account.name, link: linkAt(c, made.link) } });
    }
    if (action === 'unlock') await unlockSignIn(db, whoOf(c), id, now());
    else await setAccountStatus(db, whoOf(c), id, action === 'disable' ? 'disabled' : 'active', now());
    return peoplePage(c);
  });
