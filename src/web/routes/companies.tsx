import { Hono } from 'hono';
import { todayOf, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { CompanyInput, CompanyPatch } from '../../schemas/companies.ts';
import { blankCompany, changeCompany, companyDetail, companyForEditing, listCompanyPage, registerCompany } from '../../services/registry.ts';
import { cursorParam, errorsByField, langOf, formFields, formVersion, idParam, nextPageLink, page, submitForm, viewOf } from '../context.ts';
import { companyFromForm, companyToForm } from '../forms.ts';
import { say } from '../i18n.ts';
import { CompanyForm, CompanyPage, RegistryLists } from '../pages/registry.tsx';

/** Companies: the list, registering and editing. */
export const companyPages = new Hono<AppEnv>()
  .get('/companies', async (c) => {
    const p = c.get('principal');
    const list = await listCompanyPage(c.get('deps').db, whoOf(c), { homeAgency: p.agency ?? undefined, cursor: cursorParam(c), limit: 100 });
    const notice = c.req.query('saved') ? say(viewOf(c).lang, 'page.saved') : undefined;
    return page(
      c,
      <RegistryLists view={viewOf(c)} kind="companies" vessels={[]} companies={list.items} next={nextPageLink(c, list.nextCursor)} notice={notice} />,
    );
  })
  .get('/companies/:id{[0-9]+}', async (c) => {
    const detail = await companyDetail(c.get('deps').db, whoOf(c), idParam(c), todayOf(c));
    return page(c, <CompanyPage view={viewOf(c)} {...detail} notice={c.req.query('saved') ? say(viewOf(c).lang, 'page.saved') : undefined} />);
  })
  .get('/companies/new', (c) => page(c, <CompanyForm view={viewOf(c)} action="/companies" values={blankCompany(whoOf(c))} errors={{}} isNew />))
  .post('/companies', async (c) => {
    const { db, now } = c.get('deps');
    const { homeAgency } = blankCompany(whoOf(c));
    const f = await formFields(c);
    return submitForm(
      CompanyInput,
      { ...companyFromForm(f), homeAgency },
      async (input) => {
        const saved = await registerCompany(db, whoOf(c), input, now());
        return c.redirect(`/companies/${saved.id}?saved=1`, 303);
      },
      (problems, status) =>
        page(c, <CompanyForm view={viewOf(c)} action="/companies" values={{ ...f, homeAgency }} errors={errorsByField(langOf(c), problems)} isNew />, status),
    );
  })
  .get('/companies/:id/edit', async (c) => {
    const company = await companyForEditing(c.get('deps').db, whoOf(c), idParam(c));
    return page(
      c,
      <CompanyForm
        view={viewOf(c)}
        action={`/companies/${company.id}/edit`}
        values={{ ...companyToForm(company), version: company.version }}
        errors={{}}
        isNew={false}
      />,
    );
  })
  .post('/companies/:id/edit', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    await companyForEditing(db, whoOf(c), id);
    const f = await formFields(c);
    const { homeAgency: _home, ...input } = companyFromForm(f);
    return submitForm(
      CompanyPatch,
      input,
      async (patch) => {
        await changeCompany(db, whoOf(c), id, formVersion(f), patch, now());
        return c.redirect(`/companies/${id}?saved=1`, 303);
      },
      (problems, status) =>
        page(c, <CompanyForm view={viewOf(c)} action={`/companies/${id}/edit`} values={f} errors={errorsByField(langOf(c), problems)} isNew={false} />, status),
    );
  });
