import type { Refusal } from '../errors.ts';
import { MIDS, type AreaCode } from './areas.ts';

/** The result of checking an identifier: the normalised value, or why it is refused. */
export type Checked = { ok: true; value: string } | { ok: false; problem: Refusal };

const ok = (value: string): Checked => ({ ok: true, value });
const no = (code: string, params?: Refusal['params']): Checked => ({ ok: false, problem: params ? { code, params } : { code } });
const areaOf = (area: AreaCode) => ({ key: `area.${area}` as const });

/** Full-width digits and letters (as typed with a Chinese input method) folded to ASCII. */
export function foldWidth(input: string): string {
  return input.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const digitsOf = (value: string) => [...value].map(Number);

/**
 * An identifier as people type and print it, grouped by spaces or hyphens (477 123 459, VR-XM7, IMO
 * 931-9466), in full-width forms or not: the characters that carry it, run together.
 */
export const typedAs = (input: string): string => foldWidth(input).replace(/[\s\-\u2010-\u2015\u30fc\uff0d]/g, '');

// The same forms as JSON Schema patterns, for the API document: what typedAs accepts around each
// character, and each character in its ASCII or full-width form. The check digits, numbering plans and
// series are said beside them (the schemas' x-problems); a test holds the two in step.
const SEPARATORS = '[\\s\\-\\u2010-\\u2015\\u30fc\\uff0d]*';
const DIGIT = '[0-9\\uff10-\\uff19]';
const LETTER_OR_DIGIT = '[0-9A-Za-z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]';
const HEX = '[0-9A-Fa-f\\uff10-\\uff19\\uff21-\\uff26\\uff41-\\uff46]';
const run = (unit: string, times: string) => `(?:${unit}${SEPARATORS})${times}`;
const IMO_PREFIX = `(?:[Ii\\uff29\\uff49]${SEPARATORS}[Mm\\uff2d\\uff4d]${SEPARATORS}[Oo\\uff2f\\uff4f]${SEPARATORS}(?:[:\\uff1a]${SEPARATORS})?)?`;

/** Each identifier's form as typed (grouped, full-width, an IMO number with its prefix), as a pattern. */
export const TYPED_FORMS = {
  imoNumber: `^${SEPARATORS}${IMO_PREFIX}${run(DIGIT, '{7}')}$`,
  mmsi: `^${SEPARATORS}${run(DIGIT, '{9}')}$`,
  callSign: `^${SEPARATORS}${run(LETTER_OR_DIGIT, '{4,7}')}$`,
  epirbHexId: `^${SEPARATORS}(?:${run(HEX, '{23}')}|${run(HEX, '{15}')})$`,
} as const;

/** IMO ship number: 7 digits; the first six weighted 7..2, the last digit of the sum is the seventh. */
export function checkImoShipNumber(input: string): Checked {
  const value = typedAs(input)
    .toUpperCase()
    .replace(/^IMO:?/, '');
  if (!/^\d{7}$/.test(value)) return no('imo_ship_form');
  // 0000000 passes the check digit, but it is the usual way of saying "no number": leave the field empty instead.
  if (value === '0000000') return no('imo_none');
  const d = digitsOf(value);
  const sum = d.slice(0, 6).reduce((acc, digit, i) => acc + digit * (7 - i), 0);
  if (sum % 10 !== d[6]) return no('check_digit', { expected: String(sum % 10), found: String(d[6]) });
  return ok(value);
}

/** IMO company number: 7 digits; weights 8,6,4,2,9,7; check = (11 − sum mod 11) mod 10. */
export function checkImoCompanyNumber(input: string): Checked {
  const value = foldWidth(input).trim();
  if (!/^\d{7}$/.test(value)) return no('imo_company_form');
  const weights = [8, 6, 4, 2, 9, 7];
  const d = digitsOf(value);
  const sum = weights.reduce((acc, w, i) => acc + w * d[i]!, 0);
  const check = (11 - (sum % 11)) % 10;
  if (check !== d[6]) return no('check_digit', { expected: String(check), found: String(d[6]) });
  return ok(value);
}

/** MMSI of a ship station: MID + 6 digits, the MID being one of the area of registry's. */
/**
 * Maritime identities that begin with something other than a MID (ITU-R M.585): a ship that gives one
 * as its own has been given a device's or another station's number. Longest prefix first.
 */
const SPECIAL_IDENTITIES = [
  ['111', 'sar_aircraft'],
  ['970', 'ais_sart'],
  ['972', 'mob_device'],
  ['974', 'epirb_ais'],
  ['98', 'craft_of_parent_ship'],
  ['99', 'aid_to_navigation'],
  ['8', 'handheld_vhf'],
  ['1', 'unassigned'],
  ['9', 'unassigned'],
] as const;

export function checkShipMmsi(input: string, area: AreaCode): Checked {
  const value = typedAs(input);
  if (!/^\d{9}$/.test(value)) return no('mmsi_form');
  if (value.startsWith('0')) return no('ship_mmsi_zero');
  const special = SPECIAL_IDENTITIES.find(([prefix]) => value.startsWith(prefix));
  if (special) return no('ship_mmsi_special', { prefix: special[0], station: { key: `station.${special[1]}` } });
  const mid = value.slice(0, 3);
  if (!MIDS[area].includes(mid)) {
    return no('ship_mid', { mid, area: areaOf(area), mids: MIDS[area].join(', ') });
  }
  return ok(value);
}

/** MMSI of a coast station (an agency's DSC station): 00 + MID + 4 digits. */
export function checkCoastStationMmsi(input: string, area: AreaCode): Checked {
  const value = foldWidth(input).trim();
  if (!/^\d{9}$/.test(value)) return no('mmsi_form');
  if (!value.startsWith('00') || value[2] === '0') return no('coast_mmsi_form');
  const mid = value.slice(2, 5);
  if (!MIDS[area].includes(mid)) {
    return no('coast_mid', { mid, area: areaOf(area), mids: MIDS[area].join(', ') });
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
// (The refusal names the four forms, in this order: problem.call_sign_ship_form in src/words/.)
const SHIP_FORMS: readonly RegExp[] = [/^[A-Z]{2}$/, /^[A-Z]{2}[2-9]$/, /^[2-9]\d{3}$/, /^[A-Z][2-9]\d{3}$/];

/** Ship call sign: the area's nationality characters, then one of the forms the Radio Regulations allow ships. */
export function checkCallSign(input: string, area: AreaCode): Checked {
  const value = typedAs(input).toUpperCase();
  if (!/^[A-Z0-9]{4,7}$/.test(value)) return no('call_sign_form');
  const series = CALL_SIGN_SERIES[area];
  const prefix = series.prefixes.find((p) => value.startsWith(p));
  if (!prefix) return no('call_sign_series', { callSign: value, area: areaOf(area), series: series.description });
  const rest = value.slice(prefix.length);
  if (!SHIP_FORMS.some((form) => form.test(rest))) {
    return no('call_sign_ship_form', { prefix, rest });
  }
  return ok(value);
}
