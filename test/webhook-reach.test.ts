import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../src/domain/addresses.ts';
import { verifiedAt } from './standard-webhooks.ts';
import { dispatchWebhooks, listWebhooks, registerWebhook, type WebhookReach } from '../src/services/webhooks.ts';
import { createPrincipal } from '../src/store/principals.ts';
import { demoIds, testRegistry } from './helpers.ts';

// A webhook reaches the public internet only: no URL of the registry's own network, written in any notation,
// is taken, and a name that resolves to one at delivery time (DNS rebinding) is refused then.

async function setup() {
  const reg = await testRegistry();
  const admin = await createPrincipal(reg.db, { name: 'Admin, MRCC Hong Kong', role: 'admin', agency: 'HK', companyId: null });
  const who = { principal: admin, requestId: null, via: 'test' };
  const ids = await demoIds(reg.db);
  /** A change the feed carries (and webhooks are sent): a new revision of Macau Star's plan, issued. */
  const change = async () => {
    const token = await reg.tokenFor('registrar', { agency: 'HK' });
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477101500')).executeTakeFirstOrThrow()).id;
    const etag = async () => (await reg.call('GET', `/api/plans/${plan}`, { token })).headers.get('etag')!;
    expect((await reg.call('POST', `/api/plans/${plan}/draft`, { token, headers: { 'If-Match': await etag() } })).status).toBe(201);
    const issued = await reg.call('POST', `/api/plans/${plan}/issue`, {
      token,
      body: { change: 'minor', summary: '更新 Update' },
      headers: { 'If-Match': await etag() },
    });
    expect(issued.status).toBe(200);
  };
  return { ...reg, who, change };
}

describe('a webhook URL', () => {
  it('inside the network, in any notation, is refused at registration, naming the address, and nothing is kept', async () => {
    const { db, who, clock } = await setup();
    const internal = [
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.1/',
      'https://172.16.5.4/hooks',
      'https://192.168.1.20/hooks',
      'https://100.64.0.7/hooks',
      'https://127.0.0.1/hooks',
      'https://127.1/hooks',
      'https://2130706433/hooks',
      'https://0x7f000001/hooks',
      'https://0177.0.0.1/hooks',
      'https://0.0.0.0/hooks',
      'https://[::1]/hooks',
      'https://[::ffff:127.0.0.1]/hooks',
      'https://[::ffff:a9fe:a9fe]/hooks',
      'https://[fd12:3456::1]/hooks',
      'https://[fe80::1]/hooks',
      'https://224.0.0.1/hooks',
      'https://[64:ff9b::a00:1]/hooks',
    ];
    for (const url of internal) {
      await expect(registerWebhook(db, who, { url }, clock.now), url).rejects.toMatchObject({
        code: 'webhook_url_internal',
        errors: [{ field: 'url', code: 'webhook_internal' }],
      });
    }
    expect(await db.selectFrom('webhooks').select('id').execute()).toEqual([]);
  });

  it('whose name resolves to an internal address is refused, every address of it checked', async () => {
    const { db, who, clock } = await setup();
    const reach: WebhookReach = { allowHosts: [], resolve: async () => ['203.0.114.10', '10.1.2.3'] };
    await expect(registerWebhook(db, who, { url: 'https://duty.mardep.example.hk/changes' }, clock.now, reach)).rejects.toMatchObject({
      code: 'webhook_url_internal',
      params: { address: '10.1.2.3' },
    });
  });

  it('on the public internet, by address or by a name that resolves there, is taken', async () => {
    const { db, who, clock } = await setup();
    const reach: WebhookReach = { allowHosts: [], resolve: async () => ['203.0.114.10'] };
    expect((await registerWebhook(db, who, { url: 'https://duty.mardep.example.hk/changes' }, clock.now, reach)).url).toBe(
      'https://duty.mardep.example.hk/changes',
    );
    expect((await registerWebhook(db, who, { url: 'https://8.8.4.4/changes' }, clock.now, reach)).url).toBe('https://8.8.4.4/changes');
  });

  it('knows public from internal addresses by their ranges', () => {
    for (const a of ['8.8.8.8', '203.0.114.10', '2606:4700::1111', '[2001:4860:4860::8888]']) expect(isPublicAddress(a), a).toBe(true);
    for (const a of ['127.0.0.1', '10.255.0.1', '::1', '::ffff:7f00:1', 'fd00::1', 'ff02::1', '198.51.100.7', 'not an address'])
      expect(isPublicAddress(a), a).toBe(false);
  });
});

