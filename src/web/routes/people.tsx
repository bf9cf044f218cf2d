import { Hono } from 'hono';
import { z } from 'zod';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { ROLES } from '../../domain/access.ts';
import { email, name } from '../../schemas/fields.ts';
import { createAccount, listPeople, resetAccount, setAccountStatus } from '../../services/accounts.ts';
import { companiesOfAgencyForAdmin } from '../../services/registry.ts';
import { errorsByField, formFields, idParam, page, submitForm, viewOf } from '../context.ts';
import { PeoplePage } from '../pages/people.tsx';

const NewPersonForm = z.strictObject({
  name: name(120),
  email,
  role: z.enum(ROLES, { error: 'choose a role' }),
  companyId: z.number().int().positive().nullable(),
});

/** An agency's admin manages its people: its staff and the operators of the companies registered with it. */
export const peoplePages = new Hono<AppEnv>()
  .get('/people', async (c) => {
    const { db } = c.get('deps');
    const [people, companies] = await Promise.all([listPeople(db, whoOf(c)), companiesOfAgencyForAdmin(db, whoOf(c))]);
    return page(c, <PeoplePage view={viewOf(c)} people={people} companies={companies} values={{}} errors={{}} />);
  })
  .post('/people', async (c) => {
    const { db, now } = c.get('deps');
    const f = await formFields(c);
    const show = async (values: Record<string, string>, errors: Record<string, string>, status: 200 | 400 | 403 | 409, issued?: { name: string; link: string }) => {
      const [people, companies] = await Promise.all([listPeople(db, whoOf(c)), companiesOfAgencyForAdmin(db, whoOf(c))]);
      return page(c, <PeoplePage view={viewOf(c)} people={people} companies={companies} values={values} errors={errors} issued={issued} />, status);
    };
    const operator = f.role === 'operator';
    return submitForm(
      NewPersonForm,
      { name: f.name, email: f.email, role: f.role, companyId: operator && f.companyId ? Number(f.companyId) : null },
      async (input) => {
        const made = await createAccount(db, whoOf(c), input, now());
        return show({}, {}, 200, { name: made.account.name, link: new URL(made.link, c.req.url).toString() });
      },
      (problems, status) => show(f, errorsByField(problems), status as 400 | 403 | 409),
    );
  })
  .post('/people/:id/:action{disable|enable|reset}', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    const action = c.req.param('action');
    let issued: { name: string; link: string } | undefined;
    if (action === 'reset') {
      const made = await resetAccount(db, whoOf(c), id, now());
      issued = { name: made.account.name, link: new URL(made.link, c.req.url).toString() };
    } else {
      await setAccountStatus(db, whoOf(c), id, action === 'disable' ? 'disabled' : 'active', now());
    }
    const [people, companies] = await Promise.all([listPeople(db, whoOf(c)), companiesOfAgencyForAdmin(db, whoOf(c))]);
    return page(c, <PeoplePage view={viewOf(c)} people={people} companies={companies} values={{}} errors={{}} issued={issued} />);
  });
