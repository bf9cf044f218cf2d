import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import * as fontkit from 'fontkit';
import { fallbackSlices, fontFile } from '../src/fonts/files.ts';
import { fontForCharacter, fonts } from '../src/pdf/fonts.ts';
import { renderCopy } from '../src/pdf/plan-document.ts';
import type { PlanSnapshot } from '../src/domain/plan.ts';
import { hongKongCompany, hongKongVessel, json, testRegistry, validImo } from './helpers.ts';
import { pdfText } from './pdf-text.ts';

// The plan as the agencies print it: every character of every name, in the compiling agency's script.

async function setup() {
  const reg = await testRegistry();
  const gd = await reg.tokenFor('registrar', { agency: 'GD', name: '陈伟 Chen Wei' });
  const hk = await reg.tokenFor('registrar', { agency: 'HK', name: 'Registrar, Marine Department' });
  const etag = async (path: string, token: string) => (await reg.call('GET', path, { token })).headers.get('etag')!;

  /** Registers a company and a ship, opens the ship's plan and issues it; returns the five copies' text. */
  async function issued(token: string, company: Record<string, unknown>, vessel: (companyId: number) => Record<string, unknown>) {
    const c = await reg.call('POST', '/api/companies', { token, body: company });
    expect(c.status).toBe(201);
    const v = await reg.call('POST', '/api/vessels', { token, body: vessel((await json(c)).id) });
    expect(v.status).toBe(201);
    const opened = await reg.call('POST', '/api/plans', { token, body: { vesselId: (await json(v)).id } });
    const plan = (await json(opened)).id as number;
    const issue = await reg.call('POST', `/api/plans/${plan}/issue`, {
      token,
      body: { summary: 'First issue' },
      headers: { 'If-Match': opened.headers.get('etag')! },
    });
    expect(issue.status).toBe(200);
    const copies = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        const pdf = await reg.call('GET', `/api/plans/${plan}/revisions/1/copies/${n}`, { token });
        expect(pdf.status).toBe(200);
        const bytes = new Uint8Array(await pdf.arrayBuffer());
        // Small enough to e-mail to a ship: the fonts' subsets, a QR code and the agency's signature with its certificates.
        expect(bytes.byteLength).toBeLessThan(320 * 1024);
        // Text extraction turns the ideographic space into a plain one.
        return (await pdfText(bytes)).replaceAll('\u3000', ' ');
      }),
    );
    return { plan, copies };
  }
  return { ...reg, gd, hk, etag, issued };
}

const guangdongCompany = {
  homeAgency: 'GD',
  nameZh: '粤海通客运有限公司',
  nameEn: 'Yuehaitong Passenger Transport Co., Ltd.',
  addressZh: '深圳市南山区蛇口望海路1号',
  addressEn: '1 Wanghai Road, Shekou, Nanshan District, Shenzhen',
  imoCompanyNumber: null,
  emergencyPhone: '+86 755 2669 1000',
  emergencyPhoneAlt: '+86 138 0000 1234',
  designatedPerson: { name: '邓颖 Deng Ying', phone: '+86 755 2669 1010', email: 'dpa@yht.example' },
  emergencyTeam: { name: '应急指挥中心', phone: '+86 755 2669 1020' },
};

const guangdongShip = (companyId: number) =>
  hongKongVessel(companyId, {
    areaOfRegistry: 'GD',
    nameZh: '鹏城湾区快线',
    nameEn: 'Pengcheng Bay Area Express',
    imoNumber: validImo(951_207),
    mmsi: '413912070',
    epirbHexId: standardLocationEpirbHexId('413912070'),
    callSign: 'BQXY',
    portOfRegistry: 'Shenzhen',
    route: { ports: ['SZX-SK', 'HKG-SKP'], sailingsPerDay: 8, crossingMinutes: 45 },
    medicalFacilities: '医务室，自动体外除颤器',
  });

describe('a plan compiled by Guangdong', () => {
  it('prints every simplified-only character of every name, in Simplified Chinese labels, in all five copies', async () => {
    const { issued, gd } = await setup();
    const { copies } = await issued(gd, guangdongCompany, guangdongShip);
    expect(copies).toHaveLength(5);
    for (const text of copies) {
      for (const name of ['鹏城湾区快线', '粤海通客运有限公司', '邓颖 Deng Ying', '深圳市南山区蛇口望海路1号', '应急指挥中心', '医务室，自动体外除颤器'])
        expect(text).toContain(name);
      // Labels and headings in Simplified Chinese; the Languages line says so.
      for (const label of ['模块一 公司', '模块五 定期演习', '紧急情况下使用', '简体中文及英文', 'Simplified Chinese and English'])
        expect(text).toContain(label);
      expect(text).not.toContain('模組一');
      // The agencies' names in the document's script.
      expect(text).toContain('广东省海上搜救中心');
      expect(text).toContain('澳门海事及水务局');
      // What the registry writes itself, in Simplified too: the route sentence and the ports' names.
      expect(text).toContain('蛇口邮轮中心 – 海天客运码头；每日约8班，航程约45分钟。');
      expect(text).toContain('about 8 sailings a day, crossing about 45 minutes.');
      for (const traditional of ['每日約', '分鐘', '海天客運碼頭', '救生筏數', '個（']) expect(text).not.toContain(traditional);
    }
  });
});

