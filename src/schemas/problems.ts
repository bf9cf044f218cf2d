import type { z } from 'zod';
import type { FieldProblem } from '../errors.ts';
import { CATALOGUES, type Params } from '../words/index.ts';

// What a schema refused, field by field, as coded problems: the API's problem+json, the pages' messages
// beside each field and a spreadsheet's report of its rows all say them from the catalogue.

/** A schema's own message is a problem code (`.refine(f, 'single_line')`), its parameters in the issue's params. */
const isProblemCode = (message: string) => `problem.${message}` in CATALOGUES.en;

/** The problem zod found, by the kind of check that failed, when the schema named none of its own. */
function derived(issue: z.core.$ZodIssue): { code: string; params?: Params } {
  switch (issue.code) {
    case 'invalid_type':
      // (A field left out has the message `required`, said where zod still had the input: src/schemas/fields.ts.)
      return { code: 'wrong_kind', params: { kind: issue.expected } };
    case 'invalid_value':
      return { code: 'one_of', params: { values: issue.values.map(String).join(', ') } };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_many_items', params: { max } };
      return issue.inclusive === false ? { code: 'less_than', params: { max } } : { code: 'too_large', params: { max } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { code: 'empty' } : { code: 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_few_items', params: { min } };
      if (min === 0) return issue.inclusive === false ? { code: 'positive' } : { code: 'not_negative' };
      return issue.inclusive === false ? { code: 'more_than', params: { min } } : { code: 'too_small', params: { min } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'email_form' };
      if (issue.format === 'date') return { code: 'date_form' };
      return issue.format === 'regex' ? { code: 'form' } : { code: 'valid_format', params: { format: issue.format } };
    default:
      return { code: 'form' };
  }
}

/** Every zod issue names its field; unknown keys are named one by one; one entry per field and problem. */
export function fieldProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  const join = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.') || '(body)';
  const problems = error.issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: join([...issue.path, key]), code: 'unknown_field' }));
    const own = isProblemCode(issue.message) ? { code: issue.message, params: (issue as { params?: Params }).params } : derived(issue as z.core.$ZodIssue);
    return [{ field: join(issue.path), code: own.code, ...(own.params ? { params: own.params } : {}) }];
  });
  // Several rules may fail on one field; each problem is said once.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.field}\u0000${p.code}\u0000${JSON.stringify(p.params ?? {})}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
