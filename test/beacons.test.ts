import { describe, expect, it } from 'vitest';
import { checkBeaconHexId, decodeBeaconHexId, standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { reasonOf } from './helpers.ts';

// Worked examples, built bit by bit from the layout of C/S T.001 (bits 26–85 of the message):
// bit 26 protocol flag, bits 27–36 country code, then the protocol code and what it carries.
const hex = (bits: string) =>
  bits
    .padEnd(60, '0')
    .match(/.{4}/g)!
    .map((b) => parseInt(b, 2).toString(16).toUpperCase())
    .join('');
const bin = (n: number, width: number) => n.toString(2).padStart(width, '0');
const DEFAULT_POSITION = '0111111111' + '01111111111';

describe('a 406 MHz beacon hex ID', () => {
  it('with the standard location protocol for an EPIRB decodes to its country and MMSI', () => {
    // 0 | 477 | 0010 | 101500 | beacon 0 | default position
    const id = hex(`0${bin(477, 10)}0010${bin(101500, 20)}${bin(0, 4)}${DEFAULT_POSITION}`);
    expect(id).toBe('3BA4318F80FFBFF');
    expect(standardLocationEpirbHexId('477101500')).toBe(id);
    expect(decodeBeaconHexId(id)).toEqual({
      generation: 1,
      countryCode: 477,
      protocol: 'standard location protocol, EPIRB with MMSI',
      kind: 'epirb',
      mmsi: '477101500',
      beaconNumber: 0,
    });
    expect(checkBeaconHexId(id.toLowerCase(), 'HK', '477101500')).toEqual({ ok: true, value: id });
  });

  it.each([
    ['Macao', 453, 'MO', '453300100'],
    ['Guangdong (412)', 412, 'GD', '412600200'],
    ['Guangdong (413)', 413, 'GD', '413800100'],
    ['Guangdong (414)', 414, 'GD', '414200100'],
  ] as const)('of a ship of %s is coded with its MID', (_area, mid, area, mmsi) => {
    const id = standardLocationEpirbHexId(mmsi);
    expect(decodeBeaconHexId(id).countryCode).toBe(mid);
    expect(checkBeaconHexId(id, area, mmsi).ok).toBe(true);
  });

  it('with the serial user protocol of a float-free EPIRB decodes to its serial number', () => {
    // 1 | 477 | 011 | 010 float-free EPIRB | 0 no certificate | serial 123456 (20 bits)
    const id = hex(`1${bin(477, 10)}011010${'0'}${bin(123456, 20)}`);
    expect(decodeBeaconHexId(id)).toEqual({
      generation: 1,
      countryCode: 477,
      protocol: 'serial user protocol, float-free EPIRB with serial number',
      kind: 'epirb',
      serialNumber: 123456,
    });
    expect(checkBeaconHexId(id, 'HK', '477900001').ok).toBe(true);
  });

  // Modified-Baudot characters as C/S T.001 tabulates them (6 bits each), for the worked examples below.
  const B = {
    ' ': '100100',
    '0': '001101',
    '1': '011101',
    '2': '011001',
    '3': '010000',
    M: '100111',
    S: '110100',
    X: '110111',
    V: '101111',
    R: '101010',
    Q: '111101',
  };
  const BEACON_0_WITH_121_5_HOMER = `${B['0']}0001`;

  it('with the maritime user protocol carrying an MMSI decodes its last six digits from modified Baudot', () => {
    // 1 | 453 | 010 | "300100" (MMSI 453300100) | beacon number "0" | spare 00 | 121.5 MHz homer 01
    const id = hex(`1${bin(453, 10)}010${B['3']}${B['0']}${B['0']}${B['1']}${B['0']}${B['0']}${BEACON_0_WITH_121_5_HOMER}`);
    expect(decodeBeaconHexId(id)).toEqual({
      generation: 1,
      countryCode: 453,
      kind: 'epirb',
      protocol: 'maritime user protocol (MMSI or radio call sign)',
      mmsi: '453300100',
    });
    expect(checkBeaconHexId(id, 'MO', '453300100')).toEqual({ ok: true, value: id });
    expect(reasonOf(checkBeaconHexId(id, 'MO', '453300200'))).toBe(
      "it decodes to country code 453, maritime user protocol (MMSI or radio call sign), MMSI 453300100, but the ship's MMSI is 453300200",
    );
  });

  it('with the maritime user protocol carrying a call sign reads it right-aligned after spaces', () => {
    // " XXMS2": Macau Star's five-character call sign, one space to its left.
    const id = hex(`1${bin(453, 10)}010${B[' ']}${B.X}${B.X}${B.M}${B.S}${B['2']}${BEACON_0_WITH_121_5_HOMER}`);
    expect(decodeBeaconHexId(id)).toMatchObject({ countryCode: 453, kind: 'epirb', callSign: 'XXMS2' });
    expect(checkBeaconHexId(id, 'MO', '453300100', 'XXMS2').ok).toBe(true);
    const other = checkBeaconHexId(id, 'MO', '453300200', 'XXLT2');
    expect(reasonOf(other)).toContain("call sign XXMS2, but the ship's call sign is XXLT2");
  });

  it('with the radio call sign user protocol reads four Baudot characters and three BCD digits', () => {
    // 1 | 477 | 110 | "VRQ2" in modified Baudot | 0 0 1 in BCD (call sign VRQ2001) | beacon "0"
    const id = hex(`1${bin(477, 10)}110${B.V}${B.R}${B.Q}${B['2']}${bin(0, 4)}${bin(0, 4)}${bin(1, 4)}${BEACON_0_WITH_121_5_HOMER}`);
    expect(decodeBeaconHexId(id)).toEqual({ generation: 1, countryCode: 477, kind: 'epirb', protocol: 'radio call sign user protocol', callSign: 'VRQ2001' });
    expect(checkBeaconHexId(id, 'HK', '477900001', 'VRQ2001').ok).toBe(true);
  });

  it('refuses a maritime user coding whose characters are not modified Baudot', () => {
    const id = hex(`1${bin(453, 10)}010`);
    const r = checkBeaconHexId(id, 'MO', '453300100');
    expect(reasonOf(r)).toBe(
      'it decodes to country code 453, maritime user protocol (MMSI or radio call sign), with characters that are not modified-Baudot codes: the beacon cannot identify the ship',
    );
  });

  it.each([
    ['all zeros', '000000000000000', 'country code 0'],
    ['an aviation ELT (user protocol 001)', hex(`1${bin(477, 10)}001`), 'aviation user protocol'],
    ['an ELT with a 24-bit address (location protocol 0011)', hex(`0${bin(477, 10)}0011`), 'ELT with 24-bit address'],
    ['a personal locator beacon (serial user, PLB)', hex(`1${bin(477, 10)}011110`), 'PLB with serial number'],
    ['a ship security alert (location protocol 1100)', hex(`0${bin(477, 10)}1100${bin(101500, 20)}`), 'ship security alert'],
    ['a test coding (user protocol 111)', hex(`1${bin(477, 10)}111`), 'test user protocol'],
  ])('refuses %s, saying what it decodes to', (_what, id, decodesTo) => {
    const r = checkBeaconHexId(id, 'HK', '477101500');
    expect(r.ok).toBe(false);
    expect(reasonOf(r)).toContain(decodesTo);
  });

  it('refuses an EPIRB coded with another country (the USA) or another area, naming what was expected', () => {
    const usa = standardLocationEpirbHexId('366123456');
    const r = checkBeaconHexId(usa, 'HK', '477101500');
    expect(reasonOf(r)).toBe(
      'it decodes to country code 366, standard location protocol, EPIRB with MMSI, MMSI 366123456, but a beacon of a ship registered in Hong Kong is coded with country code 477',
    );
    expect(!r.ok && r.problem).toEqual({
      code: 'epirb_country',
      params: { decoded: 'country code 366, standard location protocol, EPIRB with MMSI, MMSI 366123456', area: { key: 'area.HK' }, mids: '477' },
    });
    const macao = checkBeaconHexId(standardLocationEpirbHexId('453300100'), 'GD', '413800100');
    expect(reasonOf(macao)).toContain('coded with country code 412, 413, 414');
  });

  it("refuses an EPIRB that carries another ship's MMSI", () => {
    const r = checkBeaconHexId(standardLocationEpirbHexId('477101600'), 'HK', '477101500');
    expect(reasonOf(r)).toBe("it decodes to country code 477, standard location protocol, EPIRB with MMSI, MMSI 477101600, but the ship's MMSI is 477101500");
  });

  it.each(['ADC6D26C520000', 'ADC6D26C52000011', 'ADC6D26C520000G'])('refuses %s as not 15 hexadecimal characters', (id) => {
    expect(reasonOf(checkBeaconHexId(id, 'HK', null))).toBe(
      'an EPIRB 406 MHz hex ID is 15 hexadecimal characters (0–9, A–F), or 23 for a second-generation beacon',
    );
  });
});

// Second-generation IDs, built bit by bit from the 23 Hex ID of C/S T.018: a fixed 1, the country code
// (10 bits), a fixed 101, the type approval number (16), the serial number (14), the test protocol flag,
// the vessel ID type (3) and the vessel ID (44).
const hex23 = (bits: string) => {
  expect(bits).toHaveLength(92);
  return bits
    .match(/.{4}/g)!
    .map((b) => parseInt(b, 2).toString(16).toUpperCase())
    .join('');
};
const BAUDOT: Record<string, string> = {
  ' ': '100100',
  V: '101111',
  R: '101010',
  X: '110111',
  M: '100111',
  '7': '011100',
  Y: '110101',
  T: '100001',
  '5': '000001',
};
const callSignBits = (cs: string) => [...cs.padEnd(7, ' ')].map((c) => BAUDOT[c]).join('');
const NO_EPIRB_AIS = bin(10922, 14);
const secondGeneration = (o: { country?: number; fixed?: string; test?: boolean; type: number; id: string }) =>
  hex23(`1${bin(o.country ?? 477, 10)}${o.fixed ?? '101'}${bin(9877, 16)}${bin(4242, 14)}${o.test ? '1' : '0'}${bin(o.type, 3)}${o.id}`);

describe('a second-generation beacon (23 hexadecimal characters, C/S T.018)', () => {
  const withMmsi = (mmsi: number, country = 477) => secondGeneration({ country, type: 0b001, id: `${bin(mmsi, 30)}${NO_EPIRB_AIS}` });

  it('decodes its country, type approval, serial number and the MMSI it carries, and is accepted for the ship it names', () => {
    const id = withMmsi(477995500);
    expect(id).toHaveLength(23);
    expect(decodeBeaconHexId(id)).toEqual({
      generation: 2,
      countryCode: 477,
      tac: 9877,
      serialNumber: 4242,
      protocol: 'second-generation beacon, maritime MMSI',
      kind: 'epirb',
      mmsi: '477995500',
    });
    // As typed from the label: lower case, in groups.
    const typed = id.toLowerCase().replace(/(.{4})/g, '$1 ');
    expect(checkBeaconHexId(typed, 'HK', '477995500')).toEqual({ ok: true, value: id });
  });

  it("carrying a radio call sign is checked against the ship's", () => {
    const id = secondGeneration({ type: 0b010, id: `00${callSignBits('VRXM7')}` });
    expect(decodeBeaconHexId(id)).toMatchObject({ generation: 2, callSign: 'VRXM7', kind: 'epirb' });
    expect(checkBeaconHexId(id, 'HK', '477123459', 'VRXM7').ok).toBe(true);
    expect(reasonOf(checkBeaconHexId(id, 'HK', '477123459', 'VRTY5'))).toContain('VRTY5');
  });

  it("is refused, naming what it decodes to, when it is another ship's, another area's, an aircraft's or a test coding", () => {
    expect(reasonOf(checkBeaconHexId(withMmsi(477101500), 'HK', '477995500'))).toContain('477995500');
    expect(reasonOf(checkBeaconHexId(withMmsi(453990200, 453), 'HK', '477995500'))).toContain('country code 453');
    for (const aviation of [0b011, 0b100, 0b101]) {
      const id = secondGeneration({ type: aviation, id: '0'.repeat(44) });
      expect(checkBeaconHexId(id, 'HK', '477995500')).toMatchObject({ ok: false, problem: { code: 'epirb_not_ship' } });
    }
    const test = secondGeneration({ test: true, type: 0b001, id: `${bin(477995500, 30)}${NO_EPIRB_AIS}` });
    expect(checkBeaconHexId(test, 'HK', '477995500')).toMatchObject({ ok: false, problem: { code: 'epirb_not_ship' } });
  });

  it('whose fixed bits are wrong, or of another length, is refused as mistyped', () => {
    const wrongFixed = secondGeneration({ fixed: '111', type: 0b001, id: `${bin(477995500, 30)}${NO_EPIRB_AIS}` });
    expect(checkBeaconHexId(wrongFixed, 'HK', '477995500')).toMatchObject({ ok: false, problem: { code: 'epirb_second_generation_form' } });
    for (const length of [16, 20, 22, 24]) {
      expect(checkBeaconHexId('A'.repeat(length), 'HK', '477995500')).toMatchObject({ ok: false, problem: { code: 'epirb_form' } });
    }
  });
});
