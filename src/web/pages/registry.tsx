import type { FC } from 'hono/jsx';
import type { Company } from '../../domain/company.ts';
import { VESSEL_STATUSES, VESSEL_TYPES, type Vessel } from '../../domain/vessel.ts';
import { nameIn, readsChinese, say, type Key, type Params, type Said } from '../i18n.ts';
import { formRows } from '../forms.ts';
import type { PlanView } from '../../services/plans.ts';
import { PORTS } from '../../reference/ports.ts';
import { FormErrors, Layout, NextPage, PlanStatus, Tel, fieldsOf, type View } from '../layout.tsx';

type Values = Record<string, string | number | null | undefined>;
type Fields = ReturnType<typeof fieldsOf>;

// Parts of Modules 1 and 2 that more than one form asks for (a registrar's edit, an operator's proposal).

export const communicationsFields = (f: Fields) => (
  <>
    {f('communications.bridgePhone', 'doc.bridgePhone', { type: 'tel' })}
    {f('communications.vhf', 'doc.vhf', { needed: true })}
    {f('communications.satellite', 'doc.satellite')}
    {f('communications.otherRadio', 'doc.otherRadio')}
  </>
);

export const lifeSavingFields = (f: Fields) => (
  <>
    {f('lifeSaving.liferafts', 'column.ships.liferafts', { type: 'number', needed: true })}
    {f('lifeSaving.liferaftCapacity', 'column.ships.liferaftCapacity', { type: 'number', needed: true })}
    {f('lifeSaving.marineEvacuationSystems', 'doc.evacuationSystems', { type: 'number', needed: true })}
    {f('lifeSaving.rescueBoats', 'doc.rescueBoats', { type: 'number', needed: true })}
  </>
);

/** The company's 24-hour numbers, designated person, emergency team and media contact. */
export const companyContactFields = (f: Fields, t: (b: Key) => string) => (
  <>
    <fieldset>
      {f('emergencyPhone', 'doc.emergencyPhone', { type: 'tel', needed: true })}
      {f('emergencyPhoneAlt', 'doc.emergencyPhoneAlt', { type: 'tel' })}
    </fieldset>
    <fieldset>
      <legend>{t('doc.dpa')}</legend>
      {f('designatedPerson.name', 'page.name', { needed: true })}
      {f('designatedPerson.phone', 'doc.telephone', { type: 'tel', needed: true })}
      {f('designatedPerson.mobile', 'page.mobile', { type: 'tel' })}
      {f('designatedPerson.email', 'doc.email', { type: 'email', needed: true })}
    </fieldset>
    <fieldset>
      <legend>{t('doc.ert')}</legend>
      {f('emergencyTeam.name', 'page.name2', { needed: true })}
      {f('emergencyTeam.phone', 'doc.telephone', { type: 'tel', needed: true })}
      {f('emergencyTeam.email', 'doc.email', { type: 'email' })}
    </fieldset>
    <fieldset>
      <legend>{t('doc.media')}</legend>
      {f('mediaContact.name', 'page.name2')}
      {f('mediaContact.phone', 'doc.telephone', { type: 'tel' })}
      {f('mediaContact.email', 'doc.email', { type: 'email' })}
    </fieldset>
  </>
);

export const CompanyForm: FC<{ view: View; action: string; values: Values; errors: Record<string, string>; isNew: boolean }> = ({
  view,
  action,
  values,
  errors,
  isNew,
}) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const f = fieldsOf(lang, values, errors);
  return (
    <Layout view={view} title={t(isNew ? 'page.newCompany' : 'page.edit')}>
      <h1>{isNew ? t('page.newCompany') : `${t('page.edit')}: ${values.nameEn}`}</h1>
      <p class="help">{t('page.requiredNote')}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        {!isNew && <input type="hidden" name="version" value={String(values.version ?? '')} />}
        {isNew && <input type="hidden" name="homeAgency" value={String(values.homeAgency)} />}
        <fieldset>
          {f('nameZh', 'doc.nameZh', { needed: true })}
          {f('nameEn', 'doc.nameEn', { needed: true })}
          {f('addressZh', 'column.companies.addressZh', { needed: true })}
          {f('addressEn', 'column.companies.addressEn', { needed: true })}
          {f('imoCompanyNumber', 'doc.imoCompany')}
        </fieldset>
        {companyContactFields(f, t)}
        <div class="actions">
          <button class="primary" type="submit">
            {t(isNew ? 'page.register' : 'page.save')}
          </button>
        </div>
      </form>
    </Layout>
  );
};

