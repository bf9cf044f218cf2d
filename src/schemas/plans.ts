import { z } from '@hono/zod-openapi';
import { CHANGE_KINDS, EXERCISE_INTERVAL, EXERCISE_KINDS, intervalNeedsReason, type PlanContent } from '../domain/plan.ts';
import { ERROR_CODES } from '../errors.ts';
import { areaCode, isoDate, pageQuery, patchOf, text, wrong } from './fields.ts';

export const PlanContentSchema = z
  .strictObject({
    routeNotes: text(4000).nullable().default(null).openapi({ description: 'Route and timetable, as printed in Module 2' }),
    communicationsNotes: text(4000).nullable().default(null).openapi({ description: 'How the ship communicates with the RCCs' }),
    lifeSavingNotes: text(4000).nullable().default(null).openapi({ description: 'Life-saving appliances, evacuation, helicopter operations' }),
    medicalNotes: text(4000).nullable().default(null).openapi({ description: 'Medical facilities and casualty handling' }),
    exerciseNotes: text(4000)
      .nullable()
      .default(null)
      .openapi({ description: 'The exercise programme (Module 5); held and planned exercises are recorded separately' }),
  })
  .openapi('PlanContent') satisfies z.ZodType<PlanContent, unknown>;

export const DraftPatch = patchOf(PlanContentSchema).openapi('DraftPatch');

export const OpenPlanInput = z
  .strictObject({
    vesselId: z
      .number()
      .int()
      .positive()
      .openapi({ example: 1, 'x-problems': ['vessel_unknown'] }),
  })
  .openapi('OpenPlan');

export const IssueInput = z
  .strictObject({
    change: z.enum(CHANGE_KINDS).optional().openapi({
      description:
        "Major: new ship, route, SAR service or emergency arrangements; minor: a routine update such as a telephone number (MSC.1/Circ.1079, Appendix 1). Left out: the kind the registry proposes (the plan's proposedChange). Lowering a proposed major change to minor needs a reason.",
    }),
    reason: text(500)
      .nullable()
      .optional()
      .openapi({ description: 'Why a change the registry proposes as major is issued as minor; printed in the record of amendments' }),
    summary: text(500).openapi({ example: 'First issue' }),
  })
  .openapi('IssuePlan');

const script = z.enum(['hans', 'hant']);
const interval = z.number(wrong('months')).int('months').min(EXERCISE_INTERVAL.min, 'months').max(EXERCISE_INTERVAL.max, 'months');
const intervalReason = text(500)
  .nullable()
  .optional()
  .openapi({
    description: 'The reason the agencies agreed an interval over 36 months; required for one, printed beside it',
    'x-problems': ['interval_reason'],
  });
/** An interval over 36 months is refused without its reason, beside the reason's field. */
const reasonForLongInterval = (v: { exerciseIntervalMonths?: number | null; exerciseIntervalReason?: string | null }, ctx: z.RefinementCtx) => {
  if (intervalNeedsReason(v.exerciseIntervalMonths) && !v.exerciseIntervalReason?.trim())
    ctx.addIssue({ code: 'custom', path: ['exerciseIntervalReason'], message: 'interval_reason' });
};

export const PlanSettingsInput = z
  .strictObject({
    documentScript: script.nullable().optional().openapi({ description: "The Chinese script of this plan's documents; null: the compiling agency's" }),
    exerciseIntervalMonths: interval.nullable().optional().openapi({
      description: "The exercise interval agreed for this plan, 12 to 60 months (over 36 with exerciseIntervalReason); null: the agency's",
      example: 12,
    }),
    exerciseIntervalReason: intervalReason,
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send_settings' })
  .superRefine(reasonForLongInterval)
  .openapi('PlanSettings');

export const AgencySettingsInput = z
  .strictObject({
    documentScript: script.openapi({ description: "The Chinese script the agency's plans print in, unless a plan says otherwise", example: 'hant' }),
    exerciseIntervalMonths: interval.openapi({
      description:
        'The exercise interval the agency agrees with companies, unless a plan says otherwise: 12 to 60 months (over 36 with exerciseIntervalReason)',
      example: 12,
    }),
    exerciseIntervalReason: intervalReason,
  })
  .superRefine(reasonForLongInterval)
  .openapi('AgencySettings');

export const ExerciseHeldInput = z
  .strictObject({
    date: isoDate.openapi({ description: 'The day it was held (not after today)', 'x-problems': ['held_on_or_before_today'] }),
    lessonsLearned: text(4000).nullable().default(null),
  })
  .openapi('ExerciseHeld');

export const ExerciseParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
  exerciseId: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'exerciseId', in: 'path' } }),
});

