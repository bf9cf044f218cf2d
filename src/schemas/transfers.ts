import { z } from '@hono/zod-openapi';
import { TRANSFER_STATES, type NewRegistration } from '../domain/transfer.ts';
import { areaCode, line, name, text } from './fields.ts';
import { VesselFields, VesselSchema } from './vessels.ts';

export const ReleaseInput = z
  .strictObject({
    toArea: areaCode.openapi({
      description: 'The gaining area, whose agency will accept the ship into its register',
      example: 'MO',
      'x-problems': ['already_registered_in'],
    }),
    note: text(500)
      .nullable()
      .optional()
      .openapi({ description: 'For the gaining agency (new owner, date of re-registration)', example: 'Re-registered in Macao from 1 December 2026' }),
  })
  .openapi('ReleaseInput');

// The new register's identifiers follow the same rules as registering a ship (checked in the domain).
export const AcceptInput = z
  .strictObject({
    mmsi: VesselFields.shape.mmsi,
    callSign: VesselFields.shape.callSign,
    portOfRegistry: VesselFields.shape.portOfRegistry.openapi({ example: 'Macau' }),
    epirbHexId: VesselFields.shape.epirbHexId.openapi({
      description: "The EPIRB's 406 MHz hex ID once recoded with the new country code (null if not yet recoded)",
    }),
    nationalRegistrationNumber: line(40).nullable().optional(),
    nameZh: name(60).optional().openapi({ description: 'Only if the ship is renamed on re-registration; the old name joins its former names' }),
    nameEn: name(120).optional(),
    companyId: z.number().int().positive().optional().openapi({ description: 'Only if the operating company changes' }),
  })
  .openapi('AcceptInput') satisfies z.ZodType<NewRegistration, unknown>;

const Former = z.object({
  areaOfRegistry: areaCode,
  nameZh: z.string(),
  nameEn: z.string(),
  mmsi: z.string(),
  callSign: z.string(),
  portOfRegistry: z.string(),
  epirbHexId: z.string().nullable(),
  nationalRegistrationNumber: z.string().nullable(),
  companyId: z.number().int(),
});

export const TransferSchema = z
  .object({
    id: z.number().int(),
    vesselId: z.number().int(),
    fromArea: areaCode,
    toArea: areaCode,
    state: z.enum(TRANSFER_STATES),
    former: Former.openapi({ description: 'The ship as the losing area registered it (still searchable)' }),
    note: z.string().nullable(),
    releasedAt: z.string(),
    releasedBy: z.string(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
  })
  .openapi('Transfer');

export const TransferResultSchema = z
  .object({
    vessel: VesselSchema,
    transfer: TransferSchema,
    handedOverPlan: z.object({ id: z.number().int(), planNumber: z.string() }).nullable().openapi({
      description:
        "On acceptance, the losing agency's plan: it stays in force and recognised until the gaining agency issues its own, which then supersedes it",
    }),
    withdrawnPlan: z
      .object({ id: z.number().int(), planNumber: z.string() })
      .nullable()
      .openapi({ description: 'On acceptance, a plan of the losing agency never issued: it covered nothing and is withdrawn as "transferred"' }),
    movedProposals: z
      .array(z.number().int())
      .openapi({ description: "On acceptance, the ship's open proposals, now waiting for the gaining agency's registrars" }),
  })
  .openapi('TransferResult');

const OpenTransfer = TransferSchema.extend({
  vessel: z.object({ id: z.number().int(), nameZh: z.string(), nameEn: z.string(), imoNumber: z.string().nullable(), version: z.number().int() }),
});

export const OpenTransfersSchema = z
  .object({
    incoming: z.array(OpenTransfer).openapi({ description: 'Released to your agency: accept them' }),
    outgoing: z.array(OpenTransfer).openapi({ description: 'Released by your agency, not yet accepted' }),
  })
  .openapi('OpenTransfers');
