import { mayWriteHomeRecord, operatorScope, requireCompanyReader, requireHomeRegistrar, requireRole, type Who } from '../domain/access.ts';
import type { AreaCode } from '../domain/areas.ts';
import { decodeBeaconHexId, describeBeacon } from '../domain/beacon.ts';
import { checkCompany, type Company, type CompanyDetails } from '../domain/company.ts';
import type { Page } from '../domain/page.ts';
import type { Port } from '../domain/ports.ts';
import { checkVessel, type Vessel, type VesselDetails, type VesselStatus, type VesselType } from '../domain/vessel.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { notFound, refuse } from '../errors.ts';
import { PORTS } from '../reference/ports.ts';
import { PORT_NAMES } from '../script.ts';
import { recordAudit } from '../store/audit.ts';
import { companiesOfAgency, companyHoldingImoNumber, getCompany, insertCompany, listCompanies, updateCompany } from '../store/companies.ts';
import { inTransaction, type Executor } from '../store/database.ts';
import { getVessel, identifierClashes, insertVessel, listVessels, updateVessel, vesselsOfCompany } from '../store/vessels.ts';
import { unacknowledgedCopies } from '../store/copies.ts';
import { currentRevisions } from '../store/plans.ts';
import { companyPlanViews, plansOfVessel, type PlanView } from './plans.ts';

// Registering, changing and reading companies and ships: the API, the pages and the demo seed all
// come through here, so the rules, the permission check and the audit are the same whichever way a
// registrar works.

/** A company record without what the registry keeps about it (id, version, times). */
export const companyDetails = ({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Company): CompanyDetails => rest;
/** A vessel record without what the registry keeps about it (id, version, times). */
export const vesselDetails = ({ id: _i, homeAgency: _h, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Vessel): VesselDetails => rest;

/** The company as the rules normalise it, or 400 naming each bad field, or 409 naming the holder of its IMO company number. */
export async function checkedCompany(db: Executor, input: CompanyDetails, exceptId?: number): Promise<CompanyDetails> {
  const result = checkCompany(input);
  if (!result.ok) throw refuse('company_invalid', {}, result.problems);
  const number = result.value.imoCompanyNumber;
  if (number) {
    const holder = await companyHoldingImoNumber(db, number, exceptId);
    if (holder) {
      const by = { key: 'holder.company', params: { id: String(holder.id), name: holder.nameEn } } as const;
      throw refuse(
        'identifier_held',
        { field: { key: 'doc.imoCompany' }, value: number, holder: by },
        [{ field: 'imoCompanyNumber', code: 'held_by', params: { holder: by } }],
        { holder: { type: 'company', id: holder.id, nameEn: holder.nameEn, nameZh: holder.nameZh } },
      );
    }
  }
  return result.value;
}

const FIELD_LABEL = { imoNumber: 'doc.imo', mmsi: 'doc.mmsi', callSign: 'doc.callSign', epirbHexId: 'doc.epirb' } as const;
const heldBy = (holder: { id: number; nameEn: string; nameZh: string }) =>
  ({ key: 'holder.vessel', params: { id: String(holder.id), name: `${holder.nameEn} ${holder.nameZh}` } }) as const;

/** The vessel as the rules normalise it, or 400 naming each bad field, or 409 naming the ship holding an identifier. */
export async function checkedVessel(db: Executor, input: VesselDetails, exceptId?: number): Promise<VesselDetails> {
  const result = checkVessel(input, PORT_NAMES);
  const problems = result.ok ? [] : [...result.problems];
  if (!(await getCompany(db, input.companyId))) problems.push({ field: 'companyId', code: 'company_unknown', params: { id: String(input.companyId) } });
  if (!result.ok || problems.length) throw refuse('vessel_invalid', {}, problems);
  const clashes = await identifierClashes(db, result.value, exceptId);
  if (clashes.length) {
    const first = clashes[0]!;
    throw refuse(
      'identifier_held',
      { field: { key: FIELD_LABEL[first.field] }, value: result.value[first.field] ?? '', holder: heldBy(first.holder) },
      clashes.map((cl) => ({ field: cl.field, code: 'held_by', params: { holder: heldBy(cl.holder) } })),
      { holder: { type: 'vessel', ...first.holder } },
    );
  }
  return result.value;
}

export async function registerCompany(db: Executor, who: Who, input: CompanyDetails, at: Date): Promise<Company> {
  requireHomeRegistrar(who.principal, input.homeAgency, 'register_company');
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const saved = await insertCompany(trx, await checkedCompany(trx, input), stamp);
    await recordAudit(trx, {
      who,
      action: 'company.create',
      record: { type: 'company', id: saved.id, agency: saved.homeAgency },
      before: null,
      after: saved,
      at: stamp,
    });
    return saved;
  });
}