describe('a plan compiled by Hong Kong', () => {
  it('prints in Traditional Chinese, and still prints names registered in simplified and rare characters whole', async () => {
    const { issued, hk } = await setup();
    const company = hongKongCompany({
      nameZh: '港深湾区船务有限公司',
      emergencyPhoneAlt: '+852 2111 2299',
      designatedPerson: { name: '黃堃 Wong Kwan', phone: '+852 2111 2223', email: 'dpa@hksz.example' },
      emergencyTeam: { name: '龔䶮 Kung Yim', phone: '+852 2111 2224' },
    });
    const { copies } = await issued(hk, company, (id) =>
      hongKongVessel(id, { nameZh: '維港鹏程', nameEn: 'Harbour Pengcheng', medicalFacilities: 'First-aid room; AED' }),
    );
    for (const text of copies) {
      for (const name of ['港深湾区船务有限公司', '黃堃 Wong Kwan', '龔䶮 Kung Yim', '維港鹏程']) expect(text).toContain(name);
      for (const label of ['模組一 公司', '繁體中文及英文', '廣東省海上搜救中心', '澳門海事及水務局']) expect(text).toContain(label);
      expect(text).not.toContain('模块一');
    }
  });
});

describe('copies rendered one after another', () => {
  it("share the fonts' work, yet each prints its own plan, in its own script, and the same bytes each time", async () => {
    const { issued, gd, hk, db } = await setup();
    const guangdong = await issued(gd, guangdongCompany, guangdongShip);
    const hongKong = await issued(hk, hongKongCompany({ nameZh: '維港渡輪有限公司', emergencyPhoneAlt: '+852 2111 3399' }), (id) =>
      hongKongVessel(id, { nameZh: '維港之星', nameEn: 'Harbour Star', medicalFacilities: 'First-aid room; AED' }),
    );
    const snapshot = async (plan: number) =>
      JSON.parse(
        (await db.selectFrom('plan_revisions').select('snapshot').where('plan_id', '=', plan).where('revision', '=', 1).executeTakeFirstOrThrow()).snapshot!,
      ) as PlanSnapshot;
    const [gdPlan, hkPlan] = [await snapshot(guangdong.plan), await snapshot(hongKong.plan)];
    const links = { verifyBase: 'https://registry.example' };
    // In turns, so each copy comes after the other plan's: the layouts and font subsets kept for one must
    // never stand in for the other's.
    const first = await renderCopy(gdPlan, 4, links);
    const other = await renderCopy(hkPlan, 4, links);
    const again = await renderCopy(gdPlan, 4, links);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const [gdText, hkText] = [await pdfText(again), await pdfText(other)];
    expect(gdText).toContain('鹏城湾区快线');
    expect(gdText).toContain('模块一 公司');
    expect(gdText).not.toContain('維港之星');
    expect(hkText).toContain('維港之星');
    expect(hkText).toContain('維港渡輪有限公司');
    expect(hkText).toContain('模組一 公司');
    expect(hkText).not.toContain('鹏城湾区快线');
  });

  it('embed each the subset of its own glyphs, and lay out each text as the font does, whatever came before', () => {
    const file = fontFile('regular', 'hant');
    const shared = fonts.parse(file);
    const own = fontkit.create(readFileSync(file)) as fontkit.Font;
    const glyphsOf = (font: fontkit.Font, text: string) => font.layout(text).glyphs.map((g) => g.id);
    const subsetBytes = (font: fontkit.Font, text: string) => {
      const subset = font.createSubset();
      for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph);
      return Buffer.from(subset.encode());
    };
    // Two ships' names of as many glyphs, in turn, then the first again: alike in all but the glyphs.
    for (const text of ['維港之星 Harbour Star', '澳門快線 Harbour Star', '維港之星 Harbour Star']) {
      expect(glyphsOf(shared, text)).toEqual(glyphsOf(own, text));
      expect(shared.layout(text).advanceWidth).toBe(own.layout(text).advanceWidth);
      expect(subsetBytes(shared, text).equals(subsetBytes(own, text)), text).toBe(true);
    }
  });
});

describe('the fallback fonts', () => {
  it('are found slice by slice, the named ones (latin, cyrillic …) as well as the numbered', () => {
    for (const pkg of ['@fontsource-variable/noto-sans-tc', '@fontsource-variable/noto-sans-sc'] as const) {
      const slices = fallbackSlices(pkg);
      expect(slices.length).toBeGreaterThan(100);
      for (const s of slices) expect(existsSync(s.file), s.file).toBe(true);
      expect(slices.some((s) => s.file.endsWith('-latin-wght-normal.woff2') && s.ranges.some(([a, b]) => a <= 0x41 && 0x41 <= b))).toBe(true);
    }
  });

  it('never fail a document for a character no font has (𪚥): it prints in the document font', () => {
    expect(fontForCharacter(0x2a6a5, 'hant', 'regular').name).toBe('regular-hant');
  });
});
