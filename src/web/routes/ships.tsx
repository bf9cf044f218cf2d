import { Hono } from 'hono';
import { todayOf, whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { VesselInput, VesselPatch } from '../../schemas/vessels.ts';
import { openPlan } from '../../services/plan-drafting.ts';
import { mayPropose } from '../../services/proposals.ts';
import { registryHistory } from '../../services/transfers.ts';
import { changeVessel, companiesForRegistration, listVesselPage, registerVessel, shipDetail, vesselForEditing } from '../../services/registry.ts';
import { cursorParam, errorsByField, langOf, formFields, formVersion, idParam, nextPageLink, page, submitForm, viewOf } from '../context.ts';
import { vesselFormRowOf, vesselFromForm, vesselToForm } from '../forms.ts';
import { say } from '../i18n.ts';
import { RegistryLists, VesselForm } from '../pages/registry.tsx';
import { ShipPage } from '../pages/ship.tsx';

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
    return submitForm(
      VesselInput,
      { ...vesselFromForm(f), areaOfRegistry: c.get('principal').agency },
      async (input) => c.redirect(`/ships/${(await registerVessel(db, whoOf(c), input, now())).id}?saved=1`, 303),
      (problems, status) =>
        page(
          c,
          <VesselForm
            view={viewOf(c)}
            action="/ships"
            values={f}
            errors={errorsByField(
              langOf(c),
              problems.map((p) => ({ ...p, field: vesselFormRowOf(f)(p.field) })),
              ['route.ports'],
            )}
            isNew
            companies={companies}
          />,
          status,
        ),
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
    const { areaOfRegistry: _area, ...input } = vesselFromForm(f);
    return submitForm(
      VesselPatch,
      input,
      async (patch) => {
        await changeVessel(db, whoOf(c), id, formVersion(f), patch, now());
        return c.redirect(`/ships/${id}?saved=1`, 303);
      },
      (problems, status) =>
        page(
          c,
          <VesselForm
            view={viewOf(c)}
            action={`/ships/${id}/edit`}
            values={f}
            errors={errorsByField(
              langOf(c),
              problems.map((p) => ({ ...p, field: vesselFormRowOf(f)(p.field) })),
              ['route.ports'],
            )}
            isNew={false}
            companies={companies}
          />,
          status,
        ),
    );
  })
  .post('/ships/:id/plan', async (c) => {
    const plan = await openPlan(c.get('deps').db, whoOf(c), idParam(c), c.get('deps').now());
    return c.redirect(`/plans/${plan.id}`, 303);
  });
