import type { SheetKind } from '../domain/fleet-sheet.ts';
import type { FieldProblem } from '../errors.ts';
import { fieldProblems } from './problems.ts';
import { CompanyInput } from './companies.ts';
import { VesselInput } from './vessels.ts';

/** A spreadsheet row's input checked by the same schema, rules and messages as the API's request. */
export function checkFleetRow(kind: SheetKind, input: unknown) {
  const parsed = (kind === 'ships' ? VesselInput : CompanyInput).safeParse(input);
  return parsed.success ? ({ ok: true, value: parsed.data } as const) : ({ ok: false, problems: fieldProblems(parsed.error) as FieldProblem[] } as const);
}
