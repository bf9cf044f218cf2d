import { operatorScope, type Who } from '../domain/access.ts';
import { changeOf, type Change } from '../domain/changes.ts';
import { inReadSnapshot, type Db, type Executor } from '../store/database.ts';
import { changeEventsAfter } from '../store/changes.ts';
import { getPlan, getRevision } from '../store/plans.ts';
import { copiesOfRevision } from '../store/copies.ts';
import { getSigningKey } from '../store/signing-keys.ts';
import { certificateFacts } from '../pdf/certificates.ts';
import type { AreaCode } from '../domain/areas.ts';
import type { Holder } from '../domain/copies.ts';
import { formerIdentifiers, getVessel } from '../store/vessels.ts';

// The changes feed, for each centre's own systems: every plan issued, revised or withdrawn and every
// ship transferred, in order, each with a cursor to carry on from.

export type FeedItem = Change & {
  plan: { id: number; planNumber: string } | null;
  vessel: {
    id: number;
    nameZh: string;
    nameEn: string;
    mmsi: string;
    callSign: string;
    imoNumber: string | null;
    epirbHexId: string | null;
    formerIdentifiers: { kind: 'mmsi' | 'callSign' | 'imoNumber' | 'epirbHexId'; value: string; until: string }[];
  };
  /** The five copies of the revision issued, with what a receiving system checks a download against. */
  copies: FeedCopy[] | null;
  link: string;
};

export type FeedCopy = {
  number: number;
  holder: Holder;
  sha256: string;
  signature: { status: 'signed' | 'unsigned'; signer: AreaCode | null; certificateFingerprint: string | null };
};

/** The copies of a plan's revision as the feed tells of them: checksum, and which agency's certificate signed each. */
async function copiesIssued(db: Executor, planId: number, rev: number): Promise<FeedCopy[]> {
  const revision = await getRevision(db, planId, rev);
  if (!revision) return [];
  const keys = new Map<number, { holder: string; fingerprint: string }>();
  const copies = await copiesOfRevision(db, revision.id);
  for (const id of new Set(copies.flatMap((c) => (c.signingKeyId ? [c.signingKeyId] : [])))) {
    const key = await getSigningKey(db, id);
    if (key) keys.set(id, { holder: key.holder, fingerprint: certificateFacts(key.certificatePem).fingerprint });
  }
  return copies.map((c) => {
    const key = c.signingKeyId ? keys.get(c.signingKeyId) : undefined;
    return {
      number: c.number,
      holder: c.holder,
      sha256: c.sha256,
      signature: key
        ? { status: 'signed', signer: key.holder as AreaCode, certificateFingerprint: key.fingerprint }
        : { status: 'unsigned', signer: null, certificateFingerprint: null },
    };
  });
}

/** The changes after `cursor` that `who` may see (an operator: its own company's ships), oldest first. */
export async function changesAfter(db: Executor, who: Who, cursor: number, limit: number): Promise<{ items: FeedItem[]; nextCursor: number }> {
  const scope = operatorScope(who.principal);
  const items: FeedItem[] = [];
  let next = cursor;
  // Read in batches until the page is full or the trail ends; the cursor moves past what was read, seen or not.
  for (;;) {
    const events = await changeEventsAfter(db, next, Math.max(limit, 50));
    for (const e of events) {
      next = e.id;
      const change = changeOf(e);
      if (!change) continue;
      const item = await described(db, change);
      if (!item || (scope !== undefined && item.companyId !== scope)) continue;
      items.push(item.item);
      if (items.length === limit) return { items, nextCursor: next };
    }
    if (events.length < Math.max(limit, 50)) return { items, nextCursor: next };
  }
}

/** One change of the feed by its cursor, as the feed gives it (for a webhook's delivery). */
export async function feedItem(db: Executor, cursor: number): Promise<FeedItem | null> {
  const [event] = await changeEventsAfter(db, cursor - 1, 1);
  const change = event && event.id === cursor ? changeOf(event) : null;
  return change ? ((await described(db, change))?.item ?? null) : null;
}

async function described(db: Executor, change: Change): Promise<{ item: FeedItem; companyId: number } | null> {
  const plan = change.recordType === 'plan' ? await getPlan(db, change.recordId) : undefined;
  const vessel = await getVessel(db, plan ? plan.vesselId : change.recordId);
  if (!vessel) return null;
  const former = (await formerIdentifiers(db, vessel.id)).reverse().map(({ kind, value, heldUntil }) => ({ kind, value, until: heldUntil! }));
  return {
    companyId: vessel.companyId,
    item: {
      ...change,
      plan: plan ? { id: plan.id, planNumber: plan.planNumber } : null,
      vessel: {
        id: vessel.id,
        nameZh: vessel.nameZh,
        nameEn: vessel.nameEn,
        mmsi: vessel.mmsi,
        callSign: vessel.callSign,
        imoNumber: vessel.imoNumber,
        epirbHexId: vessel.epirbHexId,
        formerIdentifiers: former,
      },
      copies: plan && change.revision !== null ? await copiesIssued(db, plan.id, change.revision) : null,
      link: plan ? `/api/plans/${plan.id}` : `/api/vessels/${vessel.id}`,
    },
  };
}

/**
 * The feed by long polling: the changes after `cursor`, or, when there are none yet, the first that
 * come within `waitSeconds` (the store is looked at every quarter of a second, so this works across
 * processes as well as within one).
 */
export async function waitForChanges(db: Db, who: Who, cursor: number, limit: number, waitSeconds: number, signal?: AbortSignal) {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    // Each look is one snapshot on one connection; none is held while waiting between looks.
    const page = await inReadSnapshot(db, (snapshot) => changesAfter(snapshot, who, cursor, limit));
    if (page.items.length > 0 || Date.now() >= deadline || signal?.aborted) return page;
    cursor = page.nextCursor;
    await new Promise((resolve) => setTimeout(resolve, Math.min(250, Math.max(0, deadline - Date.now()))));
  }
}
