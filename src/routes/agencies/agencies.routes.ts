import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, ifMatchHeader, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { AgencySchema, CodeParam, FacilitiesSchema, RccBlockSchema } from '../../schemas/agencies.ts';
import { AgencySettingsInput } from '../../schemas/plans.ts';

const tags = ['Agencies'];

export const list = createRoute({
  method: 'get',
  path: '/api/agencies',
  tags,
  operationId: 'listAgencies',
  summary: 'The three SAR agencies',
  description: 'The three SAR agencies with their Module 3 and Module 4 blocks',
  security: bearerSecurity,
  responses: { 200: jsonOk(z.object({ items: z.array(AgencySchema) }), 'The agencies, GD, HK, MO'), ...problems(401) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/agencies/{code}',
  tags,
  operationId: 'getAgency',
  summary: 'One agency',
  description:
    'One agency with its Module 3 (RCC) and Module 4 (facilities) blocks and its plan defaults; its ETag is the one to send in If-Match to change a block',
  security: bearerSecurity,
  request: { params: CodeParam },
  responses: { 200: jsonOk(AgencySchema, 'The agency; ETag header for updates of its blocks'), ...problems(400, 401, 404) },
});

export const CertificateSchema = z
  .object({
    id: z.number().int(),
    holder: z.enum(['GD', 'HK', 'MO']),
    state: z.enum(['active', 'retired']).openapi({ description: 'active: signs the copies issued now; retired: signed earlier copies only' }),
    source: z.enum(['registry', 'imported']).openapi({ description: "Certified by the registry's authority, or brought from the agency's own" }),
    serialNumber: z.string(),
    subject: z.string().openapi({ example: 'C=HK, O=香港海上救援協調中心, CN=Maritime Rescue Co-ordination Centre Hong Kong' }),
    issuer: z.string(),
    notBefore: z.string(),
    notAfter: z.string(),
    fingerprint: z.string().openapi({ description: 'SHA-256 of the certificate, as readers and openssl print it' }),
    createdAt: z.string(),
    retiredAt: z.string().nullable(),
    pem: z.string().openapi({ description: 'The certificate, PEM' }),
    chain: z.array(z.string()).openapi({ description: "The certificates above it (the registry's or the agency's authority), PEM" }),
  })
  .openapi('SigningCertificate');

export const certificates = createRoute({
  method: 'get',
  path: '/api/agencies/{code}/certificates',
  tags,
  operationId: 'listAgencyCertificates',
  summary: "An agency's signing certificates",
  description:
    "The certificates the agency's copies are signed under, newest first: the one in force and those retired, each with the certificates above it. Anyone holding a copy checks its signature against these; no token needed.",
  security: [],
  request: { params: CodeParam },
  responses: { 200: jsonOk(z.object({ items: z.array(CertificateSchema) }), "The agency's certificates"), ...problems(400) },
});

export type CertificatesRoute = typeof certificates;
export type ListRoute = typeof list;
export type GetRoute = typeof get;

export const putRcc = createRoute({
  method: 'put',
  path: '/api/agencies/{code}/rcc',
  tags,
  operationId: 'replaceAgencyRcc',
  summary: "Replace an agency's RCC block (Module 3)",
  description: "Replace the agency's Module 3 block (its RCC); that agency's registrars only, with If-Match",
  security: bearerSecurity,
  request: { params: CodeParam, headers: ifMatchHeader, body: jsonBody(RccBlockSchema) },
  responses: { 200: jsonOk(AgencySchema, 'Saved; new ETag'), ...problems(400, 401, 403, 404, 412, 415, 428) },
});

export const putFacilities = createRoute({
  method: 'put',
  path: '/api/agencies/{code}/facilities',
  tags,
  operationId: 'replaceAgencyFacilities',
  summary: "Replace an agency's SAR facilities (Module 4)",
  description: "Replace the agency's Module 4 block (SAR facilities); that agency's registrars only, with If-Match",
  security: bearerSecurity,
  request: { params: CodeParam, headers: ifMatchHeader, body: jsonBody(FacilitiesSchema) },
  responses: { 200: jsonOk(AgencySchema, 'Saved; new ETag'), ...problems(400, 401, 403, 404, 412, 415, 428) },
});

export const putSettings = createRoute({
  method: 'put',
  path: '/api/agencies/{code}/settings',
  tags,
  operationId: 'replaceAgencySettings',
  summary: "Set an agency's plan defaults",
  description:
    "The agency's defaults for its plans: the Chinese script they print in and the agreed exercise interval; that agency's registrars only, with If-Match",
  security: bearerSecurity,
  request: { params: CodeParam, headers: ifMatchHeader, body: jsonBody(AgencySettingsInput) },
  responses: { 200: jsonOk(AgencySchema, 'Saved; new ETag'), ...problems(400, 401, 403, 404, 412, 415, 428) },
});

export type PutSettingsRoute = typeof putSettings;
export type PutRccRoute = typeof putRcc;
export type PutFacilitiesRoute = typeof putFacilities;
