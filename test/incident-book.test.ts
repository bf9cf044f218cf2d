import { describe, expect, it } from 'vitest';
import { demoIds, json, testRegistry } from './helpers.ts';
import { pdfTextPages } from './pdf-text.ts';

// The incident book, read back as a coordinator would read the paper: every ship, the centres' numbers
// on every page, the index leading to the right page.

const CENTRES = ['+86 20 8322 6000', '+852 2233 7999', '+853 2872 6766'];

async function shipsInService(r: Awaited<ReturnType<typeof testRegistry>>, area?: string) {
  let q = r.db.selectFrom('vessels').select(['name_en', 'name_zh', 'mmsi', 'call_sign', 'imo_number']).where('status', '!=', 'withdrawn');
  if (area) q = q.where('area_of_registry', '=', area);
  return q.execute();
}

describe('the incident book', () => {
  it("prints every ship not withdrawn, the three centres' numbers and the moment it was made on every page, and an index that leads to each ship's page", async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('coordinator', { agency: 'HK', name: 'Duty coordinator' });
    const res = await r.call('GET', '/api/incident-book', { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="incident-book-2026-03-02.pdf"');
    const pages = await pdfTextPages(new Uint8Array(await res.arrayBuffer()));
    const ships = await shipsInService(r);
    expect(ships.length).toBeGreaterThan(10);
    const whole = pages.join('\n');
    for (const s of ships) {
      expect(whole, s.name_en).toContain(s.name_en);
      expect(whole, s.name_en).toContain(s.name_zh);
    }
    for (const [i, page] of pages.entries()) {
      for (const number of CENTRES) expect(page, `page ${i + 1}`).toContain(number);
      expect(page, `page ${i + 1}`).toContain('2026-03-02 09:00 UTC');
      expect(page, `page ${i + 1}`).toContain(`${i + 1} / ${pages.length}`);
    }
    // The index by MMSI: each entry's page holds that ship's card.
    const index = pages.find((p) => /Index: .*by MMSI/.test(p))!;
    for (const s of ships) {
      const entry = new RegExp(`${s.mmsi} ${s.name_en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)`).exec(index);
      expect(entry, s.mmsi).not.toBeNull();
      expect(pages[Number(entry![1]) - 1], `${s.name_en} on page ${entry![1]}`).toContain(`MMSI ${s.mmsi}`);
    }
    // A ship withdrawn from service is not in it; a laid-up one is, its state first.
    const withdrawn = await r.db.selectFrom('vessels').select('name_en').where('status', '=', 'withdrawn').execute();
    for (const w of withdrawn) expect(whole).not.toContain(w.name_en);
    expect(whole).toMatch(/［停航 Laid up］ 海豐 Hoi Fung/);
  });

  it('keeps each ship whole on one page, says what it was called before, what it can abandon into, and never breaks a telephone number', async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('coordinator', { agency: 'MO' });
    const pages = await pdfTextPages(new Uint8Array(await (await r.call('GET', '/api/incident-book?script=hant', { token })).arrayBuffer()));
    const cards = pages.filter((p) => p.includes('MMSI 4'));
    expect(cards.length).toBeGreaterThan(1);
    for (const [i, page] of cards.entries()) {
      // Each entry opens with its identifiers and closes with its plan line: as many of one as of the other.
      const opened = page.match(/^MMSI \d{9}/gm) ?? [];
      expect(opened.length, `page ${i + 1}`).toBeGreaterThan(0);
      expect((page.match(/home centre [A-Z]{2}$/gm) ?? []).length, `page ${i + 1}`).toBe(opened.length);
    }
    const whole = pages.join('\n').replace(/\u00a0/g, ' ');
    // Nam Van, transferred from Hong Kong: its old MMSI, call sign and EPIRB, and Hong Kong's plan in force until Macao issues.
    expect(whole).toMatch(/曾用名稱及識別碼 Formerly: .*MMSI 477303100 \(–\d{4}-\d{2}-\d{2}\)/);
    expect(whole).toContain('VRNV6');
    expect(whole).toMatch(/Macau Star[\s\S]*海榮 Ocean Glory \(–2019-03-01\)/);
    expect(whole).toMatch(/救生筏（數量 \/ 總容量） Liferafts \(number \/ total capacity\) \d+ \/ \d+/);
    expect(whole).toMatch(/應急小組 Emergency response team: [^·]+?\+85[23] \d{4} \d{4}/);
    // Every telephone number whole on its line, as it is dialled.
    const lines = whole.split('\n');
    for (const number of ['+853 2872 6766', '+852 2233 7999', '+86 20 8322 6000']) {
      expect(
        lines.some((l) => l.includes(number)),
        number,
      ).toBe(true);
    }
    for (const l of lines) expect(l, 'a number cut at the end of a line').not.toMatch(/\+\d{2,3}( \d{1,4})?$/);
  });

  it("is printed in Simplified for Guangdong's people, in Traditional for the others, and by area when asked", async () => {
    const r = await testRegistry();
    const gd = await r.tokenFor('coordinator', { agency: 'GD' });
    const hans = (await pdfTextPages(new Uint8Array(await (await r.call('GET', '/api/incident-book?area=MO', { token: gd })).arrayBuffer()))).join('\n');
    expect(hans).toContain('事故手册');
    expect(hans).toContain('驾驶台电话');
    const macao = await shipsInService(r, 'MO');
    for (const s of macao) expect(hans).toContain(s.name_en);
    const others = (await shipsInService(r)).filter((s) => !macao.some((m) => m.mmsi === s.mmsi));
    for (const s of others) expect(hans).not.toContain(`MMSI ${s.mmsi}`);
    const hant = (await pdfTextPages(new Uint8Array(await (await r.call('GET', '/api/incident-book?area=MO&script=hant', { token: gd })).arrayBuffer()))).join(
      '\n',
    );
    expect(hant).toContain('事故手冊');
  });

  it("gives an operator its own company's ships only, and refuses a format it does not make", async () => {
    const r = await testRegistry();
    const ids = await demoIds(r.db);
    const company = ids.companyId('Ho Kong High Speed Ferries Limited');
    const operator = await r.tokenFor('operator', { companyId: company });
    const html = await (await r.call('GET', '/api/incident-book?format=html', { token: operator })).text();
    const own = await r.db.selectFrom('vessels').select('name_en').where('company_id', '=', company).where('status', '!=', 'withdrawn').execute();
    expect(own.length).toBeGreaterThan(0);
    expect((html.match(/<article /g) ?? []).length).toBe(own.length);
    for (const s of own) expect(html).toContain(s.name_en);
    const bad = await r.call('GET', '/api/incident-book?format=docx', { token: operator });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors).toEqual([{ field: 'query.format', code: 'one_of', params: { values: 'pdf, html' }, message: 'must be one of pdf, html' }]);
    expect((await r.call('GET', '/api/incident-book')).status).toBe(401);
  });

  it('as one HTML file that asks for nothing outside itself and carries what its filter needs to find a ship typed in either script', async () => {
    const r = await testRegistry();
    const token = await r.tokenFor('coordinator', { agency: 'MO' });
    const res = await r.call('GET', '/api/incident-book?format=html', { token });
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="incident-book-2026-03-02.html"');
    const html = await res.text();
    // Nothing is fetched: no external script, style, font or image, only tel: links and the book's own anchors.
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//);
    const ships = await shipsInService(r);
    expect((html.match(/<article /g) ?? []).length).toBe(ships.length);
    for (const number of CENTRES) expect(html).toContain(number);
    expect(html).toContain('2026-03-02 09:00 UTC');
    // Macau Star is registered as 澳門之星: its card is found by 澳门 as by 澳門, the table folding the one into the other.
    expect(html).toMatch(/data-s="[^"]*澳门之星[^"]*macau star[^"]*453300100/);
    expect(JSON.parse(/var pairs = (\{[^;]*\});/.exec(html)![1]!)).toMatchObject({ 門: '门', 灣: '湾' });
  });
});