/** Applies a change (fields not given stay as they are), if the company is still at the version the caller saw. */
export async function changeCompany(db: Executor, who: Who, id: number, expected: ExpectedVersion, patch: Partial<CompanyDetails>, at: Date): Promise<Company> {
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const before = await getCompany(trx, id);
    if (!before) throw notFound('noun.company', id);
    requireHomeRegistrar(who.principal, before.homeAgency, 'change_company');
    const version = requireVersion('company', before.version, expected);
    const next = await checkedCompany(trx, { ...companyDetails(before), ...patch, homeAgency: before.homeAgency }, id);
    const saved = await updateCompany(trx, id, version, next, stamp);
    if (!saved) throw changedMeanwhile('company');
    await recordAudit(trx, { who, action: 'company.update', record: { type: 'company', id, agency: saved.homeAgency }, before, after: saved, at: stamp });
    return saved;
  });
}

export async function registerVessel(db: Executor, who: Who, input: VesselDetails, at: Date): Promise<Vessel> {
  requireHomeRegistrar(who.principal, input.areaOfRegistry, 'register_ship');
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const saved = await insertVessel(trx, await checkedVessel(trx, input), stamp);
    await recordAudit(trx, {
      who,
      action: 'vessel.create',
      record: { type: 'vessel', id: saved.id, agency: saved.homeAgency },
      before: null,
      after: saved,
      at: stamp,
    });
    return saved;
  });
}

export async function changeVessel(db: Executor, who: Who, id: number, expected: ExpectedVersion, patch: Partial<VesselDetails>, at: Date): Promise<Vessel> {
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const before = await getVessel(trx, id);
    if (!before) throw notFound('noun.vessel', id);
    requireHomeRegistrar(who.principal, before.homeAgency, 'change_ship');
    const version = requireVersion('vessel', before.version, expected);
    const next = await checkedVessel(trx, { ...vesselDetails(before), ...patch, areaOfRegistry: before.areaOfRegistry }, id);
    const saved = await updateVessel(trx, id, version, next, stamp);
    if (!saved) throw changedMeanwhile('vessel');
    await recordAudit(trx, { who, action: 'vessel.update', record: { type: 'vessel', id, agency: saved.homeAgency }, before, after: saved, at: stamp });
    return saved;
  });
}

// --- reads -----------------------------------------------------------------------------------

export async function readCompany(db: Executor, who: Who, id: number): Promise<Company> {
  const company = await getCompany(db, id);
  if (!company) throw notFound('noun.company', id);
  requireCompanyReader(who.principal, company.id);
  return company;
}

export type CompanyQuery = { homeAgency?: AreaCode; name?: string; cursor?: number; limit: number };

/** A page of companies; an operator's holds its own company only. */
export async function listCompanyPage(db: Executor, who: Who, q: CompanyQuery): Promise<Page<Company>> {
  return listCompanies(db, { homeAgency: q.homeAgency, name: q.name, onlyId: operatorScope(who.principal), after: q.cursor, limit: q.limit });
}

/** What a new company's form starts from: the registrar's own agency (only registrars register companies). */
export function blankCompany(who: Who): { homeAgency: AreaCode } {
  requireRole(who.principal, 'registrar', 'register_companies');
  return { homeAgency: who.principal.agency! };
}

/** The companies registered with an admin's agency (whose operators it opens accounts for). */
export async function companiesOfAgencyForAdmin(db: Executor, who: Who): Promise<Company[]> {
  requireRole(who.principal, 'admin', 'manage_people');
  return who.principal.agency ? companiesOfAgency(db, who.principal.agency) : [];
}

/** Every company a registrar may register a ship for: those of its own agency, by name. */
export async function companiesForRegistration(db: Executor, who: Who): Promise<Company[]> {
  requireRole(who.principal, 'registrar', 'register_ships');
  return companiesOfAgency(db, who.principal.agency!);
}

export async function readVessel(db: Executor, who: Who, id: number): Promise<Vessel> {
  const vessel = await getVessel(db, id);
  if (!vessel) throw notFound('noun.vessel', id);
  requireCompanyReader(who.principal, vessel.companyId);
  return vessel;
}

