import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { hashSecret, mintSecret, secretHint } from '../src/domain/access.ts';
import { createPrincipal, addToken } from '../src/store/principals.ts';
import { startServer, stopServer } from './server.ts';
import { syntheticRegistry } from './synthetic.ts';

// Spreadsheet zip bombs, built here for the tests (test/sheet-limits.test.ts) and for the benchmark
// below: a workbook whose one sheet inflates to many times its weight, stated honestly in the zip's
// directory or not.

export type Part = { name: string; data: Buffer; size: number; crc: number; stated?: number };

/** A zip of these parts, deflated; `stated` makes the directory say another uncompressed size than the truth. */
export function zipOf(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const stated = p.stated ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(stated, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, p.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(stated, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export const small = (name: string, text: string): Part => {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
};

/** One cell of `mib` MiB of the same letter, deflated as it is written (never held whole). */
export async function hugeSheet(mib: number): Promise<Part> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024, 'A');
  let crc = crc32('<worksheet><sheetData><row><c t="inlineStr"><is><t>');
  deflate.write('<worksheet><sheetData><row><c t="inlineStr"><is><t>');
  for (let i = 0; i < mib; i++) {
    deflate.write(chunk);
    crc = crc32(chunk, crc);
  }
  deflate.end('</t></is></c></row></sheetData></worksheet>');
  crc = crc32('</t></is></c></row></sheetData></worksheet>', crc);
  await done;
  const size = mib * 1024 * 1024 + '<worksheet><sheetData><row><c t="inlineStr"><is><t>'.length + '</t></is></c></row></sheetData></worksheet>'.length;
  return { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(out), size, crc };
}

export const workbookParts = () => [
  small('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  small('xl/workbook.xml', '<workbook><sheets><sheet name="Companies" sheetId="1"/></sheets></workbook>'),
];

/** A bomb of `mib` MiB in one cell: the directory tells the truth, or `lies` and says 1 KiB. */
export async function sheetBomb(mib: number, lies = false): Promise<Uint8Array> {
  const sheet = await hugeSheet(mib);
  return zipOf([...workbookParts(), lies ? { ...sheet, stated: 1024 } : sheet]);
}

export type BombResult = { bombs: number; mib: number; lies: boolean; statuses: number[]; slowestMs: number; rssBeforeMb: number; rssPeakGrowthMb: number };

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);

/** The real server, sent `bombs` of 1 GiB at once: how long each took to refuse, and how far the server's memory rose. */
export async function benchSheetBombs(): Promise<BombResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-bombs-'));
  try {
    const path = join(dir, 'registry.sqlite');
    const { db } = await syntheticRegistry(path, 200, { planShare: 0, maxPlans: 0 });
    const registrar = await createPrincipal(db, { name: 'Benchmark registrar', role: 'registrar', agency: 'HK', companyId: null });
    const token = mintSecret();
    await addToken(db, registrar.id, hashSecret(token), secretHint(token));
    await db.destroy();
    const results: BombResult[] = [];
    const { child, base } = await startServer(path);
    try {
      for (const [bombs, lies] of [
        [1, false],
        [1, true],
        [4, false],
        [4, true],
      ] as const) {
        const mib = 1024;
        const body = await sheetBomb(mib, lies);
        const before = rssKb(child.pid!);
        let peak = before;
        const sampler = setInterval(() => (peak = Math.max(peak, rssKb(child.pid!))), 5);
        const timed = await Promise.all(
          Array.from({ length: bombs }, async () => {
            const t0 = performance.now();
            const res = await fetch(`${base}/api/fleet/imports?kind=companies&name=bomb.xlsx`, {
              method: 'POST',
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
              body,
            });
            await res.arrayBuffer();
            return { status: res.status, ms: performance.now() - t0 };
          }),
        );
        clearInterval(sampler);
        peak = Math.max(peak, rssKb(child.pid!));
        results.push({
          bombs,
          mib,
          lies,
          statuses: timed.map((t) => t.status),
          slowestMs: Math.round(Math.max(...timed.map((t) => t.ms))),
          rssBeforeMb: Math.round(before / 1024),
          rssPeakGrowthMb: Math.round((peak - before) / 1024),
        });
      }
    } finally {
      await stopServer(child);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
