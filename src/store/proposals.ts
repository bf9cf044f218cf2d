import type { Selectable } from 'kysely';
import type { AreaCode } from '../domain/areas.ts';
import { pageOf, type Page } from '../domain/page.ts';
import type { Proposal, ProposalState, ProposalTarget } from '../domain/proposal.ts';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json.ts';
import type { ProposalTable } from './schema.ts';

const toProposal = (r: Selectable<ProposalTable>): Proposal =>
  ({
    id: r.id,
    companyId: r.company_id,
    recordType: r.record_type,
    recordId: r.record_id,
    homeAgency: r.home_agency as AreaCode,
    changes: fromJson(r.changes),
    note: r.note,
    state: r.state,
    proposedAt: r.proposed_at,
    proposedBy: { id: r.proposed_by_id, name: r.proposed_by_name },
    decidedAt: r.decided_at,
    decidedBy: r.decided_by_name === null ? null : { id: r.decided_by_id, name: r.decided_by_name },
    reason: r.reason,
    replaced: r.replaced === null ? null : fromJson(r.replaced),
    version: r.version,
  }) as Proposal;

export async function insertProposal(
  db: Executor,
  p: ProposalTarget & { companyId: number; homeAgency: AreaCode; note: string | null; at: string; by: { id: number | null; name: string } },
): Promise<Proposal> {
  const row = await db
    .insertInto('proposals')
    .values({
      company_id: p.companyId,
      record_type: p.recordType,
      record_id: p.recordId,
      home_agency: p.homeAgency,
      changes: toJson(p.changes),
      note: p.note,
      proposed_at: p.at,
      proposed_by_id: p.by.id,
      proposed_by_name: p.by.name,
      created_at: p.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProposal(row);
}

export async function getProposal(db: Executor, id: number): Promise<Proposal | undefined> {
  const row = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProposal(row);
}

/** Closes an open proposal; undefined when it was no longer open at `expected` (someone decided meanwhile). */
export async function decideProposal(
  db: Executor,
  id: number,
  expected: number,
  d: {
    state: Exclude<ProposalState, 'open'>;
    at: string;
    by: { id: number | null; name: string };
    reason: string | null;
    replaced?: Record<string, unknown>;
  },
): Promise<Proposal | undefined> {
  const row = await db
    .updateTable('proposals')
    .set((eb) => ({
      state: d.state,
      decided_at: d.at,
      decided_by_id: d.by.id,
      decided_by_name: d.by.name,
      reason: d.reason,
      replaced: d.replaced ? toJson(d.replaced) : null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('state', '=', 'open')
    .where('version', '=', expected)
    .returningAll()
    .executeTakeFirst();
  return row && toProposal(row);
}

export type ProposalFilter = { homeAgency?: AreaCode; companyId?: number; state?: ProposalState; after?: number; limit: number };

/** Newest first; the cursor is the last id seen. */
export async function listProposals(db: Executor, f: ProposalFilter): Promise<Page<Proposal>> {
  let q = db
    .selectFrom('proposals')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(f.limit + 1);
  if (f.homeAgency) q = q.where('home_agency', '=', f.homeAgency);
  if (f.companyId !== undefined) q = q.where('company_id', '=', f.companyId);
  if (f.state) q = q.where('state', '=', f.state);
  if (f.after !== undefined) q = q.where('id', '<', f.after);
  return pageOf((await q.execute()).map(toProposal), f.limit, (p) => p.id);
}

/** Hands a ship's open proposals to the agency whose register it joined; the moved ones, as they are now. */
export async function moveOpenProposals(db: Executor, vesselId: number, toAgency: AreaCode): Promise<Proposal[]> {
  const rows = await db
    .updateTable('proposals')
    .set((eb) => ({ home_agency: toAgency, version: eb('version', '+', 1) }))
    .where('record_type', '=', 'vessel')
    .where('record_id', '=', vesselId)
    .where('state', '=', 'open')
    .returningAll()
    .execute();
  return rows.map(toProposal).sort((a, b) => a.id - b.id);
}
