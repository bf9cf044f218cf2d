import { createRoute, z } from '@hono/zod-openapi';
import { whoOf } from '../../http/context.ts';
import { bearerSecurity, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { router } from '../../http/router.ts';
import { ROLES } from '../../domain/access.ts';
import type { LinkIssued } from '../../services/accounts.ts';
import {
  createAccount,
  listPeople,
  readPerson,
  readSignInPolicy,
  resetAccount,
  setAccountStatus,
  setSignInPolicy,
  unlockSignIn,
} from '../../services/accounts.ts';
import { OPTIONAL_SECOND_FACTOR } from '../../domain/account.ts';
import { areaCode, email, IdParam, name, requiredWhen } from '../../schemas/fields.ts';

// An agency's people through the API, for an admin's own systems (the People page does the same work
// through the same service, which checks who may manage whom).

const tags = ['People'];

const PersonSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    agency: areaCode.nullable().openapi({ description: "The person's agency; null for an operator, who belongs to a company" }),
    companyId: z.number().int().nullable(),
    status: z.enum(['active', 'disabled']),
    hasPassword: z.boolean().openapi({ description: 'Whether the person has set a password from the one-time link yet' }),
    secondFactor: z.boolean(),
    createdAt: z.string(),
    disabledAt: z.string().nullable(),
    version: z.number().int(),
    signInLockedUntil: z.string().nullable().openapi({
      description:
        'Until when sign-in is locked from at least one address, after ten failures from there (null: no lock). A lock holds one address only; unlock lifts them all.',
    }),
  })
  .openapi('Person');

const OPTIONAL_ROLES = z.enum(OPTIONAL_SECOND_FACTOR);

