import { describe, expect, it } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { saidProblems, demoIds, hongKongCompany, hongKongVessel, json, registryState, testRegistry, type TestRegistry } from './helpers.ts';

async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const hk = await reg.tokenFor('registrar', { agency: 'HK', name: 'HK registrar' });
  const gd = await reg.tokenFor('registrar', { agency: 'GD', name: 'GD registrar' });
  return { ...reg, ids, hk, gd };
}

async function auditFor(db: TestRegistry['db'], type: string, id: number) {
  return db.selectFrom('audit_events').selectAll().where('record_type', '=', type).where('record_id', '=', String(id)).orderBy('id').execute();
}

describe('registering a company and a ship as the home registrar', () => {
  it('creates both, answers with Location and ETag, and audits each write with before and after', async () => {
    const { call, hk, db } = await setup();
    const c = await call('POST', '/api/companies', { token: hk, body: hongKongCompany({ imoCompanyNumber: '6110453' }) });
    expect(c.status).toBe(201);
    const company = await json(c);
    expect(c.headers.get('location')).toBe(`/api/companies/${company.id}`);
    expect(c.headers.get('etag')).toBe(`"company-${company.id}-1"`);
    expect(company).toMatchObject({ homeAgency: 'HK', mediaContact: null, emergencyPhoneAlt: null, imoCompanyNumber: '6110453' });

    const body = hongKongVessel(company.id, { callSign: 'vrzq2' });
    const epirb = String(body.epirbHexId);
    const v = await call('POST', '/api/vessels', { token: hk, body: { ...body, epirbHexId: epirb.toLowerCase() } });
    expect(v.status).toBe(201);
    const vessel = await json(v);
    // Identifiers are stored normalised.
    expect(vessel).toMatchObject({ homeAgency: 'HK', callSign: 'VRZQ2', epirbHexId: epirb.toUpperCase(), status: 'in_service', formerNames: [] });

    const events = await auditFor(db, 'vessel', vessel.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'vessel.create',
      actor_name: 'HK registrar',
      actor_role: 'registrar',
      actor_agency: 'HK',
      record_agency: 'HK',
      before: null,
    });
    expect(JSON.parse(events[0]!.after!)).toMatchObject({ callSign: 'VRZQ2' });
  });

  it('changes a ship with If-Match, refuses a stale or missing one, and audits before and after', async () => {
    const { call, hk, ids, db } = await setup();
    const id = ids.vesselId('477101500');
    const read = await call('GET', `/api/vessels/${id}`, { token: hk });
    const etag = read.headers.get('etag')!;
    expect(etag).toBe(`"vessel-${id}-1"`);

    const missing = await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { status: 'laid_up' } });
    expect(missing.status).toBe(428);

    const ok = await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { status: 'laid_up', maxPassengers: 250 }, headers: { 'If-Match': etag } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe(`"vessel-${id}-2"`);
    expect(await json(ok)).toMatchObject({ status: 'laid_up', maxPassengers: 250, nameEn: 'Golden Dragon Wing' });

    const stale = await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { status: 'withdrawn' }, headers: { 'If-Match': etag } });
    expect(stale.status).toBe(412);
    expect((await json(await call('GET', `/api/vessels/${id}`, { token: hk }))).status).toBe('laid_up');

    const events = await auditFor(db, 'vessel', id);
    const update = events.find((e) => e.action === 'vessel.update')!;
    expect(JSON.parse(update.before!)).toMatchObject({ status: 'in_service', maxPassengers: 260 });
    expect(JSON.parse(update.after!)).toMatchObject({ status: 'laid_up', maxPassengers: 250 });
    expect(events.filter((e) => e.action === 'vessel.update')).toHaveLength(1);
  });

  it('changes a company with If-Match', async () => {
    const { call, hk, ids } = await setup();
    const id = ids.companyId('Pearl Bay Express Limited');
    const read = await call('GET', `/api/companies/${id}`, { token: hk });
    const res = await call('PATCH', `/api/companies/${id}`, {
      token: hk,
      body: { emergencyPhone: '+852 2736 9999' },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ emergencyPhone: '+852 2736 9999', nameEn: 'Pearl Bay Express Limited', version: (await json(read)).version + 1 });
  });
});

