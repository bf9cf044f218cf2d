import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.ts';
import { hashSecret, mintSecret, secretHint, type Who } from '../src/domain/access.ts';
import { silentLogger } from '../src/logger.ts';
import { toSimplified } from '../src/script.ts';
import { lookup, makeIncidentCardsAhead } from '../src/services/lookup.ts';
import { freshReadModel, openReadModel, pruneJournal, readModelHolds } from '../src/services/read-model.ts';
import { principalForToken } from '../src/services/tokens.ts';
import { pruneChanges } from '../src/store/model-changes.ts';
import { cacheStatistics, type Db, engineOf, inTransaction } from '../src/store/database.ts';
import { idsIn } from '../src/store/dialect.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { sharedRegistry } from './engine.ts';
import { hongKongCompany, hongKongVessel, json, TEST_ENGINE } from './helpers.ts';

// Every instance keeps the lookup's index and cards in memory, and follows the registry's journal of
// changes. Here two connections to one registry stand for two instances (PostgreSQL) or a server and
// the command line (SQLite): what one writes, the other's very next lookup shows, and only the ships a
// write touched are read again.

const NOW = new Date('2026-12-05T09:00:00Z');
const coordinator: Who = {
  principal: { id: null, name: 'MRCC duty officer', role: 'coordinator', agency: 'HK', companyId: null },
  via: 'test',
  requestId: 'read-model-test',
};

async function twoInstances() {
  const shared = await sharedRegistry();
  const [writer, reader] = [shared.open(), shared.open()];
  const app = createApp({ db: writer, logger: silentLogger, now: () => NOW });
  const token = mintSecret();
  const registrar = await createPrincipal(writer, { name: 'HK registrar', role: 'registrar', agency: 'HK', companyId: null });
  await addToken(writer, registrar.id, hashSecret(token), secretHint(token));
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const find = async (q: string) =>
    (await lookup(reader, coordinator, q, { limit: 10, today: '2026-12-05' })).map((c) => ({ match: c.match, ...c.vessel, company: c.company }));
  /** A Hong Kong company and one ship of it, registered through the writer: the ship's answer (its id and ETag). */
  const registerShip = async (ship: Parameters<typeof hongKongVessel>[1]) => {
    const company = await json(await call('POST', '/api/companies', hongKongCompany()));
    const made = await call('POST', '/api/vessels', hongKongVessel(company.id, ship));
    expect(made.status).toBe(201);
    return made;
  };
  /** Changes the ship `made` answered with, through the writer, as of that answer's version. */
  const changeShip = async (made: Response, change: Record<string, unknown>) => {
    const changed = await call('PATCH', `/api/vessels/${(await json(made.clone())).id}`, change, { 'If-Match': made.headers.get('etag')! });
    expect(changed.status).toBe(200);
  };
  const close = async () => {
    await writer.destroy();
    await reader.destroy();
    shared.remove();
  };
  return { writer, reader, call, find, registerShip, changeShip, token, close };
}

/**
 * How many times `work` asked the registry whether anything was committed, outside a read snapshot:
 * PostgreSQL's generation statement, or SQLite's data version, at the driver.
 */
async function countGenerationChecks<T>(db: Db, work: () => Promise<T>): Promise<{ result: T; count: number }> {
  let count = 0;
  const inSnapshot = new WeakSet<object>();
  const spy =
    engineOf(db) === 'postgres'
      ? vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
          const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
          if (/^(begin|start transaction)/i.test(text)) inSnapshot.add(this);
          else if (/^(commit|rollback)/i.test(text)) inSnapshot.delete(this);
          else if ((args[0] as { name?: string }).name === 'registry_generation' && !inSnapshot.has(this)) count += 1;
          return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
        } as typeof pgQuery)
      : vi.spyOn(statementPrototype, 'get').mockImplementation(function (this: SQLite.Statement, ...args: unknown[]) {
          if (this.source === 'pragma data_version' && !this.database.inTransaction) count += 1;
          return sqliteGet.apply(this, args);
        });
  try {
    return { result: await work(), count };
  } finally {
    spy.mockRestore();
  }
}
const pgQuery = pg.Client.prototype.query;
const statementPrototype = Object.getPrototypeOf(new SQLite(':memory:').prepare('select 1')) as SQLite.Statement;
const sqliteGet = statementPrototype.get;

