import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import type { Who } from '../domain/access.ts';
import { isPublicAddress } from '../domain/addresses.ts';
import { nextAttempt } from '../domain/changes.ts';
import { notFound, refuse } from '../errors.ts';
import { loggedWhileFailing, type Logger } from '../logger.ts';
import { recordAudit } from '../store/audit.ts';
import { lastEventId } from '../store/changes.ts';
import { webhookDeliveries } from '../metrics.ts';
import { inTransaction, type Db } from '../store/database.ts';
import {
  activeWebhooks,
  claimDelivery,
  dueDeliveries,
  getWebhook,
  insertWebhook,
  queueDelivery,
  recentDeliveries,
  recordAttempt,
  removeWebhookRow,
  setQueuedThrough,
  type Delivery,
  type Webhook,
} from '../store/webhooks.ts';
import { changesAfter, feedItem } from './changes.ts';

// Webhooks: an agency's admin registers a URL, and each change of the feed is POSTed to it, signed
// with the secret shown once at registration, until the receiver answers 2xx (retried 1, 2, 4 … minutes
// apart, at most an hour, for a day). A delivery is queued once per change and URL, so a restart of the
// registry sends nothing twice; the receiver tells repeats apart by the delivery id.

// Each delivery is signed twice: by Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature),
// so a receiver verifies it with an off-the-shelf library, and by the registry's own first scheme
// (X-Registry-*), which receivers written before it keep checking.
export const SIGNATURE_HEADER = 'X-Registry-Signature';
export const TIMESTAMP_HEADER = 'X-Registry-Timestamp';
export const DELIVERY_HEADER = 'X-Registry-Delivery';

/** The first scheme's signature: HMAC-SHA256 of "<timestamp>.<body>" with the secret as given, in hex. */
export const signatureOf = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** A new signing secret, in Standard Webhooks' form: "whsec_" and 32 random bytes in base64. */
const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * The Standard Webhooks signer for a webhook's secret. Secrets given before it (32 bytes in base64url,
 * no prefix) sign with the same bytes: as a Standard Webhooks secret they read "whsec_" and those bytes in base64.
 */
const standardSigner = (secret: string) =>
  secret.startsWith('whsec_') ? new StandardWebhook(secret) : new StandardWebhook(Buffer.from(secret, 'base64url'), { format: 'raw' });

/** The headers that sign one delivery, both ways. */
export function signedHeaders(secret: string, deliveryId: string, at: Date, body: string): Record<string, string> {
  const stamp = at.toISOString();
  return {
    'webhook-id': deliveryId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': standardSigner(secret).sign(deliveryId, at, body),
    [DELIVERY_HEADER]: deliveryId,
    [TIMESTAMP_HEADER]: stamp,
    [SIGNATURE_HEADER]: signatureOf(secret, stamp, body),
  };
}

/** What an agency is told of a receiver's answer: its class (2xx … 5xx), never more (it may be someone else's server). */
export const statusClass = (status: number | null): string | null => (status === null ? null : `${Math.floor(status / 100)}xx`);

const NO_ANSWER = 'no answer within 10 s';

/** What went wrong with a send, in a few words that say nothing of the far side beyond whether it answered. */
function sendFailure(err: unknown): string {
  const code = (err as { code?: string }).code ?? '';
  if (err instanceof Error && err.message === NO_ANSWER) return NO_ANSWER;
  if (/^(CERT_|ERR_TLS|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_SSL)/.test(code)) return 'the TLS certificate was not accepted';
  return 'could not connect';
}

function requireAgencyAdmin(who: Who): string {
  const p = who.principal;
  if (p.role !== 'admin' || !p.agency) throw refuse('role_required', { role: { key: 'roles.admin' }, action: { key: 'action.manage_webhooks' } });
  return p.agency;
}

/**
 * Where webhooks may go. A receiver is reached over https at a public address; a host named in
 * `allowHosts` (WEBHOOK_ALLOW_HOSTS: a relay on this machine or the agency's network) may also be reached
 * over http and at a non-public address. `resolve` gives a host name's addresses (the system's resolver).
 */
export type WebhookReach = { allowHosts: readonly string[]; resolve?: (host: string) => Promise<string[]> };
export const PUBLIC_ONLY: WebhookReach = { allowHosts: [] };
const systemResolve = async (host: string) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** The addresses a URL's host stands for now: itself when it is an address, else what the resolver says (none when it cannot). */
async function addressesOf(host: string, reach: WebhookReach): Promise<string[]> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return [bare];
  return (reach.resolve ?? systemResolve)(bare).catch(() => []);
}