describe('a delivery', () => {
  it('is refused when the name now resolves inside the network (rebinding), and goes to the address checked otherwise', async () => {
    const { db, who, clock, change } = await setup();
    let answers = ['203.0.114.10'];
    const reach: WebhookReach = { allowHosts: [], resolve: async () => answers };
    await registerWebhook(db, who, { url: 'https://duty.mardep.example.hk/changes' }, clock.now, reach);
    // A change for the feed, so that a delivery is due.
    await change();
    // The name has been pointed at the registry's own machine since registration.
    answers = ['127.0.0.1'];
    const sent: string[] = [];
    const send = async (_url: string, _headers: Record<string, string>, _body: string, address: string) => {
      sent.push(address);
      return 200;
    };
    await dispatchWebhooks(db, clock.now, reach, send);
    expect(sent).toEqual([]);
    const refused = await db.selectFrom('webhook_deliveries').select(['state', 'last_error']).execute();
    expect(refused.length).toBeGreaterThan(0);
    for (const d of refused) expect(d.last_error).toBe('refused: duty.mardep.example.hk stands for an address that is not public');
    // Back on the internet, the next try goes to the address just checked.
    answers = ['203.0.114.11'];
    clock.now = new Date(clock.now.getTime() + 3_600_000);
    await dispatchWebhooks(db, clock.now, reach, send);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set(['203.0.114.11']));
  });

  it('to a relay named in WEBHOOK_ALLOW_HOSTS reaches it over http, connected to the address checked, redirects not followed', async () => {
    const { db, who, clock, change } = await setup();
    const received: { path: string; host: string }[] = [];
    const relay: Server = createServer((req, res) => {
      received.push({ path: req.url ?? '', host: req.headers.host ?? '' });
      req.resume();
      res.writeHead(302, { Location: 'http://169.254.169.254/' }).end();
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    try {
      const port = (relay.address() as AddressInfo).port;
      const reach: WebhookReach = { allowHosts: ['relay.mrcc.example.hk'], resolve: async () => ['127.0.0.1'] };
      await registerWebhook(db, who, { url: `http://relay.mrcc.example.hk:${port}/changes` }, clock.now, reach);
      await change();
      await dispatchWebhooks(db, clock.now, reach);
      // The relay was reached by the checked address, under the URL's own name; its redirect was an answer, not followed.
      expect(received.length).toBeGreaterThan(0);
      expect(received[0]).toEqual({ path: '/changes', host: `relay.mrcc.example.hk:${port}` });
      const deliveries = await db.selectFrom('webhook_deliveries').select(['last_status', 'last_error']).execute();
      expect(deliveries[0]).toEqual({ last_status: 302, last_error: 'answered 3xx' });
      // The agency's admin is told the class of the answer, never the answer: no port scanner through the registry.
      const listed = await listWebhooks(db, who);
      expect(listed[0]!.deliveries[0]).toMatchObject({ lastStatusClass: '3xx', lastError: 'answered 3xx' });
      // Not as a value anywhere (a random delivery id or port may hold the digits 302 inside it).
      expect(JSON.stringify(listed)).not.toMatch(/[:"\s[]302[\]},"\s]/);
      expect(listed[0]!.deliveries[0]).not.toHaveProperty('lastStatus');
    } finally {
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    }
  });

  it('registered before Standard Webhooks is signed both ways with its old secret, which a receiver writes as whsec_ and its bytes in base64', async () => {
    const { db, who, clock, change } = await setup();
    const reach: WebhookReach = { allowHosts: [], resolve: async () => ['203.0.114.10'] };
    const hook = await registerWebhook(db, who, { url: 'https://duty.mardep.example.hk/changes' }, clock.now, reach);
    // A secret of the first scheme's form: 32 bytes in base64url, no prefix.
    const old = 'q9L1vYc0n3Zb7sT-4wE_xR2kHmPa8uJd6fGhQe5tYz0';
    await db.updateTable('webhooks').set({ secret: old }).where('id', '=', hook.id).execute();
    await change();
    const sent: Record<string, string>[] = [];
    const bodies: string[] = [];
    await dispatchWebhooks(db, clock.now, reach, async (_url, headers, body) => {
      sent.push(headers);
      bodies.push(body);
      return 204;
    });
    expect(sent.length).toBeGreaterThan(0);
    const asStandard = `whsec_${Buffer.from(old, 'base64url').toString('base64')}`;
    expect(verifiedAt(clock.now, asStandard, bodies[0]!, sent[0]!)).toMatchObject({ deliveryId: sent[0]!['webhook-id'] });
    expect(sent[0]!['X-Registry-Signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
  });
});
