import { describe, expect, it } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { demoIds, hongKongVessel, json, testRegistry, validImo, type TestRegistry } from './helpers.ts';

// A distress alert carries what the ship's beacon or DSC set was programmed with, perhaps years ago. An
// identifier a ship gave up (by a transfer, or a change of its record) and another ship now holds finds
// both: the holder now first, then the ship that held it, marked, with what it holds now.

const etagOf = async (reg: TestRegistry, token: string, path: string) => (await reg.call('GET', path, { token })).headers.get('etag')!;

type Item = {
  match: string;
  formerly?: { kind: string; value: string; until: string };
  vessel: { id: number; nameEn: string; mmsi: string; callSign: string; formerIdentifiers: { kind: string; value: string; until: string }[] };
};

async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const hk = await reg.tokenFor('registrar', { agency: 'HK' });
  const mo = await reg.tokenFor('registrar', { agency: 'MO' });
  const coordinator = await reg.tokenFor('coordinator', { agency: 'GD' });
  const lookup = async (q: string, token = coordinator): Promise<Item[]> =>
    (await json(await reg.call('GET', `/api/lookup?q=${encodeURIComponent(q)}`, { token }))).items;
  return { ...reg, ids, hk, mo, coordinator, lookup };
}

describe('an identifier that passed from one ship to another', () => {
  it('finds both ships: the holder now first, then the one that held it until the transfer, with what it holds now', async () => {
    const reg = await setup();
    // Phoenix Wing (MMSI 477101600, call sign VRFW3) moves to Macao's register on the day.
    const phoenix = reg.ids.vesselId('477101600');
    const released = await reg.call('POST', `/api/vessels/${phoenix}/release`, {
      token: reg.hk,
      body: { toArea: 'MO', note: 'Re-registered in Macao' },
      headers: { 'If-Match': await etagOf(reg, reg.hk, `/api/vessels/${phoenix}`) },
    });
    expect(released.status).toBe(200);
    const accepted = await reg.call('POST', `/api/vessels/${phoenix}/accept`, {
      token: reg.mo,
      body: { mmsi: '453301500', callSign: 'XXGD7', portOfRegistry: 'Macao', epirbHexId: standardLocationEpirbHexId('453301500') },
      headers: { 'If-Match': released.headers.get('etag')! },
    });
    expect(accepted.status).toBe(200);
    const day = reg.clock.now.toISOString().slice(0, 10);
    // A new Hong Kong ship is given the MMSI and call sign Phoenix Wing left behind, as the rules allow.
    const companyId = reg.ids.companyId('Ho Kong High Speed Ferries Limited');
    const hkCompany = (await json(await reg.call('GET', '/api/companies?homeAgency=HK', { token: reg.hk }))).items[0].id;
    const made = await reg.call('POST', '/api/vessels', {
      token: reg.hk,
      body: {
        ...hongKongVessel(hkCompany),
        nameZh: '海天飛翔',
        nameEn: 'Sky Sea Flyer',
        mmsi: '477101600',
        callSign: 'VRFW3',
        epirbHexId: null,
        imoNumber: validImo(978112),
      },
    });
    expect(made.status, JSON.stringify(await made.clone().json())).toBe(201);
    const flyer = (await json(made)).id;
    expect(companyId).toBeGreaterThan(0);

    // By the MMSI, the call sign (as typed, with a space), and the old beacon's hex ID.
    for (const q of ['477101600', 'VRFW 3', 'vrfw3']) {
      const found = await reg.lookup(q);
      expect(
        found.map((i) => i.vessel.id),
        q,
      ).toEqual([flyer, phoenix]);
      expect(found[0]!.match).toBe('identifier');
      expect(found[1]).toMatchObject({ match: 'former identifier', vessel: { nameEn: 'Phoenix Wing', mmsi: '453301500', callSign: 'XXGD7' } });
      expect(found[1]!.formerly).toMatchObject({ value: q === '477101600' ? '477101600' : 'VRFW3', until: day });
    }
    const beacon = standardLocationEpirbHexId('477101600');
    const byBeacon = await reg.lookup(beacon);
    expect(byBeacon.map((i) => [i.match, i.vessel.nameEn])).toEqual([['former identifier', 'Phoenix Wing']]);
    // The coordinator's page says so on the card, in the reader's language.
    const cookie = await reg.sessionFor('coordinator', { agency: 'MO' });
    const page = await (await reg.app.request('/search?q=477101600&lang=zh-Hant', { headers: { Cookie: cookie } })).text();
    expect(page).toContain(`此船以往使用的識別碼：MMSI 477101600（使用至 ${day}）`);
    expect(page.indexOf('Sky Sea Flyer')).toBeLessThan(page.indexOf('Phoenix Wing'));
    // The card says what it held, and until when.
    expect(byBeacon[0]!.vessel.formerIdentifiers).toEqual(
      expect.arrayContaining([
        { kind: 'mmsi', value: '477101600', from: expect.any(String), until: day },
        { kind: 'callSign', value: 'VRFW3', from: expect.any(String), until: day },
        { kind: 'epirbHexId', value: beacon, from: expect.any(String), until: day },
      ]),
    );
  });

  it('keeps an identifier changed on the record (a corrected call sign) findable, marked former', async () => {
    const reg = await setup();
    const dragon = reg.ids.vesselId('477101500');
    const before = (await json(await reg.call('GET', `/api/vessels/${dragon}`, { token: reg.hk }))) as { callSign: string };
    const changed = await reg.call('PATCH', `/api/vessels/${dragon}`, {
      token: reg.hk,
      body: { callSign: 'VRJF8' },
      headers: { 'If-Match': await etagOf(reg, reg.hk, `/api/vessels/${dragon}`) },
    });
    expect(changed.status).toBe(200);
    const found = await reg.lookup(before.callSign);
    expect(found.map((i) => [i.match, i.vessel.callSign])).toEqual([['former identifier', 'VRJF8']]);
    expect(found[0]!.formerly).toMatchObject({ kind: 'callSign', value: before.callSign });
    // The new call sign finds it as the holder now.
    expect((await reg.lookup('VRJF8')).map((i) => i.match)).toEqual(['identifier']);
  });

  it("shows an operator only its own company's ships among former holders", async () => {
    const reg = await setup();
    const dragon = reg.ids.vesselId('477101500');
    const old = (await json(await reg.call('GET', `/api/vessels/${dragon}`, { token: reg.hk }))) as { callSign: string; companyId: number };
    await reg.call('PATCH', `/api/vessels/${dragon}`, {
      token: reg.hk,
      body: { callSign: 'VRJF8' },
      headers: { 'If-Match': await etagOf(reg, reg.hk, `/api/vessels/${dragon}`) },
    });
    const own = await reg.tokenFor('operator', { companyId: old.companyId });
    const other = await reg.tokenFor('operator', { companyId: reg.ids.companyId('Ho Kong High Speed Ferries Limited') });
    expect((await reg.lookup(old.callSign, own)).map((i) => i.vessel.id)).toEqual([dragon]);
    expect(old.companyId).not.toBe(reg.ids.companyId('Ho Kong High Speed Ferries Limited'));
    expect(await reg.lookup(old.callSign, other)).toEqual([]);
  });
});
