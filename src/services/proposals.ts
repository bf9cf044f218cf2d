import {
  mayReadCompanyRecord,
  mayWriteHomeRecord,
  operatorScope,
  requireCompanyReader,
  requireHomeRegistrar,
  requireRole,
  type Who,
} from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import type { Page } from '../domain/page.ts';
import { proposedAgainstCurrent, type Proposal, type ProposalState, type ProposalTarget } from '../domain/proposal.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { AppError, notFound, refuse } from '../errors.ts';
import { recordAudit } from '../store/audit.ts';
import { getCompany } from '../store/companies.ts';
import { inTransaction, type Executor, type Tx } from '../store/database.ts';
import { decideProposal as closeProposal, getProposal, insertProposal, listProposals, moveOpenProposals } from '../store/proposals.ts';
import { getVessel } from '../store/vessels.ts';
import { changeCompany, changeVessel, checkedCompany, checkedVessel, companyDetails, vesselDetails } from './registry.ts';

// Operators propose changes to their company's Module 1 and their ships' Module 2; the home agency's
// registrar approves (the change then applies as the registrar's own, through the same service as a
// direct edit, so the plans go stale as usual) or rejects with a reason. Every step is audited against
// the record itself, so its trail names both the one who proposed and the one who approved.

type Target = { companyId: number; homeAgency: AreaCode; name: string; version: number; current: Record<string, unknown>; withdrawn: boolean };

async function targetOf(db: Executor, t: Pick<ProposalTarget, 'recordType' | 'recordId'>): Promise<Target> {
  if (t.recordType === 'company') {
    const c = await getCompany(db, t.recordId);
    if (!c) throw notFound('noun.company', t.recordId);
    return { companyId: c.id, homeAgency: c.homeAgency, name: `${c.nameEn} ${c.nameZh}`, version: c.version, current: c, withdrawn: false };
  }
  const v = await getVessel(db, t.recordId);
  if (!v) throw notFound('noun.vessel', t.recordId);
  return {
    companyId: v.companyId,
    homeAgency: v.homeAgency,
    name: `${v.nameEn} ${v.nameZh}`,
    version: v.version,
    current: v,
    withdrawn: v.status === 'withdrawn',
  };
}

/** The proposal would leave a valid record: checked now, by the same rules as a registrar's edit, so the operator hears of problems at once. */
async function checkApplies(db: Executor, t: ProposalTarget): Promise<void> {
  try {
    await checkRecord(db, t);
  } catch (err) {
    // Named as the proposer sent them: under `changes`.
    if (err instanceof AppError && err.category === 'validation_failed')
      throw refuse(
        err.code,
        err.params,
        err.errors.map((e) => ({ ...e, field: `changes.${e.field}` })),
        err.extra,
      );
    throw err;
  }
}

async function checkRecord(db: Executor, t: ProposalTarget): Promise<void> {
  if (t.recordType === 'company') {
    const c = (await getCompany(db, t.recordId))!;
    await checkedCompany(db, { ...companyDetails(c), ...t.changes }, c.id);
  } else {
    const v = (await getVessel(db, t.recordId))!;
    await checkedVessel(db, { ...vesselDetails(v), ...t.changes }, v.id);
  }
}

const auditOn = (trx: Tx, who: Who, action: string, p: Proposal, before: unknown, after: unknown, stamp: string) =>
  recordAudit(trx, { who, action, record: { type: p.recordType, id: p.recordId, agency: p.homeAgency }, before, after, at: stamp });

export async function proposeChange(db: Executor, who: Who, input: ProposalTarget & { note?: string | null }, at: Date): Promise<Proposal> {
  requireRole(who.principal, 'operator', 'propose');
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const target = await targetOf(trx, input);
    requireCompanyReader(who.principal, target.companyId);
    if (target.withdrawn) throw refuse('record_withdrawn', { name: target.name });
    const changed = proposedAgainstCurrent(input.changes, target.current);
    if (changed.length === 0) throw refuse('proposal_changes_nothing', {}, [{ field: 'changes', code: 'proposal_no_change' }]);
    await checkApplies(trx, input);
    const changes = Object.fromEntries(changed.map((c) => [c.field, c.proposed]));
    const saved = await insertProposal(trx, {
      ...input,
      changes,
      companyId: target.companyId,
      homeAgency: target.homeAgency,
      note: input.note?.trim() || null,
      at: stamp,
      by: { id: who.principal.id, name: who.principal.name },
    } as Parameters<typeof insertProposal>[1]);
    await auditOn(trx, who, 'proposal.create', saved, null, saved, stamp);
    return saved;
  });
}

async function openProposal(trx: Executor, id: number, expected: ExpectedVersion, check: (p: Proposal) => void): Promise<Proposal> {
  const p = await getProposal(trx, id);
  if (!p) throw notFound('noun.proposal', id);
  check(p);
  requireVersion('proposal', p.version, expected);
  if (p.state !== 'open') throw refuse('proposal_decided', { id: String(id), state: p.state, date: p.decidedAt?.slice(0, 10) ?? 'none' });
  return p;
}

export type Decision = { decision: 'approve' } | { decision: 'reject'; reason: string };