describe('validation rules', () => {
  const problemFields = async (res: Response) => (await json(res)).errors.map((e: { field: string }) => e.field);

  it('the MMSI must carry the MID of the area of registry', async () => {
    const { call, hk, ids } = await setup();
    const res = await call('POST', '/api/vessels', {
      token: hk,
      body: hongKongVessel(ids.companyId('Harbour Wing Jetfoil Company Limited'), { mmsi: '453999001' }),
    });
    expect(res.status).toBe(400);
    expect(saidProblems((await json(res)).errors)).toEqual([{ field: 'mmsi', message: 'MID 453 does not belong to Hong Kong, whose ships use 477' }]);
  });

  it('names every problem in one answer: a field of the wrong shape does not hide an identifier of the wrong area or an unknown port', async () => {
    const { call, hk, ids, db } = await setup();
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const before = await registryState(db);
    const res = await call('POST', '/api/vessels', {
      token: hk,
      body: hongKongVessel(company, {
        lengthMetres: '48,5',
        crew: 0,
        mmsi: '453999001',
        callSign: 'BQZH',
        imoNumber: '9319467',
        route: { ports: ['HKG-SW', 'ATLANTIS'], sailingsPerDay: 3, crossingMinutes: 40 },
      }),
    });
    expect(res.status).toBe(400);
    const { errors } = await json(res);
    expect(errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['lengthMetres', 'crew', 'mmsi', 'callSign', 'imoNumber', 'route.ports.1']),
    );
    expect(saidProblems(errors.filter((e: { field: string }) => e.field === 'mmsi'))).toEqual([
      { field: 'mmsi', message: 'MID 453 does not belong to Hong Kong, whose ships use 477' },
    ]);
    // A field that is missing or empty is named once, for that, not again by the rule that could not read it.
    const empty = await call('POST', '/api/vessels', { token: hk, body: hongKongVessel(company, { mmsi: '', lengthMetres: 'long' }) });
    expect((await json(empty)).errors.filter((e: { field: string }) => e.field === 'mmsi')).toEqual([
      { field: 'mmsi', code: 'empty', message: 'must not be empty' },
    ]);
    // A change is told of its unknown port with its bad number too (the area-bound rules follow on the whole record).
    const id = ids.vesselId('477101700');
    const etag = (await call('GET', `/api/vessels/${id}`, { token: hk })).headers.get('etag')!;
    const patch = await call('PATCH', `/api/vessels/${id}`, {
      token: hk,
      body: { crew: -1, route: { ports: ['HKG-SW', 'Lantau'], sailingsPerDay: 3, crossingMinutes: 40 } },
      headers: { 'If-Match': etag },
    });
    expect((await problemFields(patch)).sort()).toEqual(['crew', 'route.ports.1']);
    expect(await registryState(db)).toEqual(before);
  });

  it('the call sign must be from the area series', async () => {
    const { call, hk, ids } = await setup();
    const res = await call('POST', '/api/vessels', {
      token: hk,
      body: hongKongVessel(ids.companyId('Harbour Wing Jetfoil Company Limited'), { callSign: 'XXAB2' }),
    });
    expect(res.status).toBe(400);
    expect(await problemFields(res)).toEqual(['callSign']);
  });

  it('the IMO number must pass its check digit', async () => {
    const { call, hk, ids } = await setup();
    const res = await call('POST', '/api/vessels', {
      token: hk,
      body: hongKongVessel(ids.companyId('Harbour Wing Jetfoil Company Limited'), { imoNumber: '9319467' }),
    });
    expect(saidProblems((await json(res)).errors)).toEqual([{ field: 'imoNumber', message: 'check digit should be 6, not 7' }]);
  });

  it('the IMO number may be absent only for jetfoils, hydrofoils and air-cushion vehicles, which then need a registration number', async () => {
    const { call, hk, ids } = await setup();
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const catamaran = await call('POST', '/api/vessels', { token: hk, body: hongKongVessel(company, { imoNumber: null }) });
    expect(catamaran.status).toBe(400);
    expect(await problemFields(catamaran)).toEqual(['imoNumber']);

    const bareJetfoil = await call('POST', '/api/vessels', { token: hk, body: hongKongVessel(company, { imoNumber: null, type: 'jetfoil' }) });
    expect(saidProblems((await json(bareJetfoil)).errors)).toEqual([
      { field: 'nationalRegistrationNumber', message: 'required when the craft has no IMO number' },
    ]);

    const jetfoil = await call('POST', '/api/vessels', {
      token: hk,
      body: hongKongVessel(company, { imoNumber: null, type: 'jetfoil', nationalRegistrationNumber: 'HK-JF-0999' }),
    });
    expect(jetfoil.status).toBe(201);
  });

  it('the route must touch two areas, and an unknown port is named', async () => {
    const { call, hk, ids } = await setup();
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const domestic = await call('POST', '/api/vessels', {
      token: hk,
      body: hongKongVessel(company, { route: { ports: ['HKG-SW', 'HKG-TM'], sailingsPerDay: 3, crossingMinutes: 40 } }),
    });
    expect(saidProblems((await json(domestic)).errors)).toEqual([
      { field: 'route.ports', message: 'a cross-area route touches at least two of Guangdong, Hong Kong and Macao, and this one touches only Hong Kong' },
    ]);
    const unknown = await call('POST', '/api/vessels', {
      token: hk,
      body: hongKongVessel(company, { route: { ports: ['HKG-SW', 'ATLANTIS'], sailingsPerDay: 3, crossingMinutes: 40 } }),
    });
    expect(saidProblems((await json(unknown)).errors)).toEqual([{ field: 'route.ports.1', message: 'unknown port ATLANTIS (GET /api/ports lists the ports)' }]);
  });

  it('IMO number, MMSI, call sign and EPIRB ID are unique: a clash is 409 naming the ship that holds them', async () => {
    const { call, hk, ids } = await setup();
    const holder = ids.vesselId('477101600');
    const res = await call('POST', '/api/vessels', {
      token: hk,
      body: hongKongVessel(ids.companyId('Harbour Wing Jetfoil Company Limited'), {
        imoNumber: '9155236',
        mmsi: '477101600',
        epirbHexId: standardLocationEpirbHexId('477101600'),
      }),
    });
    expect(res.status).toBe(409);
    const body = await json(res);
    expect(body.detail).toBe(`IMO number 9155236 is already held by vessel ${holder} (Phoenix Wing 鳳凰飛翼)`);
    expect(body.holder).toMatchObject({ type: 'vessel', id: holder });
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['imoNumber', 'mmsi', 'epirbHexId']);
  });

  it("a withdrawn ship's MMSI, call sign and EPIRB ID may be given to another ship; its IMO number, the hull's for life, never", async () => {
    const { call, hk, ids } = await setup();
    const withdrawn = ids.vesselId('477101600');
    const read = await call('GET', `/api/vessels/${withdrawn}`, { token: hk });
    const phoenix = await json(read);
    const gone = await call('PATCH', `/api/vessels/${withdrawn}`, {
      token: hk,
      body: { status: 'withdrawn' },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    expect(gone.status).toBe(200);
    const company = ids.companyId('Harbour Wing Jetfoil Company Limited');
    const successor = { nameZh: '新鳳凰', nameEn: 'New Phoenix', mmsi: phoenix.mmsi, callSign: phoenix.callSign, epirbHexId: phoenix.epirbHexId };
    const sameHull = await call('POST', '/api/vessels', { token: hk, body: hongKongVessel(company, { ...successor, imoNumber: phoenix.imoNumber }) });
    expect(sameHull.status).toBe(409);
    expect((await json(sameHull)).errors.map((e: { field: string }) => e.field)).toEqual(['imoNumber']);
    const made = await call('POST', '/api/vessels', { token: hk, body: hongKongVessel(company, { ...successor, imoNumber: '9876543' }) });
    expect(made.status).toBe(201);
    expect(await json(made)).toMatchObject({ mmsi: '477101600', callSign: phoenix.callSign, status: 'in_service' });
  });

  it('changing a ship is checked against the whole record, and its own identifiers do not clash with itself', async () => {
    const { call, hk, ids } = await setup();
    const id = ids.vesselId('477101700');
    const etag = (await call('GET', `/api/vessels/${id}`, { token: hk })).headers.get('etag')!;
    const bad = await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { mmsi: '412000111' }, headers: { 'If-Match': etag } });
    expect(await problemFields(bad)).toEqual(['mmsi']);
    const same = await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { mmsi: '477101700', crew: 13 }, headers: { 'If-Match': etag } });
    expect(same.status).toBe(200);
  });

  it('the area of registry cannot be changed by a patch', async () => {
    const { call, hk, ids } = await setup();
    const id = ids.vesselId('477101700');
    const etag = (await call('GET', `/api/vessels/${id}`, { token: hk })).headers.get('etag')!;
    const res = await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { areaOfRegistry: 'MO' }, headers: { 'If-Match': etag } });
    expect(saidProblems((await json(res)).errors)).toEqual([{ field: 'areaOfRegistry', message: 'unknown field' }]);
  });

  it('the IMO company number must pass its check digit and be unique', async () => {
    const { call, hk } = await setup();
    const bad = await call('POST', '/api/companies', { token: hk, body: hongKongCompany({ imoCompanyNumber: '6110454' }) });
    expect(saidProblems((await json(bad)).errors)).toEqual([{ field: 'imoCompanyNumber', message: 'check digit should be 3, not 4' }]);
    const taken = await call('POST', '/api/companies', { token: hk, body: hongKongCompany({ imoCompanyNumber: '5812343' }) });
    expect(taken.status).toBe(409);
    expect((await json(taken)).detail).toMatch(/held by company \d+ \(Harbour Wing Jetfoil Company Limited\)/);
  });

  it('a registrar cannot register a ship in another area', async () => {
    const { call, gd, ids } = await setup();
    const res = await call('POST', '/api/vessels', { token: gd, body: hongKongVessel(ids.companyId('Yuehaitong Passenger Shipping Co., Ltd.')) });
    expect(res.status).toBe(403);
    expect((await json(res)).detail).toMatch(/Only registrars of Hong Kong/);
  });
});

