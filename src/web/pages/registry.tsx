import type { FC } from 'hono/jsx';
import type { Company } from '../../domain/company.ts';
import { VESSEL_STATUSES, VESSEL_TYPES, type Vessel } from '../../domain/vessel.ts';
import { L, VESSEL_STATUS, VESSEL_TYPE } from '../../labels.ts';
import { message, nameIn, readsChinese, say, W } from '../i18n.ts';
import { formRows } from '../forms.ts';
import { AREA_NAMES } from '../../domain/areas.ts';
import type { PlanView } from '../../services/plans.ts';
import { PORTS } from '../../reference/ports.ts';
import { FormErrors, Layout, NextPage, PlanStatus, Tel, fieldsOf, type View } from '../layout.tsx';

type Values = Record<string, string | number | null | undefined>;
type Fields = ReturnType<typeof fieldsOf>;

// Parts of Modules 1 and 2 that more than one form asks for (a registrar's edit, an operator's proposal).

export const communicationsFields = (f: Fields) => (
  <>
    {f('communications.bridgePhone', L.bridgePhone, { type: 'tel' })}
    {f('communications.vhf', L.vhf, { needed: true })}
    {f('communications.satellite', L.satellite)}
    {f('communications.otherRadio', L.otherRadio)}
  </>
);

export const lifeSavingFields = (f: Fields) => (
  <>
    {f('lifeSaving.liferafts', { zh: '救生筏數目', en: 'Liferafts' }, { type: 'number', needed: true })}
    {f('lifeSaving.liferaftCapacity', { zh: '救生筏容量', en: 'Liferaft capacity' }, { type: 'number', needed: true })}
    {f('lifeSaving.marineEvacuationSystems', { zh: '海上撤離系統', en: 'Marine evacuation systems' }, { type: 'number', needed: true })}
    {f('lifeSaving.rescueBoats', { zh: '救助艇', en: 'Rescue boats' }, { type: 'number', needed: true })}
  </>
);

