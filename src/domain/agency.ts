import type { AreaCode } from './areas.ts';

/** Module 3: one agency's rescue co-ordination centre. Fields may be null while the agency has not supplied them. */
export type RccBlock = {
  nameZh: string | null;
  nameEn: string | null;
  sarRegionZh: string | null;
  sarRegionEn: string | null;
  phone24h: string | null;
  /** A domestic short number (Guangdong's 12395), reachable only from within the area: beside phone24h, never instead of it. */
  shortNumber: string | null;
  fax: string | null;
  email: string | null;
  vhfChannels: string[];
  dscMmsi: string | null;
  coordinationProcedureZh: string | null;
  coordinationProcedureEn: string | null;
};

/** Module 4: the agency's SAR facilities. */
export type Facilities = {
  rescueUnits: { nameZh: string; nameEn: string; kind: 'vessel' | 'helicopter' | 'aircraft'; base: string | null; contact: string | null }[];
  hospitals: { nameZh: string; nameEn: string; phone: string | null }[];
};

/** The Chinese script a document is printed in: Simplified (Guangdong) or Traditional (Hong Kong, Macao). */
export type Script = 'hans' | 'hant';

export type Agency = {
  code: AreaCode;
  nameZh: string;
  nameEn: string;
  rcc: RccBlock;
  facilities: Facilities;
  /** The script its plans are printed in, unless a plan says otherwise. */
  documentScript: Script;
  /** The exercise interval it agrees with companies, unless a plan says otherwise. */
  exerciseIntervalMonths: number;
  /** Why an interval over 36 months was agreed (required for one). */
  exerciseIntervalReason: string | null;
  version: number;
  updatedAt: string;
};

/**
 * The public emergency numbers of the three areas and the GSM standard: police, fire and ambulance
 * (Hong Kong and Macao 999, the mainland 110/119/120/122, 112 and 911 on mobiles). None is an RCC's:
 * a coordinator or master dialling one reaches a general call centre, not the rescue coordination centre.
 */
export const PUBLIC_EMERGENCY_NUMBERS: readonly string[] = ['110', '112', '119', '120', '122', '911', '999'];

// What Module 3 must hold (a short number is optional: it serves only callers inside the area).
const RCC_REQUIRED = [
  'nameZh',
  'nameEn',
  'sarRegionZh',
  'sarRegionEn',
  'phone24h',
  'fax',
  'email',
  'dscMmsi',
  'coordinationProcedureZh',
  'coordinationProcedureEn',
] as const satisfies readonly (keyof RccBlock)[];

/** The hospitals of Module 4 that have no telephone: a plan must never print a hospital nobody can call. */
export function hospitalsWithoutPhone(facilities: Facilities): { index: number; nameZh: string; nameEn: string }[] {
  return facilities.hospitals.flatMap((h, index) => (h.phone?.trim() ? [] : [{ index, nameZh: h.nameZh, nameEn: h.nameEn }]));
}

/** What an agency's Module 3 block still lacks; a plan cannot be issued while any agency's list is not empty. */
export function missingRccItems(rcc: RccBlock): ((typeof RCC_REQUIRED)[number] | 'vhfChannels')[] {
  const missing: ((typeof RCC_REQUIRED)[number] | 'vhfChannels')[] = RCC_REQUIRED.filter((key) => !rcc[key]?.trim());
  if (rcc.vhfChannels.length === 0) missing.push('vhfChannels');
  return missing;
}
