import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { serveRegistry, type TestRegistry } from './helpers.ts';

export { serveRegistry };

// Real pages in Debian's Chromium (never a downloaded browser), against the app served on loopback.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// In CI the browser is always installed (.ci/run does it), so there these tests always run; on a
// workstation without it they are reported as skipped rather than failing for want of a package.
export const RUN = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!RUN) {
  console.warn(
    `WARNING: the browser tests are skipped: there is no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH). With CI=true they always run, and fail without it.`,
  );
}

export type Served = { reg: TestRegistry; base: string; browser: Browser; close: () => Promise<void> };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A demo registry served on loopback, and Chromium to look at it. */
export async function serveAndLaunch(): Promise<Served> {
  const { reg, base, close } = await serveRegistry();
  const browser = await launchChromium();
  return {
    reg,
    base,
    browser,
    close: async () => {
      await browser.close();
      close();
    },
  };
}

/** A browser context signed in with a page session's cookie ("sar_session=…"). */
export async function contextWith(s: Served, cookie: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await s.browser.newContext(options);
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: s.base, httpOnly: true, sameSite: 'Strict' }]);
  return context;
}
