import type { FC } from 'hono/jsx';
import type { Agency } from '../../domain/agency.ts';
import { AREA_NAMES } from '../../domain/areas.ts';
import { L } from '../../labels.ts';
import { say, W } from '../i18n.ts';
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
  const t = (b: { zh: string; en: string }) => say(lang, b);
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
  const rowField = (name: string, label: { zh: string; en: string }, type?: string) => (
    <Field name={name} label={label} lang={lang} errors={errors} value={rowValue(name)} type={type} />
  );
  const removeBox = (name: string) => (
    <label class="remove" for={`f-${name.replaceAll('.', '-')}`}>
      <input id={`f-${name.replaceAll('.', '-')}`} type="checkbox" name={name} value="yes" checked={rowValue(name) === 'yes'} style="width: auto" />{' '}
      {t(W.remove)}
    </label>
  );
  const f = (name: keyof typeof r, label: { zh: string; en: string }, textarea = false) => (
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
      <h2>{t(W.rcc)}</h2>
      <form method="post" action="/agency/rcc" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        {f('nameZh', L.nameZh)}
        {f('nameEn', L.nameEn)}
        {f('sarRegionZh', { zh: '搜救區（中文）', en: 'SAR region (Chinese)' }, true)}
        {f('sarRegionEn', { zh: '搜救區（英文）', en: 'SAR region (English)' }, true)}
        {f('phone24h', L.phone24h)}
        {f('shortNumber', L.shortNumber)}
        {f('fax', L.fax)}
        {f('email', L.email)}
        {f('vhfChannels', L.vhfChannels)}
        {f('dscMmsi', L.dsc)}
        {f('coordinationProcedureZh', { zh: '協調程序（中文）', en: 'Co-ordination procedure (Chinese)' }, true)}
        {f('coordinationProcedureEn', { zh: '協調程序（英文）', en: 'Co-ordination procedure (English)' }, true)}
        <div class="actions">
          <button class="primary" type="submit">
            {t(W.save)}
          </button>
        </div>
      </form>
      <h2>{t(W.facilities)}</h2>
      <form method="post" action="/agency/facilities" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        <p class="help">{t(W.rowsHelp)}</p>
        <fieldset>
          <legend>{t(L.rescueUnits)}</legend>
          {rows('rescueUnits', agency.facilities.rescueUnits.length).map((i) => (
            <div class="row-fields">
              {rowField(`rescueUnits.${i}.nameZh`, L.nameZh)}
              {rowField(`rescueUnits.${i}.nameEn`, L.nameEn)}
              <Field
                name={`rescueUnits.${i}.kind`}
                label={W.unitKind}
                lang={lang}
                errors={errors}
                value={rowValue(`rescueUnits.${i}.kind`) || 'vessel'}
                options={[
                  { value: 'vessel', label: t(W.vesselKind) },
                  { value: 'helicopter', label: t(W.helicopterKind) },
                  { value: 'aircraft', label: t(W.aircraftKind) },
                ]}
              />
              {rowField(`rescueUnits.${i}.base`, W.base)}
              {rowField(`rescueUnits.${i}.contact`, W.contact)}
              {removeBox(`rescueUnits.${i}.remove`)}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(L.hospitals)}</legend>
          {rows('hospitals', agency.facilities.hospitals.length).map((i) => (
            <div class="row-fields">
              {rowField(`hospitals.${i}.nameZh`, L.nameZh)}
              {rowField(`hospitals.${i}.nameEn`, L.nameEn)}
              {rowField(`hospitals.${i}.phone`, { zh: '電話', en: 'Telephone' }, 'tel')}
              {removeBox(`hospitals.${i}.remove`)}
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <button class="primary" type="submit">
            {t(W.save)}
          </button>
        </div>
      </form>
      <h2>{t(W.planDefaults)}</h2>
      <form method="post" action="/agency/settings" class="stack" novalidate>
        <input type="hidden" name="version" value={String(agency.version)} />
        <Field
          name="documentScript"
          label={W.documentScript}
          lang={lang}
          errors={errors}
          value={v('documentScript', agency.documentScript)}
          options={[
            { value: 'hant', label: t(L.languagesHant) },
            { value: 'hans', label: t(L.languagesHans) },
          ]}
        />
        <Field
          name="exerciseIntervalMonths"
          label={L.interval}
          lang={lang}
          type="number"
          errors={errors}
          value={v('exerciseIntervalMonths', String(agency.exerciseIntervalMonths))}
          hint={t(W.intervalHelp)}
        />
        <div class="actions">
          <button class="primary" type="submit">
            {t(W.save)}
          </button>
        </div>
      </form>
      <p class="help">{say(lang, AREA_NAMES[agency.code])}</p>
    </Layout>
  );
};
