import type { FieldProblem } from '../errors.ts';
import type { AreaCode } from './areas.ts';
import { checkImoCompanyNumber } from './identifiers.ts';

/** Module 1 of a plan: the company that operates the ship. */
export type CompanyDetails = {
  homeAgency: AreaCode;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
  imoCompanyNumber: string | null;
  emergencyPhone: string;
  emergencyPhoneAlt: string | null;
  designatedPerson: { name: string; phone: string; mobile: string | null; email: string };
  emergencyTeam: { name: string; phone: string; email: string | null };
  mediaContact: { name: string; phone: string; email: string | null } | null;
};

export type Company = CompanyDetails & { id: number; version: number; createdAt: string; updatedAt: string };

/** Checks the IMO company number (the only identifier of Module 1); the details normalised, or the problems. */
export function checkCompany(details: CompanyDetails): { ok: true; value: CompanyDetails } | { ok: false; problems: FieldProblem[] } {
  if (details.imoCompanyNumber === null) return { ok: true, value: details };
  const checked = checkImoCompanyNumber(details.imoCompanyNumber);
  if (!checked.ok) return { ok: false, problems: [{ field: 'imoCompanyNumber', ...checked.problem }] };
  return { ok: true, value: { ...details, imoCompanyNumber: checked.value } };
}

/** What a spreadsheet's company cell means: one company, none, or several that answer to the same name. */
export type CompanyMeant = { id: number } | { unknown: string } | { ambiguous: Company[] };

/**
 * The company a person means by a spreadsheet's cell: its id, its IMO company number as typed
 * ("IMO 5812343", full-width digits), or the whole of its English or Chinese name. Names are compared
 * folded (`fold`: one Chinese script, width, case, spacing), so a Guangdong sheet's 粤海通客运有限公司 and
 * a Hong Kong sheet's 粵海通客運有限公司 name the same company. A fragment is never enough: a fleet's ships
 * must not land with a company that only resembles the one meant.
 */
export function companyMeant(text: string, companies: readonly Company[], fold: (s: string) => string, foldNumber: (s: string) => string): CompanyMeant {
  const typed = text.trim();
  if (/^\d{1,6}$/.test(typed)) {
    const byId = companies.find((c) => c.id === Number(typed));
    if (byId) return { id: byId.id };
  }
  const number = foldNumber(typed);
  if (/^\d{7}$/.test(number)) {
    const byNumber = companies.find((c) => c.imoCompanyNumber === number);
    if (byNumber) return { id: byNumber.id };
  }
  const want = fold(typed);
  const named = want ? companies.filter((c) => fold(c.nameEn) === want || fold(c.nameZh) === want) : [];
  if (named.length === 1) return { id: named[0]!.id };
  return named.length ? { ambiguous: named } : { unknown: typed };
}
