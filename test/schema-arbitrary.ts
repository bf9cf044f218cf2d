import { Ajv2020 } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';

// Values that a JSON Schema of the OpenAPI document allows, as fast-check arbitraries: what a client
// generated from the document may send. Only the keywords the document uses are read; a keyword this
// does not know fails loudly, so a schema never passes untested because it was not understood.
// What a schema states as a condition on the whole (if/then, exactly one of several `required`) is not
// built but checked: values are made from the rest and kept when ajv finds the condition holds.

export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  'x-problems'?: string[];
  if?: Schema;
  then?: Schema;
  [key: string]: unknown;
};

const KNOWN = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'default',
  'example',
  'examples',
  'description',
  'title',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'x-problems',
  'if',
  'then',
  'else',
  'readOnly',
  'deprecated',
]);

// Letters of the three areas' writing, digits and the punctuation names use: what a pattern with
// Unicode classes (which fast-check cannot invert) is filtered from.
const TEXT_UNITS = [...'嘉應輪金龍飛翼新世紀澳門香港廣东珠海深圳蛇口航运船务有限公司ABCDEFGHJKLMNPRSTVWXYZabcdefghijkmnoprstuvwxyz0123456789 .,-/()（）、·'];

export function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').at(-1)!;
  const target = components[name];
  if (!target) throw new Error(`no component ${schema.$ref}`);
  return resolve(target, components);
}

const conditions = new Ajv2020({ strict: false });
const compiledConditions = new Map<string, (v: unknown) => boolean>();
const compiled = (schema: Schema) => {
  const key = JSON.stringify(schema);
  if (!compiledConditions.has(key)) compiledConditions.set(key, conditions.compile(schema));
  return compiledConditions.get(key)!;
};

/** A subschema that only constrains (if/then, required) and has no shape of its own to build from. */
const constrainsOnly = (s: Schema) => !s.type && !s.properties && !s.$ref && !s.items && !s.enum && s.const === undefined;

/** Whether `value` is of `format`, as ajv-formats says. */
function ofFormat(format: string, value: string): boolean {
  const f = fullFormats[format as keyof typeof fullFormats];
  if (f instanceof RegExp) return f.test(value);
  if (typeof f === 'function') return (f as (v: string) => boolean)(value);
  if (f && typeof f === 'object' && 'validate' in f) {
    const v = f.validate;
    return v instanceof RegExp ? v.test(value) : (v as (s: string) => boolean)(value);
  }
  throw new Error(`format ${format} is not checked`);
}

function fromFormat(schema: Schema, max: number): fc.Arbitrary<string> | null {
  switch (schema.format) {
    case undefined:
      return null;
    case 'date':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'uri':
      // Built from a domain and path segments: fc.webUrl takes a second to set up.
      return fc
        .tuple(fc.domain(), fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 3 }))
        .map(([host, path]) => `https://${host}/${path.join('/')}`)
        .filter((u) => u.length <= max);
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= max);
    case 'binary':
      return fc.string({ maxLength: 20 });
    default:
      throw new Error(`format ${schema.format} is not generated`);
  }
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  // Without a stated maximum, a pattern decides the length (a SHA-256 is 64 characters).
  const max = schema.maxLength ?? (schema.pattern ? Number.POSITIVE_INFINITY : Math.max(min, 40));
  const fits = (s: string) => [...s].length >= min && [...s].length <= max;
  // An address from zod's pattern is rarely one fast-check makes: it is built from the pattern, and
  // kept when it is an e-mail address too. Other formats are built, and kept when the pattern matches.
  const formatFirst = schema.format !== undefined && !(schema.format === 'email' && schema.pattern);
  const formatted = formatFirst ? fromFormat(schema, max) : null;
  const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : null;
  if (formatted) return pattern ? formatted.filter((s) => pattern.test(s)) : formatted;
  if (!pattern) return fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: min, maxLength: Math.max(min, Math.min(max, 60)) });
  // The document's patterns are anchored where they mean the whole value.
  let base: fc.Arbitrary<string>;
  try {
    // Short runs of what a pattern repeats (separators between an identifier's digits) keep within maxLength.
    base = fc.stringMatching(new RegExp(schema.pattern!), { size: 'xsmall' });
  } catch {
    base = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: Math.max(min, 1), maxLength: Math.min(max, 30) });
  }
  return base.filter((s) => pattern.test(s) && fits(s) && (!schema.format || ofFormat(schema.format, s)));
}

/** What a schema allows. Examples come up often: they are the values most likely to pass the rules the schema only describes. */
export function arbitraryFor(given: Schema, components: Record<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  // Built once per schema and depth: the document's schemas are shared by many operations.
  const known = built.get(given)?.get(depth);
  if (known) return known;
  const made = build(given, components, depth);
  built.set(given, (built.get(given) ?? new Map()).set(depth, made));
  return made;
}

const built = new WeakMap<Schema, Map<number, fc.Arbitrary<unknown>>>();

function build(given: Schema, components: Record<string, Schema>, depth: number): fc.Arbitrary<unknown> {
  const schema = resolve(given, components);
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`schema keyword ${key} is not generated`);
  const generated = generate(schema, components, depth);
  return schema.example !== undefined ? fc.oneof({ weight: 1, arbitrary: fc.constant(schema.example) }, { weight: 2, arbitrary: generated }) : generated;
}

function generate(schema: Schema, components: Record<string, Schema>, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const conditional = [...(schema.allOf ?? []).filter(constrainsOnly)];
  const exclusive = [schema.oneOf, schema.anyOf].find((alternatives) => alternatives?.every(constrainsOnly));
  if (conditional.length > 0 || exclusive) {
    const { allOf, oneOf, anyOf, ...shape } = schema;
    const rest = allOf?.filter((s) => !constrainsOnly(s)) ?? [];
    const holds = compiled({
      ...(conditional.length ? { allOf: conditional } : {}),
      ...(exclusive ? { [oneOf === exclusive ? 'oneOf' : 'anyOf']: exclusive } : {}),
    });
    const keep = {
      ...shape,
      ...(rest.length ? { allOf: rest } : {}),
      ...(oneOf && oneOf !== exclusive ? { oneOf } : {}),
      ...(anyOf && anyOf !== exclusive ? { anyOf } : {}),
    };
    return generate(keep, components, depth).filter((v) => holds(v));
  }
  if (schema.allOf) return arbitraryFor(Object.assign({}, ...schema.allOf.map((s) => resolve(s, components))), components, depth);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryFor(s, components, depth + 1)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => generate({ ...schema, type, example: undefined }, components, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringOf(schema);
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : min + 100_000);
      return fc.integer({ min, max });
    }
    case 'number': {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1000;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? min + 100_000;
      return fc
        .double({ min, max, noNaN: true, noDefaultInfinity: true })
        .filter(
          (n) =>
            (schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum) && (schema.exclusiveMaximum === undefined || n < schema.exclusiveMaximum),
        );
    }
    case 'array': {
      const item = arbitraryFor(schema.items ?? {}, components, depth + 1);
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, depth > 2 ? 1 : 4) };
      return schema.uniqueItems ? fc.uniqueArray(item, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(item, constraints);
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const required = schema.required ?? [];
      return fc.record(Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, arbitraryFor(s, components, depth + 1)])), { requiredKeys: required });
    }
    default:
      // No type: the document allows anything; a client sends something plain.
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}