/** The company's 24-hour numbers, designated person, emergency team and media contact. */
export const companyContactFields = (f: Fields, t: (b: { zh: string; en: string }) => string) => (
  <>
    <fieldset>
      {f('emergencyPhone', L.emergencyPhone, { type: 'tel', needed: true })}
      {f('emergencyPhoneAlt', L.emergencyPhoneAlt, { type: 'tel' })}
    </fieldset>
    <fieldset>
      <legend>{t(L.dpa)}</legend>
      {f('designatedPerson.name', { zh: '姓名', en: 'Name' }, { needed: true })}
      {f('designatedPerson.phone', { zh: '電話', en: 'Telephone' }, { type: 'tel', needed: true })}
      {f('designatedPerson.mobile', { zh: '手提電話', en: 'Mobile' }, { type: 'tel' })}
      {f('designatedPerson.email', L.email, { type: 'email', needed: true })}
    </fieldset>
    <fieldset>
      <legend>{t(L.ert)}</legend>
      {f('emergencyTeam.name', { zh: '名稱', en: 'Name' }, { needed: true })}
      {f('emergencyTeam.phone', { zh: '電話', en: 'Telephone' }, { type: 'tel', needed: true })}
      {f('emergencyTeam.email', L.email, { type: 'email' })}
    </fieldset>
    <fieldset>
      <legend>{t(L.media)}</legend>
      {f('mediaContact.name', { zh: '名稱', en: 'Name' })}
      {f('mediaContact.phone', { zh: '電話', en: 'Telephone' }, { type: 'tel' })}
      {f('mediaContact.email', L.email, { type: 'email' })}
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
  const t = (b: { zh: string; en: string }) => say(lang, b);
  const f = fieldsOf(lang, values, errors);
  return (
    <Layout view={view} title={t(isNew ? W.newCompany : W.edit)}>
      <h1>{isNew ? t(W.newCompany) : `${t(W.edit)}: ${values.nameEn}`}</h1>
      <p class="help">{t(W.requiredNote)}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        {!isNew && <input type="hidden" name="version" value={String(values.version ?? '')} />}
        {isNew && <input type="hidden" name="homeAgency" value={String(values.homeAgency)} />}
        <fieldset>
          {f('nameZh', L.nameZh, { needed: true })}
          {f('nameEn', L.nameEn, { needed: true })}
          {f('addressZh', { zh: '中文地址', en: 'Address (Chinese)' }, { needed: true })}
          {f('addressEn', { zh: '英文地址', en: 'Address (English)' }, { needed: true })}
          {f('imoCompanyNumber', L.imoCompany)}
        </fieldset>
        {companyContactFields(f, t)}
        <div class="actions">
          <button class="primary" type="submit">
            {t(isNew ? W.register : W.save)}
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
  const t = (b: { zh: string; en: string }) => say(lang, b);
  const f = fieldsOf(lang, values, errors);
  // The route's ports one to a row, as many as filled and one blank to add (two for a new route).
  const filled = formRows(values as Record<string, string>, 'route.ports');
  const portRows = Array.from({ length: Math.max(filled.length ? filled.at(-1)! + 2 : 0, 3) }, (_, i) => i);
  // A problem with the route as a whole; one with a single port is beside its row.
  const routeProblem = errors['route.ports'];
  return (
    <Layout view={view} title={t(isNew ? W.newShip : W.edit)}>
      <h1>{isNew ? t(W.newShip) : `${t(W.edit)}: ${values.nameEn}`}</h1>
      <p class="help">{t(W.requiredNote)}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        {!isNew && <input type="hidden" name="version" value={String(values.version ?? '')} />}
        {isNew && <input type="hidden" name="areaOfRegistry" value={String(values.areaOfRegistry)} />}
        <fieldset>
          {f('companyId', W.company, { options: companies.map((c) => ({ value: String(c.id), label: `${c.nameZh} ${c.nameEn}` })), needed: true })}
          {f('nameZh', L.nameZh, { needed: true })}
          {f('nameEn', L.nameEn, { needed: true })}
          {f('type', L.type, { options: VESSEL_TYPES.map((v) => ({ value: v, label: t(VESSEL_TYPE[v]) })), needed: true })}
          {!isNew && f('status', W.status, { options: VESSEL_STATUSES.map((s) => ({ value: s, label: t(VESSEL_STATUS[s]) })) })}
        </fieldset>
        <fieldset>
          {f('imoNumber', L.imo)}
          {f('nationalRegistrationNumber', L.nationalReg)}
          {f('mmsi', L.mmsi, { needed: true })}
          {f('callSign', L.callSign, { needed: true })}
          {f('portOfRegistry', L.registry, { needed: true })}
          {f('epirbHexId', L.epirb)}
        </fieldset>
        <fieldset>
          {f('grossTonnage', { zh: '總噸位', en: 'Gross tonnage' }, { type: 'number', needed: true })}
          {f('lengthMetres', { zh: '船長（米）', en: 'Length (m)' }, { needed: true })}
          {f('hullColour', { zh: '船體顏色', en: 'Hull colour' }, { needed: true })}
          {f('superstructureColour', { zh: '上層建築顏色', en: 'Superstructure colour' }, { needed: true })}
          {f('identifyingMarks', L.marks)}
          {f('maxPassengers', { zh: '載客上限', en: 'Maximum passengers' }, { type: 'number', needed: true })}
          {f('crew', { zh: '船員', en: 'Crew' }, { type: 'number', needed: true })}
        </fieldset>
        <fieldset>{communicationsFields(f)}</fieldset>
        <fieldset>
          <legend>
            {t(L.ports)}
            <span class="req" title={t(W.required)}>
              {' '}
              *
            </span>
          </legend>
          <p class="help">{t(W.portsHelp)}</p>
          {routeProblem && (
            <p class="error" id="f-route-ports-error">
              {message(lang, routeProblem)}
            </p>
          )}
          {portRows.map((i) => f(`route.ports.${i}`, { zh: `港口 ${i + 1}`, en: `Port ${i + 1}` }, { list: 'port-names', autocomplete: 'off' }))}
          <datalist id="port-names">
            {PORTS.map((p) => (
              <option value={nameIn(lang, p)}>{`${t(AREA_NAMES[p.area])} · ${p.code}`}</option>
            ))}
          </datalist>
        </fieldset>
        <fieldset>
          {f('route.sailingsPerDay', { zh: '每日班次', en: 'Sailings a day' }, { type: 'number', needed: true })}
          {f('route.crossingMinutes', { zh: '航程（分鐘）', en: 'Crossing (minutes)' }, { type: 'number', needed: true })}
        </fieldset>
        <fieldset>
          {lifeSavingFields(f)}
          {f('helicopterWinchingArea', L.winching)}
          {f('medicalFacilities', L.medical)}
        </fieldset>
        <div class="actions">
          <button class="primary" type="submit">
            {t(isNew ? W.register : W.save)}
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
  const t = (b: { zh: string; en: string }) => say(lang, b);
  return (
    <Layout view={view} title={t(kind === 'ships' ? W.ships : W.companies)}>
      <h1>{t(kind === 'ships' ? W.ships : W.companies)}</h1>
      {notice && <p class="notice ok">{notice}</p>}
      <p>
        <a href={kind === 'ships' ? '/ships/new' : '/companies/new'}>{t(kind === 'ships' ? W.newShip : W.newCompany)}</a>
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
                  <td>{t(VESSEL_STATUS[v.status])}</td>
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
                    <a href={`/companies/${c.id}/edit`}>{t(W.edit)}</a>
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
  const t = (b: { zh: string; en: string }) => say(lang, b);
  return (
    <Layout view={view} title={c.nameEn}>
      <h1>
        {c.nameZh} · {c.nameEn}
      </h1>
      {notice && <p class="notice ok">{notice}</p>}
      <div class="actions">
        {mayWrite && <a href={`/companies/${c.id}/edit`}>{t(W.edit)}</a>}
        {mayPropose && <a href="/proposals/new">{t(W.proposeChange)}</a>}
      </div>
      <dl class="facts">
        <dt>{t(W.companyId)}</dt>
        <dd>
          <code>{c.id}</code> <span class="help">({t(W.companyIdHelp)})</span>
        </dd>
        <dt>{t(L.homeAgency)}</dt>
        <dd>{t(AREA_NAMES[c.homeAgency])}</dd>
        <dt>{t(L.imoCompany)}</dt>
        <dd>{c.imoCompanyNumber ?? '—'}</dd>
        <dt>{t({ zh: '地址', en: 'Address' })}</dt>
        <dd>{readsChinese(lang) ? c.addressZh : c.addressEn}</dd>
        <dt>{t(L.emergencyPhone)}</dt>
        <dd>
          <Tel number={c.emergencyPhone} />
        </dd>
        <dt>{t(L.emergencyPhoneAlt)}</dt>
        <dd>
          <Tel number={c.emergencyPhoneAlt} />
        </dd>
        <dt>{t(L.dpa)}</dt>
        <dd>
          {c.designatedPerson.name} · <Tel number={c.designatedPerson.phone} /> · {c.designatedPerson.email}
        </dd>
        <dt>{t(L.ert)}</dt>
        <dd>
          {c.emergencyTeam.name} · <Tel number={c.emergencyTeam.phone} />
        </dd>
      </dl>
      <h2>{t(W.ships)}</h2>
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
                  <td>{t(VESSEL_STATUS[v.status])}</td>
                  <td>
                    {plan ? (
                      <>
                        <a href={`/plans/${plan.id}`}>{plan.planNumber}</a> <PlanStatus plan={plan} lang={lang} />
                      </>
                    ) : (
                      t(W.noPlan)
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
