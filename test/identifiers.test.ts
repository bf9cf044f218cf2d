import { describe, expect, it } from 'vitest';
import { checkCallSign, checkCoastStationMmsi, checkImoCompanyNumber, checkImoShipNumber, checkShipMmsi, foldWidth } from '../src/domain/identifiers.ts';
import { reasonOf } from './helpers.ts';

describe('IMO ship number', () => {
  it.each(['9319466', 'IMO 9319466', 'imo9319466', '９３１９４６６'])('accepts %s', (input) => {
    expect(checkImoShipNumber(input)).toEqual({ ok: true, value: '9319466' });
  });
  it('refuses a wrong check digit and says which is right', () => {
    expect(reasonOf(checkImoShipNumber('9319467'))).toBe('check digit should be 6, not 7');
  });
  it.each(['931946', '93194660', '93194A6', ''])('refuses %j as not 7 digits', (input) => {
    const r = checkImoShipNumber(input);
    expect(r.ok).toBe(false);
    expect(reasonOf(r)).toMatch(/7 digits/);
  });
});

describe('IMO company number', () => {
  it.each(['5812343', '6021175', '4177609'])('accepts %s', (input) => {
    expect(checkImoCompanyNumber(input).ok).toBe(true);
  });
  it('refuses a wrong check digit', () => {
    expect(reasonOf(checkImoCompanyNumber('5812344'))).toBe('check digit should be 3, not 4');
  });
  it('refuses a ship number used as a company number when the check rule differs', () => {
    expect(checkImoCompanyNumber('9319466').ok).toBe(false);
  });
});

describe('ship station MMSI', () => {
  it.each([
    ['477101500', 'HK'],
    ['453300100', 'MO'],
    ['412600200', 'GD'],
    ['413800100', 'GD'],
    ['414200100', 'GD'],
  ] as const)('accepts %s registered in %s', (mmsi, area) => {
    expect(checkShipMmsi(mmsi, area)).toEqual({ ok: true, value: mmsi });
  });
  it('refuses a Hong Kong MID for a ship registered in Macao', () => {
    expect(reasonOf(checkShipMmsi('477101500', 'MO'))).toBe('MID 477 does not belong to Macao, whose ships use 453');
  });
  it('refuses a mainland MID for a Hong Kong ship', () => {
    expect(checkShipMmsi('413800100', 'HK').ok).toBe(false);
  });
  it.each(['47710150', '4771015000', '47710150X'])('refuses %s as not 9 digits', (mmsi) => {
    expect(reasonOf(checkShipMmsi(mmsi, 'HK'))).toBe('an MMSI is 9 digits');
  });
  it('refuses a coast-station number as a ship MMSI', () => {
    expect(checkShipMmsi('004773500', 'HK').ok).toBe(false);
  });
  // Numbers of devices and other stations (ITU-R M.585): their first digits are no MID, and are not called one.
  it.each([
    ['970471234', 'HK', '970 is the maritime identity prefix of an AIS search and rescue transmitter (AIS-SART)'],
    ['972453001', 'MO', '972 is the maritime identity prefix of a man-overboard device'],
    ['974412345', 'GD', '974 is the maritime identity prefix of an EPIRB with AIS'],
    ['111477001', 'HK', '111 is the maritime identity prefix of a search and rescue aircraft'],
    ['984771234', 'HK', '98 is the maritime identity prefix of a craft associated with a parent ship'],
    ['994531001', 'MO', '99 is the maritime identity prefix of an aid to navigation'],
    ['847712345', 'HK', '8 is the maritime identity prefix of a handheld VHF set'],
  ] as const)('refuses %s, a device or another station, saying what it is and never calling it a MID', (mmsi, area, said) => {
    const reason = reasonOf(checkShipMmsi(mmsi, area));
    expect(reason).toContain(said);
    expect(reason).not.toMatch(/^MID/);
  });
});

