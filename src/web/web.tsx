import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import type { ZodType } from 'zod';
import { PORTS } from '../../fixtures/ports.ts';
import { mayWriteHomeRecord } from '../domain/access.ts';
import { controlledCopies } from '../domain/copies.ts';
import { mayAcknowledgeCopy, mayDownloadCopy } from '../domain/copy-access.ts';
import { deltaDate } from '../domain/plan.ts';
import { recognitionFor } from '../domain/recognition.ts';
import { AppError, forbidden, type FieldProblem } from '../errors.ts';
import { SESSION_COOKIE, principalForToken, sessionPrincipal } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { fieldProblems } from '../http/problem.ts';
import { FacilitiesSchema, RccBlockSchema } from '../routes/agencies/agencies.schemas.ts';
import { CompanyInput, CompanyPatch } from '../routes/companies/companies.schemas.ts';
import { DraftPatch, ExerciseInput, IssueInput, WithdrawInput } from '../routes/plans/plans.schemas.ts';
import { VesselInput, VesselPatch } from '../routes/vessels/vessels.schemas.ts';
import { saveAgencyBlock } from '../services/agencies.ts';
import { acknowledgeReceipt, copyForDownload } from '../services/copies.ts';
import type { Facilities, RccBlock } from '../domain/agency.ts';
import { lookup } from '../services/lookup.ts';
import { editDraft, issuePlan, openPlan, openRevision, planView, planViews, recordExercise, requirePlan, withdrawPlan } from '../services/plans.ts';
import { changeCompany, changeVessel, registerCompany, registerVessel } from '../services/registry.ts';
import { getAgency } from '../store/agencies.ts';
import { listPairs } from '../store/arrangement.ts';
import { getCompany, listCompanies } from '../store/companies.ts';
import { copiesOfRevision } from '../store/copies.ts';
import { listPlans, listRevisions, planForVessel, type Plan } from '../store/plans.ts';
import type { Tx } from '../store/database.ts';
import { getVessel, listVessels } from '../store/vessels.ts';
import { errorsByField, formFields, langOf, page, viewOf } from './context.ts';
import { companyFromForm, companyToForm, facilitiesFromForm, vesselFromForm, vesselToForm } from './forms.ts';
import { LANG_COOKIE, say, W } from './i18n.ts';
import { AgencyPage, ErrorPage, OperatorPage, PlansPage, SignInPage } from './pages/misc.tsx';
import { PlanPage, type CopyRow } from './pages/plan.tsx';
import { CompanyForm, RegistryLists, VesselForm } from './pages/registry.tsx';
import { SearchPage } from './pages/search.tsx';
import { ShipPage } from './pages/ship.tsx';

type C = Context<AppEnv>;

/** Paths of the signed-in pages (the API and the assets have their own rules). */
const PAGES = ['/', '/search', '/ships', '/ships/*', '/companies', '/companies/*', '/plans', '/plans/*', '/agency', '/agency/*', '/company'];

const who = (c: C) => ({ principal: c.get('principal'), requestId: c.get('requestId') });
const actor = (c: C) => ({ actor: c.get('principal'), requestId: c.get('requestId') });
const today = (c: C) => deltaDate(c.get('deps').now());
const idParam = (c: C, name = 'id') => {
  const id = Number(c.req.param(name));
  if (!Number.isInteger(id) || id <= 0) throw new AppError('not_found', 'No such record');
  return id;
};

/** Parses a submitted form with the API's own schema: the value, or the problems by field. */
function parse<T>(schema: ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; problems: FieldProblem[] } {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: fieldProblems(result.error) };
}

/** The version the form was filled from: a stale form is refused like a stale If-Match. */
const formVersion = (f: Record<string, string>) => (current: number) => {
  if (Number(f.version) !== current) throw new AppError('precondition_failed', 'This record changed since the form was opened');
  return current;
};

