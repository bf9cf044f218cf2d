import type { FC } from 'hono/jsx';
import type { Agency } from '../../domain/agency.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
import { facilitiesToForm, formRows } from '../forms.ts';
import { Field, FormErrors, Layout, type View } from '../layout.tsx';

export const AgencyPage: FC<{ view: View; agency: Agency; errors: Record<string, string>; notice?: string; values?: Record<string, string> }> = ({
  view,
  agency,
  errors,
  notice,
  values,
}) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const r = agency.rcc;
  const v = (name: string, fallback: string | null) => (values && name in values ? values[name] : fallback);
  // Module 4 row by row: what was submitted (after a refusal) or what is recorded, and two blank rows to add to.
  const submittedFacilities = values && Object.keys(values).some((k) => /^(rescueUnits|hospitals)\./.test(k));
  const facilityValues = submittedFacilities ? values! : facilitiesToForm(agency.facilities);
  const rowValue = (name: string) => facilityValues[name] ?? '';
  const rows = (list: string, recorded: number) => {
    const used = formRows(facilityValues, list);
    const count = Math.max(recorded, used.length ? used.at(-1)! + 1 : 0);
    return Array.from({ length: count + 2 }, (_, i) => i);
  };
  const rowField = (name: string, label: Key, type?: string) => (
    <Field name={name} label={label} lang={lang} errors={errors} value={rowValue(name)} type={type} />
  );
  const removeBox = (name: string) => (
    <label class="remove" for={`f-${name.replaceAll('.', '-')}`}>
      <input id={`f-${name.replaceAll('.', '-')}`} type="checkbox" name={name} value="yes" checked={rowValue(name) === 'yes'} style="width: auto" />{' '}
      {t('page.remove')}
    </label>
  );
  const f = (name: keyof typeof r, label: Key, textarea = false) => (
    <Field
      name={name}
      label={label}
      lang={lang}
      value={v(name, Array.isArray(r[name]) ? (r[name] as string[]).join(', ') : (r[name] as string | null))}
      errors={errors}
      textarea={textarea}
    />
  );
  return (
    <Layout view={view} title={agency.nameEn}>
      <h1>
        {agency.nameZh} · {agency.nameEn}
      </h1>
      {notice && <p class="notice ok">{notice}</p>}
      <FormErrors view={view} errors={errors} />
      <h2>{t('page.rcc')}</h2>
      <form method="post" action="/agency/rcc" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        {f('nameZh', 'doc.nameZh')}
        {f('nameEn', 'doc.nameEn')}
        {f('sarRegionZh', 'page.sarRegionChinese', true)}
        {f('sarRegionEn', 'page.sarRegionEnglish', true)}
        {f('phone24h', 'doc.phone24h')}
        {f('shortNumber', 'doc.shortNumber')}
        {f('fax', 'doc.fax')}
        {f('email', 'doc.email')}
        {f('vhfChannels', 'doc.vhfChannels')}
        {f('dscMmsi', 'doc.dsc')}
        {f('coordinationProcedureZh', 'page.coOrdinationProcedureChinese', true)}
        {f('coordinationProcedureEn', 'page.coOrdinationProcedureEnglish', true)}
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.save')}
          </button>
        </div>
      </form>
      <h2>{t('page.facilities')}</h2>
      <form method="post" action="/agency/facilities" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        <p class="help">{t('page.rowsHelp')}</p>
        <fieldset>
          <legend>{t('doc.rescueUnits')}</legend>
          {rows('rescueUnits', agency.facilities.rescueUnits.length).map((i) => (
            <div class="row-fields">
              {rowField(`rescueUnits.${i}.nameZh`, 'doc.nameZh')}
              {rowField(`rescueUnits.${i}.nameEn`, 'doc.nameEn')}
              <Field
                name={`rescueUnits.${i}.kind`}
                label={'page.unitKind'}
                lang={lang}
                errors={errors}
                value={rowValue(`rescueUnits.${i}.kind`) || 'vessel'}
                options={[
                  { value: 'vessel', label: t('page.vesselKind') },
                  { value: 'helicopter', label: t('page.helicopterKind') },
                  { value: 'aircraft', label: t('page.aircraftKind') },
                ]}
              />
              {rowField(`rescueUnits.${i}.base`, 'page.base')}
              {rowField(`rescueUnits.${i}.contact`, 'page.contact')}
              {removeBox(`rescueUnits.${i}.remove`)}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('doc.hospitals')}</legend>
          {rows('hospitals', agency.facilities.hospitals.length).map((i) => (
            <div class="row-fields">
              {rowField(`hospitals.${i}.nameZh`, 'doc.nameZh')}
              {rowField(`hospitals.${i}.nameEn`, 'doc.nameEn')}
              {rowField(`hospitals.${i}.phone`, 'doc.telephone', 'tel')}
              {removeBox(`hospitals.${i}.remove`)}
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.save')}
          </button>
        </div>
      </form>
      <h2>{t('page.planDefaults')}</h2>
      <form method="post" action="/agency/settings" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        <Field
          name="documentScript"
          label={'page.documentScript'}
          lang={lang}
          errors={errors}
          value={v('documentScript', agency.documentScript)}
          options={[
            { value: 'hant', label: t('doc.languagesHant') },
            { value: 'hans', label: t('doc.languagesHans') },
          ]}
        />
        <Field
          name="exerciseIntervalMonths"
          label={'doc.interval'}
          lang={lang}
          type="number"
          errors={errors}
          value={v('exerciseIntervalMonths', String(agency.exerciseIntervalMonths))}
          hint={t('page.intervalHelp')}
        />
        <Field
          name="exerciseIntervalReason"
          label={'doc.intervalReason'}
          lang={lang}
          errors={errors}
          value={v('exerciseIntervalReason', agency.exerciseIntervalReason ?? '')}
        />
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.save')}
          </button>
        </div>
      </form>
      <p class="help">{say(lang, `area.${agency.code}` as const)}</p>
    </Layout>
  );
};
