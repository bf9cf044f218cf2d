import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQRModule from 'jsqr';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.ts';
import { certify } from '../src/pdf/certificates.ts';
import { RENDER_NICE, setRenderThreads } from '../src/pdf/render-pool.ts';
import { renderStoredCopyAgain } from '../src/services/plan-issuing.ts';
import { checkCopySignature, openKeyring } from '../src/services/signing-keys.ts';
import { retireSigningKeys } from '../src/store/signing-keys.ts';
import { TEST_PASSPHRASE, TEST_PUBLIC_URL } from './engine.ts';
import { demoIds, json, testRegistry } from './helpers.ts';
import { pdfTextPages } from './pdf-text.ts';

// Copies that prove themselves (issue #32): each is signed by its compiling agency (PAdES B-B), carries a
// QR code to its public check on every page, and from revision 2 on lists what changed.

const run = promisify(execFile);
const has = (tool: string) => existsSync(`/usr/bin/${tool}`);
// poppler is installed by .ci/run; on a machine without it the checks that need it say so and are left out.
const poppler = has('pdfsig') && has('pdftoppm');
if (!poppler && process.env.CI) throw new Error('pdfsig and pdftoppm (poppler-utils) are needed in CI');
if (!poppler) console.warn('  WARNING: poppler-utils is not installed: the pdfsig and QR checks of test/signatures.test.ts are skipped');

/** The nice value of each thread of this process (Linux: the 19th field of /proc/self/task/<id>/stat). */
const threadNiceValues = () =>
  readdirSync('/proc/self/task').map((id) => Number(readFileSync(`/proc/self/task/${id}/stat`, 'utf8').split(') ').at(-1)!.split(' ')[16]));

async function setup() {
  const reg = await testRegistry();
  const ids = await demoIds(reg.db);
  const planOf = async (mmsi: string) =>
    (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId(mmsi)).executeTakeFirstOrThrow()).id;
  const tokens = {
    HK: await reg.tokenFor('registrar', { agency: 'HK' }),
    GD: await reg.tokenFor('registrar', { agency: 'GD' }),
    MO: await reg.tokenFor('registrar', { agency: 'MO' }),
  };
  const etagOf = async (path: string, token: string) => (await reg.call('GET', path, { token })).headers.get('etag')!;
  /** Opens a revision, sets the draft's medical notes, and issues it: the new revision's number. */
  const revise = async (plan: number, token: string, medicalNotes: string, summary = 'Medical notes revised') => {
    const opened = await reg.call('POST', `/api/plans/${plan}/draft`, { token, headers: { 'If-Match': await etagOf(`/api/plans/${plan}`, token) } });
    expect(opened.status).toBe(201);
    const edited = await reg.call('PATCH', `/api/plans/${plan}/draft`, { token, body: { medicalNotes }, headers: { 'If-Match': opened.headers.get('etag')! } });
    expect(edited.status).toBe(200);
    const issued = await reg.call('POST', `/api/plans/${plan}/issue`, {
      token,
      body: { change: 'minor', summary },
      headers: { 'If-Match': edited.headers.get('etag')! },
    });
    expect(issued.status, await issued.clone().text()).toBe(200);
    return (await json(issued)).current.revision as number;
  };
  const copy = async (plan: number, rev: number, n: number, token: string) => {
    const res = await reg.call('GET', `/api/plans/${plan}/revisions/${rev}/copies/${n}`, { token });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };
  const certificates = async (agency: string) => {
    const res = await reg.call('GET', `/api/agencies/${agency}/certificates`);
    expect(res.status).toBe(200);
    return (await json(res)).items as { pem: string; state: string; fingerprint: string; subject: string; issuer: string; chain: string[] }[];
  };
  return { ...reg, planOf, tokens, revise, copy, certificates };
}

async function pdfsig(pdf: Uint8Array): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'sig-')), 'copy.pdf');
  writeFileSync(file, pdf);
  // pdfsig exits non-zero for a signature it finds invalid or a signer it does not trust; its report says which.
  return run('pdfsig', [file]).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
}

