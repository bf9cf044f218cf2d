import type { Script } from '../domain/agency.ts';
import { isAreaCode } from '../domain/areas.ts';
import { say, type Key } from '../words/index.ts';
import { toSimplified } from '../script.ts';
import { formerlyText, madeAtText, type BookCard, type BookContent } from './book-content.ts';

// The incident book as one HTML file that needs nothing else: no font, script or style from outside,
// so it opens from a USB stick in any browser with the network down. A small script filters the cards
// as one types, in either Chinese script (the Traditional→Simplified pairs of the book's own
// characters travel inside the file), by any part of a name or identifier.

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
// A number never wraps inside (white-space: nowrap on .tel).
const tel = (n: string | null) => (n ? `<a class="tel" href="tel:${esc(n.replace(/[^\d+]/g, ''))}">${esc(n)}</a>` : '—');
/** What a card is found by, folded as the script folds a query: one script, lower case. */
const keysOf = (c: BookCard) =>
  toSimplified(
    [
      c.vessel.nameZh,
      c.vessel.nameEn,
      c.vessel.mmsi,
      c.vessel.callSign,
      c.vessel.imoNumber ?? '',
      c.vessel.nationalRegistrationNumber ?? '',
      c.vessel.epirbHexId ?? '',
      // An old alert's identifier or an old name finds the ship in the book too.
      ...c.vessel.formerIdentifiers.map((f) => f.value),
      ...c.vessel.formerNames.flatMap((f) => [f.nameZh ?? '', f.nameEn ?? '']),
      c.company.nameZh,
      c.company.nameEn,
    ].join(' '),
  ).toLowerCase();

