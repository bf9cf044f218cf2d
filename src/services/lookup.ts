import { recognitionFor } from '../domain/recognition.ts';
import { AREAS, type AreaCode } from '../domain/areas.ts';
import type { Executor } from '../store/database.ts';
import { listAgencies } from '../store/agencies.ts';
import { companiesByIds } from '../store/companies.ts';
import { copiesOfRevision } from '../store/copies.ts';
import { currentRevisions, listPlans } from '../store/plans.ts';
import { searchVessels } from '../store/search.ts';
import { vesselsByIds } from '../store/vessels.ts';
import { planViews } from './plans.ts';

const MATCH = ['identifier', 'name prefix', 'name', 'identifier fragment', 'company name'] as const;

/** What a coordinator needs at once about a ship in trouble: who it is, who to call, what plan it carries. */
export async function lookup(db: Executor, query: string, opts: { companyId?: number; limit: number; today: string }) {
  const hits = await searchVessels(db, query, opts);
  if (hits.length === 0) return [];
  const ids = hits.map((h) => h.vesselId);
  const [vessels, agencies] = await Promise.all([vesselsByIds(db, ids), listAgencies(db)]);
  const companies = await companiesByIds(db, [...vessels.values()].map((v) => v.companyId));
  const plans = (await Promise.all(ids.map((id) => listPlans(db, { vesselId: id })))).flat();
  const views = new Map((await planViews(db, plans, opts.today)).map((v) => [v.vessel.id, v]));
  const current = await currentRevisions(db, plans.map((p) => p.id));

  return Promise.all(
    hits.map(async (hit) => {
      const v = vessels.get(hit.vesselId)!;
      const c = companies.get(v.companyId)!;
      const home = agencies.find((a) => a.code === v.homeAgency)!;
      const view = views.get(v.id);
      const revisionId = view ? current.get(view.id)?.id : undefined;
      const copies = revisionId ? await copiesOfRevision(db, revisionId) : [];
      return {
        match: MATCH[hit.rank]!,
        vessel: {
          id: v.id,
          nameZh: v.nameZh,
          nameEn: v.nameEn,
          formerNames: v.formerNames,
          type: v.type,
          status: v.status,
          areaOfRegistry: v.areaOfRegistry,
          imoNumber: v.imoNumber,
          nationalRegistrationNumber: v.nationalRegistrationNumber,
          mmsi: v.mmsi,
          callSign: v.callSign,
          epirbHexId: v.epirbHexId,
          hullColour: v.hullColour,
          superstructureColour: v.superstructureColour,
          maxPassengers: v.maxPassengers,
          crew: v.crew,
          maxPersonsOnBoard: v.maxPassengers + v.crew,
          communications: v.communications,
          route: v.route.ports,
        },
        company: {
          id: c.id,
          nameZh: c.nameZh,
          nameEn: c.nameEn,
          emergencyPhone: c.emergencyPhone,
          emergencyPhoneAlt: c.emergencyPhoneAlt,
          designatedPerson: c.designatedPerson,
        },
        homeAgency: { code: home.code, nameZh: home.nameZh, nameEn: home.nameEn, phone24h: home.rcc.phone24h },
        plan: view
          ? {
              id: view.id,
              planNumber: view.planNumber,
              revision: view.current?.revision ?? null,
              issuedOn: view.current?.issuedOn ?? null,
              status: planStatus(view),
              staleFields: view.staleFields,
              recognitions: view.current ? recognitionByAgency(v.homeAgency, view.recognitions) : [],
              copiesHeld: copies
                .filter((cp) => (AREAS as readonly string[]).includes(cp.holder))
                .map((cp) => ({ agency: cp.holder as AreaCode, copyNumber: cp.number, acknowledgedAt: cp.acknowledgedAt })),
            }
          : null,
      };
    }),
  );
}

function planStatus(view: { status: string; stale: boolean }): 'current' | 'stale' | 'withdrawn' | 'draft' {
  if (view.status === 'withdrawn') return 'withdrawn';
  if (view.status === 'draft') return 'draft';
  return view.stale ? 'stale' : 'current';
}

/** All three agencies' standing towards the plan, the home agency first as its compiler. */
function recognitionByAgency(home: AreaCode, others: ReturnType<typeof recognitionFor>) {
  return [{ agency: home, status: 'compiled' as const, since: null }, ...others];
}

export type IncidentCard = Awaited<ReturnType<typeof lookup>>[number];
