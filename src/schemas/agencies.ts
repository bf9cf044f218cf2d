import { z } from '@hono/zod-openapi';
import type { Facilities, RccBlock } from '../domain/agency.ts';
import { areaCode, email, line, phoneOrNull, shortNumber, text } from './fields.ts';

// A block may be saved incomplete (null fields); issuing a plan is what requires it complete.
export const RccBlockSchema = z
  .strictObject({
    nameZh: line(200).nullable(),
    nameEn: line(200).nullable(),
    sarRegionZh: text(500).nullable(),
    sarRegionEn: text(500).nullable(),
    phone24h: phoneOrNull.openapi({ description: 'The 24-hour number in full international form' }),
    shortNumber: shortNumber
      .nullable()
      .default(null)
      .openapi({ description: "A domestic short number, reachable only from within the agency's own area, kept beside the full number" }),
    fax: phoneOrNull,
    email: email.nullable(),
    vhfChannels: z.array(line(40)).max(20),
    dscMmsi: z
      .string()
      .regex(/^00\d{7}$/, 'coast_mmsi')
      .nullable()
      .openapi({ example: '004773500' }),
    coordinationProcedureZh: text(4000).nullable(),
    coordinationProcedureEn: text(4000).nullable(),
  })
  .openapi('RccBlock', { description: "Module 3: the agency's rescue co-ordination centre" }) satisfies z.ZodType<RccBlock>;

export const FacilitiesSchema = z
  .strictObject({
    rescueUnits: z
      .array(
        z.strictObject({
          nameZh: line(200),
          nameEn: line(200),
          kind: z.enum(['vessel', 'helicopter', 'aircraft']),
          base: line(200).nullable(),
          contact: line(200).nullable(),
        }),
      )
      .max(100),
    hospitals: z.array(z.strictObject({ nameZh: line(200), nameEn: line(200), phone: phoneOrNull })).max(100),
  })
  .openapi('Facilities', { description: "Module 4: the agency's SAR facilities" }) satisfies z.ZodType<Facilities>;

export const AgencySchema = z
  .object({
    code: areaCode,
    nameZh: z.string().openapi({ example: '香港海上救援協調中心' }),
    nameEn: z.string().openapi({ example: 'Maritime Rescue Co-ordination Centre Hong Kong' }),
    rcc: RccBlockSchema,
    facilities: FacilitiesSchema,
    rccComplete: z.boolean().openapi({ description: 'Whether Module 3 holds everything a plan needs' }),
    rccMissing: z.array(z.string()).openapi({ description: 'What Module 3 still lacks' }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('Agency');

export const CodeParam = z.object({ code: areaCode.openapi({ param: { name: 'code', in: 'path' } }) });