export type VesselQuery = { area?: AreaCode; companyId?: number; status?: VesselStatus; type?: VesselType; cursor?: number; limit: number };

/** A page of ships; an operator's holds its own company's only (asking for another company's is 403). */
export async function listVesselPage(db: Executor, who: Who, q: VesselQuery): Promise<Page<Vessel>> {
  const scope = operatorScope(who.principal);
  if (scope !== undefined && q.companyId !== undefined && q.companyId !== scope) requireCompanyReader(who.principal, q.companyId);
  return listVessels(db, { area: q.area, companyId: scope ?? q.companyId, status: q.status, type: q.type, after: q.cursor, limit: q.limit });
}

/** Everything the ship's page shows: the ship, its company, its route as ports, its plan (and during a handover the incoming one), and whether the reader may change it. */
export type ShipDetail = {
  vessel: Vessel;
  company: Company;
  ports: Port[];
  plan: PlanView | null;
  incomingPlan: PlanView | null;
  mayWrite: boolean;
  beacon: string | null;
};

export async function shipDetail(db: Executor, who: Who, id: number, today: string): Promise<ShipDetail> {
  const vessel = await readVessel(db, who, id);
  const [company, { plan, incoming }] = await Promise.all([getCompany(db, vessel.companyId), plansOfVessel(db, vessel, today)]);
  return {
    vessel,
    company: company!,
    ports: vessel.route.ports.map((code) => PORTS.find((p) => p.code === code)).filter((p): p is Port => Boolean(p)),
    plan,
    incomingPlan: incoming,
    mayWrite: mayWriteHomeRecord(who.principal, vessel.homeAgency),
    // What the EPIRB's ID says (country, protocol, MMSI or serial), for whoever checks it against the beacon.
    beacon: vessel.epirbHexId ? describeBeacon(decodeBeaconHexId(vessel.epirbHexId)) : null,
  };
}

/** A ship or company record for its edit form: only its home registrars may open one. */
export async function vesselForEditing(db: Executor, who: Who, id: number): Promise<Vessel> {
  const vessel = await readVessel(db, who, id);
  requireHomeRegistrar(who.principal, vessel.homeAgency, 'change_ship');
  return vessel;
}

export async function companyForEditing(db: Executor, who: Who, id: number): Promise<Company> {
  const company = await readCompany(db, who, id);
  requireHomeRegistrar(who.principal, company.homeAgency, 'change_company');
  return company;
}

/** A company's page: its Module 1, its ships, their plans, and whether the reader may change it or propose a change. */
export async function companyDetail(db: Executor, who: Who, id: number, today: string) {
  const company = await readCompany(db, who, id);
  const [vessels, plans] = await Promise.all([vesselsOfCompany(db, company.id), companyPlanViews(db, who, company.id, today)]);
  return { company, vessels, plans, mayWrite: mayWriteHomeRecord(who.principal, company.homeAgency), mayPropose: who.principal.role === 'operator' };
}

/** An operator's own company with each of its ships and the ship's plan, for the operator's landing page. */
export async function companyFleet(db: Executor, who: Who, today: string) {
  requireRole(who.principal, 'operator', 'operator_page');
  const company = await readCompany(db, who, who.principal.companyId!);
  const [vessels, plans] = await Promise.all([vesselsOfCompany(db, company.id), companyPlanViews(db, who, company.id, today)]);
  // The plan a ship carries now: the one in force, else its latest.
  const planOf = (id: number) =>
    plans.filter((p) => p.vessel.id === id).sort((a, b) => Number(Boolean(a.withdrawn)) - Number(Boolean(b.withdrawn)) || b.id - a.id)[0] ?? null;
  const current = await currentRevisions(
    db,
    plans.map((p) => p.id),
  );
  const unacknowledged = await unacknowledgedCopies(
    db,
    [...current.values()].map((r) => r.id),
  );
  const rows = vessels.map((v) => {
    const plan = planOf(v.id);
    const revision = plan ? current.get(plan.id) : undefined;
    // What needs the operator's attention, on the ship's row.
    const flags = {
      planOutOfDate: Boolean(plan && !plan.withdrawn && plan.stale),
      exerciseOverdue: Boolean(plan && !plan.withdrawn && plan.exercises.overdue),
      copiesNotAcknowledged: revision ? (unacknowledged.get(revision.id) ?? 0) : 0,
    };
    return { vesselId: v.id, nameZh: v.nameZh, nameEn: v.nameEn, plan, flags };
  });
  return { company, rows };
}
