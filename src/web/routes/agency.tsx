import { Hono } from 'hono';
import type { Facilities, RccBlock } from '../../domain/agency.ts';
import { refuse, type FieldProblem } from '../../errors.ts';
import { whoOf } from '../../http/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { FacilitiesSchema, RccBlockSchema } from '../../schemas/agencies.ts';
import { AgencySettingsInput } from '../../schemas/plans.ts';
import { ownAgency, saveAgencyBlock } from '../../services/agencies.ts';
import { errorsByField, formFields, formVersion, langOf, page, submitForm, viewOf } from '../context.ts';
import { facilitiesFromForm } from '../forms.ts';
import { say } from '../i18n.ts';
import { AgencyPage } from '../pages/agency.tsx';

const RCC_FIELDS = [
  'nameZh',
  'nameEn',
  'sarRegionZh',
  'sarRegionEn',
  'phone24h',
  'shortNumber',
  'fax',
  'email',
  'dscMmsi',
  'coordinationProcedureZh',
  'coordinationProcedureEn',
];

/** The registrar's own agency: its Module 3 (RCC) and Module 4 (facilities) blocks. */
export const agencyPages = new Hono<AppEnv>()
  .get('/agency', async (c) => {
    const agency = await ownAgency(c.get('deps').db, whoOf(c));
    return page(c, <AgencyPage view={viewOf(c)} agency={agency} errors={{}} notice={c.req.query('saved') ? say(langOf(c), 'page.saved') : undefined} />);
  })
  .post('/agency/:block', async (c) => {
    const { db, now } = c.get('deps');
    const agency = await ownAgency(db, whoOf(c));
    const block = c.req.param('block');
    if (block !== 'rcc' && block !== 'facilities' && block !== 'settings') throw refuse('no_such_page');
    const f = await formFields(c);
    const nullable = (k: string) => (f[k]?.trim() ? f[k]!.trim() : null);
    const again = (problems: FieldProblem[], status: 400 | 409 | 412 | 422) =>
      page(c, <AgencyPage view={viewOf(c)} agency={agency} errors={errorsByField(langOf(c), problems)} values={f} />, status);
    const saved = () => c.redirect('/agency?saved=1', 303);
    if (block === 'rcc') {
      const input = {
        ...Object.fromEntries(RCC_FIELDS.map((k) => [k, nullable(k)])),
        vhfChannels: (f.vhfChannels ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
      return submitForm(
        RccBlockSchema,
        input,
        async (rcc: RccBlock) => {
          await saveAgencyBlock(db, whoOf(c), agency.code, formVersion(f), { rcc }, now());
          return saved();
        },
        (problems, status) => again(problems, status as 400),
      );
    }
    if (block === 'settings') {
      const input = {
        documentScript: f.documentScript,
        exerciseIntervalMonths: f.exerciseIntervalMonths?.trim() ? Number(f.exerciseIntervalMonths) : undefined,
        exerciseIntervalReason: f.exerciseIntervalReason?.trim() || null,
      };
      return submitForm(
        AgencySettingsInput,
        input,
        async (settings) => {
          await saveAgencyBlock(db, whoOf(c), agency.code, formVersion(f), { settings }, now());
          return saved();
        },
        (problems, status) => again(problems, status as 400),
      );
    }
    const { value, rowOf } = facilitiesFromForm(f);
    return submitForm(
      FacilitiesSchema,
      value,
      async (facilities: Facilities) => {
        await saveAgencyBlock(db, whoOf(c), agency.code, formVersion(f), { facilities }, now());
        return saved();
      },
      (problems, status) =>
        again(
          problems.map((p) => ({ ...p, field: rowOf(p.field) })),
          status as 400,
        ),
    );
  });
