import { operatorScope, type Who } from '../domain/access.ts';
import type { Port } from '../domain/ports.ts';
import { PORTS } from '../reference/ports.ts';
import type { recognitionFor } from '../domain/recognition.ts';
import { AREAS, type AreaCode } from '../domain/areas.ts';
import type { Agency } from '../domain/agency.ts';
import { servedFromReplica, type Db, type Executor } from '../store/database.ts';
import { listAgencies } from '../store/agencies.ts';
import { companiesByIds } from '../store/companies.ts';
import { copiesOfRevisions } from '../store/copies.ts';
import { currentRevisions, plansForVessels } from '../store/plans.ts';
import type { FormerHit } from '../domain/search-index.ts';
import { cardsOf, freshReadModel, makeCardsAhead, searchModel, type CardMaker } from './read-model.ts';
import { transfersOfVessels } from '../store/transfers.ts';
import { formerIdentifiersOf, vesselsByIds, type HeldIdentifier } from '../store/vessels.ts';
import type { Vessel } from '../domain/vessel.ts';
import type { Company } from '../domain/company.ts';
import type { Plan } from '../domain/plan.ts';
import type { StoredCopy } from '../domain/copies.ts';
import type { Transfer } from '../domain/transfer.ts';
import { planViews, type PlanView } from './plans.ts';

const MATCH = ['identifier', 'name prefix', 'name', 'identifier fragment', 'company name', 'similar name'] as const;
/** A ship found by an identifier it held once and holds no more. */
const FORMER = 'former identifier' as const;

type Query = { limit: number; today: string };
type Match = (typeof MATCH)[number] | typeof FORMER;

/**
 * The matches, best first, each with its card's JSON bytes: found in the instance's read model, the
 * cards kept there as ready bytes (an answer is put together from them instead of serialising again).
 */
async function cardBytes(db: Db, who: Who, query: string, opts: Query): Promise<{ match: Match; formerly?: FormerHit; card: Buffer }[]> {
  const model = await freshReadModel(db);
  // An operator's search is narrowed inside the index, so other companies' ships never crowd out its own.
  const hits = searchModel(model, query, { limit: opts.limit, companyId: operatorScope(who.principal) });
  if (hits.length === 0) return [];
  const cards = await cardsOf(
    model,
    hits.map((h) => h.vesselId),
    opts.today,
    cardBytesOf,
  );
  return hits.map((hit) => {
    const card = cards.get(hit.vesselId)!;
    return hit.formerly ? { match: FORMER, formerly: hit.formerly, card } : { match: MATCH[hit.rank]!, card };
  });
}

/** The cards of `ids` as the lookup answers them, from one read snapshot. */
const cardBytesOf: CardMaker = async (snapshot, ids, today) => {
  const made = await incidentCards(snapshot, ids, today, await listAgencies(snapshot));
  return new Map([...made].map(([id, card]) => [id, Buffer.from(JSON.stringify(card))]));
};

/**
 * Has every incident card made before a coordinator asks for it (the server starts it at start): a
 * lookup then reads none from the database, on a freshly started instance too. See makeCardsAhead.
 */
export const makeIncidentCardsAhead = (db: Db, today: string) => makeCardsAhead(db, today, cardBytesOf);

/** What a coordinator needs at once about a ship in trouble: who it is, who to call, what plan it carries. */
export async function lookup(db: Db, who: Who, query: string, opts: Query) {
  return (await cardBytes(db, who, query, opts)).map(({ match, formerly, card }) => ({
    match,
    ...(formerly ? { formerly } : {}),
    ...(JSON.parse(card.toString('utf8')) as Card),
  }));
}

const MATCH_BYTES = new Map(MATCH.map((m) => [m, Buffer.from(`{"match":${JSON.stringify(m)},`)]));
const COMMA = Buffer.from(',');

/** The lookup's answer as the API sends it, `{ query, items }`, in JSON bytes: each card's bytes as they were kept. */
export async function lookupAnswer(db: Db, who: Who, query: string, opts: Query): Promise<Buffer<ArrayBuffer>> {
  const found = await cardBytes(db, who, query, opts);
  // Read from the replica, the primary unreachable: the answer says so (it may be a moment old).
  const replica = servedFromReplica() ? '"servedFrom":"replica",' : '';
  const parts: Uint8Array[] = [Buffer.from(`{"query":${JSON.stringify(query)},${replica}"items":[`)];
  found.forEach(({ match, formerly, card }, i) => {
    // Each card is an object: its own opening brace gives way to the match's.
    const head = formerly
      ? Buffer.from(`{"match":${JSON.stringify(match)},"formerly":${JSON.stringify(formerly)},`)
      : MATCH_BYTES.get(match as (typeof MATCH)[number])!;
    parts.push(...(i > 0 ? [COMMA] : []), head, card.subarray(1));
  });
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
}