/**
 * The QR code on page `page` of a copy, as a phone would read it from a 150 dpi scan of the printed page:
 * the page's foot is scanned (the lowest 50 mm, the left half), where the code is printed.
 */
async function qrOnPage(pdf: Uint8Array, page: number): Promise<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'qr-'));
  writeFileSync(join(dir, 'copy.pdf'), pdf);
  const px = (mm: number) => String(Math.round((mm / 25.4) * 150));
  const foot = ['-x', '0', '-y', px(297 - 50), '-W', px(105), '-H', px(50)];
  await run('pdftoppm', ['-r', '150', '-gray', ...foot, '-f', String(page), '-l', String(page), join(dir, 'copy.pdf'), join(dir, 'page')]);
  const pgm = readFileSync(join(dir, `page-${String(page).padStart(String(page).length, '0')}.pgm`));
  // A binary PGM: "P5\n<width> <height>\n<max>\n" and a byte a pixel.
  const [, width, height, max] = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!.map(Number) as number[];
  const pixels = pgm.subarray(pgm.length - width! * height!);
  const rgba = new Uint8ClampedArray(width! * height! * 4);
  for (let i = 0; i < pixels.length; i++) {
    const v = Math.round((pixels[i]! * 255) / max!);
    rgba.set([v, v, v, 255], i * 4);
  }
  return jsQR(rgba, width!, height!)?.data ?? null;
}
// jsqr is CommonJS with its function as `default`.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

describe('a copy signed by its compiling agency', () => {
  it('validates in pdfsig and offline, signed by the agency the registry publishes; one changed byte breaks it; rendering again gives the same bytes', async () => {
    const { db, planOf, tokens, copy, certificates } = await setup();
    // Phoenix Wing's second revision, issued by the demo's start as any revision is.
    const plan = await planOf('477101600');
    const rev = 2;
    const published = await certificates('HK');
    expect(published.map((c) => c.state)).toEqual(['active']);
    expect(published[0]!.subject).toBe('C=HK, O=香港海上救援協調中心, CN=Maritime Rescue Co-ordination Centre Hong Kong');
    expect(published[0]!.issuer).toMatch(/CN=SAR co-operation plan registry/);
    for (let n = 1; n <= 5; n++) {
      const pdf = await copy(plan, rev, n, tokens.HK);
      const signature = checkCopySignature(
        pdf,
        published.map((c) => c.pem),
      );
      expect(signature).toMatchObject({ status: 'valid', published: true, signer: { fingerprint: published[0]!.fingerprint } });
      const altered = Buffer.from(pdf);
      altered[Math.floor(altered.length / 2)]! ^= 0x01;
      expect(checkCopySignature(altered, [published[0]!.pem]).status).toBe('invalid');
      // The five differ only in their holder: rendering again is checked on the first agency's and the ship's.
      if (n === 1 || n === 5) expect(Buffer.from(await renderStoredCopyAgain(db, plan, rev, n)).equals(Buffer.from(pdf))).toBe(true);
      if (poppler && n === 1) {
        const report = await pdfsig(pdf);
        expect(report).toMatch(/Signature Validation: Signature is Valid\./);
        expect(report).toMatch(/Signer Certificate Common Name: Maritime Rescue Co-ordination Centre Hong Kong/);
        expect(report).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
        expect(report).toMatch(/Total document signed/);
        expect(await pdfsig(altered)).not.toMatch(/Signature is Valid/);
      }
    }
    // The server renders and signs in a render thread, the key handed over as a KeyObject: the same bytes.
    const ownNice = getPriority();
    expect(ownNice).not.toBe(RENDER_NICE);
    setRenderThreads(1);
    try {
      const inThread = await renderStoredCopyAgain(db, plan, rev, 3);
      expect(Buffer.from(inThread).equals(Buffer.from(await copy(plan, rev, 3, tokens.HK)))).toBe(true);
      expect(checkCopySignature(inThread, [published[0]!.pem]).status).toBe('valid');
      // The render thread gives way to the lookups (Linux: a nice value of its own); the thread that asked keeps its own.
      if (process.platform === 'linux') {
        expect(threadNiceValues()).toContain(RENDER_NICE);
        expect(getPriority()).toBe(ownNice);
      }
    } finally {
      setRenderThreads(0);
    }
  });

  it('is refused when its agency has no signing key or the passphrase does not open it, and the readiness check names it', async () => {
    const { db, app, call, planOf, tokens, revise } = await setup();
    const plan = await planOf('453300100');
    await retireSigningKeys(db, 'MO', -1, new Date().toISOString());
    const opened = await call('POST', `/api/plans/${plan}/draft`, {
      token: tokens.MO,
      headers: { 'If-Match': (await call('GET', `/api/plans/${plan}`, { token: tokens.MO })).headers.get('etag')! },
    });
    for (const [lang, said] of [
      ['en', /Macao has no signing key, so its plans cannot be issued/],
      ['zh-Hant', /澳門沒有簽署密鑰，其計劃無法發出/],
      ['zh-Hans', /澳门没有签署密钥，其计划无法发出/],
    ] as const) {
      const refused = await call('POST', `/api/plans/${plan}/issue`, {
        token: tokens.MO,
        body: { summary: 'Annual review' },
        headers: { 'If-Match': opened.headers.get('etag')!, 'Accept-Language': lang },
      });
      expect(refused.status).toBe(409);
      expect(await json(refused)).toMatchObject({ code: 'signing_key_missing', detail: expect.stringMatching(said) });
    }
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await json(ready)).toMatchObject({
      signing: { GD: 'ready', HK: 'ready', MO: 'missing' },
      signingProblems: [expect.stringMatching(/^MO: Macao has no signing key/)],
    });

    // The passphrase of another registry opens nothing: Hong Kong's plans wait too.
    openKeyring(db, { passphrase: 'not the passphrase of these keys', publicUrl: TEST_PUBLIC_URL });
    expect((await json(await app.request('/readyz'))).signing).toEqual({ GD: 'locked', HK: 'locked', MO: 'missing' });
    const hkPlan = await planOf('477101600');
    await expect(revise(hkPlan, tokens.HK, 'AED on the main deck')).rejects.toThrow(/signing_key_locked/);
    openKeyring(db, { passphrase: TEST_PASSPHRASE, publicUrl: TEST_PUBLIC_URL });
  });
});