export function webRoutes() {
  const web = new Hono<AppEnv>();

  // ?lang=zh|en switches the language and remembers it.
  web.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    if (asked === 'zh' || asked === 'en') setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 86400 });
    await next();
  });
  // Forms are only accepted from the registry's own pages.
  web.use('*', csrf());

  web.get('/signin', (c) => page(c, <SignInPage view={viewOf(c)} failed={false} next={c.req.query('next') ?? '/'} />));
  web.post('/signin', async (c) => {
    const f = await formFields(c);
    const principal = await principalForToken(c, f.token?.trim());
    if (!principal) return page(c, <SignInPage view={viewOf(c)} failed next={f.next ?? '/'} />, 401);
    setCookie(c, SESSION_COOKIE, f.token!.trim(), { path: '/', httpOnly: true, sameSite: 'Strict', secure: new URL(c.req.url).protocol === 'https:', maxAge: 12 * 3600 });
    const next = f.next && f.next.startsWith('/') && !f.next.startsWith('//') ? f.next : '/';
    return c.redirect(next, 303);
  });
  web.post('/signout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/signin', 303);
  });

  for (const path of PAGES) {
    web.use(path, async (c, next) => {
      const principal = await sessionPrincipal(c);
      if (!principal) {
        const url = new URL(c.req.url);
        return c.redirect(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
      }
      c.set('principal', principal);
      await next();
    });
  }

  web.get('/', (c) => c.redirect(c.get('principal').role === 'operator' ? '/company' : '/search', 303));

  web.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 100);
    const p = c.get('principal');
    const cards = q ? await lookup(c.get('deps').db, q, { limit: 10, today: today(c), companyId: p.role === 'operator' ? p.companyId! : undefined }) : null;
    return page(c, <SearchPage view={viewOf(c)} q={q} cards={cards} />);
  });

  // --- ships -----------------------------------------------------------------------------------
  web.get('/ships', async (c) => {
    const p = c.get('principal');
    const vessels = await listVessels(c.get('deps').db, { area: p.agency ?? undefined, companyId: p.companyId ?? undefined, limit: 1000 });
    return page(c, <RegistryLists view={viewOf(c)} kind="ships" vessels={vessels} companies={[]} />);
  });
  web.get('/ships/new', async (c) => {
    const p = c.get('principal');
    if (p.role !== 'registrar') throw forbidden('Only registrars register ships');
    const companies = await listCompanies(c.get('deps').db, { limit: 1000 });
    return page(c, <VesselForm view={viewOf(c)} action="/ships" values={{ areaOfRegistry: p.agency, status: 'in_service', type: 'catamaran' }} errors={{}} isNew companies={companies} />);
  });
  web.post('/ships', async (c) => {
    const p = c.get('principal');
    if (p.role !== 'registrar') throw forbidden('Only registrars register ships');
    const f = await formFields(c);
    const input = { ...vesselFromForm(f), areaOfRegistry: p.agency };
    const companies = await listCompanies(c.get('deps').db, { limit: 1000 });
    const again = (problems: FieldProblem[]) => page(c, <VesselForm view={viewOf(c)} action="/ships" values={f} errors={errorsByField(problems)} isNew companies={companies} />, 400);
    const parsed = parse(VesselInput, input);
    if (!parsed.ok) return again(parsed.problems);
    try {
      const vessel = await registerVessel(c.get('deps').db, who(c), parsed.value, c.get('deps').now());
      return c.redirect(`/ships/${vessel.id}`, 303);
    } catch (err) {
      if (err instanceof AppError && err.errors.length) return again(err.errors);
      throw err;
    }
  });
  web.get('/ships/:id', async (c) => {
    const { db } = c.get('deps');
    const vessel = await getVessel(db, idParam(c));
    const p = c.get('principal');
    if (!vessel || (p.role === 'operator' && p.companyId !== vessel.companyId)) throw new AppError('not_found', 'No such ship');
    const plan = await planForVessel(db, vessel.id);
    return c.html(
      <ShipPage
        view={viewOf(c)}
        vessel={vessel}
        company={(await getCompany(db, vessel.companyId))!}
        ports={vessel.route.ports.map((code) => PORTS.find((x) => x.code === code)!).filter(Boolean)}
        plan={plan ? await planView(db, plan, today(c)) : null}
        mayWrite={mayWriteHomeRecord(p, vessel.homeAgency)}
      />,
    );
  });
  web.get('/ships/:id/edit', async (c) => {
    const { db } = c.get('deps');
    const vessel = await getVessel(db, idParam(c));
    if (!vessel) throw new AppError('not_found', 'No such ship');
    if (!mayWriteHomeRecord(c.get('principal'), vessel.homeAgency)) throw forbidden('Only the home registrars change this ship');
    const companies = await listCompanies(db, { limit: 1000 });
    return page(c, <VesselForm view={viewOf(c)} action={`/ships/${vessel.id}/edit`} values={{ ...vesselToForm(vessel), version: vessel.version }} errors={{}} isNew={false} companies={companies} />);
  });
  web.post('/ships/:id/edit', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    const current = await getVessel(db, id);
    if (!current) throw new AppError('not_found', 'No such ship');
    if (!mayWriteHomeRecord(c.get('principal'), current.homeAgency)) throw forbidden('Only the home registrars change this ship');
    const f = await formFields(c);
    const companies = await listCompanies(db, { limit: 1000 });
    const again = (problems: FieldProblem[]) => page(c, <VesselForm view={viewOf(c)} action={`/ships/${id}/edit`} values={f} errors={errorsByField(problems)} isNew={false} companies={companies} />, 400);
    const { areaOfRegistry: _a, ...input } = vesselFromForm(f);
    const parsed = parse(VesselPatch, input);
    if (!parsed.ok) return again(parsed.problems);
    try {
      await changeVessel(db, who(c), id, formVersion(f), parsed.value, now());
      return c.redirect(`/ships/${id}`, 303);
    } catch (err) {
      if (err instanceof AppError && err.errors.length) return again(err.errors);
      throw err;
    }
  });
  web.post('/ships/:id/plan', async (c) => {
    const { db, now } = c.get('deps');
    const vessel = await getVessel(db, idParam(c));
    if (!vessel) throw new AppError('not_found', 'No such ship');
    if (!mayWriteHomeRecord(c.get('principal'), vessel.homeAgency)) throw forbidden('Only the home registrars open its plan');
    const plan = await db.transaction().execute((trx) => openPlan(trx, actor(c), vessel.id, now()));
    return c.redirect(`/plans/${plan.id}`, 303);
  });

  // --- companies -------------------------------------------------------------------------------
  web.get('/companies', async (c) => {
    const p = c.get('principal');
    const companies = await listCompanies(c.get('deps').db, { homeAgency: p.agency ?? undefined, onlyId: p.companyId ?? undefined, limit: 1000 });
    return page(c, <RegistryLists view={viewOf(c)} kind="companies" vessels={[]} companies={companies} />);
  });
  web.get('/companies/new', (c) => {
    const p = c.get('principal');
    if (p.role !== 'registrar') throw forbidden('Only registrars register companies');
    return page(c, <CompanyForm view={viewOf(c)} action="/companies" values={{ homeAgency: p.agency }} errors={{}} isNew />);
  });
  web.post('/companies', async (c) => {
    if (c.get('principal').role !== 'registrar') throw forbidden('Only registrars register companies');
    const f = await formFields(c);
    const input = { ...companyFromForm(f), homeAgency: c.get('principal').agency };
    const again = (problems: FieldProblem[]) => page(c, <CompanyForm view={viewOf(c)} action="/companies" values={{ ...f, homeAgency: c.get('principal').agency }} errors={errorsByField(problems)} isNew />, 400);
    const parsed = parse(CompanyInput, input);
    if (!parsed.ok) return again(parsed.problems);
    try {
      await registerCompany(c.get('deps').db, who(c), parsed.value, c.get('deps').now());
      return c.redirect('/companies', 303);
    } catch (err) {
      if (err instanceof AppError && err.errors.length) return again(err.errors);
      throw err;
    }
  });
  web.get('/companies/:id/edit', async (c) => {
    const company = await getCompany(c.get('deps').db, idParam(c));
    if (!company) throw new AppError('not_found', 'No such company');
    if (!mayWriteHomeRecord(c.get('principal'), company.homeAgency)) throw forbidden('Only the home registrars change this company');
    return page(c, <CompanyForm view={viewOf(c)} action={`/companies/${company.id}/edit`} values={{ ...companyToForm(company), version: company.version }} errors={{}} isNew={false} />);
  });
  web.post('/companies/:id/edit', async (c) => {
    const id = idParam(c);
    const current = await getCompany(c.get('deps').db, id);
    if (!current) throw new AppError('not_found', 'No such company');
    if (!mayWriteHomeRecord(c.get('principal'), current.homeAgency)) throw forbidden('Only the home registrars change this company');
    const f = await formFields(c);
    const again = (problems: FieldProblem[]) => page(c, <CompanyForm view={viewOf(c)} action={`/companies/${id}/edit`} values={f} errors={errorsByField(problems)} isNew={false} />, 400);
    const { homeAgency: _h, ...input } = companyFromForm(f);
    const parsed = parse(CompanyPatch, input);
    if (!parsed.ok) return again(parsed.problems);
    try {
      await changeCompany(c.get('deps').db, who(c), id, formVersion(f), parsed.value, c.get('deps').now());
      return c.redirect('/companies', 303);
    } catch (err) {
      if (err instanceof AppError && err.errors.length) return again(err.errors);
      throw err;
    }
  });

  // --- plans -----------------------------------------------------------------------------------
  web.get('/plans', async (c) => {
    const { db } = c.get('deps');
    const p = c.get('principal');
    const plans = await listPlans(db, { homeAgency: p.role === 'registrar' ? p.agency! : undefined, companyId: p.companyId ?? undefined });
    return page(c, <PlansPage view={viewOf(c)} plans={await planViews(db, plans, today(c))} />);
  });
  web.get('/plans/:id', async (c) => renderPlan(c, idParam(c)));
  web.post('/plans/:id/draft', async (c) => {
    const id = idParam(c);
    const f = await formFields(c);
    const parsed = parse(DraftPatch, Object.fromEntries(['routeNotes', 'communicationsNotes', 'lifeSavingNotes', 'medicalNotes', 'exerciseNotes'].map((k) => [k, f[k]?.trim() ? f[k] : null])));
    if (!parsed.ok) return renderPlan(c, id, { problems: parsed.problems }, 400);
    return planAction(c, id, f, (trx, plan, v) => editDraft(trx, actor(c), plan, v, parsed.value, c.get('deps').now()), W.saved);
  });
  web.post('/plans/:id/new-draft', async (c) => {
    const id = idParam(c);
    const f = await formFields(c);
    return planAction(c, id, f, (trx, plan, v) => openRevision(trx, actor(c), plan, v, c.get('deps').now()));
  });
  web.post('/plans/:id/withdraw', async (c) => {
    const id = idParam(c);
    const f = await formFields(c);
    const parsed = parse(WithdrawInput, { reason: f.reason });
    if (!parsed.ok) return renderPlan(c, id, { problems: parsed.problems }, 400);
    return planAction(c, id, f, (trx, plan, v) => withdrawPlan(trx, actor(c), plan, v, parsed.value.reason, c.get('deps').now()));
  });
  web.post('/plans/:id/issue', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    const f = await formFields(c);
    const parsed = parse(IssueInput, { change: f.change, summary: f.summary });
    if (!parsed.ok) return renderPlan(c, id, { problems: parsed.problems }, 400);
    const plan = await requirePlan(db, id);
    const p = c.get('principal');
    if (!mayWriteHomeRecord(p, plan.homeAgency)) throw forbidden('Only the home registrars issue this plan');
    try {
      await issuePlan(db, actor(c), plan, formVersion(f)(plan.version), { ...parsed.value, issuedBy: `${p.name} (${p.agency})` }, now());
    } catch (err) {
      if (err instanceof AppError && (err.code === 'unprocessable' || err.errors.length)) return renderPlan(c, id, { problems: [{ field: '', message: err.detail }, ...err.errors] }, 422);
      throw err;
    }
    return c.redirect(`/plans/${id}`, 303);
  });
  web.post('/plans/:id/exercises', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    if (!mayWriteHomeRecord(c.get('principal'), (await requirePlan(db, id)).homeAgency)) throw forbidden('Only the home registrars record its exercises');
    const f = await formFields(c);
    const parsed = parse(ExerciseInput, {
      state: f.state,
      date: f.date,
      kind: f.kind,
      scenario: f.scenario,
      agencies: (f.agencies ?? '').split(/[,\s]+/).filter(Boolean).map((a) => a.toUpperCase()),
      lessonsLearned: f.lessonsLearned?.trim() ? f.lessonsLearned : null,
      voluntary: f.voluntary === 'true',
    });
    if (!parsed.ok) return renderPlan(c, id, { problems: parsed.problems }, 400);
    try {
      await recordExercise(db, actor(c), id, parsed.value, now());
    } catch (err) {
      if (err instanceof AppError && err.errors.length) return renderPlan(c, id, { problems: err.errors }, err.status === 422 ? 422 : 400);
      throw err;
    }
    return c.redirect(`/plans/${id}`, 303);
  });
  web.get('/plans/:id/revisions/:rev/copies/:file', async (c) => {
    const match = /^([1-5])\.pdf$/.exec(c.req.param('file'));
    if (!match) throw new AppError('not_found', 'No such copy');
    const { pdf, filename } = await copyForDownload(c.get('deps').db, c.get('principal'), idParam(c), idParam(c, 'rev'), Number(match[1]));
    return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'private, no-store' });
  });
  web.post('/plans/:id/revisions/:rev/copies/:n/acknowledge', async (c) => {
    const id = idParam(c);
    await acknowledgeReceipt(c.get('deps').db, who(c), id, idParam(c, 'rev'), idParam(c, 'n'), c.get('deps').now());
    return c.redirect(`/plans/${id}`, 303);
  });

  // --- the registrar's own agency --------------------------------------------------------------
  web.get('/agency', async (c) => {
    const p = c.get('principal');
    if (p.role !== 'registrar') throw forbidden('Only registrars edit their agency\'s blocks');
    return page(c, <AgencyPage view={viewOf(c)} agency={(await getAgency(c.get('deps').db, p.agency!))!} errors={{}} notice={c.req.query('saved') ? say(langOf(c), W.saved) : undefined} />);
  });
  web.post('/agency/:block', async (c) => {
    const { db, now } = c.get('deps');
    const p = c.get('principal');
    if (p.role !== 'registrar') throw forbidden('Only registrars edit their agency\'s blocks');
    const block = c.req.param('block');
    if (block !== 'rcc' && block !== 'facilities') throw new AppError('not_found', 'No such block');
    const f = await formFields(c);
    const agency = (await getAgency(db, p.agency!))!;
    const again = (problems: FieldProblem[]) => page(c, <AgencyPage view={viewOf(c)} agency={agency} errors={errorsByField(problems)} values={f} />, 400);
    const nullable = (k: string) => (f[k]?.trim() ? f[k]!.trim() : null);
    const parsed =
      block === 'rcc'
        ? parse(RccBlockSchema, {
            ...Object.fromEntries(['nameZh', 'nameEn', 'sarRegionZh', 'sarRegionEn', 'phone24h', 'fax', 'email', 'dscMmsi', 'coordinationProcedureZh', 'coordinationProcedureEn'].map((k) => [k, nullable(k)])),
            vhfChannels: (f.vhfChannels ?? '').split(',').map((s) => s.trim()).filter(Boolean),
          })
        : parse(FacilitiesSchema, facilitiesFromForm(f));
    if (!parsed.ok) return again(parsed.problems);
    try {
      await saveAgencyBlock(db, who(c), agency.code, formVersion(f), block === 'rcc' ? { rcc: parsed.value as RccBlock } : { facilities: parsed.value as Facilities }, now());
    } catch (err) {
      if (err instanceof AppError && err.errors.length) return again(err.errors);
      throw err;
    }
    return c.redirect('/agency?saved=1', 303);
  });

  // --- operators -------------------------------------------------------------------------------
  web.get('/company', async (c) => {
    const { db } = c.get('deps');
    const p = c.get('principal');
    if (p.role !== 'operator') return c.redirect('/search', 303);
    const company = (await getCompany(db, p.companyId!))!;
    const vessels = await listVessels(db, { companyId: company.id, limit: 1000 });
    const plans = await planViews(db, await listPlans(db, { companyId: company.id }), today(c));
    const rows = vessels.map((v) => ({ vesselId: v.id, nameZh: v.nameZh, nameEn: v.nameEn, plan: plans.find((pl) => pl.vessel.id === v.id) ?? null }));
    return page(c, <OperatorPage view={viewOf(c)} company={company} rows={rows} />);
  });

  web.onError((err, c) => {
    const view = viewOf(c);
    const t = (b: { zh: string; en: string }) => say(view.lang, b);
    if (err instanceof AppError) {
      const detail = err.code === 'forbidden' ? t(W.notAllowed) : err.code === 'not_found' ? t(W.notFound) : err.code === 'precondition_failed' ? t(W.changedMeanwhile) : err.detail;
      return page(c, <ErrorPage view={view} title={t(W.errorTitle)} detail={detail} />, err.status);
    }
    if (err instanceof Error && 'getResponse' in err) return (err as unknown as { getResponse: () => Response }).getResponse();
    c.get('deps').logger.error('unexpected failure on a page', { requestId: c.get('requestId'), error: err instanceof Error ? err.stack : String(err) });
    return page(c, <ErrorPage view={view} title={t(W.errorTitle)} detail={`Request ${c.get('requestId')}`} />, 500);
  });
  return web;
}

