import { z } from '@hono/zod-openapi';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { PUBLIC_EMERGENCY_NUMBERS } from '../domain/agency.ts';
import { AREAS } from '../domain/areas.ts';

// Building blocks shared by every resource's schemas, so each kind of field is validated one way.

/**
 * A field's own problem for a value of the wrong kind (`number`: "must be a number"), as a code of the
 * catalogue's `problem.` keys; a field left out is said to be required, not to be of the wrong kind.
 */
export const wrong = (code: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : code) });

// A field left out is "required", whatever check it failed first; zod keeps no input in the issues it
// reports, so this is said here, where it still has it. Every other check is named by what failed
// (src/schemas/problems.ts).
z.config({
  customError: (issue) => (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value') ? 'required' : undefined),
});

// C0 controls (except tab, newline, carriage return), DEL and C1 controls have no place in a record.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const noControl = (s: string) => !CONTROL.test(s);
// Bidirectional overrides and isolates, and zero-width characters, print nothing visible but can reorder
// or hide what a reader sees in a printed plan: they are refused wherever text is printed.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const noInvisible = (s: string) => !INVISIBLE.test(s);

/**
 * A JSON Schema pattern for what the server keeps: text of `allowed` characters (the inside of a class)
 * that is not blank once its ends are trimmed. JSON Schema has no class subtraction, so the one
 * character that must not be blank is found by a lookahead.
 */
const patternOf = (allowed: string) => `^[${allowed}]*(?!\\s)[${allowed}][${allowed}]*$`;

const TEXT_CHARACTERS = '^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';

/** Free text (addresses, procedures, notes): any script, no control characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(noControl, 'control_characters')
    .refine(noInvisible, 'invisible_characters')
    .openapi({ pattern: patternOf(TEXT_CHARACTERS) });

/** A single line: free text without line breaks. */
export const line = (max: number) =>
  text(max)
    .refine((s) => !/[\r\n\t]/.test(s), 'single_line')
    .openapi({ pattern: patternOf(`${TEXT_CHARACTERS}\\r\\n\\t`) });

const NAME_FORM = /^[\p{L}\p{M}\p{N} .,'’&()\-/·（）、，・･．　]+$/u;
// For the document, the characters a name may not hold that a pattern can list without Unicode
// properties (which Spectral's and many clients' validators read without the u flag): ASCII symbols,
// controls and invisible characters. Symbols beyond ASCII (★, emoji) are named in x-problems.
const NAME_CHARACTERS = `${TEXT_CHARACTERS}\\r\\n\\t!"#$%*+:;<=>?@\\[\\\\\\]^_\`{|}~`;

/**
 * Names of people, companies and ships: letters of any script, digits, spaces and the punctuation names
 * use, as Chinese names are written too: full-width brackets and commas, the enumeration comma, the
 * middle dots (信德中旅船務管理（澳門）有限公司, 麥・嘉倫), kept as typed.
 */
export const name = (max = 120) =>
  // An empty name is already refused as empty; the character rule speaks only of what was typed.
  line(max)
    .refine((s) => s === '' || NAME_FORM.test(s), 'name_characters')
    .openapi({ pattern: patternOf(NAME_CHARACTERS), 'x-problems': ['name_characters'] });

/** The characters of a number in full international form: a plus, then digits, spaces, brackets, hyphens. */
const PHONE_FORM = /^ *\+[0-9 ()-]*[0-9()-][0-9 ()-]*$/;

/**
 * A telephone number in full international form, checked by libphonenumber-js against the numbering
 * plan of its country (+86, +852, +853 and every other) and kept as it formats it (+852 2233 7999), so
 * that a coordinator in any of the three areas can dial it. A number without its country code is
 * refused: dialled from another area it reaches nobody. (A domestic short number such as 12395 has a
 * field of its own beside the full one, never instead of it.)
 */
export const phone = z
  .string()
  .trim()
  .max(30)
  .superRefine((s, ctx) => {
    const problem = phoneProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.code, params: problem.params });
  })
  .transform((s) => parsePhoneNumberFromString(s)?.formatInternational() ?? s)
  // The document states the form; the number of digits and the country's numbering plan it can only name.
  .openapi({ type: 'string', maxLength: 30, pattern: PHONE_FORM.source, example: '+852 2233 7999', 'x-problems': ['phone_digits', 'phone_invalid'] });

/**
 * A telephone number that may be left out (null). Said so in the document too: the phone's own
 * `type: 'string'` (its formatting transform hides the type) would otherwise hide the null.
 */
export const phoneOrNull = phone.nullable().openapi({ type: ['string', 'null'] });

/** Why a typed telephone number cannot be kept, or null; one reason at a time, the most basic first. */
function phoneProblem(s: string): { code: string; params?: { country: string } } | null {
  if (!/^\+?[0-9 ()-]+$/.test(s)) return { code: 'phone_characters' };
  const digits = s.replace(/\D/g, '').length;
  if (digits < 3 || digits > 15) return { code: 'phone_digits' };
  if (!s.startsWith('+')) return { code: 'phone_country_code' };
  const parsed = parsePhoneNumberFromString(s);
  if (!parsed?.isValid()) return { code: 'phone_invalid', params: { country: parsed?.countryCallingCode ?? 'none' } };
  return null;
}

/** A domestic short number (Guangdong's 12395), reachable only from within its own area. */
export const shortNumber = z
  .string()
  .trim()
  .regex(/^\d{3,6}$/, 'short_number')
  .refine((n) => !PUBLIC_EMERGENCY_NUMBERS.includes(n), 'short_number_public')
  .openapi({ example: '12395' });

/** zod's rule for an address (stricter than RFC 5322: no quoted parts, no `!#$%`), stated in the document as the server applies it. */
const EMAIL_FORM = z.regexes.email;
export const email = z.email({ pattern: EMAIL_FORM, error: 'email_form' }).max(254).openapi({ pattern: EMAIL_FORM.source, example: 'hkmrcc@mardep.gov.hk' });

export const isoDate = z.iso.date('date_form').openapi({ example: '2026-11-25' });

export const areaCode = z.enum(AREAS, wrong('area')).openapi({ description: 'Area / agency: GD Guangdong, HK Hong Kong, MO Macao', example: 'HK' });

export const IdParam = z.object({
  id: z.coerce
    .number(wrong('number'))
    .int('whole_number')
    .positive('positive')
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const pageQuery = {
  cursor: z.coerce.number().int().positive().optional().openapi({ description: 'Continue after this id (the `nextCursor` of the previous page)' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1–200' }),
};

/** A page of items with the cursor for the next page (null on the last one). */
export const page = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), nextCursor: z.number().int().nullable() });

type NoDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;

/**
 * The schema of a partial update: every field optional and without its default, so a field left out
 * of a PATCH stays as it is instead of being reset. Unknown fields are still refused.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const base = (field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType;
    shape[key] = base.optional();
  }
  return z.strictObject(shape as { [K in keyof T]: z.ZodOptional<NoDefault<T[K]> & z.ZodType> }).refine((v) => Object.keys(v).length > 0, {
    message: 'send_something',
    // Only worth saying when nothing else is wrong with the body.
    when: (payload) => payload.issues.length === 0,
  });
}

/** The kinds of identifier a ship holds, and may have held: what a lookup by a former identifier names. */
export const identifierKind = z.enum(['mmsi', 'callSign', 'imoNumber', 'epirbHexId']);

/**
 * A JSON Schema condition for the API document (`if` … `then`): what one field needs when another has a
 * value, stated as the service requires it.
 */
export const requiredWhen = (condition: object, needed: object) =>
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a thenable.
  ({ if: condition, then: needed });
