import type { Who } from '../domain/access.ts';
import type { Agency } from '../domain/agency.ts';
import type { AreaCode } from '../domain/areas.ts';
import { fieldLabel, type Words } from '../words/field-label.ts';
import { toSimplified } from '../script.ts';
import { controlledCopies, sha256, verificationCode } from '../domain/copies.ts';
import { deltaDate, issueProblems, proposedChange, sourcesOf, type ChangeKind, type PlanSnapshot, type RevisionChange } from '../domain/plan.ts';
import { recognitionFor } from '../domain/recognition.ts';
import type { ExpectedVersion } from '../domain/version.ts';
import { refuse, type FieldProblem } from '../errors.ts';
import { copyRenderSeconds, plansIssued } from '../metrics.ts';
import { renderSignedCopyOffThread } from '../pdf/render-pool.ts';
import type { SigningIdentity } from '../pdf/signature.ts';
import { signingIdentity, signingIdentityOf, verificationBase } from './signing-keys.ts';
import { PORTS } from '../reference/ports.ts';
import { listAgencies } from '../store/agencies.ts';
import { listPairs } from '../store/arrangement.ts';
import { getCompany } from '../store/companies.ts';
import { copiesOfRevision, insertCopies } from '../store/copies.ts';
import { inTransaction, refuseRenderingWhileWriting, type Executor } from '../store/database.ts';
import { listExercises } from '../store/exercises.ts';
import { getRevision, listRevisions, markIssued } from '../store/plans.ts';
import { getVessel } from '../store/vessels.ts';
import { amendmentOf, auditPlan, changesSince, planView, refuseIfWithdrawn, touched, writablePlan, type PlanView, agencyLabel, settingsOf } from './plans.ts';
import { openRevision, supersedeHandedOverPlans } from './plan-drafting.ts';

// Issuing a draft: what it still needs (readiness), its five copies rendered before the transaction, then
// the revision frozen with its snapshot, the previous one superseded, and the audit event.

/**
 * Issues the open draft: checks completeness (every agency's Module 3 included), freezes the snapshot of
 * everything printed, renders its five controlled copies, and in one transaction marks it issued,
 * supersedes the previous revision, stores the copies and audits. Rendering happens before that
 * transaction so that other requests are not held up by it; the snapshot is rebuilt inside the
 * transaction and must be the same, or nothing is written.
 */
export type IssueInput = { change?: ChangeKind; reason?: string | null; summary: string };

export async function issuePlan(
  db: Executor,
  who: Who,
  id: number,
  expected: ExpectedVersion,
  issue: IssueInput,
  at: Date,
  opts: { openRevision?: boolean } = {},
): Promise<PlanView> {
  const { principal } = who;
  const input = { ...issue, issuedBy: `${principal.name}${principal.agency ? ` (${principal.agency})` : ''}` };
  // With `openRevision`, a new revision is opened from the one in force and issued at once, in the one
  // transaction: a failed issue leaves no draft behind (the bulk re-issue after an agency's change).
  const prepare = async (ex: Executor) => {
    if (!opts.openRevision) return { ...(await prepareIssue(ex, who, id, expected, input, at)), version: expected };
    const opened = await openRevision(ex, who, id, expected, at);
    return { ...(await prepareIssue(ex, who, id, opened.version, input, at)), version: opened.version as ExpectedVersion };
  };
  // The snapshot as it will be, read outside the transaction that writes it; a revision still to open is
  // opened in a transaction rolled back at once (the writer's lock held for milliseconds, not a render).
  const prepared = opts.openRevision ? await rehearsed(db, prepare) : await prepare(db);
  // The copies render in worker threads (src/pdf/render-pool.ts), which load the PDF machinery on the
  // first issue: a registry that is only being searched never carries it, and lookups are not held up.
  // Never inside a transaction: every other writer would wait for the rendering.
  refuseRenderingWhileWriting(db);
  // Signed by the compiling agency's key; a registry that cannot sign for it issues nothing of its.
  const { keyId, identity } = await signingIdentity(db, prepared.snapshot.homeAgency, at);
  const rendering = copyRenderSeconds.startTimer();
  const copies = await Promise.all(
    controlledCopies(prepared.snapshot).map(async (copy) => {
      const pdf = await signedCopy(db, prepared.snapshot, copy.number, identity);
      return {
        number: copy.number,
        holder: copy.holder,
        pdf,
        sha256: sha256(pdf),
        verificationCode: verificationCode(prepared.snapshot, copy.number),
        signingKeyId: keyId,
      };
    }),
  );
  rendering();
  const issued = await inTransaction(db, async (trx) => {
    const again = await prepare(trx);
    if (JSON.stringify(again.snapshot) !== JSON.stringify(prepared.snapshot)) {
      throw refuse('issue_raced', { planNumber: again.plan.planNumber });
    }
    const { plan, snapshot, draft } = again;
    const stamp = at.toISOString();
    const after = await touched(trx, plan, again.version, stamp);
    await markIssued(trx, draft, {
      snapshot,
      change: snapshot.change,
      reason: again.reason,
      summary: issue.summary,
      issuedOn: snapshot.issuedOn,
      issuedBy: input.issuedBy,
      at: stamp,
    });
    await insertCopies(trx, draft.id, copies);
    await supersedeHandedOverPlans(trx, who, plan, snapshot.issuedOn, at);
    await auditPlan(
      trx,
      who,
      plan,
      'plan.issue',
      { revision: draft.revision, state: 'draft' },
      {
        revision: draft.revision,
        state: 'issued',
        change: snapshot.change,
        reason: again.reason,
        summary: issue.summary,
        issuedOn: snapshot.issuedOn,
        copies: copies.map((c) => ({ number: c.number, sha256: c.sha256 })),
      },
      stamp,
    );
    return planView(trx, after, deltaDate(at));
  });
  plansIssued.inc({ agency: issued.homeAgency });
  return issued;
}

