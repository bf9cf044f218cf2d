import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { basename } from 'node:path';
import { fallbackSlices } from '../fonts/files.ts';

// The pages ship their own fonts, so Chinese renders on machines with no CJK fonts installed: Noto Sans
// Hant first, and Noto Sans Hans for what it lacks (simplified-only characters such as 鹏, 湾, 区). They
// are served as the Noto Sans TC and SC variable fonts' slices by Unicode range (woff2, a hundred or so
// KB each), so a page downloads only the slices its characters need, not two 8 MB files per weight.
// Every control uses them too (buttons do not inherit the page's font by default).
const WEB_FONTS = [
  { family: 'Noto Sans Hant', script: 'hant', pkg: '@fontsource-variable/noto-sans-tc' },
  { family: 'Noto Sans Hans', script: 'hans', pkg: '@fontsource-variable/noto-sans-sc' },
] as const;
const SLICE_FILES = new Map<string, string>();
const hex = (n: number) => n.toString(16).toUpperCase();
const FONT_FACES = WEB_FONTS.flatMap(({ family, script, pkg }) =>
  fallbackSlices(pkg).map(({ file, ranges }) => {
    const name = basename(file);
    SLICE_FILES.set(`${script}/${name}`, file);
    const range = ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
    return `@font-face { font-family: '${family}'; font-style: normal; font-weight: 100 900; font-display: swap; src: url('/assets/fonts/${script}/${name}') format('woff2'); unicode-range: ${range}; }`;
  }),
).join('\n');

const CSS = `${FONT_FACES}

:root { --ink: #14202b; --muted: #5b6770; --line: #d5dbe0; --band: #eef3f8; --accent: #0b4f8a; --alarm: #b00020; --ok: #1b6e3a; --warn: #9a5b00; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Sans Hant', 'Noto Sans Hans', system-ui, sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
header.top { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; padding: .6rem 1rem; background: var(--accent); color: #fff; }
header.top a, header.top button { color: #fff; }
header.top .brand { font-weight: 700; margin-right: auto; text-decoration: none; }
header.top nav { display: flex; gap: .9rem; flex-wrap: wrap; }
header.top form { display: inline; }
header.top button { background: none; border: 1px solid #fff8; border-radius: 4px; padding: .15rem .6rem; cursor: pointer; font: inherit; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid var(--band); padding-bottom: .2rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
/* On a phone a wide table scrolls inside itself; the page never scrolls sideways. */
@media (max-width: 40rem) { main table { display: block; overflow-x: auto; max-width: 100%; } }
th { background: var(--band); font-weight: 700; }
.search { display: flex; gap: .5rem; margin-bottom: .3rem; }
.search input { flex: 1; font-size: 1.4rem; padding: .5rem .7rem; border: 2px solid var(--accent); border-radius: 6px; font-family: inherit; }
.search button, button.primary { font: inherit; font-size: 1.1rem; padding: .5rem 1.2rem; background: var(--accent); color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
.help { color: var(--muted); font-size: .9rem; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; }
.card.out-of-service { border-left-color: var(--alarm); }
.card .state { margin: 0 0 .4rem; padding: .35rem .7rem; background: var(--alarm); color: #fff; font-weight: 700; font-size: 1.2rem; border-radius: 4px; text-transform: uppercase; }
.card h2 { margin: 0; font-size: 1.35rem; } .card .ids { color: var(--muted); font-size: .95rem; margin: .2rem 0 .6rem; }
.calls { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .6rem; margin: .6rem 0; }
.call { background: var(--band); border-radius: 6px; padding: .5rem .7rem; }
.call .who { font-size: .85rem; color: var(--muted); }
.call a.tel { display: block; font-size: 1.5rem; font-weight: 700; text-decoration: none; color: var(--ink); }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .85rem; font-weight: 700; background: var(--band); white-space: nowrap; }
.badge.current, .badge.recognised, .badge.issued { background: #dff1e5; color: var(--ok); }
.badge.stale, .badge.pending, .badge.draft { background: #fff0d6; color: var(--warn); }
.badge.withdrawn, .badge.overdue, .badge.superseded { background: #fbe0e4; color: var(--alarm); }
form.stack { display: grid; gap: .7rem; max-width: 46rem; }
form.stack fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; display: grid; gap: .6rem; }
label { display: grid; gap: .15rem; font-weight: 700; font-size: .95rem; }
label .en { font-weight: 400; color: var(--muted); font-size: .85rem; }
button { font: inherit; }
input, select, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #9aa5ad; border-radius: 4px; width: 100%; }
textarea { min-height: 5rem; }
.field-error input, .field-error select, .field-error textarea { border: 2px solid var(--alarm); }
.error { color: var(--alarm); font-weight: 400; font-size: .9rem; }
.notice { padding: .6rem .9rem; border-radius: 6px; background: #fbe0e4; color: var(--alarm); margin: .5rem 0 1rem; }
.notice.ok { background: #dff1e5; color: var(--ok); }
.session-warning { position: fixed; left: 0; right: 0; bottom: 0; z-index: 10; display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; padding: .8rem 1rem; background: #fff4d6; color: var(--ink); border-top: 4px solid var(--warn); box-shadow: 0 -2px 8px rgba(0,0,0,.15); }
.session-warning[hidden], .session-warning [hidden] { display: none; } .session-warning p { margin: 0; flex: 1 1 16rem; }
.inline { display: inline; }
.actions { display: flex; gap: .6rem; flex-wrap: wrap; align-items: end; margin: .6rem 0; }
dl.facts { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: .3rem 1rem; margin: 0; }
dl.facts dt { font-weight: 700; } dl.facts dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
@media (max-width: 40rem) { dl.facts { grid-template-columns: minmax(7rem, 40%) 1fr; } }
.wide { overflow-x: auto; max-width: 100%; }
code.link { overflow-wrap: anywhere; }
.langs { display: inline-flex; gap: .8rem; }
/* Incident cards print cleanly, one whole card per piece of a page, in black on white. */
@media print {
  header.top, form[role=search], .skip, .help, nav, .session-warning { display: none; }
  body { color: #000; }
  a { color: #000; text-decoration: none; }
  article.card { break-inside: avoid; border: 1px solid #000; box-shadow: none; }
  .badge { border: 1px solid #000; background: none; color: #000; }
}
.req { color: var(--alarm); font-weight: 700; }
.row-fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .4rem .8rem; padding: .5rem 0; border-bottom: 1px solid var(--line); align-items: end; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; color: var(--accent); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:lang(zh-Hans) body, :lang(zh-Hans) button, :lang(zh-Hans) input, :lang(zh-Hans) select, :lang(zh-Hans) textarea { font-family: "Noto Sans Hans", "Noto Sans Hant", system-ui, sans-serif; }
.qr svg { width: 12rem; height: 12rem; background: #fff; padding: .5rem; }
ul.codes { columns: 2; font-size: 1.1rem; }
`;

