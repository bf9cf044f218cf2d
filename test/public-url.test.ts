import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { runCli } from '../src/cli.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/logger.ts';
import { json, testRegistry } from './helpers.ts';

// Behind a proxy the registry is reached at an address it cannot see from a request: PUBLIC_URL names it,
// for the links people are given and the address the API document tells clients to call.
const PUBLIC_URL = 'https://registry.mardep.example.hk/sar';

describe('PUBLIC_URL', () => {
  it('is the address people reach, https or http, kept without a trailing slash; anything else is refused', () => {
    expect(loadConfig({ PUBLIC_URL: `${PUBLIC_URL}/` }).publicUrl).toBe(PUBLIC_URL);
    expect(loadConfig({}).publicUrl).toBeNull();
    for (const bad of ['registry.mardep.example.hk', 'ftp://registry.mardep.example.hk', 'https://registry.mardep.example.hk/?x=1']) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(ConfigError);
    }
  });

  it("is the OpenAPI document's server, whatever Host the request came with", async () => {
    const { db } = await testRegistry({ demo: false });
    const app = createApp({ db, logger: silentLogger, now: () => new Date(), publicUrl: PUBLIC_URL });
    const doc = await json(await app.request('http://10.1.2.3:8080/openapi.json'));
    expect(doc.servers).toEqual([{ url: PUBLIC_URL, description: 'This registry' }]);
  });

  it('begins the one-time link an admin is given, on the People page and on the command line', async () => {
    const { db, sessionFor, clock } = await testRegistry();
    const app = createApp({ db, logger: silentLogger, now: () => clock.now, publicUrl: PUBLIC_URL });
    const cookie = await sessionFor('admin', { agency: 'HK' });
    const page = await app.request('/people', { headers: { Cookie: cookie } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1];
    const opened = await app.request('/people', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({
        ...(csrf ? { csrf } : {}),
        name: 'Chan Tai-man',
        email: 'chan.taiman@mardep.example.hk',
        role: 'coordinator',
        companyId: '',
      }).toString(),
    });
    expect(opened.status).toBe(200);
    expect(await opened.text()).toMatch(new RegExp(`${PUBLIC_URL}/link/[\\w-]{43}`));

    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l), now: () => clock.now, address: PUBLIC_URL };
    expect(await runCli(['account', 'create-admin', '--agency', 'MO', '--name', 'Leong Ka-io', '--email', 'leong.kaio@dsamma.example.mo'], db, io)).toBe(0);
    expect(out.at(-1)).toMatch(new RegExp(`^${PUBLIC_URL}/link/[\\w-]{43}$`));
  });
});
