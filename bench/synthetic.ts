import * as OpenCC from 'opencc-js/t2cn';
import { hashSecret, mintSecret, secretHint, type Who } from '../src/domain/access.ts';
import { AREAS, MIDS, type AreaCode } from '../src/domain/areas.ts';
import type { CompanyDetails } from '../src/domain/company.ts';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { checkVessel, type VesselDetails, type VesselType } from '../src/domain/vessel.ts';
import { PORTS } from '../src/reference/ports.ts';
import { PORT_NAMES } from '../src/script.ts';
import { insertCompany } from '../src/store/companies.ts';
import { migrateToLatest, openDatabase, type Db } from '../src/store/database.ts';
import { ensureReferenceData } from '../src/services/reference.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { insertVessel } from '../src/store/vessels.ts';
import { issuePlan } from '../src/services/plan-issuing.ts';
import { ensureSigningKeys, openKeyring } from '../src/services/signing-keys.ts';
import { openPlan } from '../src/services/plan-drafting.ts';

// Synthetic registries for the benchmark, written through the project's own store code. Names are
// drawn with a skewed (Zipf-like) choice from the characters and words Pearl River Delta ferries use,
// so common fragments (海, 星, Star, Pearl) hit many ships and rare ones few, as in a real registry.

/** A small deterministic generator, so every run builds the same registry. */
export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** Index into a list of n, the first ones likelier (weight 1/(i+1)). */
  const skewed = (n: number) => {
    const total = Math.log(n) + 0.5772;
    let x = next() * total;
    for (let i = 0; i < n; i++) {
      x -= 1 / (i + 1);
      if (x <= 0) return i;
    }
    return n - 1;
  };
  return { next, skewed, pick: <T>(xs: readonly T[]) => xs[skewed(xs.length)]! };
}

const ZH = [...'海星龍鳳飛翼灣澳門港珠江明東方南北順德金銀福利豐榮華興達通聯雲山湖鵬城洲翔快線號之寶麗新華勝安泰永昌盛遠洋濠氹仔蓮花蛇口九中虎沙'];
const EN = [
  'Star',
  'Pearl',
  'Bay',
  'Express',
  'Dragon',
  'Ocean',
  'Jet',
  'Wing',
  'Swallow',
  'Lotus',
  'Glory',
  'Harbour',
  'Sea',
  'River',
  'Spirit',
  'Flyer',
  'Princess',
  'Oriental',
  'Golden',
  'Phoenix',
  'Jade',
  'Orchid',
  'Cosmo',
  'Unicorn',
  'Emperor',
  'Horizon',
  'Aurora',
  'Delta',
  'Coral',
  'Crystal',
];
const TYPES: VesselType[] = ['catamaran', 'catamaran', 'catamaran', 'high_speed_passenger_craft', 'monohull', 'jetfoil', 'hydrofoil'];
const CALL_PREFIX: Record<AreaCode, string[]> = { GD: ['BA', 'BH', 'BP', 'XS', '3H'], HK: ['VR'], MO: ['XX'] };
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const imoFrom = (six: number) => {
  const digits = String(six).padStart(6, '0');
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (7 - i), 0);
  return `${digits}${sum % 10}`;
};

/**
 * The identifiers of the `i`-th synthetic ship of `area`: distinct for every `i`, in the forms the
 * registry checks (the area's MIDs and call-sign prefixes, IMO check digits, the EPIRB coded from the MMSI).
 */
export function syntheticIdentifiers(area: AreaCode, i: number, noImo: boolean) {
  const mmsi = `${MIDS[area][i % MIDS[area].length]}${String(i).padStart(6, '0')}`;
  const prefix = CALL_PREFIX[area][i % CALL_PREFIX[area].length]!;
  return {
    imoNumber: noImo ? null : imoFrom(100000 + i),
    nationalRegistrationNumber: noImo ? `${area}-B-${i}` : null,
    mmsi,
    // The ship-station form "a letter and four digits, the first 2–9" after the area's prefix: 26 × 8,000 per prefix.
    callSign: `${prefix}${ALNUM[Math.floor(i / 8000) % 26]}${2000 + (i % 8000)}`,
    epirbHexId: standardLocationEpirbHexId(mmsi),
  };
}

