import type { Principal } from '../domain/access.ts';
import type { Agency, Facilities, RccBlock } from '../domain/agency.ts';
import { AREA_NAMES, type AreaCode } from '../domain/areas.ts';
import { checkCoastStationMmsi } from '../domain/identifiers.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { getAgency, updateAgencyBlock } from '../store/agencies.ts';
import { recordAudit } from '../store/audit.ts';
import type { Db } from '../store/database.ts';

/**
 * Saves one of an agency's own blocks (Module 3 or 4), by that agency's registrars only, if the agency
 * is still at the version the change was made from. A changed block makes issued plans stale.
 */
export async function saveAgencyBlock(
  db: Db,
  who: { principal: Principal; requestId: string | null },
  code: AreaCode,
  version: (current: number) => number,
  block: { rcc: RccBlock } | { facilities: Facilities },
  at: Date,
): Promise<Agency> {
  const { principal } = who;
  if (!(principal.role === 'registrar' && principal.agency === code)) throw forbidden(`Only registrars of ${AREA_NAMES[code].en} (${code}) edit its blocks`);
  if ('rcc' in block && block.rcc.dscMmsi !== null) {
    const checked = checkCoastStationMmsi(block.rcc.dscMmsi, code);
    if (!checked.ok) throw new AppError('validation_failed', 'The RCC block breaks the registry rules', [{ field: 'dscMmsi', message: checked.reason }]);
  }
  const stamp = at.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await getAgency(trx, code);
    if (!before) throw notFound(`Agency ${code}`);
    const saved = await updateAgencyBlock(trx, code, version(before.version), block, stamp);
    if (!saved) throw new AppError('precondition_failed', 'This agency changed while your request was being handled; read it again');
    const part = 'rcc' in block ? 'rcc' : 'facilities';
    await recordAudit(trx, { actor: principal, requestId: who.requestId, action: `agency.${part}.update`, record: { type: 'agency', id: code, agency: code }, before: before[part], after: saved[part], at: stamp });
    return saved;
  });
}
