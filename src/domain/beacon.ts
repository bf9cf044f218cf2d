import { MIDS, type AreaCode } from './areas.ts';
import { typedAs, type Checked } from './identifiers.ts';

// A 406 MHz beacon's 15-hex ID (Cospas-Sarsat C/S T.001) is bits 26–85 of its message: a protocol flag
// (bit 26: 1 user protocols, 0 location protocols), the country code (bits 27–36: the ITU MID of the
// country that registered the beacon), the protocol code (bits 37–39 for user protocols, 37–40 for
// location protocols) and what that protocol carries. The registry decodes it to refuse what cannot
// be a ship's EPIRB of its area, and to show what an ID says.
//
// A second-generation beacon's 23-hex ID (C/S T.018, its appendix on the 23 Hex ID) is 92 bits: a fixed
// 1, the country code (bits 2–11), a fixed 101, the type approval certificate number (TAC, 16 bits),
// the serial number (14), the test protocol flag, the vessel ID type (3) and the vessel ID (44 bits:
// an MMSI in binary with the EPIRB-AIS number's last four digits, or a radio call sign of seven
// modified-Baudot characters, or an aircraft's identity). It does not say the beacon's type; what it
// carries does: a ship's identity or none, never an aircraft's.

export type BeaconKind = 'epirb' | 'elt' | 'plb' | 'ship security' | 'test' | 'national' | 'orbitography' | 'unknown';

export type DecodedBeacon = {
  /** 1: the 15-hex ID of C/S T.001; 2: the 23-hex ID of a second-generation beacon (C/S T.018). */
  generation: 1 | 2;
  /** The country code (MID) the beacon was coded with. */
  countryCode: number;
  protocol: string;
  kind: BeaconKind;
  /** The MMSI the ID carries (in binary, or its last six digits in modified Baudot). */
  mmsi?: string;
  /** The radio call sign the ID carries (maritime or radio call sign user protocol). */
  callSign?: string;
  /** Set when the characters a user protocol carries are not valid modified-Baudot (or BCD) codes. */
  unreadable?: true;
  serialNumber?: number;
  beaconNumber?: number;
  /** Second generation: the type approval certificate number. */
  tac?: number;
  /** Second generation: the fixed bits are not 1 and 101, so the ID was mistyped or is not a beacon's. */
  malformed?: true;
};

/** Bits 26–85 of the message, so that `bits(n, len)` reads message bits n … n+len−1 as a number. */
function reader(hex: string) {
  const bits = [...hex].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');
  return (first: number, length: number) => parseInt(bits.slice(first - 26, first - 26 + length), 2);
}

const USER: Record<number, { protocol: string; kind: BeaconKind }> = {
  0b000: { protocol: 'orbitography protocol', kind: 'orbitography' },
  0b001: { protocol: 'aviation user protocol', kind: 'elt' },
  0b010: { protocol: 'maritime user protocol (MMSI or radio call sign)', kind: 'epirb' },
  0b100: { protocol: 'national user protocol', kind: 'national' },
  0b110: { protocol: 'radio call sign user protocol', kind: 'epirb' },
  0b111: { protocol: 'test user protocol', kind: 'test' },
};

const SERIAL_USER: Record<number, { protocol: string; kind: BeaconKind }> = {
  0b000: { protocol: 'serial user protocol, ELT with serial number', kind: 'elt' },
  0b001: { protocol: 'serial user protocol, ELT with aircraft operator designator', kind: 'elt' },
  0b010: { protocol: 'serial user protocol, float-free EPIRB with serial number', kind: 'epirb' },
  0b011: { protocol: 'serial user protocol, ELT with aircraft 24-bit address', kind: 'elt' },
  0b100: { protocol: 'serial user protocol, non-float-free EPIRB with serial number', kind: 'epirb' },
  0b110: { protocol: 'serial user protocol, PLB with serial number', kind: 'plb' },
};

