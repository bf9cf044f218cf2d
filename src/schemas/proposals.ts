import { z } from '@hono/zod-openapi';
import { COMPANY_PROPOSABLE, PROPOSAL_STATES, VESSEL_PROPOSABLE } from '../domain/proposal.ts';
import { areaCode, pageQuery, patchOf, text } from './fields.ts';
import { CompanyInput } from './companies.ts';
import { VesselFields } from './vessels.ts';

const pick = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, true])) as { [P in K]: true };

// What an operator may change is a part of Module 1 or 2; the same field rules as a registrar's edit.
const CompanyChanges = patchOf(CompanyInput.pick(pick(COMPANY_PROPOSABLE))).openapi({
  description: 'Contacts, designated person, emergency team, media contact',
});
const VesselChanges = patchOf(VesselFields.pick(pick(VESSEL_PROPOSABLE))).openapi({ description: 'Communications, life-saving appliances, colours and marks' });
const note = text(1000).nullable().optional().openapi({ description: 'For the registrar: why, and from when', example: 'New DPA from 1 December 2026' });

export const ProposalInput = z
  .discriminatedUnion('recordType', [
    z.strictObject({ recordType: z.literal('company'), recordId: z.number().int().positive(), changes: CompanyChanges, note }),
    z.strictObject({ recordType: z.literal('vessel'), recordId: z.number().int().positive(), changes: VesselChanges, note }),
  ])
  .openapi('ProposalInput', {
    example: { recordType: 'company', recordId: 1, changes: { emergencyPhone: '+852 2859 3111' }, note: 'The operations centre moved' },
  });

export const DecisionInput = z
  .discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('approve'), reason: text(1000).nullable().optional() }),
    z.strictObject({
      decision: z.literal('reject'),
      reason: z.string().trim().min(1, 'rejection_reason').max(1000),
    }),
  ])
  .openapi('DecisionInput', { example: { decision: 'reject', reason: 'The DPA must be reachable around the clock; give a mobile number' } });

const Person = z.object({ id: z.number().int().nullable(), name: z.string() });

export const ProposalSchema = z
  .object({
    id: z.number().int(),
    companyId: z.number().int(),
    recordType: z.enum(['company', 'vessel']),
    recordId: z.number().int(),
    homeAgency: areaCode,
    changes: z.record(z.string(), z.unknown()),
    note: z.string().nullable(),
    state: z.enum(PROPOSAL_STATES),
    proposedAt: z.string(),
    proposedBy: Person,
    decidedAt: z.string().nullable(),
    decidedBy: Person.nullable(),
    reason: z.string().nullable(),
    replaced: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: "The record's values of the proposed fields when decided (an approval's: the values it replaced); null while open" }),
    version: z.number().int(),
  })
  .openapi('Proposal');

export const ProposalDetailSchema = z
  .object({
    proposal: ProposalSchema,
    record: z.object({ name: z.string(), version: z.number().int() }),
    comparison: z
      .array(
        z.object({
          field: z.string(),
          current: z.unknown(),
          proposed: z.unknown(),
          replaced: z.unknown().optional().openapi({
            description:
              'Once decided: the value the record held at the decision (for an approval, the value it replaced). Absent while open, and for proposals decided before the registry kept it.',
          }),
        }),
      )
      .openapi({ description: 'Each proposed field beside the value the record holds now' }),
    mayDecide: z.boolean(),
    mayWithdraw: z.boolean(),
  })
  .openapi('ProposalDetail');

export const ProposalListQuery = z.strictObject({ state: z.enum(PROPOSAL_STATES).optional(), ...pageQuery });
