import { operatorScope, type Who } from '../domain/access.ts';
import type { Port } from '../domain/ports.ts';
import { PORTS } from '../reference/ports.ts';
import { recognitionFor } from '../domain/recognition.ts';
import { AREAS, type AreaCode } from '../domain/areas.ts';
import { dataGeneration, GenerationCache, type Db, type Executor } from '../store/database.ts';
import { listAgencies } from '../store/agencies.ts';
import { getCompany } from '../store/companies.ts';
import { copiesOfRevision } from '../store/copies.ts';
import { currentRevisions, planForVessel } from '../store/plans.ts';
import { searchVessels } from '../store/search.ts';
import { transfersOfVessel } from '../store/transfers.ts';
import { getVessel } from '../store/vessels.ts';
import { planView } from './plans.ts';

const MATCH = ['identifier', 'name prefix', 'name', 'identifier fragment', 'company name'] as const;

const cardCaches = new WeakMap<Db, GenerationCache<Card>>();

/** What a coordinator needs at once about a ship in trouble: who it is, who to call, what plan it carries. */
export async function lookup(db: Db, who: Who, query: string, opts: { limit: number; today: string }) {
  // An operator's search is narrowed inside the index, so other companies' ships never crowd out its own.
  const hits = await searchVessels(db, query, { ...opts, companyId: operatorScope(who.principal) });
  let cache = cardCaches.get(db);
  if (!cache) cardCaches.set(db, (cache = new GenerationCache<Card>(db, 'incident cards')));
  // Cards are cached until anything in the registry changes (and for the day, as exercise dues move on).
  const generation = dataGeneration(db);
  return Promise.all(
    hits.map(async (hit) => ({ match: MATCH[hit.rank]!, ...(await cache.get(`${hit.vesselId}:${opts.today}`, () => cardOf(db, hit.vesselId, opts.today), generation)) })),
  );
}

type Card = Awaited<ReturnType<typeof cardOf>>;

/** One ship's incident card: the lookup's answer and the incident book's page entry alike. */
export async function cardOf(db: Executor, vesselId: number, today: string) {
  const v = (await getVessel(db, vesselId))!;
  const [c, agencies, plan, transfers] = await Promise.all([getCompany(db, v.companyId), listAgencies(db), planForVessel(db, vesselId), transfersOfVessel(db, vesselId)]);
  const home = agencies.find((a) => a.code === v.homeAgency)!;
  const view = plan ? await planView(db, plan, today) : undefined;
  const current = plan ? (await currentRevisions(db, [plan.id])).get(plan.id) : undefined;
  const copies = current ? await copiesOfRevision(db, current.id) : [];
  return {
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
      /** The route as port names, for a reader in either language. */
      routePorts: v.route.ports.map((code) => PORTS.find((p) => p.code === code)).filter((p): p is Port => Boolean(p)).map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
      /** The registers it was in before (a lookup by an old MMSI or call sign finds it): newest first. */
      formerRegistrations: transfers
        .filter((t) => t.state === 'accepted')
        .reverse()
        .map((t) => ({ areaOfRegistry: t.fromArea, until: t.decidedAt!.slice(0, 10), nameZh: t.former.nameZh, nameEn: t.former.nameEn, mmsi: t.former.mmsi, callSign: t.former.callSign })),
    },
    company: {
      id: c!.id,
      nameZh: c!.nameZh,
      nameEn: c!.nameEn,
      emergencyPhone: c!.emergencyPhone,
      emergencyPhoneAlt: c!.emergencyPhoneAlt,
      designatedPerson: c!.designatedPerson,
    },
    homeAgency: { code: home.code, nameZh: home.nameZh, nameEn: home.nameEn, phone24h: home.rcc.phone24h },
    /** All three centres' 24-hour numbers, the home agency's first: the ship may be in any of their waters. */
    centres: [home, ...agencies.filter((a) => a.code !== home.code)].map((a) => ({
      code: a.code,
      nameZh: a.nameZh,
      nameEn: a.nameEn,
      phone24h: a.rcc.phone24h,
      /** Reachable only from within the centre's own area: shown beside the full number, never instead. */
      shortNumber: a.rcc.shortNumber ?? null,
      vhfChannels: a.rcc.vhfChannels,
    })),
    plan: view
      ? {
          id: view.id,
          planNumber: view.planNumber,
          revision: view.current?.revision ?? null,
          issuedOn: view.current?.issuedOn ?? null,
          status: planStatus(view),
          staleFields: view.staleFields,
          /** The card shows the live records; the issued plan is older than them (said quietly, not as an alarm). */
          predatesRecords: view.stale,
          recognitions: view.current ? recognitionByAgency(v.homeAgency, view.recognitions) : [],
          copiesHeld: copies
            .filter((cp) => (AREAS as readonly string[]).includes(cp.holder))
            .map((cp) => ({ agency: cp.holder as AreaCode, copyNumber: cp.number, acknowledgedAt: cp.acknowledgedAt })),
        }
      : null,
  };
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
