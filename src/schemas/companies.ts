import { z } from '@hono/zod-openapi';
import type { CompanyDetails } from '../domain/company.ts';
import { areaCode, email, name, pageQuery, patchOf, phone, phoneOrNull, text } from './fields.ts';

const Contact = z.strictObject({
  name: name(120).openapi({ example: 'Fleet Operations Centre' }),
  phone,
  email: email.nullable().default(null),
});

/** Module 1 as a registrar submits it. Unknown fields are refused, not ignored. */
export const CompanyInput = z
  .strictObject({
    homeAgency: areaCode.openapi({ description: 'The agency of the area the company is registered in; only its registrars may write the record' }),
    nameZh: name(120).openapi({ description: 'Name in Chinese', example: '港澳飛翼船務有限公司' }),
    nameEn: name(200).openapi({ description: 'Name in English', example: 'Harbour Wing Jetfoil Company Limited' }),
    addressZh: text(300).openapi({ example: '香港上環干諾道中200號' }),
    addressEn: text(300).openapi({ example: '200 Connaught Road Central, Sheung Wan, Hong Kong' }),
    imoCompanyNumber: z
      .string()
      .max(20)
      .nullable()
      .default(null)
      .openapi({ description: 'IMO unique company number: 7 digits with a check digit', example: '5812343' }),
    emergencyPhone: phone.openapi({ description: '24-hour emergency telephone' }),
    emergencyPhoneAlt: phoneOrNull.default(null).openapi({ description: 'Alternate 24-hour telephone' }),
    designatedPerson: z
      .strictObject({ name: name(120), phone, mobile: phoneOrNull.default(null), email })
      .openapi({ description: 'Designated person ashore (ISM Code)' }),
    emergencyTeam: Contact.openapi({ description: "The company's emergency response team" }),
    mediaContact: Contact.nullable().default(null).openapi({ description: 'Media / press contact' }),
  })
  .openapi('CompanyInput') satisfies z.ZodType<CompanyDetails, unknown>;

/** A change: any of the fields above except the home agency; nested objects are replaced whole. */
export const CompanyPatch = patchOf(CompanyInput.omit({ homeAgency: true })).openapi('CompanyPatch');

export const CompanySchema = z
  .object({
    id: z.number().int(),
    homeAgency: areaCode,
    nameZh: z.string(),
    nameEn: z.string(),
    addressZh: z.string(),
    addressEn: z.string(),
    imoCompanyNumber: z.string().nullable(),
    emergencyPhone: z.string(),
    emergencyPhoneAlt: z.string().nullable(),
    designatedPerson: z.object({ name: z.string(), phone: z.string(), mobile: z.string().nullable(), email: z.string() }),
    emergencyTeam: z.object({ name: z.string(), phone: z.string(), email: z.string().nullable() }),
    mediaContact: z.object({ name: z.string(), phone: z.string(), email: z.string().nullable() }).nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Company');

export const CompanyListQuery = z.strictObject({
  homeAgency: areaCode.optional(),
  name: z.string().max(100).optional().openapi({ description: 'Part of the Chinese or English name' }),
  ...pageQuery,
});
