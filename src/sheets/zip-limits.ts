import yauzl from 'yauzl';
import { refuse } from '../errors.ts';

// An XLSX is a zip, and a zip may hold far more than it weighs: a 1 MB file can inflate to a gigabyte. Before
// the spreadsheet parser sees a workbook, its central directory is read and each entry's stated size is
// held to these limits; then every entry is inflated once, its bytes counted and thrown away, so an entry
// that holds more than it states (yauzl checks the count against the directory) is caught before the
// parser inflates it for real. Memory stays at one chunk of inflated data at a time.

export const ZIP_LIMITS = {
  /** A workbook has a dozen parts; a few hundred is something else. */
  entries: 256,
  /** All parts inflated: ample for the most rows a sheet may hold (src/sheets/workbook.ts). */
  totalBytes: 64 * 1024 * 1024,
} as const;

const MiB = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

/** The refusal of a sheet that inflates, or swells in the parser, beyond `limit`. */
export const tooLarge = (limit: string) => refuse('sheet_too_large', { limit }, [{ field: 'file', code: 'sheet_too_large', params: { limit } }]);

/** Refuses a zip whose directory, or whose inflated entries, go beyond ZIP_LIMITS; resolves when it is within them. */
export async function checkZipWithinLimits(bytes: Uint8Array): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, z) =>
      err ? reject(unreadable(err)) : resolve(z),
    ),
  );
  if (zip.entryCount > ZIP_LIMITS.entries) {
    zip.close();
    throw tooLarge(`${ZIP_LIMITS.entries} parts`);
  }
  // First the directory alone: what each entry says it holds.
  const entries: yauzl.Entry[] = [];
  let stated = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      stated += entry.uncompressedSize;
      if (stated > ZIP_LIMITS.totalBytes) return reject(tooLarge(MiB(ZIP_LIMITS.totalBytes)));
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (err) => reject(unreadable(err)));
    zip.readEntry();
  }).catch((err) => {
    zip.close();
    throw err;
  });
  // Then each entry inflated and counted: one that holds more than it said is an error of yauzl's, mid-stream.
  try {
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      await new Promise<void>((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(unreadable(err));
          stream.on('data', () => {});
          stream.on('end', () => resolve());
          stream.on('error', (e) => {
            stream.destroy();
            reject(/too many bytes/.test(e.message) ? tooLarge(MiB(ZIP_LIMITS.totalBytes)) : unreadable(e));
          });
        });
      });
    }
  } finally {
    zip.close();
  }
}

const unreadable = (err: Error) => refuse('sheet_unreadable', { reason: err.message });