export const ReissueReportSchema = z
  .object({
    renewed: z.array(z.object({ planId: z.number().int(), planNumber: z.string(), revision: z.number().int() })),
    failed: z.array(
      z.object({
        planId: z.number().int(),
        planNumber: z.string(),
        code: z.enum(ERROR_CODES).openapi({ description: 'Why it was not re-issued, as a refusal code' }),
        reason: z.string().openapi({ description: 'The refusal in a sentence, in the language of Accept-Language' }),
      }),
    ),
  })
  .openapi('ReissueReport');

export const WithdrawInput = z.strictObject({ reason: text(500).openapi({ example: 'Ship sold out of the trade' }) }).openapi('WithdrawPlan');

const ExerciseSchema = z.object({
  id: z.number().int(),
  state: z.enum(['planned', 'held']),
  date: z.string(),
  kind: z.enum(EXERCISE_KINDS),
  scenario: z.string(),
  agencies: z.array(areaCode),
  lessonsLearned: z.string().nullable(),
  voluntary: z.boolean(),
});

export const ExerciseInput = z
  .strictObject({
    state: z.enum(['planned', 'held']),
    date: isoDate.openapi({ description: 'The day planned, or held (then not after today)', 'x-problems': ['held_on_or_before_today'] }),
    kind: z.enum(EXERCISE_KINDS),
    scenario: text(2000).openapi({ example: 'Engine-room fire off Lantau with 300 passengers on board' }),
    agencies: z
      .array(areaCode)
      .min(1, 'agency_takes_part')
      .max(3)
      .refine((a) => new Set(a).size === a.length, 'agency_twice')
      .openapi({ uniqueItems: true }),
    lessonsLearned: text(4000).nullable().default(null),
    voluntary: z.boolean().default(false).openapi({ description: 'An extra exercise on top of the required one in twelve months' }),
  })
  .openapi('ExerciseInput');

export const RECOGNITION_STATUSES = ['recognised', 'pending', 'never'] as const;

export const RecognitionSchema = z
  .object({
    agency: areaCode,
    status: z.enum(RECOGNITION_STATUSES).openapi({
      description: "never: the plan (or revision) was withdrawn or superseded before the two agencies recognised each other's plans",
    }),
    since: z
      .string()
      .nullable()
      .openapi({ description: "The later of the two agencies' joining dates and the plan's (or, per revision, the revision's) issue date" }),
    until: z.string().nullable().openapi({ description: 'The day the plan was withdrawn (or the revision superseded): recognition ended with it' }),
  })
  .openapi('Recognition');

const AmendmentSchema = z.object({
  revision: z.number().int(),
  issuedOn: z.string(),
  change: z.enum(CHANGE_KINDS),
  summary: z.string(),
  issuedBy: z.string(),
  reason: z.string().optional(),
});
// A label in each language of the registry.
const Words = z.object({ 'zh-Hant': z.string(), 'zh-Hans': z.string(), en: z.string() });

export const PlanSchema = z
  .object({
    id: z.number().int(),
    planNumber: z.string().openapi({ example: 'HK-2026-0007' }),
    homeAgency: areaCode,
    vessel: z.object({ id: z.number().int(), nameZh: z.string(), nameEn: z.string(), companyId: z.number().int() }),
    status: z.enum(['draft', 'issued', 'withdrawn']).openapi({ description: 'draft: never issued yet' }),
    stale: z.boolean().openapi({ description: 'A record printed in the plan changed after its issue: issue a revision' }),
    staleFields: z.array(z.string()).openapi({ example: ['company.emergencyPhone'] }),
    staleChanges: z
      .array(z.object({ field: z.string(), label: Words, before: z.string(), after: z.string() }))
      .openapi({ description: 'Each printed field that changed since issue, with its label and its value then and now' }),
    proposedChange: z
      .object({ kind: z.enum(CHANGE_KINDS), because: z.array(Words) })
      .openapi({ description: 'The kind of change the registry proposes for the next issue, and the changes that make it major' }),
    settings: z.object({
      documentScript: script,
      exerciseIntervalMonths: z.number().int(),
      exerciseIntervalReason: z.string().nullable().openapi({ description: 'Why an interval over 36 months was agreed' }),
      ownDocumentScript: script.nullable(),
      ownExerciseIntervalMonths: z.number().int().nullable(),
    }),
    current: z.object({ revision: z.number().int(), issuedOn: z.string(), change: z.enum(CHANGE_KINDS), summary: z.string() }).nullable(),
    draft: z.object({ revision: z.number().int(), content: PlanContentSchema, updatedAt: z.string() }).nullable(),
    amendments: z.array(AmendmentSchema),
    recognitions: z.array(RecognitionSchema),
    exercises: z.object({ nextDue: z.string().nullable(), overdue: z.boolean(), items: z.array(ExerciseSchema) }),
    withdrawn: z.object({ on: z.string(), reason: z.string() }).nullable(),
    version: z.number().int(),
  })
  .openapi('Plan');