/** The first address of `addresses` a receiver may not be reached at, or null. */
const internalOf = (host: string, addresses: readonly string[], reach: WebhookReach) =>
  reach.allowHosts.includes(host.replace(/^\[|\]$/g, '')) ? null : (addresses.find((a) => !isPublicAddress(a)) ?? null);

/** A URL a webhook may be registered with: https (http only to an allowed host), no credentials, no internal address. */
async function checkUrl(url: string, reach: WebhookReach): Promise<string> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw refuse('webhook_url_invalid', {}, [{ field: 'url', code: 'webhook_url_form' }]);
  }
  const allowed = reach.allowHosts.includes(u.hostname.replace(/^\[|\]$/g, ''));
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && allowed)) {
    throw refuse('webhook_url_not_https', {}, [{ field: 'url', code: 'webhook_https' }]);
  }
  if (u.username || u.password) throw refuse('webhook_url_credentials', {}, [{ field: 'url', code: 'webhook_credentials' }]);
  // A name that does not resolve yet is taken: every delivery resolves and checks it again.
  const internal = internalOf(u.hostname, await addressesOf(u.hostname, reach), reach);
  if (internal) throw refuse('webhook_url_internal', { address: internal }, [{ field: 'url', code: 'webhook_internal', params: { address: internal } }]);
  return u.toString();
}

/** Sends one delivery to `address`, the one checked (never resolved again: a name cannot be rebound in between); its status. */
export type Send = (url: string, headers: Record<string, string>, body: string, address: string) => Promise<number>;

const pinnedPost: Send = (url, headers, body, address) =>
  new Promise((resolve, reject) => {
    const u = new URL(url);
    const family = isIP(address);
    const request = (u.protocol === 'https:' ? https : http).request(
      u,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        // The connection goes to the address checked; TLS still verifies the certificate for the URL's name.
        lookup: (_host, options, callback) =>
          (options as { all?: boolean }).all
            ? (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }])
            : (callback as (e: null, a: string, f: number) => void)(null, address, family),
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    request.on('timeout', () => request.destroy(new Error(NO_ANSWER)));
    request.on('error', reject);
    request.end(body);
  });

const view = (w: Webhook, deliveries: Delivery[]) => ({
  id: w.id,
  agency: w.agency,
  url: w.url,
  createdBy: w.createdBy,
  createdAt: w.createdAt,
  deliveries: deliveries.map((d) => ({
    deliveryId: d.deliveryId,
    change: d.changeId,
    state: d.state,
    attempts: d.attempts,
    lastStatusClass: statusClass(d.lastStatus),
    lastError: d.lastError,
    nextAttemptAt: d.state === 'pending' ? d.nextAttemptAt : null,
    deliveredAt: d.deliveredAt,
  })),
});

/** Registers a URL for the admin's agency; the answer carries the signing secret, shown this once. */
export async function registerWebhook(db: Db, who: Who, input: { url: string }, at: Date, reach: WebhookReach = PUBLIC_ONLY) {
  const agency = requireAgencyAdmin(who);
  const url = await checkUrl(input.url, reach);
  const secret = newSigningSecret();
  return inTransaction(db, async (trx) => {
    // Changes from now on: a new receiver is not sent the whole history (the feed has it).
    const hook = await insertWebhook(trx, { agency, url, secret, createdBy: who.principal.name, at: at.toISOString(), queuedThrough: await lastEventId(trx) });
    await recordAudit(trx, {
      who,
      action: 'webhook.create',
      record: { type: 'webhook', id: hook.id, agency },
      before: null,
      after: { url },
      at: at.toISOString(),
    });
    return { ...view(hook, []), secret };
  });
}

/** The agency's webhooks, each with its latest deliveries and their results. */
export async function listWebhooks(db: Db, who: Who) {
  const agency = requireAgencyAdmin(who);
  const hooks = await activeWebhooks(db, agency);
  return Promise.all(hooks.map(async (h) => view(h, await recentDeliveries(db, h.id, 50))));
}

export async function removeWebhook(db: Db, who: Who, id: number, at: Date): Promise<void> {
  const agency = requireAgencyAdmin(who);
  await inTransaction(db, async (trx) => {
    const hook = await getWebhook(trx, id);
    if (!hook || hook.agency !== agency) throw notFound('noun.webhook', id);
    await removeWebhookRow(trx, id, at.toISOString());
    await recordAudit(trx, {
      who,
      action: 'webhook.remove',
      record: { type: 'webhook', id, agency },
      before: { url: hook.url },
      after: null,
      at: at.toISOString(),
    });
  });
}

