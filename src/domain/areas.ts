/**
 * The three areas of the arrangement and their SAR agencies. An area is where a ship is
 * registered; the agency of that area is the ship's home agency and compiles its plan.
 */
export const AREAS = ['GD', 'HK', 'MO'] as const;
export type AreaCode = (typeof AREAS)[number];

export const AREA_NAMES: Record<AreaCode, { zh: string; en: string }> = {
  GD: { zh: '廣東', en: 'Guangdong' },
  HK: { zh: '香港', en: 'Hong Kong' },
  MO: { zh: '澳門', en: 'Macao' },
};

/** Maritime Identification Digits (ITU) of each area. */
export const MIDS: Record<AreaCode, readonly string[]> = {
  GD: ['412', '413', '414'],
  HK: ['477'],
  MO: ['453'],
};

/** The home agency of a ship is the agency of its area of registry. */
export function homeAgency(areaOfRegistry: AreaCode): AreaCode {
  return areaOfRegistry;
}

export function isAreaCode(value: string): value is AreaCode {
  return (AREAS as readonly string[]).includes(value);
}
