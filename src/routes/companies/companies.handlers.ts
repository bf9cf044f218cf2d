import { mayReadCompanyRecord, mayWriteHomeRecord } from '../../domain/access.ts';
import { AREA_NAMES } from '../../domain/areas.ts';
import { checkCompany, type Company, type CompanyDetails } from '../../domain/company.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../http/audit.ts';
import type { AppRouteHandler } from '../../http/env.ts';
import { etagOf, expectedVersion } from '../../http/etag.ts';
import { companyHoldingImoNumber, getCompany, insertCompany, listCompanies, updateCompany } from '../../store/companies.ts';
import type { Executor } from '../../store/database.ts';
import type { CreateRoute, GetRoute, ListRoute, UpdateRoute } from './companies.routes.ts';

const details = ({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Company): CompanyDetails => rest;

/** Domain rules and uniqueness, each problem named; throws before anything is written. */
async function checked(db: Executor, input: CompanyDetails, exceptId?: number): Promise<CompanyDetails> {
  const result = checkCompany(input);
  if (!result.ok) throw new AppError('validation_failed', 'The company breaks the registry rules', result.problems);
  const number = result.value.imoCompanyNumber;
  if (number) {
    const holder = await companyHoldingImoNumber(db, number, exceptId);
    if (holder) {
      throw conflict(
        `IMO company number ${number} is already held by company ${holder.id} (${holder.nameEn})`,
        [{ field: 'imoCompanyNumber', message: `already held by company ${holder.id} (${holder.nameEn})` }],
        { holder: { type: 'company', id: holder.id, nameEn: holder.nameEn, nameZh: holder.nameZh } },
      );
    }
  }
  return result.value;
}

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const principal = c.get('principal');
  const input = c.req.valid('json');
  if (!mayWriteHomeRecord(principal, input.homeAgency)) {
    throw forbidden(`Only registrars of ${AREA_NAMES[input.homeAgency].en} (${input.homeAgency}) register its companies`);
  }
  const at = now().toISOString();
  const company = await db.transaction().execute(async (trx) => {
    const saved = await insertCompany(trx, await checked(trx, input), at);
    await audit(c, trx, { action: 'company.create', record: { type: 'company', id: saved.id, agency: saved.homeAgency }, before: null, after: saved, at });
    return saved;
  });
  c.header('Location', `/api/companies/${company.id}`);
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 201);
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const principal = c.get('principal');
  const q = c.req.valid('query');
  const items = await listCompanies(c.get('deps').db, {
    homeAgency: q.homeAgency,
    name: q.name,
    onlyId: principal.role === 'operator' ? principal.companyId! : undefined,
    after: q.cursor,
    limit: q.limit,
  });
  return c.json({ items, nextCursor: items.length === q.limit ? items.at(-1)!.id : null }, 200);
};

async function readable(c: Parameters<AppRouteHandler<GetRoute>>[0], id: number): Promise<Company> {
  const company = await getCompany(c.get('deps').db, id);
  if (!company) throw notFound(`Company ${id}`);
  if (!mayReadCompanyRecord(c.get('principal'), company.id)) throw forbidden('Operators see only their own company');
  return company;
}

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const company = await readable(c, c.req.valid('param').id);
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 200);
};

export const update: AppRouteHandler<UpdateRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  const at = now().toISOString();
  const company = await db.transaction().execute(async (trx) => {
    const before = await getCompany(trx, id);
    if (!before) throw notFound(`Company ${id}`);
    if (!mayWriteHomeRecord(c.get('principal'), before.homeAgency)) {
      throw forbidden(`Only registrars of ${AREA_NAMES[before.homeAgency].en} (${before.homeAgency}) change this company`);
    }
    const version = expectedVersion(c.req.valid('header')['if-match'], 'company', id, before.version);
    const next = await checked(trx, { ...details(before), ...patch }, id);
    const saved = await updateCompany(trx, id, version, next, at);
    if (!saved) throw new AppError('precondition_failed', 'This company changed while your request was being handled; read it again');
    await audit(c, trx, { action: 'company.update', record: { type: 'company', id, agency: saved.homeAgency }, before, after: saved, at });
    return saved;
  });
  c.header('ETag', etagOf('company', company.id, company.version));
  return c.json(company, 200);
};
