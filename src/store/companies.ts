import { pageOf, type Page } from '../domain/page.ts';
import type { AreaCode } from '../domain/areas.ts';
import type { Company, CompanyDetails } from '../domain/company.ts';
import type { Executor } from './database.ts';
import { containsText, idsIn } from './dialect.ts';
import { indexCompanyVessels } from './search.ts';
import { fromJson, toJson } from './json.ts';
import type { CompanyRow } from './schema.ts';
import { prepared } from './prepared.ts';

const toCompany = (r: CompanyRow): Company => ({
  id: r.id,
  homeAgency: r.home_agency as AreaCode,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  addressZh: r.address_zh,
  addressEn: r.address_en,
  imoCompanyNumber: r.imo_company_number,
  emergencyPhone: r.emergency_phone,
  emergencyPhoneAlt: r.emergency_phone_alt,
  designatedPerson: fromJson(r.designated_person),
  emergencyTeam: fromJson(r.emergency_team),
  mediaContact: r.media_contact === null ? null : fromJson(r.media_contact),
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (c: CompanyDetails) => ({
  home_agency: c.homeAgency,
  name_zh: c.nameZh,
  name_en: c.nameEn,
  address_zh: c.addressZh,
  address_en: c.addressEn,
  imo_company_number: c.imoCompanyNumber,
  emergency_phone: c.emergencyPhone,
  emergency_phone_alt: c.emergencyPhoneAlt,
  designated_person: toJson(c.designatedPerson),
  emergency_team: toJson(c.emergencyTeam),
  media_contact: c.mediaContact === null ? null : toJson(c.mediaContact),
});

export async function insertCompany(db: Executor, details: CompanyDetails, at: string): Promise<Company> {
  const row = await db
    .insertInto('companies')
    .values({ ...toRow(details), created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCompany(row);
}

// Prepared: read by id on many requests (the pages and the API).
const companyById = prepared((db, id: number) => db.selectFrom('companies').selectAll().where('id', '=', id));

export async function getCompany(db: Executor, id: number): Promise<Company | undefined> {
  const [row] = await companyById(db, id);
  return row && toCompany(row);
}

export type CompanyFilter = { homeAgency?: AreaCode; name?: string; onlyId?: number; after?: number; limit: number };

/** Companies in id order, from a cursor (the last id seen). */
export async function listCompanies(db: Executor, f: CompanyFilter): Promise<Page<Company>> {
  let q = db
    .selectFrom('companies')
    .selectAll()
    .orderBy('id')
    .limit(f.limit + 1);
  if (f.homeAgency) q = q.where('home_agency', '=', f.homeAgency);
  if (f.onlyId !== undefined) q = q.where('id', '=', f.onlyId);
  if (f.name) {
    const name = f.name;
    q = q.where((eb) => eb.or([containsText(db, 'name_zh', name), containsText(db, 'name_en', name)]));
  }
  if (f.after !== undefined) q = q.where('id', '>', f.after);
  const rows = await q.execute();
  return pageOf(rows.map(toCompany), f.limit, (c) => c.id);
}

/** Every company registered with an agency, by English name. */
export async function companiesOfAgency(db: Executor, agency: AreaCode): Promise<Company[]> {
  const rows = await db.selectFrom('companies').selectAll().where('home_agency', '=', agency).orderBy('name_en').orderBy('id').execute();
  return rows.map(toCompany);
}

/** The company (other than `exceptId`) already holding this IMO company number, if any. */
export async function companyHoldingImoNumber(db: Executor, imoCompanyNumber: string, exceptId?: number): Promise<Company | undefined> {
  let q = db.selectFrom('companies').selectAll().where('imo_company_number', '=', imoCompanyNumber);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  const row = await q.executeTakeFirst();
  return row && toCompany(row);
}

/** Writes new details if the version still matches; the updated company, or undefined when stale. */
export async function updateCompany(db: Executor, id: number, expectedVersion: number, details: CompanyDetails, at: string): Promise<Company | undefined> {
  const row = await db
    .updateTable('companies')
    .set((eb) => ({ ...toRow(details), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row) await indexCompanyVessels(db, id);
  return row && toCompany(row);
}

export async function countCompanies(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('companies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const companiesOf = prepared((db, ids: string) => db.selectFrom('companies').selectAll().where('id', 'in', idsIn(db, ids)));

export async function companiesByIds(db: Executor, ids: number[]): Promise<Map<number, Company>> {
  if (ids.length === 0) return new Map();
  const rows = await companiesOf(db, JSON.stringify([...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, toCompany(r)]));
}
