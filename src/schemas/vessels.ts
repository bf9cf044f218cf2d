import { z } from '@hono/zod-openapi';
import { TYPED_FORMS } from '../domain/identifiers.ts';
import { IMO_EXCLUDED_TYPES, VESSEL_STATUSES, VESSEL_TYPES, vesselRules, type ReadableVessel, type VesselDetails } from '../domain/vessel.ts';
import { PORT_NAMES } from '../script.ts';
import { areaCode, isoDate, line, name, pageQuery, patchOf, phoneOrNull, requiredWhen, wrong } from './fields.ts';

// Identifiers are checked here only for length; their form, check digits and fit with the area of
// registry are domain rules (src/domain/vessel.ts), applied to the whole record. The document states
// the form as typed and names the rest.
const identifier = (max: number, kind: keyof typeof TYPED_FORMS, problems: string[]) =>
  z.string().trim().min(1).max(max).openapi({ pattern: TYPED_FORMS[kind], 'x-problems': problems });
const count = (max: number) => z.number(wrong('number')).int('whole_number').min(0).max(max);

/** A ship's fields, each checked for its shape; VesselInput adds the ship's rules across fields. */
export const VesselFields = z.strictObject({
  companyId: z.number().int().positive().openapi({ description: 'The operating company', example: 1 }),
  areaOfRegistry: areaCode.openapi({ description: 'Where the ship is registered; decides its home agency' }),
  nameZh: name(60).openapi({ description: 'Name in Chinese (traditional or simplified, as registered)', example: '金龍飛翼' }),
  nameEn: name(120).openapi({ description: 'Name in English', example: 'Golden Dragon Wing' }),
  formerNames: z
    .array(
      z.strictObject({
        nameZh: name(60).nullable().default(null),
        nameEn: name(120).nullable().default(null),
        until: isoDate.nullable().default(null),
      }),
    )
    .max(20)
    .default([])
    .openapi({ description: 'Names the ship sailed under before, searched by the incident lookup' }),
  // needs_imo: a change leaving a ship of a type that needs one without it (a new ship's type says it: numbersNeeded).
  imoNumber: identifier(20, 'imoNumber', ['check_digit', 'imo_none', 'needs_imo'])
    .nullable()
    .default(null)
    .openapi({ description: 'IMO ship number; absent only for jetfoils, hydrofoils and air-cushion vehicles', example: '9319466' }),
  nationalRegistrationNumber: line(40)
    .regex(/^[A-Za-z0-9\-/ ]+$/, 'registration_characters')
    .openapi({ pattern: '^[A-Za-z0-9\\-/ ]*[A-Za-z0-9\\-/][A-Za-z0-9\\-/ ]*$', 'x-problems': ['needs_registration_number'] })
    .nullable()
    .default(null)
    .openapi({ description: 'Required when the craft has no IMO number', example: 'HK-JF-0871' }),
  mmsi: identifier(20, 'mmsi', ['ship_mmsi_zero', 'ship_mmsi_special', 'ship_mid']).openapi({
    description: 'Ship station MMSI: the MID of the area of registry + 6 digits',
    example: '477101500',
  }),
  callSign: identifier(20, 'callSign', ['call_sign_series', 'call_sign_ship_form']).openapi({
    description: "Call sign from the area's ITU series",
    example: 'VRJF7',
  }),
  portOfRegistry: name(60).openapi({ example: 'Hong Kong' }),
  type: z.enum(VESSEL_TYPES),
  grossTonnage: count(500_000).min(1).openapi({ example: 267 }),
  lengthMetres: z.number(wrong('number')).positive().max(500).openapi({ example: 27.4 }),
  hullColour: line(80).openapi({ example: 'white with red stripe / 白色紅條' }),
  superstructureColour: line(80).openapi({ example: 'white / 白色' }),
  identifyingMarks: line(200).nullable().default(null),
  maxPassengers: count(10_000).openapi({ description: 'Maximum passengers certified', example: 260 }),
  crew: count(2_000).min(1).openapi({ example: 8 }),
  epirbHexId: identifier(40, 'epirbHexId', [
    'epirb_second_generation_form',
    'epirb_unreadable',
    'epirb_not_ship',
    'epirb_country',
    'epirb_mmsi',
    'epirb_call_sign',
  ])
    .nullable()
    .default(null)
    .openapi({ description: 'EPIRB 406 MHz hex ID: 15 hexadecimal characters, or 23 for a second-generation beacon (C/S T.018)', example: 'ADC6D26C5200001' }),
  communications: z
    .strictObject({
      bridgePhone: phoneOrNull.default(null).openapi({ description: "The bridge's mobile telephone" }),
      satellite: z.array(line(60)).max(10).default([]).openapi({ description: 'Satellite numbers (Inmarsat and others)' }),
      vhf: line(120).openapi({ example: 'VHF 16, 12, 70 (DSC)' }),
      otherRadio: line(200).nullable().default(null),
    })
    .openapi({ description: 'How to reach the ship' }),
  route: z
    .strictObject({
      ports: z
        .array(line(100).openapi({ 'x-problems': ['unknown_port', 'port_ambiguous'] }))
        .min(2, 'route_ports_min')
        .max(20)
        .openapi({
          description:
            "Ports by code from GET /api/ports, or by a name: a port's full name, or a name people use for it (上環, 外港 …) that only one port answers to; kept as codes. A name several ports answer to (澳門, 機場) is refused with the ports it could be.",
          example: ['HKG-SW', 'MAC-OH'],
        }),
      sailingsPerDay: count(200).min(1),
      crossingMinutes: count(24 * 60).min(5),
    })
    .openapi({ description: 'The scheduled route: it must touch at least two of the three areas' }),
  lifeSaving: z.strictObject({
    liferafts: count(200),
    liferaftCapacity: count(10_000),
    marineEvacuationSystems: count(20),
    rescueBoats: count(20),
  }),
  helicopterWinchingArea: line(200).nullable().default(null),
  medicalFacilities: line(400).nullable().default(null),
  status: z.enum(VESSEL_STATUSES).default('in_service'),
}) satisfies z.ZodType<VesselDetails, unknown>;