const LOCATION: Record<number, { protocol: string; kind: BeaconKind }> = {
  0b0010: { protocol: 'standard location protocol, EPIRB with MMSI', kind: 'epirb' },
  0b0011: { protocol: 'standard location protocol, ELT with 24-bit address', kind: 'elt' },
  0b0100: { protocol: 'standard location protocol, ELT with serial number', kind: 'elt' },
  0b0101: { protocol: 'standard location protocol, ELT with aircraft operator designator', kind: 'elt' },
  0b0110: { protocol: 'standard location protocol, EPIRB with serial number', kind: 'epirb' },
  0b0111: { protocol: 'standard location protocol, PLB with serial number', kind: 'plb' },
  0b1000: { protocol: 'national location protocol, ELT', kind: 'elt' },
  0b1010: { protocol: 'national location protocol, EPIRB', kind: 'epirb' },
  0b1011: { protocol: 'national location protocol, PLB', kind: 'plb' },
  0b1100: { protocol: 'ship security alert (SSAS) location protocol', kind: 'ship security' },
  0b1110: { protocol: 'standard test location protocol', kind: 'test' },
  0b1111: { protocol: 'national test location protocol', kind: 'test' },
};

/**
 * The modified-Baudot code of C/S T.001 (its table of 6-bit characters): letters are 1 followed by the
 * ITA2 letter code, figures 0 followed by the ITA2 figure code, both written most significant bit first.
 */
const MODIFIED_BAUDOT: Record<string, string> = {
  A: '111000',
  B: '110011',
  C: '101110',
  D: '110010',
  E: '110000',
  F: '110110',
  G: '101011',
  H: '100101',
  I: '101100',
  J: '111010',
  K: '111110',
  L: '101001',
  M: '100111',
  N: '100110',
  O: '100011',
  P: '101101',
  Q: '111101',
  R: '101010',
  S: '110100',
  T: '100001',
  U: '111100',
  V: '101111',
  W: '111001',
  X: '110111',
  Y: '110101',
  Z: '110001',
  ' ': '100100',
  '0': '001101',
  '1': '011101',
  '2': '011001',
  '3': '010000',
  '4': '001010',
  '5': '000001',
  '6': '010101',
  '7': '011100',
  '8': '001100',
  '9': '000011',
  '-': '011000',
  '/': '010111',
};
const FROM_BAUDOT = new Map(Object.entries(MODIFIED_BAUDOT).map(([ch, code]) => [parseInt(code, 2), ch]));

/** `count` modified-Baudot characters from message bit `first`; null if one is not a character of the table. */
function baudotAt(bits: (first: number, length: number) => number, first: number, count: number): string | null {
  let out = '';
  for (let i = 0; i < count; i++) {
    const ch = FROM_BAUDOT.get(bits(first + 6 * i, 6));
    if (ch === undefined) return null;
    out += ch;
  }
  return out;
}

/** What a beacon ID says: a 15-hex (first generation) or 23-hex (second) ID, already that many hexadecimal characters. */
export function decodeBeaconHexId(hex: string): DecodedBeacon {
  return hex.length === 23 ? decodeSecondGeneration(hex.toUpperCase()) : { generation: 1, ...decodeFirstGeneration(hex.toUpperCase()) };
}

const VESSEL_ID_TYPES: Record<number, { protocol: string; kind: BeaconKind }> = {
  0b000: { protocol: 'second-generation beacon, no vessel or aircraft identity', kind: 'epirb' },
  0b001: { protocol: 'second-generation beacon, maritime MMSI', kind: 'epirb' },
  0b010: { protocol: 'second-generation beacon, radio call sign', kind: 'epirb' },
  0b011: { protocol: 'second-generation beacon, aircraft registration marking', kind: 'elt' },
  0b100: { protocol: 'second-generation beacon, aviation 24-bit address', kind: 'elt' },
  0b101: { protocol: 'second-generation beacon, aircraft operator and serial number', kind: 'elt' },
  0b110: { protocol: 'second-generation beacon, spare vessel ID type', kind: 'unknown' },
  0b111: { protocol: 'second-generation beacon, vessel ID for national use', kind: 'national' },
};