/** One copy rendered from its snapshot and signed: the same bytes for the same snapshot, key and public address. */
async function signedCopy(db: Executor, snapshot: PlanSnapshot, copyNumber: number, identity: SigningIdentity): Promise<Uint8Array> {
  return renderSignedCopyOffThread(snapshot, copyNumber, { verifyBase: verificationBase(db) }, identity);
}

/**
 * A stored copy rendered and signed again from its revision's snapshot with the key that signed it: equal
 * to the stored bytes unless the copy or the registry's public address changed (a check, not a repair).
 */
export async function renderStoredCopyAgain(db: Executor, planId: number, rev: number, copyNumber: number): Promise<Uint8Array> {
  const revision = await getRevision(db, planId, rev);
  const stored = revision && (await copiesOfRevision(db, revision.id)).find((c) => c.number === copyNumber);
  if (!revision?.snapshot || !stored?.signingKeyId) throw new Error(`copy ${copyNumber} of revision ${rev} of plan ${planId} is not a signed copy`);
  return signedCopy(db, revision.snapshot, copyNumber, await signingIdentityOf(db, stored.signingKeyId));
}

/** What `work` computes in a transaction that is then rolled back: its reads as they would be, nothing written. */
async function rehearsed<T>(db: Executor, work: (trx: Executor) => Promise<T>): Promise<T> {
  const box: { result?: T } = {};
  try {
    await inTransaction(db, async (trx) => {
      box.result = await work(trx);
      throw ROLL_BACK;
    });
  } catch (err) {
    if (err !== ROLL_BACK) throw err;
  }
  return box.result as T;
}
const ROLL_BACK = new Error('rehearsal: rolled back by design');

/** A plan in force with its open draft and the records the draft would print (for its home registrars). */
async function draftToIssue(db: Executor, who: Who, id: number, expected: ExpectedVersion | null) {
  const plan = await writablePlan(db, who, id, expected);
  refuseIfWithdrawn(plan);
  const revisions = await listRevisions(db, plan.id);
  const draft = revisions.find((r) => r.state === 'draft');
  if (!draft) throw refuse('no_open_draft', { planNumber: plan.planNumber });
  const vessel = (await getVessel(db, plan.vesselId))!;
  const company = (await getCompany(db, vessel.companyId))!;
  return { plan, revisions, draft, vessel, company, agencies: await listAgencies(db) };
}