/**
 * The ship's rules (src/domain/vessel.ts) are checked with its fields' shapes, on every field that could
 * be read, so a request or a form learns of every problem in one answer, not one round at a time. The
 * service checks them again on the whole record, for callers that come without a schema.
 */
const withVesselRules = <S extends z.ZodType>(schema: S) =>
  schema.superRefine(
    (value, ctx) => {
      const already = new Set(ctx.issues.map((i) => (i.path ?? []).join('.')));
      for (const p of vesselRules(value as ReadableVessel, PORT_NAMES).problems) {
        if (!already.has(p.field))
          ctx.addIssue({ code: 'custom', path: p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), message: p.code, params: p.params });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** Which of the two numbers a new ship needs, by its type: said in the document as the rules decide it. */
const numbersNeeded = [
  requiredWhen(
    { required: ['type'], properties: { type: { enum: VESSEL_TYPES.filter((t) => !IMO_EXCLUDED_TYPES.includes(t)) } } },
    { required: ['imoNumber'], properties: { imoNumber: { type: 'string' } } },
  ),
  requiredWhen(
    { required: ['type'], properties: { type: { enum: [...IMO_EXCLUDED_TYPES] }, imoNumber: { type: 'null' } } },
    { required: ['nationalRegistrationNumber'], properties: { nationalRegistrationNumber: { type: 'string' } } },
  ),
];

export const VesselInput = withVesselRules(VesselFields).openapi('VesselInput', { allOf: numbersNeeded });

/**
 * A change to any field but the area of registry (re-registration elsewhere is a new record for the new
 * home agency). Without the area here, only the rules that do not need it are checked with the shapes.
 */
export const VesselPatch = withVesselRules(patchOf(VesselFields.omit({ areaOfRegistry: true }))).openapi('VesselPatch');

const Out = {
  formerName: z.object({ nameZh: z.string().nullable(), nameEn: z.string().nullable(), until: z.string().nullable() }),
};

export const VesselSchema = z
  .object({
    id: z.number().int(),
    companyId: z.number().int(),
    areaOfRegistry: areaCode,
    homeAgency: areaCode,
    nameZh: z.string(),
    nameEn: z.string(),
    formerNames: z.array(Out.formerName),
    imoNumber: z.string().nullable(),
    nationalRegistrationNumber: z.string().nullable(),
    mmsi: z.string(),
    callSign: z.string(),
    portOfRegistry: z.string(),
    type: z.enum(VESSEL_TYPES),
    grossTonnage: z.number(),
    lengthMetres: z.number(),
    hullColour: z.string(),
    superstructureColour: z.string(),
    identifyingMarks: z.string().nullable(),
    maxPassengers: z.number().int(),
    crew: z.number().int(),
    epirbHexId: z.string().nullable(),
    communications: z.object({ bridgePhone: z.string().nullable(), satellite: z.array(z.string()), vhf: z.string(), otherRadio: z.string().nullable() }),
    route: z.object({ ports: z.array(z.string()), sailingsPerDay: z.number().int(), crossingMinutes: z.number().int() }),
    lifeSaving: z.object({
      liferafts: z.number().int(),
      liferaftCapacity: z.number().int(),
      marineEvacuationSystems: z.number().int(),
      rescueBoats: z.number().int(),
    }),
    helicopterWinchingArea: z.string().nullable(),
    medicalFacilities: z.string().nullable(),
    status: z.enum(VESSEL_STATUSES),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Vessel');

export const VesselListQuery = z.strictObject({
  area: areaCode.optional(),
  companyId: z.coerce.number().int().positive().optional(),
  status: z.enum(VESSEL_STATUSES).optional(),
  type: z.enum(VESSEL_TYPES).optional(),
  ...pageQuery,
});
