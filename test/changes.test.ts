import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { verifiedAt } from './standard-webhooks.ts';
import { dispatchWebhooks } from '../src/services/webhooks.ts';

// The test's receiver listens on this machine: an allowed host, as WEBHOOK_ALLOW_HOSTS would name a local relay.
const THIS_MACHINE = { allowHosts: ['127.0.0.1', 'localhost'] };
import { restarted as reopened, secondInstance } from './engine.ts';
import { saidProblems, demoIds, json, testRegistry, type TestRegistry } from './helpers.ts';

// The changes feed and its webhooks: each centre learns at once that a plan was issued, revised or
// withdrawn, or a ship transferred.

async function issueDraft(r: TestRegistry, mmsi = '477202200') {
  const token = await r.tokenFor('registrar', { agency: 'HK' });
  const id = (
    await r.db
      .selectFrom('plans')
      .innerJoin('vessels', 'vessels.id', 'plans.vessel_id')
      .select('plans.id')
      .where('vessels.mmsi', '=', mmsi)
      .executeTakeFirstOrThrow()
  ).id;
  const etag = (await r.call('GET', `/api/plans/${id}`, { token })).headers.get('etag')!;
  const res = await r.call('POST', `/api/plans/${id}/issue`, { token, body: { summary: 'First issue' }, headers: { 'If-Match': etag } });
  expect(res.status).toBe(200);
  return { id, planNumber: (await json(res)).planNumber as string };
}