describe('lists', () => {
  it('filter vessels and page through them with a cursor', async () => {
    const { call, hk } = await setup();
    const macao = await json(await call('GET', '/api/vessels?area=MO', { token: hk }));
    expect(macao.items.length).toBeGreaterThan(0);
    expect(macao.items.every((v: { areaOfRegistry: string }) => v.areaOfRegistry === 'MO')).toBe(true);

    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const res: any = await json(await call('GET', `/api/vessels?limit=5${cursor ? `&cursor=${cursor}` : ''}`, { token: hk }));
      seen.push(...res.items.map((v: { id: number }) => v.id));
      cursor = res.nextCursor;
    } while (cursor);
    const all = await json(await call('GET', '/api/vessels?limit=200', { token: hk }));
    expect(seen).toEqual(all.items.map((v: { id: number }) => v.id));
    expect(new Set(seen).size).toBe(seen.length);

    const jetfoils = await json(await call('GET', '/api/vessels?type=jetfoil&status=in_service', { token: hk }));
    expect(jetfoils.items.map((v: { nameEn: string }) => v.nameEn).sort()).toEqual(['Golden Dragon Wing', 'Phoenix Wing']);
  });

  it('give a cursor only when another row exists, so a page that is exactly full ends the list', async () => {
    const { call, hk } = await setup();
    for (const path of ['/api/vessels', '/api/companies', '/api/plans', '/api/audit']) {
      const all = await json(await call('GET', `${path}?limit=200`, { token: hk }));
      const n = all.items.length;
      expect(n, path).toBeGreaterThan(2);
      expect(all.nextCursor, path).toBeNull();
      const exact = await json(await call('GET', `${path}?limit=${n}`, { token: hk }));
      expect(exact.items, path).toHaveLength(n);
      expect(exact.nextCursor, path).toBeNull();
      const short = await json(await call('GET', `${path}?limit=${n - 1}`, { token: hk }));
      expect(short.nextCursor, path).toBe(short.items.at(-1).id);
      const rest = await json(await call('GET', `${path}?limit=${n}&cursor=${short.nextCursor}`, { token: hk }));
      expect(rest.items, path).toHaveLength(1);
      expect(rest.nextCursor, path).toBeNull();
    }
  });

  it('find companies by part of a name in either language, with wildcards taken literally', async () => {
    const { call, hk } = await setup();
    const zh = await json(await call('GET', `/api/companies?name=${encodeURIComponent('濠江')}`, { token: hk }));
    expect(zh.items.map((c: { nameEn: string }) => c.nameEn)).toEqual(['Ho Kong High Speed Ferries Limited']);
    const wildcard = await json(await call('GET', `/api/companies?name=${encodeURIComponent('%')}`, { token: hk }));
    expect(wildcard.items).toEqual([]);
  });

  it('show an operator only its own company and ships', async () => {
    const { call, tokenFor, ids } = await setup();
    const own = ids.companyId('Ho Kong High Speed Ferries Limited');
    const op = await tokenFor('operator', { companyId: own });
    const companies = await json(await call('GET', '/api/companies', { token: op }));
    expect(companies.items.map((c: { id: number }) => c.id)).toEqual([own]);
    const vessels = await json(await call('GET', '/api/vessels', { token: op }));
    expect(vessels.items.length).toBe(5);
    expect(vessels.items.every((v: { companyId: number }) => v.companyId === own)).toBe(true);
    const other = await call('GET', `/api/vessels?companyId=${ids.companyId('Pearl Bay Express Limited')}`, { token: op });
    expect(other.status).toBe(403);
  });
});

