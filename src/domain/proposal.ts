import type { AreaCode } from './areas.ts';
import type { CompanyDetails } from './company.ts';
import type { VesselDetails } from './vessel.ts';

// An operator's proposed change to its company's Module 1 or a ship's Module 2 (Circ.1079 §7.3: the
// company keeps its emergency data current). The home agency's registrar approves it, and it then
// applies as the registrar's own change, or rejects it with a reason.

/** What an operator may propose: its contacts and emergency organisation, and a ship's communications, life-saving, colours and marks. */
export const COMPANY_PROPOSABLE = [
  'emergencyPhone',
  'emergencyPhoneAlt',
  'designatedPerson',
  'emergencyTeam',
  'mediaContact',
] as const satisfies readonly (keyof CompanyDetails)[];
export const VESSEL_PROPOSABLE = [
  'communications',
  'lifeSaving',
  'hullColour',
  'superstructureColour',
  'identifyingMarks',
] as const satisfies readonly (keyof VesselDetails)[];

export type CompanyChanges = Partial<Pick<CompanyDetails, (typeof COMPANY_PROPOSABLE)[number]>>;
export type VesselChanges = Partial<Pick<VesselDetails, (typeof VESSEL_PROPOSABLE)[number]>>;

export const PROPOSAL_STATES = ['open', 'approved', 'rejected', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export type ProposalTarget =
  | { recordType: 'company'; recordId: number; changes: CompanyChanges }
  | { recordType: 'vessel'; recordId: number; changes: VesselChanges };

export type Proposal = ProposalTarget & {
  id: number;
  companyId: number;
  homeAgency: AreaCode;
  note: string | null;
  state: ProposalState;
  proposedAt: string;
  proposedBy: { id: number | null; name: string };
  decidedAt: string | null;
  decidedBy: { id: number | null; name: string } | null;
  reason: string | null;
  /** The record's values of the proposed fields when it was decided (an approval's: the values it replaced); null while open. */
  replaced: Record<string, unknown> | null;
  version: number;
};

/** Each proposed field beside the record's value now, for the registrar to compare; unchanged ones left out. */
export function proposedAgainstCurrent(
  changes: Record<string, unknown>,
  current: Record<string, unknown>,
): { field: string; current: unknown; proposed: unknown }[] {
  return Object.entries(changes)
    .filter(([field, proposed]) => JSON.stringify(current[field] ?? null) !== JSON.stringify(proposed ?? null))
    .map(([field, proposed]) => ({ field, current: current[field] ?? null, proposed }));
}