const SignInPolicySchema = z
  .object({
    agency: areaCode,
    secondFactorRequiredFor: z.array(z.enum(ROLES)).openapi({ description: 'Every role that must have a second factor: registrars and admins always' }),
    alsoRequiredFor: z.array(OPTIONAL_ROLES).openapi({ description: 'The roles your agency adds' }),
    withoutSecondFactor: z.number().int().openapi({
      description: 'Your people whose role needs a second factor and who have none yet; each is asked to set one up before any other page at the next sign-in',
    }),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('SignInPolicy');

const SignInPolicyInput = z
  .strictObject({
    alsoRequiredFor: z
      .array(OPTIONAL_ROLES)
      .max(2)
      .refine((roles) => new Set(roles).size === roles.length, { error: 'listed_twice' })
      .openapi({ uniqueItems: true, description: 'The roles, beyond registrars and admins, that must have a second factor', example: ['coordinator'] }),
  })
  .openapi('SignInPolicyChange');

const LinkSchema = z
  .object({
    person: PersonSchema,
    link: z.string().openapi({
      description: 'The one-time link for the person to set a password and second factor; pass it on yourself (no mail is sent)',
      example: 'https://registry.example/link/…',
    }),
    expiresAt: z.string().openapi({ description: 'Two hours on; a newer link replaces it' }),
  })
  .openapi('OneTimeLink');

// An operator belongs to a company: said in the document as the service requires it.
const operatorsCompany = requiredWhen(
  { required: ['role'], properties: { role: { const: 'operator' } } },
  { required: ['companyId'], properties: { companyId: { type: 'integer' } } },
);

const NewPersonInput = z
  .strictObject({
    name: name(120).openapi({ example: 'Chan Siu-ming' }),
    email,
    role: z.enum(ROLES, { error: 'choose_role' }),
    companyId: z
      .number()
      .int()
      .positive()
      .nullable()
      .optional()
      .openapi({ description: "An operator's company, registered with your agency", 'x-problems': ['company_registered_here'] }),
  })
  .openapi('NewPerson', { allOf: [operatorsCompany] });

const list = createRoute({
  method: 'get',
  path: '/api/people',
  tags,
  operationId: 'listPeople',
  summary: "The agency's people",
  description: "An agency's admins see its staff and the operators of the companies registered with it.",
  security: bearerSecurity,
  responses: { 200: jsonOk(z.object({ items: z.array(PersonSchema) }), 'The people'), ...problems(401, 403) },
});

const get = createRoute({
  method: 'get',
  path: '/api/people/{id}',
  tags,
  operationId: 'getPerson',
  summary: 'One person',
  description: "One of the agency's people, for its admins.",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: jsonOk(PersonSchema, 'The person'), ...problems(400, 401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path: '/api/people',
  tags,
  operationId: 'createPerson',
  summary: 'Open an account',
  description:
    "An agency's admin opens an account for its own staff (registrar, coordinator, admin) or an operator of a company registered with it, and gets the one-time link to pass on.",
  security: bearerSecurity,
  request: { body: jsonBody(NewPersonInput) },
  responses: { 201: jsonOk(LinkSchema, 'Opened; Location header'), ...problems(400, 401, 403, 409, 413, 415) },
});

const getPolicy = createRoute({
  method: 'get',
  path: '/api/people/sign-in-policy',
  tags,
  operationId: 'getSignInPolicy',
  summary: "Your agency's sign-in policy",
  description: 'Which roles must have a second factor in your agency; admins only',
  security: bearerSecurity,
  responses: { 200: jsonOk(SignInPolicySchema, 'The policy'), ...problems(401, 403) },
});

const putPolicy = createRoute({
  method: 'put',
  path: '/api/people/sign-in-policy',
  tags,
  operationId: 'setSignInPolicy',
  summary: "Set your agency's sign-in policy",
  description:
    'Adds coordinators or operators (or both, or neither) to the roles that must have a second factor. From their next page, those without one are asked to set one up before anything else.',
  security: bearerSecurity,
  request: { body: jsonBody(SignInPolicyInput) },
  responses: { 200: jsonOk(SignInPolicySchema, 'Saved'), ...problems(400, 401, 403, 413, 415) },
});

const act = (action: 'disable' | 'enable' | 'reset' | 'unlock') =>
  createRoute({
    method: 'post',
    path: `/api/people/{id}/${action}`,
    tags,
    operationId: `${action}Person`,
    summary: { disable: 'Disable an account', enable: 'Enable an account again', reset: 'Reset an account', unlock: "Lift a person's sign-in locks" }[action],
    description: {
      disable: "Ends the person's sessions and revokes their tokens at once. Not your own account.",
      enable: 'Lets the person sign in again with their password and second factor.',
      reset: 'Clears the password and the second factor, ends the sessions, lifts sign-in locks, and gives a new one-time link to pass on.',
      unlock: 'Lifts the locks ten failed sign-ins put on the person from some address, and forgets every failure counted for them. Audited.',
    }[action],
    security: bearerSecurity,
    request: { params: IdParam },
    responses: { 200: action === 'reset' ? jsonOk(LinkSchema, 'Reset') : jsonOk(PersonSchema, 'Done'), ...problems(400, 401, 403, 404, 422) },
  });

// A new link's person has no lock: a reset lifts them, a new account has had no failures.
const issued = (made: LinkIssued, url: string) => ({
  person: { ...made.account, signInLockedUntil: null },
  link: new URL(made.link, url).toString(),
  expiresAt: made.expiresAt,
});

export const peopleRoutes = router()
  .openapi(list, async (c) => c.json({ items: await listPeople(c.get('deps').db, whoOf(c), c.get('deps').now()) }, 200))
  .openapi(getPolicy, async (c) => c.json(await readSignInPolicy(c.get('deps').db, whoOf(c)), 200))
  .openapi(putPolicy, async (c) => c.json(await setSignInPolicy(c.get('deps').db, whoOf(c), c.req.valid('json').alsoRequiredFor, c.get('deps').now()), 200))
  .openapi(get, async (c) => c.json(await readPerson(c.get('deps').db, whoOf(c), c.req.valid('param').id, c.get('deps').now()), 200))
  .openapi(create, async (c) => {
    const made = await createAccount(c.get('deps').db, whoOf(c), c.req.valid('json'), c.get('deps').now());
    c.set('answerHoldsSecret', true);
    c.header('Location', `/api/people/${made.account.id}`);
    return c.json(issued(made, c.req.url), 201);
  })
  .openapi(act('disable'), async (c) =>
    c.json(await setAccountStatus(c.get('deps').db, whoOf(c), c.req.valid('param').id, 'disabled', c.get('deps').now()), 200),
  )
  .openapi(act('enable'), async (c) => c.json(await setAccountStatus(c.get('deps').db, whoOf(c), c.req.valid('param').id, 'active', c.get('deps').now()), 200))
  .openapi(act('unlock'), async (c) => c.json(await unlockSignIn(c.get('deps').db, whoOf(c), c.req.valid('param').id, c.get('deps').now()), 200))
  .openapi(act('reset'), async (c) => {
    const made = await resetAccount(c.get('deps').db, whoOf(c), c.req.valid('param').id, c.get('deps').now());
    c.set('answerHoldsSecret', true);
    return c.json(issued(made, c.req.url), 200);
  });