type Card = ReturnType<typeof cardFrom>;

/**
 * The incident cards of `ids`, by id (a ship not registered has none): what the lookup answers and the
 * incident book prints. Read together, one statement per table whatever their number: on PostgreSQL each
 * statement is a round trip, and a lookup's cards missing from the read model come in one go.
 */
export async function incidentCards(db: Executor, ids: number[], today: string, agencies: Agency[]): Promise<Map<number, Card>> {
  const vessels = await vesselsByIds(db, ids);
  const ships = [...vessels.values()];
  const [companies, plans, transfers, formerIds] = await Promise.all([
    companiesByIds(
      db,
      ships.map((v) => v.companyId),
    ),
    plansForVessels(
      db,
      ships.map((v) => ({ id: v.id, homeAgency: v.homeAgency })),
    ),
    transfersOfVessels(db, ids),
    formerIdentifiersOf(db, ids),
  ]);
  const shown = [...plans.values()].flatMap(({ plan }) => (plan ? [plan] : []));
  const [views, current] = await Promise.all([
    planViews(db, shown, today),
    currentRevisions(
      db,
      shown.map((p) => p.id),
    ),
  ]);
  const viewOf = new Map(views.map((view) => [view.id, view]));
  const copies = await copiesOfRevisions(
    db,
    [...current.values()].map((r) => r.id),
  );
  const cards = new Map<number, Card>();
  for (const id of ids) {
    const v = vessels.get(id);
    if (!v) continue;
    const { plan, incoming } = plans.get(id)!;
    const revision = plan && current.get(plan.id);
    cards.set(
      id,
      cardFrom({
        v,
        c: companies.get(v.companyId)!,
        agencies,
        view: plan && viewOf.get(plan.id),
        incoming,
        copies: (revision && copies.get(revision.id)) ?? [],
        transfers: transfers.get(id) ?? [],
        formerIds: formerIds.get(id) ?? [],
      }),
    );
  }
  return cards;
}

type CardParts = {
  v: Vessel;
  c: Company;
  agencies: Agency[];
  view: PlanView | undefined;
  incoming: Plan | undefined;
  copies: StoredCopy[];
  transfers: Transfer[];
  formerIds: HeldIdentifier[];
};

/** One ship's incident card from its records. */
function cardFrom({ v, c, agencies, view, incoming, copies, transfers, formerIds }: CardParts) {
  const home = agencies.find((a) => a.code === v.homeAgency)!;
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
      lengthMetres: v.lengthMetres,
      grossTonnage: v.grossTonnage,
      lifeSaving: v.lifeSaving,
      communications: v.communications,
      route: v.route.ports,
      /** The route as port names, for a reader in either language. */
      routePorts: v.route.ports
        .map((code) => PORTS.find((p) => p.code === code))
        .filter((p): p is Port => Boolean(p))
        .map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
      /** Every identifier it held and holds no more, by a transfer or a change of its record: newest first. */
      formerIdentifiers: [...formerIds].reverse().map(({ kind, value, heldFrom, heldUntil }) => ({ kind, value, from: heldFrom, until: heldUntil! })),
      /** The registers it was in before (a lookup by an old MMSI or call sign finds it): newest first. */
      formerRegistrations: transfers
        .filter((t) => t.state === 'accepted')
        .reverse()
        .map((t) => ({
          areaOfRegistry: t.fromArea,
          until: t.decidedAt!.slice(0, 10),
          nameZh: t.former.nameZh,
          nameEn: t.former.nameEn,
          mmsi: t.former.mmsi,
          callSign: t.former.callSign,
        })),
    },
    company: {
      id: c.id,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      emergencyPhone: c.emergencyPhone,
      emergencyPhoneAlt: c.emergencyPhoneAlt,
      designatedPerson: c.designatedPerson,
      emergencyTeam: c.emergencyTeam,
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
          homeAgency: view.homeAgency,
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
    /** During a transfer's handover, the gaining agency's plan on its way: the plan above stays in force until this one is issued. */
    incomingPlan: incoming ? { id: incoming.id, planNumber: incoming.planNumber, homeAgency: incoming.homeAgency } : null,
  };
}

function planStatus(view: { status: string; stale: boolean }): 'current' | 'stale' | 'withdrawn' | 'draft' {
  if (view.status === 'withdrawn') return 'withdrawn';
  if (view.status === 'draft') return 'draft';
  return view.stale ? 'stale' : 'current';
}

/** All three agencies' standing towards the plan, the home agency first as its compiler. */
function recognitionByAgency(home: AreaCode, others: ReturnType<typeof recognitionFor>) {
  return [{ agency: home, status: 'compiled' as const, since: null, until: null }, ...others];
}

export type IncidentCard = Awaited<ReturnType<typeof lookup>>[number];