/** The 30-bit MMSI field's value when the beacon carries none (its default). */
const NO_MMSI = 111111;

function decodeSecondGeneration(hex: string): DecodedBeacon {
  const all = [...hex].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');
  // Bit n of the ID (1-based), `length` bits long; the same reader as the 15-hex ID's, started at bit 1.
  const bit = (first: number, length: number) => parseInt(all.slice(first - 1, first - 1 + length), 2);
  const countryCode = bit(2, 10);
  const type = VESSEL_ID_TYPES[bit(46, 3)]!;
  const common = { generation: 2 as const, countryCode, tac: bit(15, 16), serialNumber: bit(31, 14) };
  if (bit(1, 1) !== 1 || bit(12, 3) !== 0b101) return { ...common, ...type, malformed: true };
  if (bit(45, 1) === 1) return { ...common, protocol: 'second-generation beacon, test protocol', kind: 'test' };
  if (bit(46, 3) === 0b001) {
    const mmsi = bit(49, 30);
    return { ...common, ...type, ...(mmsi !== NO_MMSI ? { mmsi: String(mmsi).padStart(9, '0') } : {}) };
  }
  if (bit(46, 3) === 0b010) {
    // Two spare bits, then seven modified-Baudot characters, a shorter call sign padded with spaces.
    const carried = baudotAt(bit, 51, 7);
    return carried === null ? { ...common, ...type, unreadable: true } : { ...common, ...type, callSign: carried.trim() };
  }
  return { ...common, ...type };
}

/** What a 15-hex beacon ID says (it must already be 15 hexadecimal characters). */
function decodeFirstGeneration(hex: string): Omit<DecodedBeacon, 'generation'> {
  const bits = reader(hex);
  const countryCode = bits(27, 10);
  if (bits(26, 1) === 1) {
    const code = bits(37, 3);
    if (code === 0b011) {
      const type = SERIAL_USER[bits(40, 3)] ?? { protocol: 'serial user protocol, unknown beacon type', kind: 'unknown' as const };
      return { countryCode, ...type, serialNumber: bits(44, 20) };
    }
    const known = USER[code] ?? { protocol: `user protocol ${code.toString(2).padStart(3, '0')} (spare)`, kind: 'unknown' as const };
    if (code === 0b010) {
      // Bits 40–75: the MMSI's last six digits, or a call sign of up to six characters right-aligned after spaces.
      const carried = baudotAt(bits, 40, 6);
      if (carried === null) return { countryCode, ...known, unreadable: true };
      return /^\d{6}$/.test(carried) ? { countryCode, ...known, mmsi: `${countryCode}${carried}` } : { countryCode, ...known, callSign: carried.trim() };
    }
    if (code === 0b110) {
      // Bits 40–75: a call sign of up to seven characters, four in modified Baudot then three digits in BCD.
      const letters = baudotAt(bits, 40, 4);
      const digits = [bits(64, 4), bits(68, 4), bits(72, 4)];
      if (letters === null || digits.some((d) => d > 9 && d !== 0b1010)) return { countryCode, ...known, unreadable: true };
      // 1010 stands for a space (no character) in the BCD part.
      return { countryCode, ...known, callSign: (letters + digits.map((d) => (d === 0b1010 ? ' ' : String(d))).join('')).replace(/ /g, '') };
    }
    return { countryCode, ...known };
  }
  const code = bits(37, 4);
  const known = LOCATION[code] ?? { protocol: `location protocol ${code.toString(2).padStart(4, '0')} (spare)`, kind: 'unknown' as const };
  if (code === 0b0010 || code === 0b1100) {
    return { countryCode, ...known, mmsi: `${countryCode}${String(bits(41, 20)).padStart(6, '0')}`, ...(code === 0b0010 ? { beaconNumber: bits(61, 4) } : {}) };
  }
  if (code === 0b0110 || code === 0b0111 || code === 0b0100) return { countryCode, ...known, serialNumber: bits(51, 14) };
  if (code === 0b1101) {
    // The RLS location protocol: its beacon type is in bits 41–42.
    const type = bits(41, 2);
    const kind: BeaconKind = type === 0b01 ? 'epirb' : type === 0b00 ? 'elt' : type === 0b10 ? 'plb' : 'test';
    return { countryCode, protocol: `RLS location protocol, ${kind === 'epirb' ? 'EPIRB' : kind === 'elt' ? 'ELT' : kind === 'plb' ? 'PLB' : 'test'}`, kind };
  }
  return { countryCode, ...known };
}

