import type { z } from 'zod';
import type { FieldProblem } from '../errors.ts';

// What a schema refused, field by field: the API's problem+json, the pages' messages beside each field and
// a spreadsheet's report of its rows all say it from here.

/** Every zod issue names its field; unknown keys are named one by one; one entry per field. */
export function fieldProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  const join = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.') || '(body)';
  const problems = error.issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: join([...issue.path, key]), message: 'unknown field' }));
    }
    return [{ field: join(issue.path), message: issue.message }];
  });
  // Several rules may fail on one field (too long and a bad character): say them together.
  const byField = new Map<string, string[]>();
  for (const p of problems) byField.set(p.field, [...(byField.get(p.field) ?? []), p.message]);
  return [...byField].map(([field, messages]) => ({ field, message: [...new Set(messages)].join('; ') }));
}
