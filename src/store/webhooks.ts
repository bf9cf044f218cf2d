import type { AreaCode } from '../domain/areas.ts';
import type { Executor } from './database.ts';

export type Webhook = { id: number; agency: AreaCode; url: string; secret: string; createdBy: string; createdAt: string; queuedThrough: number };
export type Delivery = {
  id: number;
  webhookId: number;
  changeId: number;
  deliveryId: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
};

const toWebhook = (r: {
  id: number;
  agency: string;
  url: string;
  secret: string;
  created_by: string;
  created_at: string;
  queued_through: number;
}): Webhook => ({
  id: r.id,
  agency: r.agency as AreaCode,
  url: r.url,
  secret: r.secret,
  createdBy: r.created_by,
  createdAt: r.created_at,
  queuedThrough: r.queued_through,
});
const toDelivery = (r: {
  id: number;
  webhook_id: number;
  change_id: number;
  delivery_id: string;
  state: Delivery['state'];
  attempts: number;
  next_attempt_at: string;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}): Delivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  changeId: r.change_id,
  deliveryId: r.delivery_id,
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastStatus: r.last_status,
  lastError: r.last_error,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
});

export async function insertWebhook(
  db: Executor,
  w: { agency: string; url: string; secret: string; createdBy: string; at: string; queuedThrough: number },
): Promise<Webhook> {
  const row = await db
    .insertInto('webhooks')
    .values({ agency: w.agency, url: w.url, secret: w.secret, created_by: w.createdBy, created_at: w.at, queued_through: w.queuedThrough, removed_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toWebhook(row);
}

/** The webhooks in use, of one agency or all. */
export async function activeWebhooks(db: Executor, agency?: string): Promise<Webhook[]> {
  let q = db.selectFrom('webhooks').selectAll().where('removed_at', 'is', null).orderBy('id');
  if (agency) q = q.where('agency', '=', agency);
  return (await q.execute()).map(toWebhook);
}

export async function getWebhook(db: Executor, id: number): Promise<Webhook | undefined> {
  const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
  return row && toWebhook(row);
}

export async function removeWebhookRow(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('webhooks').set({ removed_at: at }).where('id', '=', id).execute();
}

export async function setQueuedThrough(db: Executor, id: number, cursor: number): Promise<void> {
  await db.updateTable('webhooks').set({ queued_through: cursor }).where('id', '=', id).execute();
}

/** Queues a change for a webhook once: a second queueing of the same pair is ignored. */
export async function queueDelivery(db: Executor, d: { webhookId: number; changeId: number; deliveryId: string; at: string }): Promise<void> {
  await db
    .insertInto('webhook_deliveries')
    .values({
      webhook_id: d.webhookId,
      change_id: d.changeId,
      delivery_id: d.deliveryId,
      state: 'pending',
      next_attempt_at: d.at,
      created_at: d.at,
      last_status: null,
      last_error: null,
      delivered_at: null,
    })
    .onConflict((oc) => oc.columns(['webhook_id', 'change_id']).doNothing())
    .execute();
}

export async function dueDeliveries(db: Executor, now: string, limit: number): Promise<Delivery[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toDelivery);
}

/**
 * Takes a due delivery for this dispatcher until `until`, unless another (another app instance's) took
 * it first: the delivery moves on only if it is still as this one read it. Whether it was taken.
 */
export async function claimDelivery(db: Executor, id: number, dueAt: string, until: string): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ next_attempt_at: until })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .where('next_attempt_at', '=', dueAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordAttempt(
  db: Executor,
  id: number,
  result: { state: Delivery['state']; status: number | null; error: string | null; nextAttemptAt: string; deliveredAt: string | null },
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      state: result.state,
      attempts: eb('attempts', '+', 1),
      last_status: result.status,
      last_error: result.error,
      next_attempt_at: result.nextAttemptAt,
      delivered_at: result.deliveredAt,
    }))
    .where('id', '=', id)
    .execute();
}

export async function recentDeliveries(db: Executor, webhookId: number, limit: number): Promise<Delivery[]> {
  const rows = await db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId).orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toDelivery);
}
