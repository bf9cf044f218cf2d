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
  version: number;
  updatedAt: string;
};

// What Module 3 must hold (a short number is optional: it serves only callers inside the area).
const RCC_LABELS: Record<Exclude<keyof RccBlock, 'vhfChannels' | 'shortNumber'>, string> = {
  nameZh: 'RCC name (Chinese)',
  nameEn: 'RCC name (English)',
  sarRegionZh: 'SAR region (Chinese)',
  sarRegionEn: 'SAR region (English)',
  phone24h: '24-hour telephone',
  fax: 'fax',
  email: 'e-mail',
  dscMmsi: 'DSC coast-station MMSI',
  coordinationProcedureZh: 'co-ordination procedure (Chinese)',
  coordinationProcedureEn: 'co-ordination procedure (English)',
};

/** What an agency's Module 3 block still lacks; a plan cannot be issued while any agency's list is not empty. */
export function missingRccItems(rcc: RccBlock): { field: string; label: string }[] {
  const missing: { field: string; label: string }[] = (Object.keys(RCC_LABELS) as (keyof typeof RCC_LABELS)[])
    .filter((key) => !rcc[key]?.trim())
    .map((key) => ({ field: key, label: RCC_LABELS[key] }));
  if (rcc.vhfChannels.length === 0) missing.push({ field: 'vhfChannels', label: 'VHF channels' });
  return missing;
}
