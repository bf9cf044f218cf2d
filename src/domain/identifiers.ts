import { AREA_NAMES, MIDS, type AreaCode } from './areas.ts';

/** The result of checking an identifier: the normalised value, or why it is refused. */
export type Checked = { ok: true; value: string } | { ok: false; reason: string };

const ok = (value: string): Checked => ({ ok: true, value });
const no = (reason: string): Checked => ({ ok: false, reason });

/** Full-width digits and letters (as typed with a Chinese input method) folded to ASCII. */
export function foldWidth(input: string): string {
  return input.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const digitsOf = (value: string) => [...value].map(Number);

/** IMO ship number: 7 digits; the first six weighted 7..2, the last digit of the sum is the seventh. */
export function checkImoShipNumber(input: string): Checked {
  const value = foldWidth(input)
    .trim()
    .toUpperCase()
    .replace(/^IMO\s*/, '');
  if (!/^\d{7}$/.test(value)) return no('an IMO ship number is 7 digits');
  // 0000000 passes the check digit, but it is the usual way of saying "no number": leave the field empty instead.
  if (value === '0000000')
    return no('0000000 is not an IMO number (it stands for "none"): leave the IMO number empty and give the national registration number');
  const d = digitsOf(value);
  const sum = d.slice(0, 6).reduce((acc, digit, i) => acc + digit * (7 - i), 0);
  if (sum % 10 !== d[6]) return no(`check digit should be ${sum % 10}, not ${d[6]}`);
  return ok(value);
}

/** IMO company number: 7 digits; weights 8,6,4,2,9,7; check = (11 − sum mod 11) mod 10. */
export function checkImoCompanyNumber(input: string): Checked {
  const value = foldWidth(input).trim();
  if (!/^\d{7}$/.test(value)) return no('an IMO company number is 7 digits');
  const weights = [8, 6, 4, 2, 9, 7];
  const d = digitsOf(value);
  const sum = weights.reduce((acc, w, i) => acc + w * d[i]!, 0);
  const check = (11 - (sum % 11)) % 10;
  if (check !== d[6]) return no(`check digit should be ${check}, not ${d[6]}`);
  return ok(value);
}

/** MMSI of a ship station: MID + 6 digits, the MID being one of the area of registry's. */
export function checkShipMmsi(input: string, area: AreaCode): Checked {
  const value = foldWidth(input).trim();
  if (!/^\d{9}$/.test(value)) return no('an MMSI is 9 digits');
  if (value.startsWith('0')) return no('a ship station MMSI starts with its MID, not 0 (0 is for groups and coast stations)');
  const mid = value.slice(0, 3);
  if (!MIDS[area].includes(mid)) {
    return no(`MID ${mid} does not belong to ${AREA_NAMES[area].en}, whose ships use ${MIDS[area].join(', ')}`);
  }
  return ok(value);
}

/** MMSI of a coast station (an agency's DSC station): 00 + MID + 4 digits. */
export function checkCoastStationMmsi(input: string, area: AreaCode): Checked {
  const value = foldWidth(input).trim();
  if (!/^\d{9}$/.test(value)) return no('an MMSI is 9 digits');
  if (!value.startsWith('00') || value[2] === '0') return no('a coast station MMSI is 00 followed by the MID and 4 digits');
  const mid = value.slice(2, 5);
  if (!MIDS[area].includes(mid)) {
    return no(`MID ${mid} does not belong to ${AREA_NAMES[area].en}, whose stations use ${MIDS[area].join(', ')}`);
  }
  return ok(value);
}

/**
 * Call-sign series allocated by the ITU to each area, as the two characters that begin a ship's call
 * sign (its nationality identification): China's B series (BA–BZ), XS and 3H–3U; Hong Kong's VR;
 * Macao's XX.
 */
export const CALL_SIGN_SERIES: Record<AreaCode, { description: string; prefixes: readonly string[] }> = {
  GD: {
    description: 'B (BAA–BZZ), XSA–XSZ or 3HA–3UZ',
    prefixes: [...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((l) => `B${l}`), 'XS', ...[...'HIJKLMNOPQRSTU'].map((l) => `3${l}`)],
  },
  HK: { description: 'VRA–VRZ', prefixes: ['VR'] },
  MO: { description: 'XXA–XXZ', prefixes: ['XX'] },
};

/**
 * The forms a ship station's call sign may take after its two nationality characters (ITU Radio
 * Regulations, Article 19, Section III, formation of call signs, ship stations): two letters; two
 * letters and one digit other than 0 or 1; and, for ships using radiotelephony only, four digits, or one
 * letter and four digits, the first digit not 0 or 1 (a digit right after a letter is never 0 or 1).
 */
const SHIP_FORMS: readonly { pattern: RegExp; form: (prefix: string) => string }[] = [
  { pattern: /^[A-Z]{2}$/, form: (p) => `two letters (${p}JF)` },
  { pattern: /^[A-Z]{2}[2-9]$/, form: (p) => `two letters and a digit 2–9 (${p}JF7)` },
  { pattern: /^[2-9]\d{3}$/, form: (p) => `four digits, the first 2–9 (radiotelephony only: ${p}2345)` },
  { pattern: /^[A-Z][2-9]\d{3}$/, form: (p) => `a letter and four digits, the first 2–9 (radiotelephony only: ${p}A2345)` },
];

/** Ship call sign: the area's nationality characters, then one of the forms the Radio Regulations allow ships. */
export function checkCallSign(input: string, area: AreaCode): Checked {
  const value = foldWidth(input).trim().toUpperCase();
  if (!/^[A-Z0-9]{4,7}$/.test(value)) return no('a call sign is 4 to 7 letters and digits');
  const series = CALL_SIGN_SERIES[area];
  const prefix = series.prefixes.find((p) => value.startsWith(p));
  if (!prefix) return no(`${value} is not in ${AREA_NAMES[area].en}'s series ${series.description}`);
  const rest = value.slice(prefix.length);
  if (!SHIP_FORMS.some((f) => f.pattern.test(rest))) {
    return no(`after ${prefix}, a ship's call sign is ${SHIP_FORMS.map((f) => f.form(prefix)).join('; or ')} — not ${rest}`);
  }
  return ok(value);
}