/** Everything issuing checks and the snapshot it would freeze; writes nothing. */
async function prepareIssue(db: Executor, who: Who, id: number, expected: ExpectedVersion, issue: IssueInput & { issuedBy: string }, at: Date) {
  const { plan, revisions, draft, vessel, company, agencies } = await draftToIssue(db, who, id, expected);
  const problems = issueProblems(company, vessel, agencies, draft.content);
  if (problems.length) throw refuse('plan_not_ready', { planNumber: plan.planNumber, count: problems.length }, problems);

  // The kind of change: the registrar may raise the registry's proposal, and lower it only with a reason.
  const last = revisions.filter((r) => r.state !== 'draft').at(-1);
  const changed = last?.snapshot ? changesSince(last.snapshot, company, vessel, agencies, draft.content) : [];
  const proposal = proposedChange(
    changed.map((c) => c.field),
    !last,
  );
  const change = issue.change ?? proposal.kind;
  const reason = issue.reason?.trim() || null;
  if (proposal.kind === 'major' && change === 'minor' && !reason) {
    const because = changed.filter((c) => proposal.because.includes(c.field)).map((c) => c.label);
    const listed: Words | 'none' = because.length
      ? {
          'zh-Hant': because.map((b) => b['zh-Hant']).join('、'),
          'zh-Hans': because.map((b) => b['zh-Hans']).join('、'),
          en: because.map((b) => b.en).join(', '),
        }
      : 'none';
    throw refuse('minor_needs_reason', {}, [{ field: 'reason', code: 'minor_needs_reason', params: { because: listed } }]);
  }

  const issuedOn = deltaDate(at);
  const sources = sourcesOf(company, vessel, agencies);
  const settings = settingsOf(plan, agencies);
  const snapshot: PlanSnapshot = {
    planNumber: plan.planNumber,
    revision: draft.revision,
    issuedOn,
    homeAgency: plan.homeAgency,
    change,
    summary: issue.summary,
    company: sources.company,
    vessel: sources.vessel,
    routePorts: vessel.route.ports.map((code) => PORTS.find((p) => p.code === code)!),
    agencies: agencies.map(({ code, nameZh, nameEn, rcc, facilities }: Agency) => ({ code, nameZh, nameEn, rcc, facilities })),
    content: draft.content,
    exercises: await listExercises(db, plan.id),
    amendments: [
      ...revisions.filter((r) => r.state !== 'draft').map(amendmentOf),
      { revision: draft.revision, issuedOn, change, summary: issue.summary, issuedBy: issue.issuedBy, ...(reason ? { reason } : {}) },
    ],
    recognitions: recognitionFor(plan.homeAgency, issuedOn, await listPairs(db)),
    // What the copies list on their "changes since" page (src/pdf/plan-document.ts).
    ...(last ? { changes: changed } : {}),
    script: settings.documentScript,
    exerciseIntervalMonths: settings.exerciseIntervalMonths,
    exerciseIntervalReason: settings.exerciseIntervalReason,
    // Agencies' names in the document's script: a Guangdong plan prints them in Simplified Chinese.
    agencyNamesZh: Object.fromEntries(agencies.map((a) => [a.code, settings.documentScript === 'hans' ? toSimplified(a.nameZh) : a.nameZh])),
  };
  return { plan, snapshot, draft, reason };
}

/** Where a missing item of a plan is completed: the ship's or company's record, an agency's block, or the draft. */
export type FixAt = { kind: 'ship'; id: number } | { kind: 'company'; id: number } | { kind: 'agency'; code: AreaCode } | { kind: 'draft' };

export type Readiness = {
  plan: PlanView;
  /** What must be complete before issuing, each with where to complete it. */
  missing: (FieldProblem & { label: Words; fixAt: FixAt })[];
  /** What changed since the last issued revision, and the kind of change the registry proposes. */
  changes: RevisionChange[];
  proposal: { kind: ChangeKind; because: Words[] };
};

/** A field's label, with the row it is about where the problem names one (a hospital without a telephone). */
function namedLabel(label: Words, problem: FieldProblem): Words {
  const what = problem.params?.what;
  const row = typeof what === 'object' && what !== null && 'params' in what ? what.params?.hospital : undefined;
  return typeof row === 'string' ? (Object.fromEntries(Object.entries(label).map(([lang, text]) => [lang, `${text}: ${row}`])) as Words) : label;
}

/** Everything the registrar checks before issuing the open draft (the same rules the issue itself applies). */
export async function issueReadiness(db: Executor, who: Who, id: number, today: string): Promise<Readiness> {
  const { plan, revisions, draft, vessel, company, agencies } = await draftToIssue(db, who, id, null);
  const label = agencyLabel(agencies);
  const fixAt = (field: string): FixAt => {
    const [record, code] = field.split('.');
    if (record === 'vessel') return { kind: 'ship', id: vessel.id };
    if (record === 'company') return { kind: 'company', id: company.id };
    if (record === 'agencies') return { kind: 'agency', code: code as AreaCode };
    return { kind: 'draft' };
  };
  const missing = issueProblems(company, vessel, agencies, draft.content).map((p) => ({
    ...p,
    label: namedLabel(fieldLabel(p.field, label), p),
    fixAt: fixAt(p.field),
  }));
  const last = revisions.filter((r) => r.state !== 'draft').at(-1);
  const changes = last?.snapshot ? changesSince(last.snapshot, company, vessel, agencies, draft.content) : [];
  const proposal = proposedChange(
    changes.map((c) => c.field),
    !last,
  );
  return {
    plan: await planView(db, plan, today),
    missing,
    changes,
    proposal: { kind: proposal.kind, because: changes.filter((c) => proposal.because.includes(c.field)).map((c) => c.label) },
  };
}
