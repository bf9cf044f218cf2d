import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBeaconHexId, standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { checkCallSign, checkImoShipNumber, checkShipMmsi, TYPED_FORMS } from '../src/domain/identifiers.ts';
import { hongKongCompany, hongKongVessel, json, testRegistry } from './helpers.ts';

// Identifiers and names as people write them: an MMSI or call sign grouped by spaces or hyphens is the
// same identifier; a Chinese company name keeps its full-width brackets; and an EPIRB's alert leads to
// one ship, as an MMSI's does.

async function setup() {
  const reg = await testRegistry();
  const hk = await reg.tokenFor('registrar', { agency: 'HK' });
  const company = (await json(await reg.call('GET', '/api/companies?homeAgency=HK', { token: hk }))).items[0].id as number;
  return { ...reg, hk, company };
}

// A float-free EPIRB coded with the serial user protocol (C/S T.001): country 477, serial 123456. It
// names no MMSI, so it fits any Hong Kong ship, and two could be given the same one by mistake.
const bits = (n: number, width: number) => n.toString(2).padStart(width, '0');
const SERIAL_EPIRB = `1${bits(477, 10)}011010${'0'}${bits(123456, 20)}`
  .padEnd(60, '0')
  .match(/.{4}/g)!
  .map((b) => Number.parseInt(b, 2).toString(16).toUpperCase())
  .join('');

describe('an EPIRB hex ID', () => {
  it('is held by one ship not withdrawn: a second is refused naming the holder, in the reader language, and nothing is registered', async () => {
    const reg = await setup();
    const first = await reg.call('POST', '/api/vessels', {
      token: reg.hk,
      body: hongKongVessel(reg.company, { nameZh: '海鷗一號', epirbHexId: SERIAL_EPIRB }),
    });
    expect(first.status).toBe(201);
    const before = (await reg.db.selectFrom('vessels').select('id').execute()).length;
    const twin = await reg.call('POST', '/api/vessels', {
      token: reg.hk,
      body: hongKongVessel(reg.company, { epirbHexId: SERIAL_EPIRB }),
      headers: { 'Accept-Language': 'zh-Hant' },
    });
    expect(twin.status).toBe(409);
    const problem = await json(twin);
    expect(problem).toMatchObject({ code: 'identifier_held', errors: [{ field: 'epirbHexId', code: 'held_by' }] });
    expect(problem.detail).toContain('海鷗一號');
    expect((await reg.db.selectFrom('vessels').select('id').execute()).length).toBe(before);
  });

  it('of the second generation (23 hexadecimal characters) registers, finds its ship, and is held by one ship too', async () => {
    const reg = await setup();
    const coordinator = await reg.tokenFor('coordinator', { agency: 'GD' });
    // Country 477, type approval 9877, serial 4242, vessel ID: the ship's MMSI, no EPIRB-AIS.
    const mmsi = '477995500';
    const id = `1${bits(477, 10)}101${bits(9877, 16)}${bits(4242, 14)}0001${bits(Number(mmsi), 30)}${bits(10922, 14)}`
      .match(/.{4}/g)!
      .map((b) => Number.parseInt(b, 2).toString(16).toUpperCase())
      .join('');
    expect(id).toHaveLength(23);
    const made = await reg.call('POST', '/api/vessels', {
      token: reg.hk,
      body: hongKongVessel(reg.company, { nameZh: '海天號', nameEn: 'Sea Sky', mmsi, callSign: 'VRTY5', epirbHexId: id.toLowerCase() }),
    });
    expect(made.status).toBe(201);
    expect((await json(made)).epirbHexId).toBe(id);
    const found = (await json(await reg.call('GET', `/api/lookup?q=${id}`, { token: coordinator }))).items;
    expect(found.map((c: { match: string; vessel: { nameEn: string } }) => [c.match, c.vessel.nameEn])).toEqual([['identifier', 'Sea Sky']]);
    // One that names no ship (vessel ID type 000) fits any Hong Kong ship, and is still held by one only.
    const anonymous = `1${bits(477, 10)}101${bits(9877, 16)}${bits(4243, 14)}0000${'0'.repeat(44)}`
      .match(/.{4}/g)!
      .map((b) => Number.parseInt(b, 2).toString(16).toUpperCase())
      .join('');
    expect((await reg.call('POST', '/api/vessels', { token: reg.hk, body: hongKongVessel(reg.company, { epirbHexId: anonymous }) })).status).toBe(201);
    const twin = await reg.call('POST', '/api/vessels', { token: reg.hk, body: hongKongVessel(reg.company, { epirbHexId: anonymous }) });
    expect(twin.status).toBe(409);
    expect(await json(twin)).toMatchObject({ code: 'identifier_held', errors: [{ field: 'epirbHexId', code: 'held_by' }] });
  });

  it('of a withdrawn ship may be given to another, as its MMSI may', async () => {
    const reg = await setup();
    const made = await json(await reg.call('POST', '/api/vessels', { token: reg.hk, body: hongKongVessel(reg.company, { epirbHexId: SERIAL_EPIRB }) }));
    await reg.db.updateTable('vessels').set({ status: 'withdrawn' }).where('id', '=', made.id).execute();
    const next = await reg.call('POST', '/api/vessels', { token: reg.hk, body: hongKongVessel(reg.company, { epirbHexId: SERIAL_EPIRB }) });
    expect(next.status).toBe(201);
  });
});

