import { describe, expect, it } from 'vitest';
import { indexMissingVessels } from '../src/store/search.ts';
import { listAgencies } from '../src/store/agencies.ts';
import { vesselIdsInService } from '../src/store/vessels.ts';
import { incidentCards } from '../src/services/lookup.ts';
import { editDistance, foldIdentifier, foldText, fragments, similarNameDistance } from '../src/domain/search.ts';
import { toSimplified } from '../src/script.ts';
import { saidProblems, demoIds, hongKongVessel, json, testRegistry } from './helpers.ts';

async function setup() {
  const reg = await testRegistry();
  const coordinator = await reg.tokenFor('coordinator', { agency: 'MO', name: 'Duty coordinator' });
  const find = async (q: string, token = coordinator, limit?: number) => {
    const res = await reg.call('GET', `/api/lookup?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`, { token });
    expect(res.status).toBe(200);
    return (await json(res)).items as { match: string; vessel: { nameEn: string; nameZh: string; id: number } }[];
  };
  const names = async (q: string, token?: string) => (await find(q, token)).map((c) => c.vessel.nameEn);
  return { ...reg, coordinator, find, names };
}

describe('the incident lookup finds a ship', () => {
  const CASES: [string, string, string[]][] = [
    ['simplified input for a traditional name', '澳门', ['Macau Star']],
    ['a two-character Chinese fragment', '飛翼', ['Golden Dragon Wing', 'Phoenix Wing']],
    ['a two-character simplified fragment', '飞翼', ['Golden Dragon Wing', 'Phoenix Wing']],
    ['a single Chinese character', '鵬', ['Peng Cheng']],
    ['a three-character fragment inside a name', '區快線', ['Bay Area Express']],
    ['English in any case', 'GOLDEN dragon', ['Golden Dragon Wing']],
    ['English with accents typed', 'Macáu Stàr', ['Macau Star']],
    ['a former English name', 'ocean glory', ['Macau Star']],
    ['a former Chinese name, simplified', '海荣', ['Macau Star']],
    ['an MMSI', '477101500', ['Golden Dragon Wing']],
    ['an MMSI typed in full-width digits', '４７７１０１５００', ['Golden Dragon Wing']],
    ['an IMO number', '9319466', ['Macau Star']],
    ['an IMO number with its prefix', 'IMO 9319466', ['Macau Star']],
    ['a call sign in lower case', 'vrjf7', ['Golden Dragon Wing']],
    ['a call sign in full-width letters', 'ＶＲＪＦ７', ['Golden Dragon Wing']],
    ['an EPIRB hex ID', '3ba4318f80ffbff', ['Golden Dragon Wing']],
    ['a national registration number', 'HK-JF-0871', ['Golden Dragon Wing']],
    ['a two-letter start of an English word', 'ma', ['Ma Kok', 'Macau Star']],
  ];
  it('by each way a coordinator types it, from one registry (the lookup changes nothing)', async () => {
    const { names } = await setup();
    for (const [what, q, expected] of CASES) expect(await names(q), `${what} (${q})`).toEqual(expected);
  });

  // Names read off a radio call or a fax, typed with an error or two: found, marked, after nothing else.
  const TYPOS: [string, string, string[]][] = [
    ['a missing letter', 'Golden Dragn', ['Golden Dragon Wing']],
    ['two letters swapped', 'Macua Star', ['Macau Star']],
    ['a letter left out of the first word', 'Orental Pearl', ['Oriental Pearl']],
    ['a wrong letter', 'Pheonix Wing', ['Phoenix Wing']],
    ['a former name misspelt', 'Ocean Glorry', ['Macau Star']],
    ['one word, two errors', 'Lianhuasan', ['Lianhuashan']],
    ['accents and upper case', 'JIUZHOU FLYRE', ['Jiuzhou Flyer']],
  ];
  // One registry for all of them: the lookup changes nothing.
  it('despite a typing error or two in an English name, marked as a similar name', async () => {
    const { find } = await setup();
    for (const [what, q, expected] of TYPOS) {
      const found = await find(q);
      expect(
        found.map((c) => c.vessel.nameEn),
        what,
      ).toEqual(expected);
      expect(
        found.map((c) => c.match),
        what,
      ).toEqual(expected.map(() => 'similar name'));
    }
  });

  it('offers no similar name for a Chinese query, an identifier or a name too far off, and never before a real match', async () => {
    const { find, names } = await setup();
    for (const q of ['金龍飛冀', '477101599', 'Golden Drgn Wng', 'Atlantis', 'Lts']) expect(await names(q), q).toEqual([]);
    // A short name allows one error; what matches as typed is never marked similar.
    expect((await find('Lotos')).map((c) => [c.vessel.nameEn, c.match])).toEqual([['Lotus', 'similar name']]);
    expect((await find('Sea Gul')).map((c) => [c.vessel.nameEn, c.match])).toEqual([['Sea Gull', 'name prefix']]);
  });

  it("says so on the coordinator's page, in the reader's language", async () => {
    const { app, sessionFor } = await setup();
    const cookie = await sessionFor('coordinator', { agency: 'HK' });
    const page = await (await app.request(`/search?q=${encodeURIComponent('Macua Star')}&lang=zh-Hant`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('沒有船名與輸入完全相同：此船名稱相近');
    expect(page).toContain('澳門之星');
  });

  it('and nothing for what matches no ship', async () => {
    const { names } = await setup();
    expect(await names('Titanic')).toEqual([]);
    expect(await names('999999999')).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts an exact identifier first, then name prefixes, then substrings, in a stable order', async () => {
    const { find } = await setup();
    // 江门 starts with 江; 濠江飛燕 only contains it. Alphabetically Ho Kong Swallow would come first.
    const cards = await find('江');
    expect(cards.map((c) => [c.vessel.nameEn, c.match])).toEqual([
      ['Kong Moon', 'name prefix'],
      ['Ho Kong Swallow', 'name'],
    ]);
    const mmsi = await find('477101500');
    expect(mmsi[0]).toMatchObject({ match: 'identifier', vessel: { nameEn: 'Golden Dragon Wing' } });
    // A fragment of MMSIs finds several, ordered the same way each time.
    const fragment = await find('4771016');
    expect(fragment.map((c) => c.match)).toEqual(['identifier fragment']);
    const again = await find('蓮花');
    expect(again.map((c) => c.vessel.nameEn)).toEqual(['Lianhuashan', 'Lotus']);
    expect(await find('蓮花')).toEqual(again);
  });

  it('honours the limit', async () => {
    const { find } = await setup();
    expect((await find('飛翼', undefined, 1)).map((c) => c.vessel.nameEn)).toEqual(['Golden Dragon Wing']);
  });
});

describe('the incident card', () => {
  it("gives all three centres' 24-hour numbers (the home agency's first), the route as port names, and says quietly when the plan predates the records", async () => {
    const { find, db } = await setup();
    const [pengcheng] = (await find('413800100')) as unknown as {
      centres: { code: string; phone24h: string }[];
      vessel: { routePorts: { nameEn: string; nameZh: string }[] };
      plan: { predatesRecords: boolean };
    }[];
    const agencies = await db.selectFrom('agencies').select(['code', 'rcc']).execute();
    const phone = (code: string) => JSON.parse(agencies.find((a) => a.code === code)!.rcc).phone24h;
    expect(pengcheng!.centres.map((c) => [c.code, c.phone24h])).toEqual([
      ['GD', phone('GD')],
      ['HK', phone('HK')],
      ['MO', phone('MO')],
    ]);
    expect(pengcheng!.vessel.routePorts.map((p) => p.nameEn)).toEqual([
      'Shekou Cruise Centre, Shenzhen',
      'Outer Harbour Ferry Terminal',
      'SkyPier, Hong Kong International Airport',
    ]);
    expect(pengcheng!.plan.predatesRecords).toBe(false);
    // Pearl Bay's 24-hour line changed after its plans were issued (the demo): its ships' cards say so.
    const [bay] = (await find('Bay Area Express')) as unknown as { plan: { predatesRecords: boolean; status: string } }[];
    expect(bay!.plan).toMatchObject({ predatesRecords: true, status: 'stale' });
  });

  it("is each ship's own when many are read together, as the incident book and a broad lookup read them", async () => {
    const { db } = await setup();
    const today = '2026-12-05';
    const agencies = await listAgencies(db);
    const ids = await vesselIdsInService(db, {});
    const together = await incidentCards(db, ids, today, agencies);
    expect(ids.length).toBeGreaterThan(5);
    expect([...together.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(together.get(id)).toEqual((await incidentCards(db, [id], today, agencies)).get(id));
    // Not one shape repeated: several companies, plans with copies held, and a ship with former names among them.
    const cards = [...together.values()];
    expect(new Set(cards.map((c) => c.company.id)).size).toBeGreaterThan(2);
    expect(cards.filter((c) => (c.plan?.copiesHeld.length ?? 0) > 0).length).toBeGreaterThan(1);
    expect(cards.find((c) => c.vessel.nameEn === 'Macau Star')!.vessel.formerNames.length).toBeGreaterThan(0);
    // A ship not registered has no card, and the others are unaffected.
    const withUnknown = await incidentCards(db, [ids[0]!, 999_999], today, agencies);
    expect([...withUnknown.keys()]).toEqual([ids[0]]);
  });

  it('shows who to call and what plan the ship carries', async () => {
    const { find } = await setup();
    const [card] = (await find('VRJF7')) as any[];
    expect(card.vessel).toMatchObject({
      nameZh: '金龍飛翼',
      type: 'jetfoil',
      hullColour: 'white with red stripe / 白色紅條',
      maxPersonsOnBoard: 268,
      // What a coordinator asks at once: how big, and what the people on board can abandon into.
      lengthMetres: 27.4,
      grossTonnage: 267,
      lifeSaving: { liferafts: 6, liferaftCapacity: 300, marineEvacuationSystems: 0, rescueBoats: 1 },
      communications: { bridgePhone: '+852 9800 1007', vhf: 'VHF 16, 12, 70 (DSC)' },
    });
    expect(card.company).toMatchObject({
      nameEn: 'Harbour Wing Jetfoil Company Limited',
      emergencyPhone: '+852 2859 3111',
      emergencyPhoneAlt: '+852 9123 4567',
      designatedPerson: { name: '陳志明 Chan Chi-ming', phone: '+852 2859 3100' },
      emergencyTeam: { name: 'Fleet Operations Centre', phone: '+852 2859 3120', email: 'ops@harbourwing.example' },
    });
    expect(card.homeAgency).toMatchObject({ code: 'HK', phone24h: '+852 2233 7999' });
    expect(card.plan).toMatchObject({ planNumber: expect.stringMatching(/^HK-/), revision: 1, status: 'current' });
    expect(card.plan.recognitions).toEqual([
      { agency: 'HK', status: 'compiled', since: null, until: null },
      { agency: 'GD', status: 'recognised', since: card.plan.issuedOn, until: null },
      { agency: 'MO', status: 'pending', since: null, until: null },
    ]);
    expect(card.plan.copiesHeld.map((c: { agency: string; copyNumber: number }) => [c.agency, c.copyNumber])).toEqual([
      ['GD', 1],
      ['HK', 2],
      ['MO', 3],
    ]);
  });

  it("shows the same on the coordinator's page, in the reader's language", async () => {
    const { app, sessionFor } = await setup();
    const cookie = await sessionFor('coordinator', { agency: 'GD' });
    const page = await (await app.request('/search?q=VRJF7&lang=zh-Hans', { headers: { Cookie: cookie } })).text();
    expect(page).toContain('267 GT / 27.4 m');
    expect(page).toContain('救生筏（数量 / 总容量）: 6 / 300');
    expect(page).toContain('应急小组 · Fleet Operations Centre');
    expect(page).toContain('href="tel:+85228593120"');
  });

  it('shows a stale plan as stale', async () => {
    const { find } = await setup();
    const [card] = (await find('Bay Area Express')) as any[];
    expect(card.plan).toMatchObject({ status: 'stale', staleFields: ['company.emergencyPhone'] });
  });
});

describe('the index follows the records', () => {
  it('a renamed ship is found by its new name at once, and by its old one if recorded as former', async () => {
    const { call, tokenFor, db, names } = await setup();
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const id = (await demoIds(db)).vesselId('477101700');
    const etag = (await call('GET', `/api/vessels/${id}`, { token: hk })).headers.get('etag')!;
    await call('PATCH', `/api/vessels/${id}`, {
      token: hk,
      body: { nameZh: '海燕', nameEn: 'Sea Swallow', formerNames: [{ nameZh: '海鷗', nameEn: 'Sea Gull', until: '2026-03-01' }] },
      headers: { 'If-Match': etag },
    });
    expect(await names('sea swallow')).toEqual(['Sea Swallow']);
    expect(await names('海鸥')).toEqual(['Sea Swallow']);
  });

  it('company names are searchable, after the ship names', async () => {
    const { find } = await setup();
    const cards = await find('Pearl Bay');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.match === 'company name')).toBe(true);
    expect(cards.map((c) => c.vessel.nameEn).sort()).toEqual(['Bay Area Express', 'Hoi Fung', 'Oriental Pearl']);
  });
});

describe('who may look up', () => {
  it('operators find only their own ships', async () => {
    const { tokenFor, db, names } = await setup();
    const op = await tokenFor('operator', { companyId: (await demoIds(db)).companyId('Ho Kong High Speed Ferries Limited') });
    expect(await names('飛翼', op)).toEqual([]);
    expect(await names('澳门', op)).toEqual(['Macau Star']);
  });

  it('everyone else with a token; nobody without', async () => {
    const { call, tokenFor } = await setup();
    for (const token of [await tokenFor('admin'), await tokenFor('registrar', { agency: 'GD' })]) {
      expect((await call('GET', '/api/lookup?q=lotus', { token })).status).toBe(200);
    }
    expect((await call('GET', '/api/lookup?q=lotus')).status).toBe(401);
  });

  it('an empty query is an error that says so', async () => {
    const { call, coordinator } = await setup();
    const res = await call('GET', '/api/lookup?q=%20', { token: coordinator });
    expect(res.status).toBe(400);
    expect(saidProblems((await json(res)).errors)).toEqual([{ field: 'query.q', message: 'type at least one character' }]);
  });
});

describe('search folding rules', () => {
  it('count typing errors as a person makes them: a letter added, dropped, changed, or two swapped', () => {
    expect(editDistance('macua', 'macau')).toBe(1);
    expect(editDistance('dragn', 'dragon')).toBe(1);
    expect(editDistance('orental', 'oriental')).toBe(1);
    expect(editDistance('pheonix', 'phoenix')).toBe(1);
    expect(editDistance('lianhuasan', 'lianhuashan')).toBe(1);
    expect(editDistance('glorry', 'glory')).toBe(1);
    expect(editDistance('drgn wng', 'dragon wing')).toBe(3);
    expect(editDistance('atlantis', 'lotus', 2)).toBe(3);
    // Against as many words of a name as the query has.
    expect(similarNameDistance({ names: ['golden dragon wing', '金龙飞翼'] }, 'golden dragn')).toBe(1);
    expect(similarNameDistance({ names: ['golden dragon wing'] }, 'dragn wing')).toBe(1);
    expect(similarNameDistance({ names: ['golden dragon wing'] }, 'golden drgn wng')).toBeNull();
    expect(similarNameDistance({ names: ['lotus'] }, 'lots')).toBe(1);
    expect(similarNameDistance({ names: ['ma kok'] }, 'mak')).toBeNull();
    expect(similarNameDistance({ names: ['金龙飞翼'] }, '金龙飞冀')).toBeNull();
  });

  it('fold scripts, widths, accents and case the same way for index and query', () => {
    expect(foldText('澳门之星', toSimplified)).toBe(foldText('澳門之星', toSimplified));
    // One simplified character may stand for two traditional ones: both are found by it.
    expect(foldText('髮', toSimplified)).toBe(foldText('发', toSimplified));
    expect(foldText('發', toSimplified)).toBe(foldText('发', toSimplified));
    expect(foldText('ＭＡＣÁＵ  Star', toSimplified)).toBe('macau star');
    expect(foldIdentifier('imo 9319466')).toBe('9319466');
    expect(foldIdentifier('HK-JF 0871')).toBe('HKJF0871');
  });
  it('keep one- and two-character fragments of Chinese and every start of a name or word', () => {
    const of = (name: string) => Object.fromEntries(fragments(name));
    expect(of('金龍飛翼')).toEqual({ 金: 0, 金龍: 0, 金龍飛: 0, 金龍飛翼: 0, 龍: 2, 龍飛: 2, 飛: 2, 飛翼: 2, 翼: 2 });
    expect(of('sea gull')).toEqual({ s: 0, se: 0, sea: 0, g: 1, gu: 1, gul: 1, gull: 1 });
  });
});

describe('an operator in a crowded registry', () => {
  it("finds its own ship even when many other companies' ships share the fragment", async () => {
    const { db, call, tokenFor } = await testRegistry();
    const ids = await demoIds(db);
    const hk = await tokenFor('registrar', { agency: 'HK' });
    const add = async (companyId: number, nameEn: string) =>
      expect((await call('POST', '/api/vessels', { token: hk, body: hongKongVessel(companyId, { nameEn }) })).status).toBe(201);
    // Thirty ships of one company first, so they come first in the index, then one of another.
    for (let i = 0; i < 30; i++) await add(ids.companyId('Harbour Wing Jetfoil Company Limited'), `Common Star ${i}`);
    await add(ids.companyId('Pearl Bay Express Limited'), 'Common Star Pearl');
    const op = await tokenFor('operator', { companyId: ids.companyId('Pearl Bay Express Limited') });
    for (const q of ['common', 'co', 'mon star']) {
      const res = await json(await call('GET', `/api/lookup?q=${encodeURIComponent(q)}`, { token: op }));
      expect(res.items.map((c: { vessel: { nameEn: string } }) => c.vessel.nameEn)).toEqual(['Common Star Pearl']);
    }
  });
});

describe('the search index at start', () => {
  it('indexes again a ship whose entry was lost (a database restored from elsewhere), and only then', async () => {
    const { db, names } = await setup();
    expect(await names('澳门')).toEqual(['Macau Star']);
    const ship = await db.selectFrom('vessels').select('id').where('name_en', '=', 'Macau Star').executeTakeFirstOrThrow();
    const entry = await db.selectFrom('vessel_search').selectAll().where('vessel_id', '=', ship.id).executeTakeFirstOrThrow();
    expect(entry.names.split('\n')).toContain('澳门之星');
    await db.deleteFrom('vessel_search').where('vessel_id', '=', ship.id).execute();
    expect(await names('澳门')).toEqual([]);
    expect(await indexMissingVessels(db)).toBe(1);
    expect(await names('澳门')).toEqual(['Macau Star']);
    expect(await indexMissingVessels(db)).toBe(0);
  });
});
