import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardLocationEpirbHexId } from '../src/domain/beacon.ts';
import { fallbackSlices } from '../src/fonts/files.ts';
import { fontForCharacter } from '../src/pdf/fonts.ts';
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
