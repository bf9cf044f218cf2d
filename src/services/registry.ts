import { PORTS } from '../../fixtures/ports.ts';
import { mayWriteHomeRecord, type Principal } from '../domain/access.ts';
import { AREA_NAMES, type AreaCode } from '../domain/areas.ts';
import { checkCompany, type Company, type CompanyDetails } from '../domain/company.ts';
import { checkVessel, type Vessel, type VesselDetails } from '../domain/vessel.ts';
import { AppError, conflict, forbidden, notFound } from '../errors.ts';
import { recordAudit } from '../store/audit.ts';
import { companyHoldingImoNumber, getCompany, insertCompany, updateCompany } from '../store/companies.ts';
import type { Db, Executor } from '../store/database.ts';
import { getVessel, identifierClashes, insertVessel, updateVessel } from '../store/vessels.ts';

// Registering and changing companies and ships: the API and the web pages both come through here,
// so the rules, the permission check and the audit are the same whichever way a registrar works.

export type Actor = { principal: Principal; requestId: string | null };

function requireHomeRegistrar(principal: Principal, home: AreaCode, what: string) {
  if (!mayWriteHomeRecord(principal, home)) throw forbidden(`Only registrars of ${AREA_NAMES[home].en} (${home}) ${what}`);
}

const companyDetails = ({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Company): CompanyDetails => rest;
const vesselDetails = ({ id: _i, homeAgency: _h, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Vessel): VesselDetails => rest;

async function checkedCompany(db: Executor, input: CompanyDetails, exceptId?: number): Promise<CompanyDetails> {
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

const FIELD_LABEL = { imoNumber: 'IMO number', mmsi: 'MMSI', callSign: 'Call sign' } as const;

async function checkedVessel(db: Executor, input: VesselDetails, exceptId?: number): Promise<VesselDetails> {
  const result = checkVessel(input, PORTS);
  const problems = result.ok ? [] : [...result.problems];
  if (!(await getCompany(db, input.companyId))) problems.push({ field: 'companyId', message: `company ${input.companyId} does not exist` });
  if (!result.ok || problems.length) throw new AppError('validation_failed', 'The vessel breaks the registry rules', problems);
  const clashes = await identifierClashes(db, result.value, exceptId);
  if (clashes.length) {
    const first = clashes[0]!;
    throw conflict(
      `${FIELD_LABEL[first.field]} ${result.value[first.field]} is already held by vessel ${first.holder.id} (${first.holder.nameEn} ${first.holder.nameZh})`,
      clashes.map((cl) => ({ field: cl.field, message: `already held by vessel ${cl.holder.id} (${cl.holder.nameEn} ${cl.holder.nameZh})` })),
      { holder: { type: 'vessel', ...first.holder } },
    );
  }
  return result.value;
}

const stale = (what: string) => new AppError('precondition_failed', `This ${what} changed while your request was being handled; read it again`);

export async function registerCompany(db: Db, who: Actor, input: CompanyDetails, at: Date): Promise<Company> {
  requireHomeRegistrar(who.principal, input.homeAgency, 'register its companies');
  const stamp = at.toISOString();
  return db.transaction().execute(async (trx) => {
    const saved = await insertCompany(trx, await checkedCompany(trx, input), stamp);
    await recordAudit(trx, { actor: who.principal, requestId: who.requestId, action: 'company.create', record: { type: 'company', id: saved.id, agency: saved.homeAgency }, before: null, after: saved, at: stamp });
    return saved;
  });
}

/** Applies a change (fields not given stay as they are), if the company is still at `version` (undefined: the current one). */
export async function changeCompany(db: Db, who: Actor, id: number, version: (current: number) => number, patch: Partial<CompanyDetails>, at: Date): Promise<Company> {
  const stamp = at.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await getCompany(trx, id);
    if (!before) throw notFound(`Company ${id}`);
    requireHomeRegistrar(who.principal, before.homeAgency, 'change this company');
    const expected = version(before.version);
    const next = await checkedCompany(trx, { ...companyDetails(before), ...patch, homeAgency: before.homeAgency }, id);
    const saved = await updateCompany(trx, id, expected, next, stamp);
    if (!saved) throw stale('company');
    await recordAudit(trx, { actor: who.principal, requestId: who.requestId, action: 'company.update', record: { type: 'company', id, agency: saved.homeAgency }, before, after: saved, at: stamp });
    return saved;
  });
}

export async function registerVessel(db: Db, who: Actor, input: VesselDetails, at: Date): Promise<Vessel> {
  requireHomeRegistrar(who.principal, input.areaOfRegistry, 'register ships registered there');
  const stamp = at.toISOString();
  return db.transaction().execute(async (trx) => {
    const saved = await insertVessel(trx, await checkedVessel(trx, input), stamp);
    await recordAudit(trx, { actor: who.principal, requestId: who.requestId, action: 'vessel.create', record: { type: 'vessel', id: saved.id, agency: saved.homeAgency }, before: null, after: saved, at: stamp });
    return saved;
  });
}

export async function changeVessel(db: Db, who: Actor, id: number, version: (current: number) => number, patch: Partial<VesselDetails>, at: Date): Promise<Vessel> {
  const stamp = at.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await getVessel(trx, id);
    if (!before) throw notFound(`Vessel ${id}`);
    requireHomeRegistrar(who.principal, before.homeAgency, 'change this ship');
    const expected = version(before.version);
    const next = await checkedVessel(trx, { ...vesselDetails(before), ...patch, areaOfRegistry: before.areaOfRegistry }, id);
    const saved = await updateVessel(trx, id, expected, next, stamp);
    if (!saved) throw stale('vessel');
    await recordAudit(trx, { actor: who.principal, requestId: who.requestId, action: 'vessel.update', record: { type: 'vessel', id, agency: saved.homeAgency }, before, after: saved, at: stamp });
    return saved;
  });
}