describe('coast station MMSI', () => {
  it.each([
    ['004773500', 'HK'],
    ['004530101', 'MO'],
    ['004122100', 'GD'],
  ] as const)('accepts %s for %s', (mmsi, area) => {
    expect(checkCoastStationMmsi(mmsi, area).ok).toBe(true);
  });
  it('refuses a ship-station number', () => {
    expect(checkCoastStationMmsi('477101500', 'HK').ok).toBe(false);
  });
  it("refuses another area's MID", () => {
    expect(reasonOf(checkCoastStationMmsi('004530101', 'HK'))).toBe('MID 453 does not belong to Hong Kong, whose stations use 477');
  });
});

describe('IMO number placeholder', () => {
  it('refuses 0000000, which passes the check digit but means "no number"', () => {
    const r = checkImoShipNumber('0000000');
    expect(r.ok).toBe(false);
    expect(reasonOf(r)).toMatch(/leave the IMO number empty/);
    expect(checkImoShipNumber('IMO 9319466')).toEqual({ ok: true, value: '9319466' });
  });
});

describe('call sign', () => {
  it.each([
    ['VRJF7', 'HK'],
    ['vrsg5', 'HK'],
    ['XXMS2', 'MO'],
    ['BPCA', 'GD'],
    ['VR2345', 'HK'],
    ['XXA2345', 'MO'],
    ['BQ9001', 'GD'],
    ['XSLH7', 'GD'],
    ['3HSD5', 'GD'],
    ['3UAB', 'GD'],
  ] as const)('accepts %s for %s', (cs, area) => {
    expect(checkCallSign(cs, area)).toEqual({ ok: true, value: cs.toUpperCase() });
  });
  it.each([
    ['VRJF7', 'MO'],
    ['XXMS2', 'HK'],
    ['3VAB', 'GD'],
    ['XTAB', 'GD'],
    ['BPCA', 'HK'],
  ] as const)('refuses %s for %s as outside the area series', (cs, area) => {
    const r = checkCallSign(cs, area);
    expect(r.ok).toBe(false);
    expect(reasonOf(r)).toMatch(/series/);
  });
  it.each(['VR1', 'VRABCDEF', 'VR#AB', 'VR-1'])('refuses %s as malformed', (cs) => {
    expect(reasonOf(checkCallSign(cs, 'HK'))).toBe('a call sign is 4 to 7 letters and digits');
  });
  it.each([
    ['VR XM7', 'VRXM7'],
    ['vr-jf7', 'VRJF7'],
    ['ＶＲＪＦ７', 'VRJF7'],
  ])('reads %s, grouped or full-width as people type it, as %s', (typed, stored) => {
    expect(checkCallSign(typed, 'HK')).toEqual({ ok: true, value: stored });
  });
  it.each([
    ['477 101 500', '477101500'],
    ['477-101-500', '477101500'],
    ['４７７　１０１　５００', '477101500'],
  ])('reads the MMSI %s as %s', (typed, stored) => {
    expect(checkShipMmsi(typed, 'HK')).toEqual({ ok: true, value: stored });
  });
  // Inside the series but in no form the Radio Regulations allow a ship station.
  it.each([
    ['VRAAAAA', 'HK', 'five letters'],
    ['BPCAXYZ', 'GD', 'five letters after BP'],
    ['XXMS1', 'MO', 'a 1 after the letters'],
    ['VRJF0', 'HK', 'a 0 after the letters'],
    ['VRJ12', 'HK', 'one letter and two digits'],
    ['VR1234', 'HK', 'four digits beginning with 1'],
    ['VRA0234', 'HK', 'a letter and four digits beginning with 0'],
    ['VRJF77', 'HK', 'two digits after the letters'],
  ] as const)('refuses %s for %s: %s', (cs, area, _why) => {
    const r = checkCallSign(cs, area);
    expect(r.ok).toBe(false);
    expect(reasonOf(r)).toMatch(/a ship's call sign is two letters/);
  });
});

describe('full-width folding', () => {
  it('folds full-width letters, digits and spaces typed with a Chinese input method', () => {
    expect(foldWidth('ＶＲＪＦ７　４７７')).toBe('VRJF7 477');
  });
});
