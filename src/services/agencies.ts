import { keptIntervalReason } from '../domain/plan.ts';
import { requireRole, type Who } from '../domain/access.ts';
import { missingRccItems, type Agency, type Facilities, type RccBlock } from '../domain/agency.ts';
import type { AreaCode } from '../domain/areas.ts';
import { checkCoastStationMmsi } from '../domain/identifiers.ts';
import { changedMeanwhile, requireVersion, type ExpectedVersion } from '../domain/version.ts';
import { notFound, refuse } from '../errors.ts';
import { getAgency, listAgencies, updateAgencyBlock } from '../store/agencies.ts';
import { recordAudit } from '../store/audit.ts';
import { inTransaction, type Executor } from '../store/database.ts';

/** An agency with whether its Module 3 block is complete enough for a plan to be issued. */
export type AgencyView = Agency & { rccComplete: boolean; rccMissing: string[] };

const agencyView = (a: Agency): AgencyView => {
  const missing = missingRccItems(a.rcc);
  return { ...a, rccComplete: missing.length === 0, rccMissing: missing };
};

/** The three agencies: every signed-in reader may see their blocks (they are printed in every plan). */
export async function agencyViews(db: Executor): Promise<AgencyView[]> {
  return (await listAgencies(db)).map(agencyView);
}

export async function readAgency(db: Executor, code: AreaCode): Promise<AgencyView> {
  const agency = await getAgency(db, code);
  if (!agency) throw notFound('noun.agency', code);
  return agencyView(agency);
}

/** The agency whose blocks a registrar keeps: its own. */
export async function ownAgency(db: Executor, who: Who): Promise<AgencyView> {
  requireRole(who.principal, 'registrar', 'edit_blocks');
  return readAgency(db, who.principal.agency!);
}

/**
 * Saves one of an agency's own blocks (Module 3, Module 4, or its defaults for plans: the script its
 * documents print in and the exercise interval it agrees), by that agency's registrars only, if the agency
 * is still at the version the change was made from. A changed block makes issued plans stale.
 */
export async function saveAgencyBlock(
  db: Executor,
  who: Who,
  code: AreaCode,
  expected: ExpectedVersion,
  given:
    | { rcc: RccBlock }
    | { facilities: Facilities }
    | { settings: Pick<Agency, 'documentScript' | 'exerciseIntervalMonths'> & { exerciseIntervalReason?: string | null } },
  at: Date,
): Promise<AgencyView> {
  const { principal } = who;
  if (!(principal.role === 'registrar' && principal.agency === code))
    throw refuse('not_home_registrar', { agency: { key: `area.${code}` }, action: { key: 'action.edit_blocks' } });
  if ('rcc' in given && given.rcc.dscMmsi !== null) {
    const checked = checkCoastStationMmsi(given.rcc.dscMmsi, code);
    if (!checked.ok) throw refuse('rcc_block_invalid', {}, [{ field: 'dscMmsi', ...checked.problem }]);
  }
  const block =
    'settings' in given
      ? {
          settings: {
            ...given.settings,
            exerciseIntervalReason: keptIntervalReason(given.settings.exerciseIntervalMonths, given.settings.exerciseIntervalReason),
          },
        }
      : given;
  const stamp = at.toISOString();
  return inTransaction(db, async (trx) => {
    const before = await getAgency(trx, code);
    if (!before) throw notFound('noun.agency', code);
    const saved = await updateAgencyBlock(trx, code, requireVersion('agency', before.version, expected), block, stamp);
    if (!saved) throw changedMeanwhile('agency');
    const part = 'rcc' in block ? 'rcc' : 'facilities' in block ? 'facilities' : 'settings';
    const of = (a: Agency) =>
      part === 'settings'
        ? { documentScript: a.documentScript, exerciseIntervalMonths: a.exerciseIntervalMonths, exerciseIntervalReason: a.exerciseIntervalReason }
        : a[part];
    await recordAudit(trx, {
      who,
      action: `agency.${part}.update`,
      record: { type: 'agency', id: code, agency: code },
      before: of(before),
      after: of(saved),
      at: stamp,
    });
    return agencyView(saved);
  });
}