/** The home agency's registrar approves (the change applies as the registrar's) or rejects with a reason. */
export async function decideProposal(
  db: Executor,
  who: Who,
  id: number,
  expected: ExpectedVersion,
  d: Decision & { reason?: string | null },
  at: Date,
): Promise<Proposal> {
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const p = await openProposal(trx, id, expected, (found) => requireHomeRegistrar(who.principal, found.homeAgency, 'decide_proposals'));
    const reason = d.reason?.trim() || null;
    if (d.decision === 'reject' && !reason) throw refuse('rejection_needs_reason', {}, [{ field: 'reason', code: 'rejection_reason' }]);
    // What the record held, read before an approval changes it: the proposal keeps it to show what was replaced.
    const before = (await targetOf(trx, p)).current;
    const replaced = Object.fromEntries(Object.keys(p.changes).map((field) => [field, before[field] ?? null]));
    if (d.decision === 'approve') {
      // Applied to the record as it is now: the registrar approved it beside the current values.
      if (p.recordType === 'company') await changeCompany(trx, who, p.recordId, 'any', p.changes, at);
      else await changeVessel(trx, who, p.recordId, 'any', p.changes, at);
    }
    const decided = await closeProposal(trx, id, p.version, {
      state: d.decision === 'approve' ? 'approved' : 'rejected',
      at: stamp,
      by: { id: who.principal.id, name: who.principal.name },
      reason,
      replaced,
    });
    if (!decided) throw changedMeanwhile('proposal');
    await auditOn(trx, who, `proposal.${d.decision}`, decided, p, decided, stamp);
    return decided;
  });
}

/**
 * A ship accepted into another area's register takes its open proposals along: they wait for the
 * gaining agency's registrars, who now keep the record (the losing agency could no longer apply them).
 * Called inside the acceptance's transaction; each move is in both agencies' audit trails.
 */
export async function followTransfer(trx: Tx, who: Who, vesselId: number, from: AreaCode, to: AreaCode, stamp: string): Promise<Proposal[]> {
  const moved = await moveOpenProposals(trx, vesselId, to);
  for (const p of moved) {
    const before = { ...p, homeAgency: from, version: p.version - 1 };
    for (const agency of [from, to])
      await recordAudit(trx, { who, action: 'proposal.move', record: { type: 'vessel', id: vesselId, agency }, before, after: p, at: stamp });
  }
  return moved;
}

/** The operator takes back its own open proposal. */
export async function withdrawProposal(db: Executor, who: Who, id: number, expected: ExpectedVersion, at: Date): Promise<Proposal> {
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const p = await openProposal(trx, id, expected, (found) => {
      requireRole(who.principal, 'operator', 'withdraw_proposal');
      requireCompanyReader(who.principal, found.companyId);
    });
    const closed = await closeProposal(trx, id, p.version, {
      state: 'withdrawn',
      at: stamp,
      by: { id: who.principal.id, name: who.principal.name },
      reason: null,
    });
    if (!closed) throw changedMeanwhile('proposal');
    await auditOn(trx, who, 'proposal.withdraw', closed, p, closed, stamp);
    return closed;
  });
}

// --- reads -----------------------------------------------------------------------------------

function requireProposalReader(who: Who, p: Proposal) {
  const r = who.principal;
  const may = r.role === 'admin' || (r.role === 'registrar' && r.agency === p.homeAgency) || (r.role === 'operator' && mayReadCompanyRecord(r, p.companyId));
  if (!may) throw refuse('proposals_not_yours');
}

export type ProposalQuery = { state?: ProposalState; cursor?: number; limit: number };

/** Registrars see their agency's proposals, operators their company's, admins all. */
export async function listProposalPage(db: Executor, who: Who, q: ProposalQuery): Promise<Page<Proposal>> {
  const r = who.principal;
  if (r.role === 'coordinator') throw refuse('proposals_not_yours');
  return listProposals(db, {
    homeAgency: r.role === 'registrar' ? r.agency! : undefined,
    companyId: operatorScope(r),
    state: q.state,
    after: q.cursor,
    limit: q.limit,
  });
}

export type ProposalDetail = {
  proposal: Proposal;
  record: { name: string; version: number };
  /** Each proposed field beside the record's value now and, once decided, the value it held at the decision. */
  comparison: { field: string; current: unknown; proposed: unknown; replaced?: unknown }[];
  mayDecide: boolean;
  mayWithdraw: boolean;
};

export async function proposalDetail(db: Executor, who: Who, id: number): Promise<ProposalDetail> {
  const p = await getProposal(db, id);
  if (!p) throw notFound('noun.proposal', id);
  requireProposalReader(who, p);
  const target = await targetOf(db, p);
  const open = p.state === 'open';
  return {
    proposal: p,
    record: { name: target.name, version: target.version },
    comparison: Object.entries(p.changes).map(([field, proposed]) => ({
      field,
      current: target.current[field] ?? null,
      proposed,
      ...(p.replaced ? { replaced: p.replaced[field] ?? null } : {}),
    })),
    mayDecide: open && mayWriteHomeRecord(who.principal, p.homeAgency),
    mayWithdraw: open && who.principal.role === 'operator',
  };
}

/** The record an operator proposes a change to, with its values now (the form starts from them). */
export async function recordForProposal(
  db: Executor,
  who: Who,
  t: Pick<ProposalTarget, 'recordType' | 'recordId'>,
): Promise<{ name: string; current: Record<string, unknown> }> {
  requireRole(who.principal, 'operator', 'propose');
  const target = await targetOf(db, t);
  requireCompanyReader(who.principal, target.companyId);
  if (target.withdrawn) throw refuse('record_withdrawn', { name: target.name });
  return { name: target.name, current: target.current };
}

/** Whether the reader may propose a change to a record of `companyId` (the operator of that company). */
export const mayPropose = (who: Who, companyId: number) => who.principal.role === 'operator' && mayReadCompanyRecord(who.principal, companyId);

/** Names of the records a page of proposals is about, keyed "type:id". */
export async function proposalRecordNames(db: Executor, items: Proposal[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const p of items) {
    const key = `${p.recordType}:${p.recordId}`;
    if (!names.has(key)) names.set(key, (await targetOf(db, p)).name);
  }
  return names;
}