/** In a line: what a beacon ID decodes to, for errors and the ship's page. */
export function describeBeacon(d: DecodedBeacon): string {
  const carries = d.mmsi
    ? `, MMSI ${d.mmsi}`
    : d.callSign
      ? `, call sign ${d.callSign}`
      : d.serialNumber !== undefined
        ? `, serial ${d.serialNumber}`
        : d.unreadable
          ? ', with characters that are not modified-Baudot codes'
          : '';
  const approval = d.tac !== undefined ? `, type approval ${d.tac}` : '';
  return `country code ${d.countryCode}, ${d.protocol}${carries}${approval}`;
}

/**
 * A ship's EPIRB 406 MHz hex ID: 15 hexadecimal characters (first generation) or 23 (second), that
 * decode to an EPIRB (not an aviation ELT, a personal locator beacon, a ship security alert or a test
 * coding), registered under one of the area's MIDs, and, where the ID carries an MMSI or a call sign,
 * the ship's own.
 */
export function checkBeaconHexId(input: string, area: AreaCode, shipMmsi: string | null, shipCallSign: string | null = null): Checked {
  const value = typedAs(input).toUpperCase();
  if (!/^([0-9A-F]{15}|[0-9A-F]{23})$/.test(value)) return { ok: false, problem: { code: 'epirb_form' } };
  const d = decodeBeaconHexId(value);
  if (d.malformed) return { ok: false, problem: { code: 'epirb_second_generation_form' } };
  const mids = MIDS[area];
  const decoded = describeBeacon(d);
  const no = (code: string, params: Record<string, string | { key: `area.${AreaCode}` }> = {}): Checked => ({
    ok: false,
    problem: { code, params: { decoded, ...params } },
  });
  if (!mids.includes(String(d.countryCode))) {
    return no('epirb_country', { area: { key: `area.${area}` }, mids: mids.join(', ') });
  }
  if (d.kind !== 'epirb') return no('epirb_not_ship');
  if (d.unreadable) return no('epirb_unreadable');
  if (d.mmsi && shipMmsi && d.mmsi !== shipMmsi) return no('epirb_mmsi', { mmsi: shipMmsi });
  if (d.callSign && shipCallSign && d.callSign !== shipCallSign) return no('epirb_call_sign', { callSign: shipCallSign });
  return { ok: true, value };
}

/**
 * The 15-hex ID of an EPIRB coded with the standard location protocol for this MMSI (beacon number 0,
 * the position fields at their defaults, as in every 15-hex ID): what a ship's EPIRB usually reads.
 */
export function standardLocationEpirbHexId(mmsi: string, beaconNumber = 0): string {
  const bits =
    '0' +
    Number(mmsi.slice(0, 3)).toString(2).padStart(10, '0') +
    '0010' +
    Number(mmsi.slice(3)).toString(2).padStart(20, '0') +
    beaconNumber.toString(2).padStart(4, '0') +
    '0111111111' +
    '01111111111';
  return bits
    .match(/.{4}/g)!
    .map((b) => parseInt(b, 2).toString(16).toUpperCase())
    .join('');
}