describe('identifiers typed as they are printed', () => {
  it('register with an MMSI, call sign, IMO number and EPIRB ID grouped by spaces or hyphens, kept run together', async () => {
    const reg = await setup();
    const ship = hongKongVessel(reg.company);
    const grouped = {
      mmsi: `${ship.mmsi.slice(0, 3)} ${ship.mmsi.slice(3, 6)} ${ship.mmsi.slice(6)}`,
      callSign: `${ship.callSign.slice(0, 2)}-${ship.callSign.slice(2)}`,
      imoNumber: `IMO ${ship.imoNumber.slice(0, 3)}-${ship.imoNumber.slice(3)}`,
      epirbHexId: `${ship.epirbHexId.slice(0, 5)} ${ship.epirbHexId.slice(5, 10)} ${ship.epirbHexId.slice(10)}`,
    };
    const made = await reg.call('POST', '/api/vessels', { token: reg.hk, body: { ...ship, ...grouped } });
    const body = await json(made);
    expect(made.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ mmsi: ship.mmsi, callSign: ship.callSign, imoNumber: ship.imoNumber, epirbHexId: ship.epirbHexId });
    // The same MMSI typed another way is the same MMSI: held.
    const again = await reg.call('POST', '/api/vessels', {
      token: reg.hk,
      body: hongKongVessel(reg.company, { mmsi: `${ship.mmsi.slice(0, 5)}-${ship.mmsi.slice(5)}`, epirbHexId: null }),
    });
    expect(again.status, JSON.stringify(await again.clone().json())).toBe(409);
    expect(standardLocationEpirbHexId(ship.mmsi)).toBe(ship.epirbHexId);
  });
});

describe('a Chinese name', () => {
  it('keeps its full-width brackets, commas and middle dots, and is found by them or their ASCII forms', async () => {
    const reg = await setup();
    const made = await reg.call('POST', '/api/companies', {
      token: reg.hk,
      body: hongKongCompany({ nameZh: '信德中旅船務管理（澳門）有限公司', nameEn: 'Shun Tak-China Travel Ship Management (Macau) Limited' }),
    });
    const company = await json(made);
    expect(made.status, JSON.stringify(company)).toBe(201);
    expect(company.nameZh).toBe('信德中旅船務管理（澳門）有限公司');
    const ship = await reg.call('POST', '/api/vessels', { token: reg.hk, body: hongKongVessel(company.id, { nameZh: '澳門・星光' }) });
    expect(ship.status).toBe(201);
    const coordinator = await reg.tokenFor('coordinator', { agency: 'MO' });
    const found = await json(await reg.call('GET', `/api/lookup?q=${encodeURIComponent('澳門・星光')}`, { token: coordinator }));
    expect(found.items.map((i: { vessel: { nameZh: string } }) => i.vessel.nameZh)).toContain('澳門・星光');
    // Other symbols are still not a name.
    const odd = await reg.call('POST', '/api/companies', { token: reg.hk, body: hongKongCompany({ nameZh: '海港客運【特價】有限公司' }) });
    expect(odd.status).toBe(400);
  });
});

