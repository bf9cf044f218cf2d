import type { FieldProblem, Refusal } from '../errors.ts';
import { say, type Key, type Lang } from '../words/index.ts';
import { hospitalsWithoutPhone, missingRccItems, type Agency, type Script } from './agency.ts';
import { AREAS, type AreaCode } from './areas.ts';
import type { Company, CompanyDetails } from './company.ts';
import type { Port } from './ports.ts';
import type { Recognition } from './recognition.ts';
import type { Vessel, VesselDetails } from './vessel.ts';

/** A ship's one plan, numbered per area and year, kept current by revisions. */
export type Plan = {
  id: number;
  vesselId: number;
  planNumber: string;
  homeAgency: AreaCode;
  withdrawnOn: string | null;
  withdrawnReason: string | null;
  /** Overrides the compiling agency's script for this plan's documents (null: the agency's). */
  documentScript: Script | null;
  /** Overrides the agency's agreed exercise interval for this plan (null: the agency's). */
  exerciseIntervalMonths: number | null;
  exerciseIntervalReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A revision is a draft until issued; issuing supersedes the one before. An issued one never changes. */
export type Revision = {
  id: number;
  planId: number;
  revision: number;
  state: 'draft' | 'issued' | 'superseded';
  content: PlanContent;
  snapshot: PlanSnapshot | null;
  change: ChangeKind | null;
  changeReason: string | null;
  summary: string | null;
  issuedOn: string | null;
  issuedBy: string | null;
  updatedAt: string;
};

export type PlanStatus = 'draft' | 'issued' | 'withdrawn';

/** A plan's standing: withdrawn once withdrawn, issued once any revision is, a draft before. */
export function planStatus(plan: Pick<Plan, 'withdrawnOn'>, revisions: readonly Pick<Revision, 'state'>[]): PlanStatus {
  if (plan.withdrawnOn) return 'withdrawn';
  return revisions.some((r) => r.state === 'issued') ? 'issued' : 'draft';
}

/** The plan-specific parts a registrar writes in a draft; everything else comes from the records. */
export type PlanContent = {
  routeNotes: string | null;
  communicationsNotes: string | null;
  lifeSavingNotes: string | null;
  medicalNotes: string | null;
  exerciseNotes: string | null;
};

export const CHANGE_KINDS = ['major', 'minor'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One line of the record of amendments. */
export type Amendment = {
  revision: number;
  issuedOn: string;
  change: ChangeKind;
  summary: string;
  issuedBy: string;
  /** Why a change the registry proposed as major was issued as minor (Circ.1079: it needs a reason). */
  reason?: string;
};

export const EXERCISE_KINDS = ['communications', 'table_top', 'full_scale'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** Module 5: one exercise, planned or held. Voluntary ones come on top of the required yearly one. */
export type Exercise = {
  id: number;
  state: 'planned' | 'held';
  date: string;
  kind: ExerciseKind;
  scenario: string;
  agencies: AreaCode[];
  lessonsLearned: string | null;
  voluntary: boolean;
};

export type SnapshotAgency = Pick<Agency, 'code' | 'nameZh' | 'nameEn' | 'rcc' | 'facilities'>;

/**
 * Everything an issued revision prints, frozen at issue: modules 1–5, all three agencies' blocks,
 * the record of amendments and the recognition as it stood that day.
 */
export type PlanSnapshot = {
  planNumber: string;
  revision: number;
  issuedOn: string;
  homeAgency: AreaCode;
  change: ChangeKind;
  summary: string;
  company: CompanyDetails & { id: number };
  vessel: VesselDetails & { id: number };
  routePorts: Port[];
  agencies: SnapshotAgency[];
  content: PlanContent;
  exercises: Exercise[];
  amendments: Amendment[];
  recognitions: Recognition[];
  /** The script the document is printed in (snapshots issued before it was kept: Traditional). */
  script?: Script;
  /** The agreed exercise interval in months, printed in Module 5. */
  exerciseIntervalMonths?: number;
  /** Why an interval over 36 months was agreed, printed beside it. */
  exerciseIntervalReason?: string | null;
  /** The agencies' Chinese names as the document prints them, in its script. */
  agencyNamesZh?: Partial<Record<AreaCode, string>>;
  /** From revision 2 on: what changed since the revision before, printed on the copies' "changes since" page. */
  changes?: RevisionChange[];
};

/**
 * One item that differs between two revisions, with its label as printed and its value in each; a long
 * text also with the passages that changed (a few words around each change, the rest elided).
 */
export type RevisionChange = { field: string; label: Record<Lang, string>; before: string; after: string; passages?: { before: string; after: string } };

/** Plan numbers run per area and year: HK-2026-0007. */
export function planNumber(area: AreaCode, year: number, sequence: number): string {
  return `${area}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The Chinese of a plan's documents in their script: Simplified for `hans`, Traditional for `hant`. */
export const documentLang = (script: Script): Lang => (script === 'hans' ? 'zh-Hans' : 'zh-Hant');

/**
 * A draft's content prefilled from the vessel record, for the registrar to edit: each text in the
 * Chinese of the plan's documents, then in English, as the copies print them.
 */
export function prefilledContent(vessel: VesselDetails, ports: readonly Port[], script: Script): PlanContent {
  const names = vessel.route.ports.map((code) => ports.find((p) => p.code === code)).filter((p): p is Port => Boolean(p));
  const { communications: comms, lifeSaving: lsa } = vessel;
  const zh = documentLang(script);
  const portName: Record<Lang, (p: Port) => string> = { 'zh-Hant': (p) => p.nameZh, 'zh-Hans': (p) => p.nameZhHans, en: (p) => p.nameEn };
  const inBoth = (text: (lang: Lang) => string) => `${text(zh)}\n${text('en')}`;
  return {
    routeNotes: inBoth((lang) =>
      say(lang, 'draft.route', {
        ports: names.map(portName[lang]).join(' – '),
        sailings: vessel.route.sailingsPerDay,
        minutes: vessel.route.crossingMinutes,
      }),
    ),
    // Each item under the name of the field it comes from, as Module 2 prints it.
    communicationsNotes: inBoth((lang) =>
      [
        comms.vhf,
        comms.bridgePhone && say(lang, 'draft.bridgePhone', { number: comms.bridgePhone }),
        ...comms.satellite.map((n) => say(lang, 'draft.satellite', { number: n })),
        comms.otherRadio,
      ]
        .filter(Boolean)
        .join(say(lang, 'draft.separator')),
    ),
    lifeSavingNotes: inBoth((lang) =>
      [
        say(lang, 'draft.liferafts', { n: lsa.liferafts, capacity: lsa.liferaftCapacity }),
        say(lang, 'draft.evacuationSystems', { n: lsa.marineEvacuationSystems }),
        say(lang, 'draft.rescueBoats', { n: lsa.rescueBoats }),
      ].join(say(lang, 'draft.listSeparator')),
    ),
    medicalNotes: vessel.medicalFacilities,
    exerciseNotes: null,
  };
}

/** What stops a plan from being issued: every missing item, with where it is. */
export function issueProblems(company: CompanyDetails, vessel: VesselDetails, agencies: readonly Agency[], content: PlanContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const missing = (field: string, what: Key, params?: Refusal['params']) =>
    problems.push({ field, code: 'missing', params: { what: params ? { key: what, params } : { key: what } } });

  // Module 1: the company.
  if (!company.emergencyPhoneAlt) missing('company.emergencyPhoneAlt', 'missing.emergencyPhoneAlt');
  // Module 2: the ship.
  if (vessel.status === 'withdrawn') problems.push({ field: 'vessel.status', code: 'ship_withdrawn' });
  if (!vessel.epirbHexId) missing('vessel.epirbHexId', 'missing.epirb');
  if (!vessel.communications.bridgePhone && vessel.communications.satellite.length === 0) {
    missing('vessel.communications', 'missing.shipPhone');
  }
  if (!vessel.medicalFacilities) missing('vessel.medicalFacilities', 'missing.medical');
  if (!content.routeNotes) missing('content.routeNotes', 'missing.routeNotes');
  // Module 3: all three agencies, always (arrangement, clause 1).
  for (const code of AREAS) {
    const agency = agencies.find((a) => a.code === code);
    if (!agency) {
      missing(`agencies.${code}`, 'missing.rccBlock', { agency: { key: `area.${code}` } });
      continue;
    }
    for (const field of missingRccItems(agency.rcc))
      missing(`agencies.${code}.rcc.${field}`, 'missing.rccItem', { agency: { key: `area.${code}` }, item: { key: `rccItem.${field}` } });
    // Module 4: every hospital printed with a number to call.
    for (const h of hospitalsWithoutPhone(agency.facilities))
      missing(`agencies.${code}.facilities.hospitals.${h.index}.phone`, 'missing.hospitalPhone', {
        agency: { key: `area.${code}` },
        hospital: `${h.nameZh} ${h.nameEn}`,
      });
  }
  return problems;
}

/**
 * The parts of a snapshot that come from records kept elsewhere and may move on after issue: what the
 * plan prints of them. A ship laid up, or a record's bookkeeping (ids, versions, times), is not printed,
 * so it never makes a plan stale.
 */
export function sourcesOf(
  company: Company | (CompanyDetails & { id: number }),
  vessel: Vessel | (VesselDetails & { id: number }),
  agencies: readonly SnapshotAgency[],
) {
  const { version: _cv, createdAt: _cc, updatedAt: _cu, ...companyDetails } = company as Company;
  const { version: _vv, createdAt: _vc, updatedAt: _vu, homeAgency: _h, ...vesselDetails } = vessel as Vessel;
  return {
    company: companyDetails,
    vessel: vesselDetails,
    agencies: Object.fromEntries(agencies.map((a) => [a.code, { nameZh: a.nameZh, nameEn: a.nameEn, rcc: a.rcc, facilities: a.facilities }])),
  };
}

/**
 * The fields whose current value differs from the issued snapshot, as paths
 * (company.emergencyPhone, agencies.MO.rcc.phone24h …): what a new revision would change.
 */
export function staleFields(issued: ReturnType<typeof sourcesOf>, current: ReturnType<typeof sourcesOf>): string[] {
  return changedPaths(issued, current).filter((path) => !NOT_PRINTED.some((p) => p.test(path)));
}

/** Paths of the records that the document does not print. */
const NOT_PRINTED = [/^company\.(id|homeAgency)$/, /^vessel\.(id|companyId|status)$/];

/** Every path at which two values differ (nested objects walked; arrays and values compared whole). */
export function changedPaths(issued: unknown, current: unknown): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], path ? `${path}.${key}` : key);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.push(path);
    }
  };
  walk(issued, current, '');
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Exercises (MSC.1/Circ.1079 §9): how often a plan is exercised depends on circumstances and is agreed
// between the SAR service and the company; a ship should not be *required* to exercise more than once
// in any twelve-month period. Voluntary exercises are always welcome, and what was held is a record.

/** The date `months` after `isoDate` (the same day of the month, clamped at month end). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The agreed interval, if nothing else was agreed. */
export const DEFAULT_EXERCISE_INTERVAL_MONTHS = 12;

/**
 * The intervals the registry accepts. Never under a year: no more than one exercise a year may be
 * required (MSC.1/Circ.1079), so a shorter interval would set a "next due" the registry then refuses.
 * Over three years only with the reason the agencies agreed, kept and printed beside it.
 */
export const EXERCISE_INTERVAL = { min: 12, withoutReason: 36, max: 60 } as const;

/** Whether an interval needs its agreed reason recorded. */
export const intervalNeedsReason = (months: number | null | undefined) => (months ?? 0) > EXERCISE_INTERVAL.withoutReason;

/** The reason kept with an interval: only one that needs it keeps one (a shortened interval drops the old reason). */
export const keptIntervalReason = (months: number | null | undefined, reason: string | null | undefined): string | null =>
  intervalNeedsReason(months) ? (reason?.trim() ?? null) : null;

/** When the next exercise falls due: the agreed interval after the last one held, or after the first issue if none was held yet. */
export function nextExerciseDue(
  exercises: readonly Exercise[],
  firstIssuedOn: string | null,
  intervalMonths = DEFAULT_EXERCISE_INTERVAL_MONTHS,
): string | null {
  const held = exercises
    .filter((e) => e.state === 'held')
    .map((e) => e.date)
    .sort();
  const from = held.at(-1) ?? firstIssuedOn;
  return from ? addMonths(from, intervalMonths) : null;
}

/**
 * Why the compiling agency may not require an exercise on `date`, or null: another required exercise,
 * held or planned, falls within twelve months of it. Only a planned, required exercise is checked: a
 * held one is a record of what happened, in whatever order it is entered, and a voluntary one never counts.
 */
export function requiredExerciseClash(date: string, exercises: readonly Exercise[]): Refusal | null {
  const clash = exercises.find((e) => !e.voluntary && addMonths(e.date, 12) > date && addMonths(date, 12) > e.date);
  if (!clash) return null;
  return {
    code: 'exercise_clash',
    params: { state: clash.state, date: clash.date, before: addMonths(clash.date, -12), after: addMonths(clash.date, 12) },
  };
}

// Circ.1079 Appendix 1: a new ship, route, SAR service or changed emergency arrangements need a new
// issue of the plan (major); a contact detail is a routine update (minor), still recorded.
const MAJOR: readonly RegExp[] = [
  /^vessel\.(nameZh|nameEn|formerNames|imoNumber|nationalRegistrationNumber|mmsi|callSign|areaOfRegistry|portOfRegistry|type|grossTonnage|lengthMetres|hullColour|superstructureColour|identifyingMarks|maxPassengers|crew|epirbHexId|route|lifeSaving|companyId)\b/,
  /^company\.(nameZh|nameEn|imoCompanyNumber)$/,
  /^agencies\.\w+\.rcc\.(sarRegion\w*|coordinationProcedure\w*)$/,
  /^content\.routeNotes$/,
];

/** The kind of change the registry proposes for a revision, from what changed since the last one (a first issue is major). */
export function proposedChange(changed: readonly string[], firstIssue: boolean): { kind: ChangeKind; because: string[] } {
  if (firstIssue) return { kind: 'major', because: [] };
  const because = changed.filter((path) => MAJOR.some((m) => m.test(path)));
  return { kind: because.length ? 'major' : 'minor', because };
}

const DAY = 86_400_000;
export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** The calendar date in the Pearl River Delta (UTC+8, no daylight saving) at instant `at`. */
export function deltaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