/** The registry itself, reading the feed for an agency's webhooks (every centre sees every change). */
const feedReader = (agency: string): Who => ({
  principal: { id: null, name: 'Webhook dispatcher', role: 'coordinator', agency: agency as never, companyId: null },
  requestId: null,
});

/** How long a claimed delivery is this dispatcher's: well past a send's own time limit (10 s). */
const CLAIM_MS = 60_000;

/**
 * One round of the dispatcher: queue each webhook's new changes, then try each delivery that is due.
 * Each URL's host is resolved and checked again at every delivery, and the request goes to the address
 * checked. Returns how many deliveries were tried.
 */
export async function dispatchWebhooks(db: Db, now: Date, reach: WebhookReach = PUBLIC_ONLY, send: Send = pinnedPost): Promise<number> {
  const stamp = now.toISOString();
  for (const hook of await activeWebhooks(db)) {
    let cursor = hook.queuedThrough;
    for (;;) {
      const page = await changesAfter(db, feedReader(hook.agency), cursor, 200);
      await inTransaction(db, async (trx) => {
        for (const item of page.items) await queueDelivery(trx, { webhookId: hook.id, changeId: item.cursor, deliveryId: randomUUID(), at: stamp });
        await setQueuedThrough(trx, hook.id, page.nextCursor);
      });
      if (page.nextCursor === cursor) break;
      cursor = page.nextCursor;
    }
  }
  const due = await dueDeliveries(db, stamp, 50);
  // Several app instances may dispatch from one database: each delivery is sent by the one that claims
  // it. A dispatcher that stops mid-send leaves its claim to lapse, and the delivery is tried again then.
  const claimUntil = new Date(now.getTime() + CLAIM_MS).toISOString();
  let tried = 0;
  // Claims and attempts are written under the one writer's lock like every write (inTransaction): a
  // bare update, taking the delivery's row before the generation row, deadlocked on PostgreSQL with
  // another instance's queueing, which holds the generation row and waits on the delivery's key.
  const record = (id: number, result: Parameters<typeof recordAttempt>[2]) => inTransaction(db, (trx) => recordAttempt(trx, id, result));
  for (const d of due) {
    if (!(await inTransaction(db, (trx) => claimDelivery(trx, d.id, d.nextAttemptAt, claimUntil)))) continue;
    tried += 1;
    const hook = await getWebhook(db, d.webhookId);
    const item = hook ? await feedItem(db, d.changeId) : null;
    if (!hook || !item) {
      await record(d.id, {
        state: 'failed',
        status: null,
        error: hook ? 'the change is no longer in the feed' : 'the webhook was removed',
        nextAttemptAt: stamp,
        deliveredAt: null,
      });
      continue;
    }
    const body = JSON.stringify({ deliveryId: d.deliveryId, change: item });
    let status: number | null = null;
    let error: string | null = null;
    try {
      const host = new URL(hook.url).hostname;
      const addresses = await addressesOf(host, reach);
      const internal = internalOf(host, addresses, reach);
      if (!addresses[0]) error = `${host} does not resolve`;
      else if (internal) error = `refused: ${host} stands for an address that is not public`;
      else {
        const headers = { 'Content-Type': 'application/json', ...signedHeaders(hook.secret, d.deliveryId, now, body) };
        // No redirect is followed: a 3xx is an answer like any other that is not 2xx.
        status = await send(hook.url, headers, body, addresses[0]);
        if (status < 200 || status > 299) error = `answered ${statusClass(status)}`;
      }
    } catch (err) {
      error = sendFailure(err);
    }
    if (!error) {
      webhookDeliveries.inc({ outcome: 'delivered' });
      await record(d.id, { state: 'delivered', status, error: null, nextAttemptAt: stamp, deliveredAt: stamp });
    } else {
      const next = nextAttempt(d.createdAt, d.attempts + 1, now);
      webhookDeliveries.inc({ outcome: next ? 'retry' : 'failed' });
      await record(d.id, { state: next ? 'pending' : 'failed', status, error, nextAttemptAt: next ?? stamp, deliveredAt: null });
    }
  }
  return tried;
}

/** The dispatcher of a running server: a round every two seconds, never two at once. */
export function startWebhookDispatcher(db: Db, logger: Logger, reach: WebhookReach = PUBLIC_ONLY, now: () => Date = () => new Date()): () => void {
  let running = false;
  const told = loggedWhileFailing(logger, 'webhook dispatch');
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await dispatchWebhooks(db, now(), reach);
      told.succeeded();
    } catch (err) {
      told.failed(err);
    } finally {
      running = false;
    }
  }, 2_000);
  timer.unref();
  return () => clearInterval(timer);
}