describe('ports by the names people use', () => {
  it('take a name only one port answers to, in either script or English, and keep the code', async () => {
    const reg = await setup();
    for (const [ports, codes] of [
      [
        ['上環', '外港'],
        ['HKG-SW', 'MAC-OH'],
      ],
      [
        ['上环', '氹仔'],
        ['HKG-SW', 'MAC-TP'],
      ],
      [
        ['中港城', '九洲'],
        ['HKG-TST', 'ZUH-JZ'],
      ],
      [
        ['Tsim Sha Tsui', '澳門外港'],
        ['HKG-TST', 'MAC-OH'],
      ],
      [
        ['港澳碼頭', '蛇口'],
        ['HKG-SW', 'SZX-SK'],
      ],
      [
        ['Chek Lap Kok', 'pac on'],
        ['HKG-SKP', 'MAC-TP'],
      ],
    ] as const) {
      const res = await reg.call('POST', '/api/vessels', {
        token: reg.hk,
        body: hongKongVessel(reg.company, { route: { ports, sailingsPerDay: 6, crossingMinutes: 60 } }),
      });
      expect(res.status, ports.join()).toBe(201);
      expect((await json(res)).route.ports).toEqual(codes);
    }
  });

  it('refuse a name several ports answer to, listing them in the reader language, and register nothing', async () => {
    const reg = await setup();
    const before = (await reg.db.selectFrom('vessels').select('id').execute()).length;
    for (const [typed, lang, said, codes] of [
      ['機場', 'en', 'may be any of these ports', ['HKG-SKP', 'SZX-FY']],
      ['机场', 'zh-Hans', '可指以下任一港口', ['HKG-SKP', 'SZX-FY']],
      ['澳門', 'zh-Hant', '可指以下任一港口', ['MAC-OH', 'MAC-TP', 'MAC-IH']],
      ['Hong Kong', 'en', 'may be any of these ports', ['HKG-SW', 'HKG-TST', 'HKG-TM', 'HKG-SKP']],
      ['廣州', 'en', 'may be any of these ports', ['CAN-NS', 'CAN-LHS']],
    ] as const) {
      const res = await reg.call('POST', '/api/vessels', {
        token: reg.hk,
        body: hongKongVessel(reg.company, { route: { ports: ['MAC-OH', typed], sailingsPerDay: 6, crossingMinutes: 60 } }),
        headers: { 'Accept-Language': lang },
      });
      expect(res.status, typed).toBe(400);
      const problem = (await json(res)).errors.find((e: { field: string }) => e.field === 'route.ports.1');
      expect(problem, typed).toMatchObject({ code: 'port_ambiguous' });
      expect(problem.message).toContain(said);
      for (const code of codes) expect(problem.message, typed).toContain(`(${code})`);
    }
    expect((await reg.db.selectFrom('vessels').select('id').execute()).length).toBe(before);
  });
});

describe("the document's patterns for identifiers as typed", () => {
  // The API document states each identifier's form as a pattern (TYPED_FORMS); the server checks it by
  // folding what was typed (typedAs). The two must agree on every input, or a generated client refuses
  // what the server takes, or sends what it refuses.
  // Runs of an identifier's own characters, ASCII or full-width, near its length (one short, one
  // over), now and then with a stranger among them, and the separators people type between them.
  const DIGITS = '0123456789０１２３４５６７８９';
  const HEX = `${DIGITS}ABCDEFabcdefＡＢＣＦａｆ`;
  const ALNUM = `${HEX}GKRVXZgkrvxzＧＸｇｘ`;
  const separator = fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom('', '', '', '', ' ', '-', '‐', '―', 'ー', '－', '\u3000', '\t') },
    { weight: 1, arbitrary: fc.constantFrom('.', '/', '_') },
  );
  const typed = (alphabet: string, lengths: number[], prefixes: string[] = ['']) =>
    fc
      .tuple(
        fc.constantFrom(...prefixes),
        fc.constantFrom(...lengths).chain((n) =>
          fc.array(fc.tuple(fc.oneof({ weight: 60, arbitrary: fc.constantFrom(...alphabet) }, fc.constantFrom(...'GzＧ:#')), separator), {
            minLength: n,
            maxLength: n,
          }),
        ),
        separator,
      )
      .map(([p, run, end]) => `${p}${run.map(([c, s]) => c + s).join('')}${end}`);
  const around = (...ns: number[]) => ns.flatMap((n) => [n - 1, n, n, n + 1]);
  const checks = [
    [
      'imoNumber',
      (s: string) => checkImoShipNumber(s),
      'imo_ship_form',
      typed(DIGITS, around(7), ['', 'IMO', 'imo ', 'IMO:', 'ＩＭＯ：', 'I-M-O', 'IM', 'OMI']),
    ],
    ['mmsi', (s: string) => checkShipMmsi(s, 'HK'), 'mmsi_form', typed(DIGITS, around(9))],
    ['callSign', (s: string) => checkCallSign(s, 'MO'), 'call_sign_form', typed(ALNUM, around(4, 7))],
    ['epirbHexId', (s: string) => checkBeaconHexId(s, 'HK', null), 'epirb_form', typed(HEX, around(15, 23))],
  ] as const;

  for (const [kind, check, formProblem, typedForms] of checks) {
    it(`${kind}: the pattern matches exactly what the server reads as the form`, () => {
      const pattern = new RegExp(TYPED_FORMS[kind], 'u');
      let matched = 0;
      let refused = 0;
      const run = fc.check(
        fc.property(typedForms, (s) => {
          const result = check(s.trim());
          const ofForm = result.ok || result.problem.code !== formProblem;
          if (ofForm) matched++;
          else refused++;
          expect(pattern.test(s)).toBe(ofForm);
        }),
        { seed: 20261205, numRuns: 2000 },
      );
      expect(run.failed ? run.counterexample : 'none').toBe('none');
      // The inputs reached both sides of the rule, often.
      expect(Math.min(matched, refused)).toBeGreaterThan(50);
    });
  }
});