export const VesselForm: FC<{ view: View; action: string; values: Values; errors: Record<string, string>; isNew: boolean; companies: Company[] }> = ({
  view,
  action,
  values,
  errors,
  isNew,
  companies,
}) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const f = fieldsOf(lang, values, errors);
  // The route's ports one to a row, as many as filled and one blank to add (two for a new route).
  const filled = formRows(values as Record<string, string>, 'route.ports');
  const portRows = Array.from({ length: Math.max(filled.length ? filled.at(-1)! + 2 : 0, 3) }, (_, i) => i);
  // A problem with the route as a whole; one with a single port is beside its row.
  const routeProblem = errors['route.ports'];
  return (
    <Layout view={view} title={t(isNew ? 'page.newShip' : 'page.edit')}>
      <h1>{isNew ? t('page.newShip') : `${t('page.edit')}: ${values.nameEn}`}</h1>
      <p class="help">{t('page.requiredNote')}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        {!isNew && <input type="hidden" name="version" value={String(values.version ?? '')} />}
        {isNew && <input type="hidden" name="areaOfRegistry" value={String(values.areaOfRegistry)} />}
        <fieldset>
          {f('companyId', 'page.company', { options: companies.map((c) => ({ value: String(c.id), label: `${c.nameZh} ${c.nameEn}` })), needed: true })}
          {f('nameZh', 'doc.nameZh', { needed: true })}
          {f('nameEn', 'doc.nameEn', { needed: true })}
          {f('type', 'doc.type', { options: VESSEL_TYPES.map((v) => ({ value: v, label: t(`vesselType.${v}`) })), needed: true })}
          {!isNew && f('status', 'page.status', { options: VESSEL_STATUSES.map((s) => ({ value: s, label: t(`vesselStatus.${s}`) })) })}
        </fieldset>
        <fieldset>
          {f('imoNumber', 'doc.imo')}
          {f('nationalRegistrationNumber', 'doc.nationalReg')}
          {f('mmsi', 'doc.mmsi', { needed: true })}
          {f('callSign', 'doc.callSign', { needed: true })}
          {f('portOfRegistry', 'doc.registry', { needed: true })}
          {f('epirbHexId', 'doc.epirb')}
        </fieldset>
        <fieldset>
          {f('grossTonnage', 'column.ships.grossTonnage', { type: 'number', needed: true })}
          {f('lengthMetres', 'column.ships.lengthMetres', { needed: true })}
          {f('hullColour', 'column.ships.hullColour', { needed: true })}
          {f('superstructureColour', 'column.ships.superstructureColour', { needed: true })}
          {f('identifyingMarks', 'doc.marks')}
          {f('maxPassengers', 'column.ships.maxPassengers', { type: 'number', needed: true })}
          {f('crew', 'column.ships.crew', { type: 'number', needed: true })}
        </fieldset>
        <fieldset>{communicationsFields(f)}</fieldset>
        <fieldset>
          <legend>
            {t('doc.ports')}
            <span class="req" title={t('page.required')}>
              {' '}
              *
            </span>
          </legend>
          <p class="help">{t('page.portsHelp')}</p>
          {routeProblem && (
            <p class="error" id="f-route-ports-error">
              {routeProblem}
            </p>
          )}
          {portRows.map((i) => f(`route.ports.${i}`, { key: 'page.portN', params: { n: i + 1 } }, { list: 'port-names', autocomplete: 'off' }))}
          <datalist id="port-names">
            {PORTS.map((p) => (
              <option value={nameIn(lang, p)}>{`${t(`area.${p.area}` as const)} · ${p.code}`}</option>
            ))}
          </datalist>
        </fieldset>
        <fieldset>
          {f('route.sailingsPerDay', 'column.ships.sailingsPerDay', { type: 'number', needed: true })}
          {f('route.crossingMinutes', 'column.ships.crossingMinutes', { type: 'number', needed: true })}
        </fieldset>
        <fieldset>
          {lifeSavingFields(f)}
          {f('helicopterWinchingArea', 'doc.winching')}
          {f('medicalFacilities', 'doc.medical')}
        </fieldset>
        <div class="actions">
          <button class="primary" type="submit">
            {t(isNew ? 'page.register' : 'page.save')}
          </button>
        </div>
      </form>
    </Layout>
  );
};

