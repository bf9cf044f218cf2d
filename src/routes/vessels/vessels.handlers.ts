import { PORTS } from '../../../fixtures/ports.ts';
import { mayReadCompanyRecord, mayWriteHomeRecord } from '../../domain/access.ts';
import { AREA_NAMES } from '../../domain/areas.ts';
import { checkVessel, type Vessel, type VesselDetails } from '../../domain/vessel.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../http/audit.ts';
import type { AppRouteHandler } from '../../http/env.ts';
import { etagOf, expectedVersion } from '../../http/etag.ts';
import { getCompany } from '../../store/companies.ts';
import type { Executor } from '../../store/database.ts';
import { getVessel, identifierClashes, insertVessel, listVessels, updateVessel } from '../../store/vessels.ts';
import type { CreateRoute, GetRoute, ListRoute, UpdateRoute } from './vessels.routes.ts';

const details = ({ id: _i, homeAgency: _h, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Vessel): VesselDetails => rest;

const FIELD_LABEL = { imoNumber: 'IMO number', mmsi: 'MMSI', callSign: 'Call sign' } as const;

/** Domain rules, the company's existence and the uniqueness of identifiers; throws before anything is written. */
async function checked(db: Executor, input: VesselDetails, exceptId?: number): Promise<VesselDetails> {
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

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const input = c.req.valid('json');
  if (!mayWriteHomeRecord(c.get('principal'), input.areaOfRegistry)) {
    throw forbidden(`Only registrars of ${AREA_NAMES[input.areaOfRegistry].en} (${input.areaOfRegistry}) register ships registered there`);
  }
  const at = now().toISOString();
  const vessel = await db.transaction().execute(async (trx) => {
    const saved = await insertVessel(trx, await checked(trx, input), at);
    await audit(c, trx, { action: 'vessel.create', record: { type: 'vessel', id: saved.id, agency: saved.homeAgency }, before: null, after: saved, at });
    return saved;
  });
  c.header('Location', `/api/vessels/${vessel.id}`);
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 201);
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const principal = c.get('principal');
  const q = c.req.valid('query');
  if (principal.role === 'operator' && q.companyId !== undefined && q.companyId !== principal.companyId) {
    throw forbidden('Operators see only their own company\'s ships');
  }
  const items = await listVessels(c.get('deps').db, {
    area: q.area,
    companyId: principal.role === 'operator' ? principal.companyId! : q.companyId,
    status: q.status,
    type: q.type,
    after: q.cursor,
    limit: q.limit,
  });
  return c.json({ items, nextCursor: items.length === q.limit ? items.at(-1)!.id : null }, 200);
};

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const vessel = await getVessel(c.get('deps').db, id);
  if (!vessel) throw notFound(`Vessel ${id}`);
  if (!mayReadCompanyRecord(c.get('principal'), vessel.companyId)) throw forbidden('Operators see only their own company\'s ships');
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 200);
};

export const update: AppRouteHandler<UpdateRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  const at = now().toISOString();
  const vessel = await db.transaction().execute(async (trx) => {
    const before = await getVessel(trx, id);
    if (!before) throw notFound(`Vessel ${id}`);
    if (!mayWriteHomeRecord(c.get('principal'), before.homeAgency)) {
      throw forbidden(`Only registrars of ${AREA_NAMES[before.homeAgency].en} (${before.homeAgency}) change this ship`);
    }
    const version = expectedVersion(c.req.valid('header')['if-match'], 'vessel', id, before.version);
    const next = await checked(trx, { ...details(before), ...patch }, id);
    const saved = await updateVessel(trx, id, version, next, at);
    if (!saved) throw new AppError('precondition_failed', 'This vessel changed while your request was being handled; read it again');
    await audit(c, trx, { action: 'vessel.update', record: { type: 'vessel', id, agency: saved.homeAgency }, before, after: saved, at });
    return saved;
  });
  c.header('ETag', etagOf('vessel', vessel.id, vessel.version));
  return c.json(vessel, 200);
};