describe('the changes feed', () => {
  it('lists every plan issued, revised or withdrawn and every transfer, in order, and carries on from a cursor without loss', async () => {
    const r = await testRegistry();
    const gd = await r.tokenFor('coordinator', { agency: 'GD' });
    const all = await json(await r.call('GET', '/api/changes?limit=200', { token: gd }));
    // The demo's history: its issues and revisions, the withdrawal and the transfer of Nam Van, once.
    const kinds = all.items.map((c: { kind: string }) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['plan.issued', 'plan.revised', 'plan.withdrawn', 'vessel.transferred']));
    expect(all.items.filter((c: { kind: string }) => c.kind === 'vessel.transferred')).toMatchObject([
      { vessel: { nameEn: 'Nam Van' }, area: 'MO', link: expect.stringMatching(/^\/api\/vessels\/\d+$/) },
    ]);
    // A centre's beacon and DSC records may still hold the Hong Kong identifiers: the feed says them.
    const transfer = all.items.find((c: { kind: string }) => c.kind === 'vessel.transferred');
    expect(transfer.vessel.mmsi).toMatch(/^453/);
    expect(transfer.vessel.formerIdentifiers).toEqual(
      expect.arrayContaining([
        { kind: 'mmsi', value: '477303100', until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
        { kind: 'callSign', value: 'VRNV6', until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      ]),
    );
    const cursors = all.items.map((c: { cursor: number }) => c.cursor);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    // Read in small pages, the same changes come, none lost or repeated.
    const paged: number[] = [];
    let after = '0';
    for (let i = 0; i < 50; i++) {
      const page = await json(await r.call('GET', `/api/changes?after=${after}&limit=3`, { token: gd }));
      paged.push(...page.items.map((c: { cursor: number }) => c.cursor));
      if (page.nextCursor === after) break;
      after = page.nextCursor;
    }
    expect(paged).toEqual(cursors);
    // A new issue comes after the last cursor, and only it.
    const issued = await issueDraft(r);
    const next = await json(await r.call('GET', `/api/changes?after=${all.nextCursor}`, { token: gd }));
    expect(next.items).toMatchObject([
      { kind: 'plan.issued', revision: 1, plan: { id: issued.id, planNumber: issued.planNumber }, area: 'HK', link: `/api/plans/${issued.id}` },
    ]);
  });

  it("holds an empty answer until the next change comes (long polling), and shows an operator its own company's changes only", async () => {
    const r = await testRegistry();
    const mo = await r.tokenFor('coordinator', { agency: 'MO' });
    const { nextCursor } = await json(await r.call('GET', '/api/changes?limit=200', { token: mo }));
    const waiting = r.call('GET', `/api/changes?after=${nextCursor}&wait=10`, { token: mo });
    const issued = await issueDraft(r);
    const answer = await json(await waiting);
    expect(answer.items.map((c: { plan: { id: number } }) => c.plan.id)).toEqual([issued.id]);
    const ids = await demoIds(r.db);
    const operator = await r.tokenFor('operator', { companyId: ids.companyId('Ho Kong High Speed Ferries Limited') });
    const own = await json(await r.call('GET', '/api/changes?limit=200', { token: operator }));
    expect(own.items.length).toBeGreaterThan(0);
    const theirs = await r.db.selectFrom('vessels').select('id').where('company_id', '=', ids.companyId('Ho Kong High Speed Ferries Limited')).execute();
    for (const c of own.items) expect(theirs.map((v) => v.id)).toContain(c.vessel.id);
    expect(own.items.map((c: { plan: { id: number } | null }) => c.plan?.id)).not.toContain(issued.id);
    const bad = await r.call('GET', '/api/changes?after=yesterday', { token: mo });
    expect(saidProblems((await json(bad)).errors)).toEqual([{ field: 'query.after', message: 'must be a cursor from an earlier answer (digits)' }]);
  });
});

type Received = { headers: IncomingMessage['headers']; body: string };

describe('webhooks', () => {
  let receiver: Server | undefined;
  afterEach(() => receiver?.close());

  /** A receiver on loopback that answers with the statuses given, one per request, then 204. */
  async function listen(statuses: number[]): Promise<{ url: string; received: Received[] }> {
    const received: Received[] = [];
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = statuses.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(receiver!.address() as AddressInfo).port}/registry-changes`, received };
  }

  it("POSTs each change to the agency admin's URL, signed so the receiver can check it, retries after a failure, and sends nothing twice after a restart", async () => {
    const r = await testRegistry();
    const { url, received } = await listen([500]);
    const admin = await r.tokenFor('admin', { agency: 'HK', name: 'Wong Mei-ling' });
    const made = await r.call('POST', '/api/webhooks', { token: admin, body: { url } });
    expect(made.status).toBe(201);
    const { id, secret } = await json(made);
    // Standard Webhooks' form: "whsec_" and 32 bytes in base64.
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // Only what happens from now on: the demo's history is in the feed, not pushed.
    expect(await dispatchWebhooks(r.db, r.clock.now, THIS_MACHINE)).toBe(0);
    const issued = await issueDraft(r);

    // First attempt: the receiver fails; the delivery waits a minute.
    expect(await dispatchWebhooks(r.db, r.clock.now, THIS_MACHINE)).toBe(1);
    expect(received).toHaveLength(1);
    expect(await dispatchWebhooks(r.db, r.clock.now, THIS_MACHINE)).toBe(0);
    const later = new Date(r.clock.now.getTime() + 61_000);
    expect(await dispatchWebhooks(r.db, later, THIS_MACHINE)).toBe(1);
    expect(received).toHaveLength(2);

    // What a receiver checks, with an off-the-shelf Standard Webhooks library and the secret as shown...
    const { headers, body } = received[1]!;
    expect(verifiedAt(later, secret, body, headers as Record<string, string>)).toMatchObject({ change: { kind: 'plan.issued' } });
    expect(headers['webhook-id']).toBe(headers['x-registry-delivery']);
    // ...a body changed on the way fails it...
    expect(() => verifiedAt(later, secret, body.replace('plan.issued', 'plan.withdrawn'), headers as Record<string, string>)).toThrow();
    // ...and the registry's first scheme, as receivers written before still check it: the timestamp and the body.
    const expected = `sha256=${createHmac('sha256', secret).update(`${headers['x-registry-timestamp']}.${body}`).digest('hex')}`;
    expect(headers['x-registry-signature']).toBe(expected);
    expect(headers['content-type']).toBe('application/json');
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({
      deliveryId: headers['x-registry-delivery'],
      change: { kind: 'plan.issued', plan: { id: issued.id, planNumber: issued.planNumber } },
    });
    // The retry is the same delivery, so a receiver that had taken the first could tell.
    expect(received[0]!.headers['x-registry-delivery']).toBe(headers['x-registry-delivery']);

    const listed = await json(await r.call('GET', '/api/webhooks', { token: admin }));
    expect(listed.items).toMatchObject([
      { id, url, deliveries: [{ state: 'delivered', attempts: 2, lastStatusClass: '2xx', deliveryId: payload.deliveryId }] },
    ]);

    // The registry restarts on the same database: nothing is sent again.
    const restarted = reopened(r.db);
    expect(await dispatchWebhooks(restarted, new Date(later.getTime() + 3_600_000), THIS_MACHINE)).toBe(0);
    expect(received).toHaveLength(2);
    await restarted.destroy();
  });

  it('sends each change once when two app instances dispatch from one database at the same moment', async () => {
    const r = await testRegistry();
    const { url, received } = await listen([]);
    const admin = await r.tokenFor('admin', { agency: 'MO' });
    expect((await r.call('POST', '/api/webhooks', { token: admin, body: { url } })).status).toBe(201);
    // The webhook was there before the demo's history: all of it is to be sent.
    await r.db.updateTable('webhooks').set({ queued_through: 0 }).execute();
    const history = (await json(await r.call('GET', '/api/changes?limit=200', { token: admin }))).items.map((c: { cursor: number }) => c.cursor);
    expect(history.length).toBeGreaterThan(5);
    const other = secondInstance(r.db);
    const rounds = await Promise.all([dispatchWebhooks(r.db, r.clock.now, THIS_MACHINE), dispatchWebhooks(other, r.clock.now, THIS_MACHINE)]);
    expect(rounds[0] + rounds[1]).toBe(history.length);
    const sent = received.map((d) => JSON.parse(d.body).change.cursor as number);
    expect(sent.sort((x, y) => x - y)).toEqual(history);
    expect(new Set(received.map((d) => d.headers['x-registry-delivery'])).size).toBe(history.length);
    // Nothing is left for either to send again.
    const later = new Date(r.clock.now.getTime() + 3_600_000);
    expect(await Promise.all([dispatchWebhooks(r.db, later, THIS_MACHINE), dispatchWebhooks(other, later, THIS_MACHINE)])).toEqual([0, 0]);
    if (other !== r.db) await other.destroy();
  });

  it("is an agency admin's alone, over https (or to this machine), and every admin sees only their agency's", async () => {
    const r = await testRegistry();
    const hk = await r.tokenFor('admin', { agency: 'HK' });
    const mo = await r.tokenFor('admin', { agency: 'MO' });
    const registrar = await r.tokenFor('registrar', { agency: 'HK' });
    expect((await r.call('POST', '/api/webhooks', { token: registrar, body: { url: 'https://duty.mardep.example.hk/changes' } })).status).toBe(403);
    const plain = await r.call('POST', '/api/webhooks', { token: hk, body: { url: 'http://duty.mardep.example.hk/changes' } });
    expect(saidProblems((await json(plain)).errors)).toEqual([{ field: 'url', message: 'must be https (plain http only to this machine)' }]);
    const hook = await json(await r.call('POST', '/api/webhooks', { token: hk, body: { url: 'https://duty.mardep.example.hk/changes' } }));
    expect((await json(await r.call('GET', '/api/webhooks', { token: mo }))).items).toEqual([]);
    expect((await r.call('DELETE', `/api/webhooks/${hook.id}`, { token: mo })).status).toBe(404);
    expect((await r.call('DELETE', `/api/webhooks/${hook.id}`, { token: hk })).status).toBe(204);
    expect((await json(await r.call('GET', '/api/webhooks', { token: hk }))).items).toEqual([]);
    const audit = await r.db.selectFrom('audit_events').select('action').where('record_type', '=', 'webhook').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['webhook.create', 'webhook.remove']);
  });
});