export const RegistryLists: FC<{ view: View; kind: 'ships' | 'companies'; vessels: Vessel[]; companies: Company[]; next?: string; notice?: string }> = ({
  view,
  kind,
  vessels,
  companies,
  next,
  notice,
}) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <Layout view={view} title={t(kind === 'ships' ? 'page.ships' : 'page.companies')}>
      <h1>{t(kind === 'ships' ? 'page.ships' : 'page.companies')}</h1>
      {notice && <p class="notice ok">{notice}</p>}
      <p>
        <a href={kind === 'ships' ? '/ships/new' : '/companies/new'}>{t(kind === 'ships' ? 'page.newShip' : 'page.newCompany')}</a>
      </p>
      <table>
        <tbody>
          {kind === 'ships'
            ? vessels.map((v) => (
                <tr>
                  <td>
                    <a href={`/ships/${v.id}`}>
                      {v.nameZh} · {v.nameEn}
                    </a>
                  </td>
                  <td>MMSI {v.mmsi}</td>
                  <td>{t(`vesselStatus.${v.status}`)}</td>
                </tr>
              ))
            : companies.map((c) => (
                <tr>
                  <td>
                    <a href={`/companies/${c.id}`}>
                      {c.nameZh} · {c.nameEn}
                    </a>
                  </td>
                  <td>{c.emergencyPhone}</td>
                  <td>
                    <a href={`/companies/${c.id}/edit`}>{t('page.edit')}</a>
                  </td>
                </tr>
              ))}
        </tbody>
      </table>
      <NextPage href={next} lang={lang} />
    </Layout>
  );
};

/** A company's own page: Module 1 as recorded, its id (which an operator's account names), its ships and their plans. */
export const CompanyPage: FC<{
  view: View;
  company: Company;
  vessels: Vessel[];
  plans: PlanView[];
  mayWrite: boolean;
  mayPropose: boolean;
  notice?: string;
}> = ({ view, company: c, vessels, plans, mayWrite, mayPropose, notice }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <Layout view={view} title={c.nameEn}>
      <h1>
        {c.nameZh} · {c.nameEn}
      </h1>
      {notice && <p class="notice ok">{notice}</p>}
      <div class="actions">
        {mayWrite && <a href={`/companies/${c.id}/edit`}>{t('page.edit')}</a>}
        {mayPropose && <a href="/proposals/new">{t('page.proposeChange')}</a>}
      </div>
      <dl class="facts">
        <dt>{t('page.companyId')}</dt>
        <dd>
          <code>{c.id}</code> <span class="help">({t('page.companyIdHelp')})</span>
        </dd>
        <dt>{t('doc.homeAgency')}</dt>
        <dd>{t(`area.${c.homeAgency}` as const)}</dd>
        <dt>{t('doc.imoCompany')}</dt>
        <dd>{c.imoCompanyNumber ?? '—'}</dd>
        <dt>{t('doc.address')}</dt>
        <dd>{readsChinese(lang) ? c.addressZh : c.addressEn}</dd>
        <dt>{t('doc.emergencyPhone')}</dt>
        <dd>
          <Tel number={c.emergencyPhone} />
        </dd>
        <dt>{t('doc.emergencyPhoneAlt')}</dt>
        <dd>
          <Tel number={c.emergencyPhoneAlt} />
        </dd>
        <dt>{t('doc.dpa')}</dt>
        <dd>
          {c.designatedPerson.name} · <Tel number={c.designatedPerson.phone} /> · {c.designatedPerson.email}
        </dd>
        <dt>{t('doc.ert')}</dt>
        <dd>
          {c.emergencyTeam.name} · <Tel number={c.emergencyTeam.phone} />
        </dd>
      </dl>
      <h2>{t('page.ships')}</h2>
      <div class="wide">
        <table>
          <tbody>
            {vessels.map((v) => {
              const plan = plans.filter((p) => p.vessel.id === v.id && !p.withdrawn)[0];
              return (
                <tr>
                  <td>
                    <a href={`/ships/${v.id}`}>
                      {v.nameZh} · {v.nameEn}
                    </a>
                  </td>
                  <td>{t(`vesselStatus.${v.status}`)}</td>
                  <td>
                    {plan ? (
                      <>
                        <a href={`/plans/${plan.id}`}>{plan.planNumber}</a> <PlanStatus plan={plan} lang={lang} />
                      </>
                    ) : (
                      t('page.noPlan')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Layout>
  );
};