export function incidentBookHtml(book: BookContent, script: Script): string {
  const chinese = script === 'hans' ? 'zh-Hans' : 'zh-Hant';
  const both = (k: Key) => `${esc(say(chinese, k))} <span lang="en">${esc(say('en', k))}</span>`;
  const port = (p: { nameZh: string; nameZhHans?: string }) => esc(script === 'hans' ? (p.nameZhHans ?? toSimplified(p.nameZh)) : p.nameZh);
  // The pairs the filter needs: each Traditional character of the book's names and its Simplified form.
  const pairs: Record<string, string> = {};
  for (const ch of new Set([...book.cards.flatMap((c) => [...`${c.vessel.nameZh}${c.company.nameZh}`])])) {
    const simplified = toSimplified(ch);
    if (simplified !== ch) pairs[ch] = simplified;
  }
  const centres = book.centres
    .map(
      (a) =>
        `<li><strong>${a.code}</strong> ${esc(isAreaCode(a.code) ? say(chinese, `area.${a.code}`) : a.nameZh)} ${tel(a.phone24h)}${a.shortNumber ? ` (${esc(a.shortNumber)})` : ''}</li>`,
    )
    .join('');
  const cards = book.cards
    .map((c, i) => {
      const v = c.vessel;
      const state = v.status === 'in_service' ? '' : `<span class="state">${both(`vesselStatus.${v.status}`)}</span> `;
      const ids = [
        `MMSI ${esc(v.mmsi)}`,
        `${both('doc.callSign')} ${esc(v.callSign)}`,
        v.imoNumber ? `IMO ${esc(v.imoNumber)}` : `${both('book.registration')} ${esc(v.nationalRegistrationNumber ?? '—')}`,
        v.epirbHexId ? `EPIRB ${esc(v.epirbHexId)}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      const plan = c.plan
        ? `${esc(c.plan.planNumber)}${c.plan.revision ? ` rev. ${c.plan.revision} (${esc(c.plan.issuedOn ?? '')})` : ''} · ${esc(c.plan.status)}`
        : '—';
      const gaining = c.incomingPlan?.homeAgency;
      const handoverParams = gaining && isAreaCode(gaining) ? { agency: { key: `area.${gaining}` as const }, planNumber: c.incomingPlan!.planNumber } : null;
      const handover = handoverParams
        ? ` · ${esc(say(chinese, 'book.handover', handoverParams))} <span lang="en">${esc(say('en', 'book.handover', handoverParams))}</span>`
        : '';
      const formerly = formerlyText(v, `${say(chinese, 'doc.callSign')} ${say('en', 'doc.callSign')}`);
      const ls = v.lifeSaving;
      return `<article id="ship-${i + 1}" data-s="${esc(keysOf(c))}">
<h2>${state}${esc(v.nameZh)} <span lang="en">${esc(v.nameEn)}</span></h2>
<p>${ids}</p>
${formerly ? `<p>${both('book.formerly')}: ${esc(formerly)}</p>\n` : ''}<p>${both(`vesselType.${v.type}`)} · ${v.grossTonnage} GT / ${v.lengthMetres} m · ${both('book.onBoard')} ${v.maxPassengers} + ${v.crew} · ${both('doc.ports')}: ${v.routePorts.map((p) => `${port(p)} ${esc(p.nameEn)}`).join(' – ')}</p>
<p>${both('doc.liferafts')} ${ls.liferafts} / ${ls.liferaftCapacity} · ${both('doc.evacuationSystems')} ${ls.marineEvacuationSystems} · ${both('doc.rescueBoats')} ${ls.rescueBoats}</p>
<p>${both('book.ship')}: ${[v.communications.bridgePhone ? `${both('doc.bridgePhone')} ${tel(v.communications.bridgePhone)}` : '', ...v.communications.satellite.map(esc), `VHF ${esc(v.communications.vhf.replace(/^VHF\s*/i, ''))}`].filter(Boolean).join(' · ')}</p>
<p>${esc(c.company.nameZh)} <span lang="en">${esc(c.company.nameEn)}</span>: ${both('doc.emergencyPhone')} ${tel(c.company.emergencyPhone)}${c.company.emergencyPhoneAlt ? ` · ${both('doc.emergencyPhoneAlt')} ${tel(c.company.emergencyPhoneAlt)}` : ''}</p>
<p>${both('doc.dpa')}: ${esc(c.company.designatedPerson.name)} ${tel(c.company.designatedPerson.phone)}${c.company.designatedPerson.mobile ? ` · ${tel(c.company.designatedPerson.mobile)}` : ''} · ${both('doc.ert')}: ${esc(c.company.emergencyTeam.name)} ${tel(c.company.emergencyTeam.phone)}</p>
<p class="muted">${both('book.plan')}: ${plan}${handover} · ${both('book.homeCentre')} ${esc(c.homeAgency.code)}</p>
</article>`;
    })
    .join('\n');
  const index = (title: Key, key: (c: BookCard) => string | null) => {
    const rows = book.cards
      .map((c, i) => ({ key: key(c), name: c.vessel.nameEn, id: i + 1 }))
      .filter((e): e is { key: string; name: string; id: number } => Boolean(e.key))
      .sort((a, b) => a.key.localeCompare(b.key));
    return `<section class="index"><h2>${both('book.index')}: ${both(title)}</h2><table><tbody>${rows.map((r) => `<tr><td>${esc(r.key)}</td><td><a href="#ship-${r.id}">${esc(r.name)}</a></td></tr>`).join('')}</tbody></table></section>`;
  };
  const title = `${say(chinese, 'book.title')} ${say('en', 'book.title')} · ${madeAtText(book.madeAt)}`;
  return `<!doctype html>
<html lang="${script === 'hans' ? 'zh-Hans' : 'zh-Hant'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body { font-family: "Noto Sans CJK TC", "Noto Sans CJK SC", "PingFang TC", "PingFang SC", "Microsoft JhengHei", "Microsoft YaHei", sans-serif; color: #000; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.4; }
header { position: sticky; top: 0; background: #fff; border-bottom: 2px solid #000; padding-bottom: .5rem; }
h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
h2 { font-size: 1.05rem; margin: 0 0 .2rem; }
.centres { list-style: none; padding: 0; margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; font-size: 1.05rem; }
a { color: #000; }
.tel { white-space: nowrap; }
article { border-bottom: 1px solid #888; padding: .5rem 0; break-inside: avoid; }
article p { margin: .1rem 0; font-size: .9rem; }
.muted, .made { color: #444; }
.state { border: 2px solid #000; padding: 0 .3rem; }
input { font-size: 1.1rem; width: 100%; box-sizing: border-box; padding: .4rem; margin-top: .25rem; }
table { border-collapse: collapse; font-size: .85rem; }
td { padding: .1rem .75rem .1rem 0; }
[hidden] { display: none !important; }
@media print { header { position: static; } input, label[for=q], #count { display: none; } }
</style>
</head>
<body>
<header>
<h1>${both('book.title')}</h1>
<p class="made">${both('book.made')} ${esc(madeAtText(book.madeAt))} · ${book.cards.length} ${both('book.ships')}${book.area ? ` · ${esc(book.area)}` : ''}</p>
<p><strong>${both('book.centres')}</strong></p>
<ul class="centres">${centres}</ul>
<label for="q">${both('book.filter')}</label>
<input id="q" type="search" autocomplete="off">
<p id="count" role="status"></p>
</header>
<main>
${cards}
</main>
<nav aria-label="${esc(`${say(chinese, 'book.index')} ${say('en', 'book.index')}`)}">
${index('book.byMmsi', (c) => c.vessel.mmsi)}
${index('book.byCallSign', (c) => c.vessel.callSign)}
${index('book.byImo', (c) => c.vessel.imoNumber)}
</nav>
<script>
(function () {
  var pairs = ${JSON.stringify(pairs).replace(/</g, '\\u003c')};
  var cards = Array.prototype.slice.call(document.querySelectorAll('article'));
  var box = document.getElementById('q');
  var count = document.getElementById('count');
  function fold(s) {
    return Array.prototype.map.call(s.normalize('NFKC'), function (ch) { return pairs[ch] || ch; }).join('').toLowerCase().trim();
  }
  function filter() {
    var q = fold(box.value);
    var shown = 0;
    cards.forEach(function (card) {
      var hit = !q || card.getAttribute('data-s').indexOf(q) !== -1;
      card.hidden = !hit;
      if (hit) shown += 1;
    });
    count.textContent = shown + ' / ' + cards.length;
  }
  box.addEventListener('input', filter);
  filter();
})();
</script>
</body>
</html>
`;
}