describe('the key ceremony', () => {
  it('rotates a key: new copies are signed with the new one, earlier copies still check against the retired certificate', async () => {
    const { db, planOf, tokens, revise, copy, certificates, clock } = await setup();
    const plan = await planOf('477101600');
    const before = await copy(plan, 2, 2, tokens.HK);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), now: () => clock.now };
    expect(await runCli(['signing-key', 'create', '--agency', 'HK'], db, io)).toBe(1);
    expect(lines.at(-1)).toMatch(/Hong Kong already has a signing key: rotate it instead/);
    expect(await runCli(['signing-key', 'rotate', '--agency', 'HK'], db, io)).toBe(0);
    expect(lines.join('\n')).toMatch(/signing key \d+ of HK made; the previous one is retired/);
    const published = await certificates('HK');
    expect(published.map((c) => c.state)).toEqual(['active', 'retired']);

    const rev = await revise(plan, tokens.HK, 'AED and first-aid room on the main deck');
    const after = await copy(plan, rev, 2, tokens.HK);
    expect(
      checkCopySignature(
        after,
        published.map((c) => c.pem),
      ),
    ).toMatchObject({ status: 'valid', signer: { fingerprint: published[0]!.fingerprint } });
    expect(
      checkCopySignature(
        before,
        published.map((c) => c.pem),
      ),
    ).toMatchObject({ status: 'valid', signer: { fingerprint: published[1]!.fingerprint } });

    expect(await runCli(['signing-key', 'list'], db, io)).toBe(0);
    expect(lines.filter((l) => /^\d+\tHK\t(active|retired)\tregistry\t/.test(l))).toHaveLength(2);
  });

  it("imports an agency's key from its own certification authority's PKCS#12 file, and signs with it", async () => {
    const { db, planOf, tokens, revise, copy, certificates, clock } = await setup();
    // The Marine and Water Bureau's own authority, and the key it certified for the bureau.
    const authority = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const authorityName = { nameEn: 'DSAMA Root CA', nameZh: '海事及水務局根證書', country: 'MO' as const };
    const authorityPem = certify({
      subject: authorityName,
      publicKeyPem: authority.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      issuer: 'self',
      selfKey: authority.privateKey,
      authority: true,
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2035-01-01T00:00:00Z'),
    });
    const bureau = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const bureauPem = certify({
      subject: { nameEn: 'Marine and Water Bureau, Macao', nameZh: '澳門海事及水務局', country: 'MO' },
      publicKeyPem: bureau.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      issuer: { name: authorityName, privateKey: authority.privateKey },
      authority: false,
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2030-01-01T00:00:00Z'),
    });
    const p12 = forge.pkcs12.toPkcs12Asn1(
      forge.pki.privateKeyFromPem(bureau.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
      [forge.pki.certificateFromPem(bureauPem), forge.pki.certificateFromPem(authorityPem)],
      'bureau export password',
      { algorithm: 'aes256' },
    );
    const file = join(mkdtempSync(join(tmpdir(), 'p12-')), 'dsama.p12');
    writeFileSync(file, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));

    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), now: () => clock.now };
    process.env.SIGNING_KEY_IMPORT_PASSWORD = 'not the export password';
    expect(await runCli(['signing-key', 'import', '--agency', 'MO', '--file', file], db, io)).toBe(1);
    expect(lines.at(-1)).toMatch(/The PKCS#12 file cannot be used/);
    process.env.SIGNING_KEY_IMPORT_PASSWORD = 'bureau export password';
    try {
      expect(await runCli(['signing-key', 'import', '--agency', 'MO', '--file', file], db, io)).toBe(0);
    } finally {
      delete process.env.SIGNING_KEY_IMPORT_PASSWORD;
    }
    const published = await certificates('MO');
    expect(published[0]).toMatchObject({ state: 'active', issuer: 'C=MO, O=海事及水務局根證書, CN=DSAMA Root CA', chain: [authorityPem] });

    const plan = await planOf('453300100');
    const rev = await revise(plan, tokens.MO, '主甲板設有自動體外心臟去顫器。');
    const pdf = await copy(plan, rev, 3, tokens.MO);
    expect(checkCopySignature(pdf, [bureauPem])).toMatchObject({ status: 'valid', published: true });
    if (poppler) expect(await pdfsig(pdf)).toMatch(/Signer Certificate Common Name: Marine and Water Bureau, Macao[\s\S]*Signature is Valid/);
    // Offline, from the command line, against the certificates saved from the registry.
    const pemFile = join(mkdtempSync(join(tmpdir(), 'certs-')), 'mo.pem');
    writeFileSync(pemFile, published.map((c) => c.pem).join(''));
    const copyFile = join(mkdtempSync(join(tmpdir(), 'copy-')), 'copy.pdf');
    writeFileSync(copyFile, pdf);
    lines.length = 0;
    expect(await runCli(['verify', copyFile, '--certificates', pemFile], null, io)).toBe(4);
    expect(lines).toEqual([
      expect.stringMatching(/^SIGNATURE VALID: signed by C=MO, O=澳門海事及水務局, CN=Marine and Water Bureau, Macao/),
      expect.stringMatching(/^CURRENCY UNKNOWN/),
    ]);
  });
});