describe('the read model each instance keeps', () => {
  it("shows another instance's write at the very next lookup: new names in both scripts, a changed MMSI as a former one", async () => {
    const r = await twoInstances();
    const company = await json(await r.call('POST', '/api/companies', hongKongCompany()));
    const made = await r.call(
      'POST',
      '/api/vessels',
      hongKongVessel(company.id, { nameZh: '海天飛翔', nameEn: 'Sky Sea Flyer', mmsi: '477123400', epirbHexId: null }),
    );
    expect(made.status).toBe(201);
    const ship = await json(made);
    // Built now, before the writes below: from here on it only follows the journal.
    await openReadModel(r.reader);
    expect((await r.find('海天飛翔')).map((s) => s.id)).toEqual([ship.id]);

    const renamed = await r.call(
      'PATCH',
      `/api/vessels/${ship.id}`,
      { nameZh: '金龍星', nameEn: 'Golden Dragon Star', mmsi: '477123500' },
      {
        'If-Match': made.headers.get('etag')!,
      },
    );
    expect(renamed.status).toBe(200);
    // The new Chinese name typed in either script, the new English name, the new MMSI.
    for (const q of ['金龍星', '金龙星', 'golden dragon st', '477123500'])
      expect(
        (await r.find(q)).map((s) => s.nameEn),
        q,
      ).toEqual(['Golden Dragon Star']);
    // A beacon still sending the old MMSI finds the ship, marked, with what it holds now.
    expect(await r.find('477123400')).toMatchObject([{ match: 'former identifier', id: ship.id, mmsi: '477123500' }]);
    await r.close();
  });

  it.runIf(TEST_ENGINE === 'postgres')(
    'reads the few ships a change touched by their key, in the plan PostgreSQL keeps for the prepared statement, not by reading the whole fleet',
    async () => {
      const shared = await sharedRegistry();
      const db = shared.open();
      try {
        await db.connection().execute(async (session) => {
          // A fleet of 20,000 entries, counted by the planner, and the statement planned once for every list of ids.
          await sql`create temp table fleet as select n as id, 'tian ma ' || n as names from generate_series(1, 20000) n`.execute(session);
          await sql`alter table fleet add primary key (id)`.execute(session);
          await sql`analyze fleet`.execute(session);
          await sql`set plan_cache_mode = force_generic_plan`.execute(session);
          const statement = sql`select id, names from fleet where id in ${idsIn(session, '[]')} order by id`.compile(session);
          await sql.raw(`prepare some_ships(text) as ${statement.sql}`).execute(session);
          const ships = await sql<{ id: number; names: string }>`execute some_ships('[4771,17,9319]')`.execute(session);
          expect(ships.rows).toEqual([
            { id: 17, names: 'tian ma 17' },
            { id: 4771, names: 'tian ma 4771' },
            { id: 9319, names: 'tian ma 9319' },
          ]);
          expect((await sql`execute some_ships('[]')`.execute(session)).rows).toEqual([]);
          const plan = JSON.stringify((await sql`explain (format json) execute some_ships('[4771,17,9319]')`.execute(session)).rows);
          expect(plan).toContain('fleet_pkey');
          expect(plan).not.toContain('Seq Scan');
          await sql`deallocate some_ships`.execute(session);
        });
      } finally {
        await db.destroy();
      }
    },
  );

  it.runIf(TEST_ENGINE === 'postgres')(
    'asks PostgreSQL only for the generation, by a statement prepared once, while nothing changes; the next write is still seen at once',
    async () => {
      const r = await twoInstances();
      try {
        const made = await r.registerShip({ nameZh: '新世紀', nameEn: 'New Century', mmsi: '477123600', epirbHexId: null });
        expect((await r.find('新世纪')).map((s) => s.nameEn)).toEqual(['New Century']);
        const sent: unknown[] = [];
        const original = pg.Client.prototype.query;
        const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
          sent.push(args[0]);
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } as typeof original);
        try {
          for (const q of ['新世纪', '新世紀', 'New Century', '477123600']) expect((await r.find(q)).map((s) => s.nameEn)).toEqual(['New Century']);
        } finally {
          spy.mockRestore();
        }
        // One statement a lookup, the same one each time, prepared by name: the server plans it once per connection.
        expect(sent).toHaveLength(4);
        for (const statement of sent) expect(statement).toMatchObject({ name: 'registry_generation', text: 'select generation from registry_generation' });
        // Renamed through the other instance: the very next lookup here finds it by its new name.
        await r.changeShip(made, { nameZh: '新紀元', nameEn: 'New Era' });
        expect((await r.find('新纪元')).map((s) => s.nameEn)).toEqual(['New Era']);
      } finally {
        await r.close();
      }
    },
  );

  it('checks the registry once for lookups that arrive together, and each of them sees the write committed before them', async () => {
    const r = await twoInstances();
    try {
      const made = await r.registerShip({ nameZh: '澳門之星', nameEn: 'Macau Star', mmsi: '477123700', epirbHexId: null });
      await openReadModel(r.reader);
      expect((await r.find('澳门之星')).map((s) => s.nameEn)).toEqual(['Macau Star']);
      // Renamed through the other instance (or the command line), then eight coordinators look at once.
      await r.changeShip(made, { nameZh: '氹仔之星', nameEn: 'Taipa Star', mmsi: '477123800' });
      const queries = ['氹仔之星', '氹仔之星', 'taipa star', 'TAIPA', '477123800', '氹仔', 'Taipa St', '477 123 800'];
      const checks = await countGenerationChecks(r.reader, () => Promise.all(queries.map((q) => r.find(q))));
      expect(checks.result.map((found) => found.map((s) => s.nameEn))).toEqual(queries.map(() => ['Taipa Star']));
      expect(checks.count).toBe(1);
      // One after another, each lookup checks for itself.
      const alone = await countGenerationChecks(r.reader, async () => [await r.find('氹仔之星'), await r.find('Taipa Star')]);
      expect(alone.count).toBe(2);
    } finally {
      await r.close();
    }
  });

  it("has every incident card ready before a coordinator asks: at start, after another instance's change, and on a new day", async () => {
    const r = await twoInstances();
    try {
      const first = await r.registerShip({ nameZh: '港澳飛翔', nameEn: 'Harbour Flyer', mmsi: '477123401', epirbHexId: null });
      const { companyId } = await json(first.clone());
      const second = await r.call(
        'POST',
        '/api/vessels',
        hongKongVessel(companyId, { nameZh: '珠江明珠', nameEn: 'Pearl River Pearl', mmsi: '477123402', epirbHexId: null }),
      );
      expect(second.status).toBe(201);
      const fleet = Number((await sql<{ n: number }>`select count(*) as n from vessels`.execute(r.reader)).rows[0]!.n);
      const misses = () => cacheStatistics().find((c) => c.name === 'incident cards')?.misses ?? 0;

      // As the server does at start: the model built, then every card made before any lookup.
      expect(await makeIncidentCardsAhead(r.reader, '2026-12-05')).toMatchObject({ cards: fleet });
      const before = misses();
      expect((await r.find('港澳飞翔')).map((s) => s.nameEn)).toEqual(['Harbour Flyer']);
      expect((await r.find('Pearl River')).map((s) => s.nameEn)).toEqual(['Pearl River Pearl']);
      expect(misses()).toBe(before);

      // Renamed through the other instance: the catch-up a request makes drops its card, and it is made
      // again, with the change, before a lookup asks for it.
      await r.changeShip(first, { nameZh: '港珠澳飛翔', nameEn: 'Bridge Flyer' });
      await freshReadModel(r.reader);
      await vi.waitFor(() => expect(readModelHolds(r.reader, '2026-12-05')).toEqual({ ships: fleet, cards: fleet }));
      const afterChange = misses();
      expect((await r.find('港珠澳飛翔')).map((s) => s.nameEn)).toEqual(['Bridge Flyer']);
      expect(misses()).toBe(afterChange);

      // The first lookup of a new day makes what it needs itself, and starts the fleet's cards for the day.
      await lookup(r.reader, coordinator, 'Bridge Flyer', { limit: 10, today: '2026-12-06' });
      await vi.waitFor(() => expect(readModelHolds(r.reader, '2026-12-06')).toEqual({ ships: fleet, cards: fleet }));
      const nextDay = misses();
      expect((await lookup(r.reader, coordinator, '珠江明珠', { limit: 10, today: '2026-12-06' })).map((c) => c.vessel.nameEn)).toEqual(['Pearl River Pearl']);
      expect(misses()).toBe(nextDay);
    } finally {
      await r.close();
    }
  });

  it("follows a company's change into its ships' cards, and finds them by the company's new name", async () => {
    const r = await twoInstances();
    const made = await r.call('POST', '/api/companies', hongKongCompany());
    const company = await json(made);
    await r.call('POST', '/api/vessels', hongKongVessel(company.id, { nameZh: '維港之星', nameEn: 'Harbour Star' }));
    await openReadModel(r.reader);
    expect((await r.find('維港之星'))[0]!.company.emergencyPhone).toBe('+852 2111 2222');

    const changed = await r.call(
      'PATCH',
      `/api/companies/${company.id}`,
      { nameZh: '港澳飛翼船務有限公司', emergencyPhone: '+852 2859 3111' },
      {
        'If-Match': made.headers.get('etag')!,
      },
    );
    expect(changed.status).toBe(200);
    expect((await r.find('維港之星'))[0]!.company).toMatchObject({ nameZh: '港澳飛翼船務有限公司', emergencyPhone: '+852 2859 3111' });
    // The company's new name, typed in Simplified characters.
    expect((await r.find('港澳飞翼船务')).map((s) => s.nameEn)).toEqual(['Harbour Star']);
    await r.close();
  });

  it('refuses a token revoked through another connection (the command line, another instance) at once, though it was just checked', async () => {
    const r = await twoInstances();
    expect(await principalForToken(r.reader, r.token, NOW)).toMatchObject({ principal: { name: 'HK registrar' } });
    await sql`update tokens set revoked_at = ${NOW.toISOString()} where secret_hash = ${hashSecret(r.token)}`.execute(r.writer);
    expect(await principalForToken(r.reader, r.token, NOW)).toBeUndefined();
    await r.close();
  });

  it.each([
    [3, 'a last page shorter than the others'],
    [2, 'the ships filling every page, and an empty one after'],
  ])('builds from the registry page by page (%i ships a page: %s), with every ship in it', async (buildPage) => {
    const r = await twoInstances();
    const ships = [
      { nameZh: '新明珠', nameEn: 'New Ming Zhu' },
      { nameZh: '海天', nameEn: 'Hoi Tin' },
      { nameZh: '金光飛航', nameEn: 'Cotai Water Jet One' },
      { nameZh: '澳門仔', nameEn: 'Macau Boy' },
      { nameZh: '維港之星', nameEn: 'Harbour Star' },
      { nameZh: '海翔', nameEn: 'Hoi Cheung' },
    ];
    const ids: number[] = [];
    for (const ship of ships) ids.push((await json(await r.registerShip(ship))).id);
    const model = await openReadModel(r.reader, { buildPage });
    expect(model.built.ships).toBe(ships.length);
    for (const [i, ship] of ships.entries()) {
      // The first and last ship of every page, by a Traditional fragment typed in Simplified and by its English name.
      expect((await r.find(toSimplified(ship.nameZh.slice(0, 2)))).map((s) => s.id)).toContain(ids[i]);
      expect((await r.find(ship.nameEn)).map((s) => s.id)[0]).toBe(ids[i]);
    }
    await r.close();
  });

  it('builds itself afresh when the changes it had not read yet were pruned from the journal', async () => {
    const r = await twoInstances();
    const company = await json(await r.call('POST', '/api/companies', hongKongCompany()));
    await openReadModel(r.reader);
    const made = await r.call('POST', '/api/vessels', hongKongVessel(company.id, { nameZh: '濠江明珠', nameEn: 'Pearl of the Inner Harbour' }));
    expect(made.status).toBe(201);
    // Another instance keeps the journal short while this one has not looked yet.
    await pruneChanges(r.writer, 0);
    expect((await r.find('濠江明珠')).map((s) => s.nameEn)).toEqual(['Pearl of the Inner Harbour']);
    expect((await r.find('濠江')).map((s) => s.nameEn)).toEqual(['Pearl of the Inner Harbour']);
    // Pruning at start keeps the newest changes: nothing an instance needs now is lost.
    await pruneJournal(r.writer);
    expect((await r.find('Pearl of the')).map((s) => s.nameEn)).toEqual(['Pearl of the Inner Harbour']);
    await r.close();
  });

  it('tells the load balancer it is not ready while its model is built, at once, and ready when it is', async () => {
    const r = await twoInstances();
    const company = await json(await r.call('POST', '/api/companies', hongKongCompany()));
    await r.call('POST', '/api/vessels', hongKongVessel(company.id, { nameZh: '新世紀', nameEn: 'New Century' }));
    // The reader's model is held mid-build: SQLite's one connection busy, PostgreSQL's table locked.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = () => {};
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = inTransaction(r.reader, async (trx) => {
      if (engineOf(r.reader) === 'postgres') await sql`lock table vessel_search in access exclusive mode`.execute(trx);
      held();
      await gate;
    });
    await holding;
    const building = openReadModel(r.reader);
    const app = createApp({ db: r.reader, logger: silentLogger, now: () => NOW });
    const notYet = await app.request('/readyz', { headers: { 'Accept-Language': 'zh-Hant' } });
    expect(notYet.status).toBe(503);
    expect(await notYet.json()).toMatchObject({ code: 'read_model_building', detail: '此實例啟動時仍在建立查找索引：請數秒後再試' });
    expect((await app.request('/healthz')).status).toBe(200);
    release();
    await holder;
    await building;
    expect((await app.request('/readyz')).status).toBe(200);
    expect((await r.find('新世纪')).map((s) => s.nameEn)).toEqual(['New Century']);
    await r.close();
  });
});
