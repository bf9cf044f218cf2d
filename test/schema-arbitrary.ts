import fc from 'fast-check';

// Values that a JSON Schema of the OpenAPI document allows, as fast-check arbitraries: what a client
// generated from the document may send. Only the keywords the document uses are read; a keyword this
// does not know fails loudly, so a schema never passes untested because it was not understood.

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

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  // Without a stated maximum, a pattern decides the length (a SHA-256 is 64 characters).
  const max = schema.maxLength ?? (schema.pattern ? Number.POSITIVE_INFINITY : Math.max(min, 40));
  const fits = (s: string) => [...s].length >= min && [...s].length <= max;
  if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= max);
  if (schema.format === 'date')
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time')
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'uri') return fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= max);
  if (schema.format === 'binary') return fc.string({ maxLength: 20 });
  if (schema.format) throw new Error(`format ${schema.format} is not generated`);
  if (!schema.pattern) return fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: min, maxLength: Math.max(min, Math.min(max, 60)) });
  const pattern = new RegExp(schema.pattern, 'u');
  // The document's patterns are anchored where they mean the whole value.
  let base: fc.Arbitrary<string>;
  try {
    base = fc.stringMatching(new RegExp(schema.pattern));
  } catch {
    base = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: Math.max(min, 1), maxLength: Math.min(max, 30) });
  }
  return base.filter((s) => pattern.test(s) && fits(s));
}

/** What a schema allows. Examples come up often: they are the values most likely to pass the rules the schema only describes. */
export function arbitraryFor(given: Schema, components: Record<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(given, components);
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`schema keyword ${key} is not generated`);
  const generated = generate(schema, components, depth);
  return schema.example !== undefined ? fc.oneof({ weight: 1, arbitrary: fc.constant(schema.example) }, { weight: 2, arbitrary: generated }) : generated;
}

function generate(schema: Schema, components: Record<string, Schema>, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
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