/** A change to a plan from its page: home registrar, the form's version, one transaction. */
async function planAction(c: C, id: number, f: Record<string, string>, change: Parameters<typeof withPlan>[2], notice?: { zh: string; en: string }) {
  await withPlan(c, id, change, f);
  return c.redirect(`/plans/${id}${notice ? '?saved=1' : ''}`, 303);
}

async function withPlan(c: C, id: number, change: (trx: Tx, plan: Plan, version: number) => Promise<unknown>, f: Record<string, string>) {
  const { db } = c.get('deps');
  return db.transaction().execute(async (trx) => {
    const plan = await requirePlan(trx, id);
    if (!mayWriteHomeRecord(c.get('principal'), plan.homeAgency)) throw forbidden('Only the home registrars change this plan');
    return change(trx, plan, formVersion(f)(plan.version));
  });
}

async function renderPlan(c: C, id: number, extra: { problems?: FieldProblem[] } = {}, status: 200 | 400 | 422 = 200) {
  const { db } = c.get('deps');
  const p = c.get('principal');
  const plan = await requirePlan(db, id);
  const vessel = (await getVessel(db, plan.vesselId))!;
  if (p.role === 'operator' && p.companyId !== vessel.companyId) throw forbidden("Operators see only their own company's plans");
  const view = await planView(db, plan, today(c));
  const pairs = await listPairs(db);
  const revisions = (await listRevisions(db, id)).filter((r) => r.state !== 'draft');
  const current = revisions.find((r) => r.state === 'issued');
  let copies: CopyRow[] = [];
  if (current) {
    const names = controlledCopies(current.snapshot!);
    copies = (await copiesOfRevision(db, current.id)).map((cp) => ({
      number: cp.number,
      nameZh: names[cp.number - 1]!.nameZh,
      nameEn: names[cp.number - 1]!.nameEn,
      acknowledgedAt: cp.acknowledgedAt,
      mayDownload: mayDownloadCopy(p, cp.number, { homeAgency: plan.homeAgency, companyId: vessel.companyId }),
      mayAcknowledge: mayAcknowledgeCopy(p, cp.number, { companyId: vessel.companyId }) && !plan.withdrawnOn,
    }));
  }
  return c.html(
    <PlanPage
      view={viewOf(c)}
      plan={view}
      revisions={revisions.map((r) => ({ revision: r.revision, state: r.state, issuedOn: r.issuedOn!, recognitions: recognitionFor(plan.homeAgency, r.issuedOn!, pairs) }))}
      copies={copies}
      mayWrite={mayWriteHomeRecord(p, plan.homeAgency)}
      problems={extra.problems}
      notice={c.req.query('saved') ? say(langOf(c), W.saved) : undefined}
    />,
    status,
  );
}