/** The passphrase of a benchmark registry's signing keys; its servers are started with it (bench/server.ts). */
export const BENCH_SIGNING_PASSPHRASE = 'passphrase of the benchmark registries';

/** A benchmark registry opened as its servers open it: its signing keys unlocked, so copies can be issued in this process. */
export function withBenchKeyring<D extends Db>(db: D): D {
  openKeyring(db, { passphrase: BENCH_SIGNING_PASSPHRASE, publicUrl: 'http://localhost' });
  return db;
}

export type Synthetic = { ships: number; companies: number; plans: number; token: string; queries: string[] };

/** A new registry file at `path`, migrated and filled by buildRegistry; the database is left open. */
export async function syntheticRegistry(path: string, ships: number, opts: { planShare: number; maxPlans: number }): Promise<{ db: Db; registry: Synthetic }> {
  const db = openDatabase(path, { create: true });
  await migrateToLatest(db);
  await ensureReferenceData(db);
  return { db, registry: await buildRegistry(db, ships, opts) };
}

/**
 * Fills an empty, migrated registry with `ships` ships of `ships / 40` companies, and issues plans
 * (with their five copies) for `planShare` of them. Returns a token and a rotating set of realistic queries.
 */
export async function buildRegistry(
  db: Db,
  ships: number,
  opts: { planShare?: number; maxPlans?: number; seed?: number; now?: Date } = {},
): Promise<Synthetic> {
  const rnd = random(opts.seed ?? 7);
  const now = opts.now ?? new Date('2026-11-25T02:00:00Z');
  const at = now.toISOString();
  const companyCount = Math.max(3, Math.ceil(ships / 40));
  const portsByArea = (area: AreaCode) => PORTS.filter((p) => p.area === area).map((p) => p.code);
  const vessels: { id: number; area: AreaCode; nameZh: string; nameEn: string; mmsi: string; imo: string | null; callSign: string }[] = [];

  await db.transaction().execute(async (trx) => {
    const companies: { id: number; area: AreaCode }[] = [];
    for (let i = 0; i < companyCount; i++) {
      const area = AREAS[i % 3]!;
      const details: CompanyDetails = {
        homeAgency: area,
        nameZh: `${rnd.pick(ZH)}${rnd.pick(ZH)}客運有限公司${i}`,
        nameEn: `${rnd.pick(EN)} ${rnd.pick(EN)} Ferries ${i} Limited`,
        addressZh: '測試地址',
        addressEn: 'Benchmark address',
        imoCompanyNumber: null,
        emergencyPhone: `+852 2${String(1000000 + i).slice(-7)}`,
        emergencyPhoneAlt: `+852 9${String(2000000 + i).slice(-7)}`,
        designatedPerson: { name: `DPA ${i}`, phone: '+852 2345 0000', mobile: null, email: `dpa${i}@bench.example` },
        emergencyTeam: { name: 'Operations', phone: '+852 2345 0001', email: null },
        mediaContact: null,
      };
      companies.push({ id: (await insertCompany(trx, details, at)).id, area });
    }
    for (let i = 0; i < ships; i++) {
      const company = companies[i % companies.length]!;
      const area = company.area;
      const type = rnd.pick(TYPES);
      const noImo = type === 'jetfoil' || type === 'hydrofoil';
      const len = 2 + Math.floor(rnd.next() * 3);
      const nameZh = Array.from({ length: len }, () => rnd.pick(ZH)).join('') + (rnd.next() < 0.3 ? '號' : '');
      const nameEn = `${rnd.pick(EN)} ${rnd.pick(EN)} ${i + 1}`;
      const home = portsByArea(area);
      const away = PORTS.filter((p) => p.area !== area).map((p) => p.code);
      const details: VesselDetails = {
        companyId: company.id,
        areaOfRegistry: area,
        nameZh,
        nameEn,
        formerNames: rnd.next() < 0.05 ? [{ nameZh: `${rnd.pick(ZH)}${rnd.pick(ZH)}`, nameEn: `${rnd.pick(EN)} ${i}`, until: '2020-01-01' }] : [],
        ...syntheticIdentifiers(area, i, noImo),
        portOfRegistry: area === 'HK' ? 'Hong Kong' : area === 'MO' ? 'Macao' : 'Guangzhou',
        type,
        grossTonnage: 300 + Math.floor(rnd.next() * 1500),
        lengthMetres: 25 + Math.round(rnd.next() * 300) / 10,
        hullColour: 'white',
        superstructureColour: 'white',
        identifyingMarks: null,
        maxPassengers: 100 + Math.floor(rnd.next() * 350),
        crew: 6 + Math.floor(rnd.next() * 10),
        communications: { bridgePhone: '+852 9123 0000', satellite: [], vhf: 'VHF 16, 70 (DSC)', otherRadio: null },
        route: { ports: [rnd.pick(home), rnd.pick(away)], sailingsPerDay: 1 + Math.floor(rnd.next() * 20), crossingMinutes: 30 + Math.floor(rnd.next() * 90) },
        lifeSaving: { liferafts: 6, liferaftCapacity: 400, marineEvacuationSystems: 1, rescueBoats: 1 },
        helicopterWinchingArea: null,
        medicalFacilities: 'First-aid kit',
        status: 'in_service',
      };
      const checked = checkVessel(details, PORT_NAMES);
      if (!checked.ok) throw new Error(`synthetic ship ${i} breaks the rules: ${JSON.stringify(checked.problems)}`);
      const saved = await insertVessel(trx, checked.value, at);
      vessels.push({ id: saved.id, area, nameZh, nameEn, mmsi: details.mmsi, imo: details.imoNumber, callSign: details.callSign });
    }
  });

  // Plans, issued with their copies, through the same service as the API, signed as a server signs them.
  withBenchKeyring(db);
  await ensureSigningKeys(db, now, new Date(now.getTime() - 86_400_000));
  const planCount = Math.min(opts.maxPlans ?? Infinity, Math.max(5, Math.round(ships * (opts.planShare ?? 0.01))));
  for (let i = 0; i < planCount && i < vessels.length; i++) {
    const v = vessels[Math.floor((i * vessels.length) / planCount)]!;
    const who = benchRegistrar(v.area);
    const plan = await openPlan(db, who, v.id, now);
    await issuePlan(db, who, plan.id, plan.version, { change: 'major', summary: 'First issue' }, now);
  }

  const principal = await createPrincipal(db, { name: 'Benchmark coordinator', role: 'coordinator', agency: 'HK', companyId: null });
  const token = mintSecret();
  await addToken(db, principal.id, hashSecret(token), secretHint(token));
  return { ships, companies: companyCount, plans: planCount, token, queries: queriesFor(vessels, rnd) };
}

