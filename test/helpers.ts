import { createApp } from '../src/app.ts';
import { hashSecret, mintSecret, secretHint, type Role } from '../src/domain/access.ts';
import type { AreaCode } from '../src/domain/areas.ts';
import { silentLogger } from '../src/logger.ts';
import { databaseImage, migrateToLatest, openDatabase, openDatabaseImage } from '../src/store/database.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { ensureReferenceData } from '../src/services/reference.ts';

async function emptyRegistry() {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  await ensureReferenceData(db);
  return db;
}

// Seeding the demo renders dozens of PDFs; each test file seeds once and every test starts from a copy.
const images = new Map<string, Promise<Buffer>>();
function demoImage(now: Date): Promise<Buffer> {
  const key = now.toISOString();
  if (!images.has(key)) {
    images.set(
      key,
      (async () => {
        const db = await emptyRegistry();
        await seedDemo(db, now);
        const image = databaseImage(db);
        await db.destroy();
        return image;
      })(),
    );
  }
  return images.get(key)!;
}

/** A fresh registry over its own in-memory database, with helpers to act as any principal. */
export async function testRegistry(opts: { demo?: boolean; now?: Date } = {}) {
  const clock = { now: opts.now ?? new Date('2026-03-02T09:00:00Z') };
  const db = opts.demo ?? true ? openDatabaseImage(await demoImage(clock.now)) : await emptyRegistry();
  const app = createApp({ db, logger: silentLogger, now: () => clock.now });

  async function tokenFor(role: Role, binding: { agency?: AreaCode; companyId?: number; name?: string } = {}): Promise<string> {
    const secret = mintSecret();
    const principal = await createPrincipal(db, {
      name: binding.name ?? `${role} ${binding.agency ?? binding.companyId ?? ''}`.trim(),
      role,
      agency: binding.agency ?? null,
      companyId: binding.companyId ?? null,
    });
    await addToken(db, principal.id, hashSecret(secret), secretHint(secret));
    return secret;
  }

  async function call(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string | Uint8Array } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    let body: string | Uint8Array | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    // As a real HTTP client does; app.request() leaves it out.
    if (body !== undefined) headers['Content-Length'] ??= String(Buffer.byteLength(body));
    return app.request(path, { method, headers, body });
  }

  return { db, app, clock, tokenFor, call };
}

export type TestRegistry = Awaited<ReturnType<typeof testRegistry>>;

/** The parsed JSON body of a response, typed loosely: tests assert its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const json = async (res: Response): Promise<any> => res.json();

/** Ids of the demo records, looked up by what identifies them rather than assumed. */
export async function demoIds(db: TestRegistry['db']) {
  const companies = await db.selectFrom('companies').select(['id', 'imo_company_number', 'name_en', 'home_agency']).execute();
  const vessels = await db.selectFrom('vessels').select(['id', 'mmsi', 'company_id', 'area_of_registry']).execute();
  const companyId = (nameEn: string) => companies.find((c) => c.name_en === nameEn)!.id;
  const vesselId = (mmsi: string) => vessels.find((v) => v.mmsi === mmsi)!.id;
  return { companyId, vesselId };
}

let serial = 0;

/** A valid IMO ship number from six digits. */
export function validImo(six: number): string {
  const digits = String(six).padStart(6, '0');
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (7 - i), 0);
  return `${digits}${sum % 10}`;
}
/** A valid Hong Kong ship for `companyId`, with identifiers no other test uses. */
export function hongKongVessel(companyId: number, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const n = String(serial).padStart(3, '0');
  return {
    companyId,
    areaOfRegistry: 'HK',
    nameZh: '維港之星',
    nameEn: `Harbour Star ${n}`,
    imoNumber: validImo(938_000 + serial),
    mmsi: `477900${n}`,
    callSign: `VRQ${n}`.slice(0, 7),
    portOfRegistry: 'Hong Kong',
    type: 'catamaran',
    grossTonnage: 1300,
    lengthMetres: 47.3,
    hullColour: 'white',
    superstructureColour: 'white',
    maxPassengers: 410,
    crew: 12,
    epirbHexId: 'ADC6D26C52FF001',
    communications: { bridgePhone: '+852 9000 0001', vhf: 'VHF 16, 70 (DSC)' },
    route: { ports: ['HKG-SW', 'MAC-OH'], sailingsPerDay: 10, crossingMinutes: 60 },
    lifeSaving: { liferafts: 8, liferaftCapacity: 800, marineEvacuationSystems: 2, rescueBoats: 1 },
    ...overrides,
  };
}

/** A valid Hong Kong company. */
export function hongKongCompany(overrides: Record<string, unknown> = {}) {
  return {
    homeAgency: 'HK',
    nameZh: '維港客運有限公司',
    nameEn: 'Victoria Harbour Ferries Limited',
    addressZh: '香港中環統一碼頭道38號',
    addressEn: '38 Connaught Place, Central, Hong Kong',
    imoCompanyNumber: null,
    emergencyPhone: '+852 2111 2222',
    designatedPerson: { name: 'Lee Ka-yan', phone: '+852 2111 2223', email: 'dpa@vhf.example' },
    emergencyTeam: { name: 'Operations Room', phone: '+852 2111 2224' },
    ...overrides,
  };
}
