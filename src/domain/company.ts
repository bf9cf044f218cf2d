import type { AreaCode } from './areas.ts';

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
