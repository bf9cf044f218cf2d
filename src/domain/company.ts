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
  if (!checked.ok) return { ok: false, problems: [{ field: 'imoCompanyNumber', message: checked.reason }] };
  return { ok: true, value: { ...details, imoCompanyNumber: checked.value } };
}