/** The benchmark writes as the home agency's registrar would, through the same services. */
export const benchRegistrar = (agency: AreaCode): Who => ({
  principal: { id: null, name: 'Benchmark registrar', role: 'registrar', agency, companyId: null },
  requestId: null,
});

/**
 * Thousands of different queries, each asked once per round, so that no cache of whole answers could
 * carry the figure: two- to four-character Chinese fragments, simplified input for traditional names,
 * English prefixes, MMSIs, IMO numbers and call signs, drawn from different ships.
 */
function queriesFor(
  vessels: { nameZh: string; nameEn: string; mmsi: string; imo: string | null; callSign: string }[],
  rnd: ReturnType<typeof random>,
): string[] {
  const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const any = () => vessels[Math.floor(rnd.next() * vessels.length)]!;
  const out = new Set<string>();
  for (let i = 0; i < 20_000 && out.size < 6_000; i++) {
    const v = any();
    const zh = [...v.nameZh];
    const at = Math.floor(rnd.next() * Math.max(1, zh.length - 1));
    switch (i % 6) {
      case 0:
        out.add(zh.slice(at, at + 2 + Math.floor(rnd.next() * 3)).join(''));
        break;
      case 1:
        out.add(toSimplified(v.nameZh));
        break;
      case 2:
        out.add(
          v.nameEn
            .split(' ')[0]!
            .slice(0, 3 + Math.floor(rnd.next() * 3))
            .toLowerCase(),
        );
        break;
      case 3:
        out.add(v.mmsi);
        break;
      case 4:
        if (v.imo) out.add(`IMO ${v.imo}`);
        break;
      default:
        out.add(v.callSign.toLowerCase());
    }
  }
  return [...out];
}