describe.runIf(poppler)('the QR code on every page', () => {
  it('leads to a page that says, without signing in, whether the copy is current, superseded or withdrawn, in three languages', async () => {
    const { app, planOf, tokens, copy, call } = await setup();
    // Phoenix Wing's plan has two revisions in the demo: the first superseded by the second.
    const plan = await planOf('477101600');
    const checkOf = async (rev: number) => {
      const pdf = await copy(plan, rev, 5, tokens.HK);
      const pages = await pdfTextPages(pdf);
      const code = /Verification code: ([0-9A-F-]{19})/.exec(pages[0]!)![1]!;
      for (const page of [1, pages.length]) expect(await qrOnPage(pdf, page)).toBe(`${TEST_PUBLIC_URL}/v/${code}`);
      return async (lang: string) => {
        const res = await app.request(`/v/${code}?lang=${lang}`);
        expect(res.headers.get('cache-control')).toBe('no-store');
        return (await res.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      };
    };
    const current = await checkOf(2);
    const first = await checkOf(1);
    const { planNumber, current: inForce } = await json(await call('GET', `/api/plans/${plan}`, { token: tokens.HK }));
    expect(await current('en')).toMatch(
      new RegExp(
        `Genuine: a controlled copy issued by the registry\\. Current.*Plan ${planNumber} Revision 2 Copy Controlled copy 5 of 5: The ship Phoenix Wing`,
      ),
    );
    expect(await current('zh-Hant')).toMatch(/真確：本登記冊發出的受控副本。 現行：此版次為現行有效版本。.*受控副本第 5 份，共 5 份: 船舶「鳳凰飛翼」/);
    // Nothing of the plan's contacts is on it.
    expect(await current('en')).not.toMatch(/\+852|telephone|@/i);
    expect(await first('en')).toMatch(new RegExp(`Superseded by revision 2 on ${inForce.issuedOn}: do not use this copy`));
    expect(await first('zh-Hans')).toMatch(new RegExp(`已于 ${inForce.issuedOn} 由第 2 版取代`));

    const etag = (await call('GET', `/api/plans/${plan}`, { token: tokens.HK })).headers.get('etag')!;
    expect(
      (await call('POST', `/api/plans/${plan}/withdraw`, { token: tokens.HK, body: { reason: 'Ship sold abroad' }, headers: { 'If-Match': etag } })).status,
    ).toBe(200);
    // The same code answers otherwise once the plan is withdrawn.
    expect(await current('zh-Hant')).toMatch(/已於 \d{4}-\d{2}-\d{2} 撤回：此計劃不再有效。/);

    const forged = await app.request('/v/0000-1111-2222-3333?lang=en');
    expect(forged.status).toBe(404);
    expect(await forged.text()).toMatch(/Not genuine\..*0000-1111-2222-3333/s);
  });
});

describe('a second revision', () => {
  it('lists the changes since the first on its copies and beside it on the plan page, long texts by the passages that changed', async () => {
    const { planOf, tokens, revise, copy, sessionFor, app } = await setup();
    const plan = await planOf('413800100');
    const longBefore =
      '船上设有自动体外心脏除颤器两台，分别置于主甲板客舱及驾驶台。船员均持有急救证书，每航次由一名船员负责急救。重伤者经珠江口水域转送至珠海市人民医院或香港的医院，按搜救中心指示安排直升机或快艇转送。'.repeat(
        2,
      );
    const first = await revise(plan, tokens.GD, longBefore, 'Medical arrangements');
    const second = await revise(plan, tokens.GD, longBefore.replace('珠海市人民医院', '中山大学附属第五医院'), 'Receiving hospital changed');
    expect(second).toBe(first + 1);
    const pages = await pdfTextPages(await copy(plan, second, 1, tokens.GD));
    // Read with its lines joined: a table cell wraps a long passage anywhere.
    const changes = pages.find((p) => p.includes(`Changes since revision ${first}`))!.replaceAll('\n', '');
    expect(changes).toContain(`自第 ${first} 版以来的修订`);
    // Word by word (Intl.Segmenter): the hospital's words that changed are marked, the word they share is not.
    expect(changes).toMatch(/…经珠江口水域转送至〔珠海市人民〕医院或香港的医院，…/);
    expect(changes).toMatch(/…经珠江口水域转送至〔中山大学附属第五〕医院或香港的医院，…/);
    // The record of amendments points to it.
    expect(pages.join('\n')).toMatch(new RegExp(`修订内容见“自第 ${first} 版以来的修订”页`));

    const page = await app.request(`/plans/${plan}?lang=en`, { headers: { Cookie: await sessionFor('coordinator', { agency: 'HK' }) } });
    const html = await page.text();
    expect(html).toContain(`Changes since revision ${first}`);
    expect(html).toMatch(new RegExp(`<th>Revision ${first}</th>\\s*<th>Revision ${second}</th>`));
    expect(html).toMatch(/〔珠海市人民〕医院[\s\S]*〔中山大学附属第五〕医院/);
  });
});