// Results as you type, on the search page: a short pause, then the server's own results in place, the
// address kept in step; arrow keys move between the query and the ships found. The form works without it.
const SEARCH_JS = `(() => {
  const form = document.querySelector('form[role=search]');
  const input = form && form.querySelector('input[name=q]');
  if (!input) return;
  let timer, asked = input.value;
  const results = () => document.getElementById('results');
  async function show(q) {
    asked = q;
    const url = '/search?q=' + encodeURIComponent(q);
    const res = await fetch(url + '&results=1', { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    const html = res.ok ? await res.text() : null;
    // An answer to a query since typed over is dropped, however late it comes.
    if (html === null || q !== asked) return;
    const box = results();
    if (box) box.outerHTML = html;
    history.replaceState(null, '', url);
  }
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q !== asked) timer = setTimeout(() => show(q), 250);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...document.querySelectorAll('#results article.card h2 a')];
    const at = links.indexOf(document.activeElement);
    if (document.activeElement === input && e.key === 'ArrowDown' && links.length) { links[0].focus(); e.preventDefault(); }
    else if (at >= 0) { (e.key === 'ArrowDown' ? links[at + 1] : links[at - 1] || input)?.focus(); e.preventDefault(); }
  });
})();
`;

// The session's end, five minutes ahead: the page says when it will end (in the reader's own clock) and
// offers to stay signed in. The deadline is shared with the registry's other tabs (localStorage), so a
// page used in one keeps the others from warning; the server's clock never meets the browser's.
const SESSION_JS = `(() => {
  const box = document.getElementById('session-warning');
  if (!box) return;
  const KEY = 'sar-session-deadline', WARN = 5 * 60000;
  const ending = box.querySelector('.ending'), ended = box.querySelector('.ended'), button = box.querySelector('button'), at = box.querySelector('.at');
  let deadline = Date.now() + Number(box.dataset.leftMs);
  localStorage.setItem(KEY, String(deadline));
  function check() {
    const left = deadline - Date.now();
    box.hidden = left > WARN;
    if (box.hidden) return;
    const time = new Date(deadline);
    at.dateTime = time.toISOString();
    at.textContent = time.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    ending.hidden = left <= 0;
    ended.hidden = left > 0;
    if (button) button.hidden = left <= 0;
  }
  window.addEventListener('storage', (e) => {
    if (e.key === KEY && Number(e.newValue) > deadline) { deadline = Number(e.newValue); check(); }
  });
  if (button) button.addEventListener('click', async () => {
    const res = await fetch('/session/extend', { method: 'POST', credentials: 'same-origin', redirect: 'manual', headers: { Accept: 'application/json' } }).catch(() => null);
    // Not extended (the session ended meanwhile, or the registry is out of reach): say so, once the time is up.
    if (!res || !res.ok) return;
    deadline = Date.now() + (await res.json()).leftMs;
    localStorage.setItem(KEY, String(deadline));
    check();
  });
  setInterval(check, 10000);
  check();
})();
`;

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="13" fill="none" stroke="#d9381e" stroke-width="6"/><circle cx="16" cy="16" r="13" fill="none" stroke="#fff" stroke-width="6" stroke-dasharray="6.8 13.6" transform="rotate(-20 16 16)"/></svg>`;

const cache = new Map<string, Buffer>();
/** A slice's bytes, read once. */
const slice = (key: string): Uint8Array<ArrayBuffer> | undefined => {
  const file = SLICE_FILES.get(key);
  if (!file) return undefined;
  if (!cache.has(key)) cache.set(key, readFileSync(file));
  return new Uint8Array(cache.get(key)!);
};
const LONG_CACHE = 'public, max-age=604800, immutable';

export const assets = new Hono<AppEnv>()
  // A lifebuoy, drawn rather than downloaded: the tab shows the registry, and /favicon.ico is no longer a 404.
  .get('/assets/icon.svg', (c) => c.body(ICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': LONG_CACHE }))
  .get('/favicon.ico', (c) => c.body(ICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': LONG_CACHE }))
  .get('/assets/search.js', (c) => c.body(SEARCH_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }))
  .get('/assets/session.js', (c) => c.body(SESSION_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }))
  .get('/assets/app.css', (c) => c.body(CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }))
  .get('/assets/fonts/:script/:file', (c) => {
    const bytes = slice(`${c.req.param('script')}/${c.req.param('file')}`);
    return bytes ? c.body(bytes, 200, { 'Content-Type': 'font/woff2', 'Cache-Control': LONG_CACHE }) : c.notFound();
  });