describe('the audit trail', () => {
  it("shows registrars only their own agency's records, and filters by record and time", async () => {
    const { call, hk, gd, ids, clock } = await setup();
    const id = ids.vesselId('477101500');
    clock.now = new Date('2026-04-01T00:00:00Z');
    const etag = (await call('GET', `/api/vessels/${id}`, { token: hk })).headers.get('etag')!;
    await call('PATCH', `/api/vessels/${id}`, { token: hk, body: { crew: 9 }, headers: { 'If-Match': etag } });

    const forHk = await json(await call('GET', `/api/audit?recordType=vessel&recordId=${id}`, { token: hk }));
    // The demo registers its ships through the same service as a registrar, so its event is an ordinary creation.
    expect(forHk.items.map((e: { action: string; actor: { name: string } }) => [e.action, e.actor.name])).toEqual([
      ['vessel.update', 'HK registrar'],
      ['vessel.create', 'Demo registrar'],
    ]);
    const forGd = await json(await call('GET', `/api/audit?recordType=vessel&recordId=${id}`, { token: gd }));
    expect(forGd.items).toEqual([]);
    const recent = await json(await call('GET', '/api/audit?from=2026-03-15', { token: hk }));
    expect(recent.items.map((e: { action: string }) => e.action)).toEqual(['vessel.update']);
  });
});
