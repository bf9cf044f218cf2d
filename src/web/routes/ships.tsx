import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodType } from 'zod';
import type { FieldProblem } from '../../errors.ts';
import { fieldProblems } from '../../schemas/problems.ts';
import { todayOf, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { VesselInput, VesselPatch } from '../../schemas/vessels.ts';
import { openPlan } from '../../services/plan-drafting.ts';
import { mayPropose } from '../../services/proposals.ts';
import { registryHistory } from '../../services/transfers.ts';
import { changeVessel, companiesForRegistration, listVesselPage, registerVessel, shipDetail, vesselForEditing } from '../../services/registry.ts';
import { cursorParam, errorsByField, langOf, formFields, formVersion, idParam, nextPageLink, page, submitForm, viewOf } from '../context.ts';
import { portsToConfirm, vesselFormRowOf, vesselFromForm, vesselToForm } from '../forms.ts';
import { say } from '../i18n.ts';
import { RegistryLists, VesselForm } from '../pages/registry.tsx';
import { ShipPage } from '../pages/ship.tsx';

/** The ship's form again, with what was typed and each problem beside its field (a route's by the row it was typed in). */
const shipFormAgain =
  (c: Context<AppEnv>, action: string, isNew: boolean, companies: Awaited<ReturnType<typeof companiesForRegistration>>) =>
  (values: Record<string, string>, problems: FieldProblem[], status: ContentfulStatusCode) =>
    page(
      c,
      <VesselForm
        view={viewOf(c)}
        action={action}
        values={values}
        errors={errorsByField(
          langOf(c),
          problems.map((p) => ({ ...p, field: vesselFormRowOf(values)(p.field) })),
          ['route.ports'],
        )}
        isNew={isNew}
        companies={companies}
      />,
      status,
    );

/** The form's other problems, said in the same answer as the ports taken (each field's own once). */
const problemsBesides = (schema: ZodType, input: unknown, said: FieldProblem[]): FieldProblem[] => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : fieldProblems(parsed.error).filter((p) => !said.some((s) => s.field === p.field));
};

/** Ships: the list, registering, the ship's page, editing, opening its plan. */
export const shipPages = new Hono<AppEnv>()
  .get('/ships', async (c) => {
    const p = c.get('principal');
    const list = await listVesselPage(c.get('deps').db, whoOf(c), { area: p.agency ?? undefined, cursor: cursorParam(c), limit: 100 });
    return page(c, <RegistryLists view={viewOf(c)} kind="ships" vessels={list.items} companies={[]} next={nextPageLink(c, list.nextCursor)} />);
  })
  .get('/ships/new', async (c) => {
    const companies = await companiesForRegistration(c.get('deps').db, whoOf(c));
    const values = { areaOfRegistry: c.get('principal').agency, status: 'in_service', type: 'catamaran' };
    return page(c, <VesselForm view={viewOf(c)} action="/ships" values={values} errors={{}} isNew companies={companies} />);
  })
  .post('/ships', async (c) => {
    const { db, now } = c.get('deps');
    const companies = await companiesForRegistration(db, whoOf(c));
    const f = await formFields(c);
    const again = shipFormAgain(c, '/ships', true, companies);
    const input = { ...vesselFromForm(f), areaOfRegistry: c.get('principal').agency };
    const taken = portsToConfirm(f, langOf(c));
    if (taken) return again({ ...f, ...taken.values }, [...taken.problems, ...problemsBesides(VesselInput, input, taken.problems)], 400);
    return submitForm(
      VesselInput,
      input,
      async (input) => c.redirect(`/ships/${(await registerVessel(db, whoOf(c), input, now())).id}?saved=1`, 303),
      (problems, status) => again(f, problems, status),
    );
  })
  .get('/ships/:id', async (c) => {
    const { db } = c.get('deps');
    const detail = await shipDetail(db, whoOf(c), idParam(c), todayOf(c));
    const history = await registryHistory(db, whoOf(c), detail.vessel);
    const proposable = mayPropose(whoOf(c), detail.vessel.companyId) && detail.vessel.status !== 'withdrawn';
    return page(
      c,
      <ShipPage
        view={viewOf(c)}
        {...detail}
        history={history}
        mayPropose={proposable}
        notice={c.req.query('saved') ? say(viewOf(c).lang, 'page.saved') : undefined}
      />,
    );
  })
  .get('/ships/:id/edit', async (c) => {
    const { db } = c.get('deps');
    const vessel = await vesselForEditing(db, whoOf(c), idParam(c));
    const companies = await companiesForRegistration(db, whoOf(c));
    return page(
      c,
      <VesselForm
        view={viewOf(c)}
        action={`/ships/${vessel.id}/edit`}
        values={{ ...vesselToForm(vessel, viewOf(c).lang), version: vessel.version }}
        errors={{}}
        isNew={false}
        companies={companies}
      />,
    );
  })
  .post('/ships/:id/edit', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    await vesselForEditing(db, whoOf(c), id);
    const companies = await companiesForRegistration(db, whoOf(c));
    const f = await formFields(c);
    const again = shipFormAgain(c, `/ships/${id}/edit`, false, companies);
    const { areaOfRegistry: _area, ...input } = vesselFromForm(f);
    const taken = portsToConfirm(f, langOf(c));
    if (taken) return again({ ...f, ...taken.values }, [...taken.problems, ...problemsBesides(VesselPatch, input, taken.problems)], 400);
    return submitForm(
      VesselPatch,
      input,
      async (patch) => {
        await changeVessel(db, whoOf(c), id, formVersion(f), patch, now());
        return c.redirect(`/ships/${id}?saved=1`, 303);
      },
      (problems, status) => again(f, problems, status),
    );
  })
  .post('/ships/:id/plan', async (c) => {
    const plan = await openPlan(c.get('deps').db, whoOf(c), idParam(c), c.get('deps').now());
    return c.redirect(`/plans/${plan.id}`, 303);
  });