export const ReadinessSchema = z
  .object({
    planId: z.number().int(),
    planNumber: z.string().openapi({ example: 'HK-2026-0007' }),
    ready: z.boolean().openapi({ description: 'Nothing is missing: the open draft can be issued now' }),
    missing: z
      .array(
        z.object({
          field: z.string().openapi({ example: 'company.emergencyPhoneAlt' }),
          code: z.string().openapi({ example: 'required_to_issue' }),
          message: z.string().openapi({ description: 'What is missing, in the language of Accept-Language' }),
          label: Words,
          fixAt: z
            .object({ kind: z.enum(['ship', 'company', 'agency', 'draft']), id: z.number().int().optional(), code: areaCode.optional() })
            .openapi({ description: 'The record where the item is completed: PATCH that ship or company, PUT that agency block, or PATCH the draft' }),
        }),
      )
      .openapi({ description: 'Every item issuing needs that the records lack: the issue itself refuses with the same list (422 plan_not_ready)' }),
    proposedChange: z
      .object({ kind: z.enum(CHANGE_KINDS), because: z.array(Words) })
      .openapi({ description: 'The kind of change the registry proposes for this issue, and the changes that make it major' }),
  })
  .openapi('Readiness');

export const RevisionSchema = z
  .object({
    planId: z.number().int(),
    revision: z.number().int(),
    state: z.enum(['draft', 'issued', 'superseded']),
    content: PlanContentSchema,
    issuedOn: z.string().nullable(),
    change: z.enum(CHANGE_KINDS).nullable(),
    summary: z.string().nullable(),
    issuedBy: z.string().nullable(),
    snapshot: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: 'Everything the issued revision prints (modules 1–5, all three agencies), frozen at issue' }),
  })
  .openapi('Revision');

export const RecognitionsSchema = z.object({
  planNumber: z.string(),
  homeAgency: areaCode,
  revisions: z.array(
    z.object({ revision: z.number().int(), state: z.enum(['issued', 'superseded']), issuedOn: z.string(), recognitions: z.array(RecognitionSchema) }),
  ),
});

export const PlanListQuery = z.strictObject({
  area: areaCode.optional(),
  companyId: z.coerce.number().int().positive().optional(),
  vesselId: z.coerce.number().int().positive().optional(),
  status: z.enum(['draft', 'issued', 'withdrawn']).optional(),
  stale: z.enum(['true', 'false']).optional().openapi({ description: 'Only plans out of date with the records they print (true) or up to date (false)' }),
  ...pageQuery,
});

export const RevisionParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
  rev: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'rev', in: 'path' } }),
});

export const DueQuery = z.strictObject({
  within: z
    .string()
    .regex(/^\d{1,4}d$/, 'days_form')
    .default('30d')
    .openapi({ description: 'Plans whose next exercise falls due within this many days (or is overdue)' }),
});

export const DueSchema = z.object({
  items: z.array(
    z.object({
      planId: z.number().int(),
      planNumber: z.string(),
      homeAgency: areaCode,
      vessel: z.object({ id: z.number().int(), nameZh: z.string(), nameEn: z.string() }),
      nextDue: z.string(),
      overdue: z.boolean(),
      daysUntilDue: z.number().int().openapi({ description: 'Negative when overdue' }),
    }),
  ),
});

export { ExerciseSchema };
