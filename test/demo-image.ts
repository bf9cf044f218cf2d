import { seedDemo } from '../src/demo/seed.ts';
import { ensureReferenceData } from '../src/services/reference.ts';
import { databaseImage, migrateToLatest, openDatabase, type Db } from '../src/store/database.ts';

/** The moment the tests' registries live in, unless a test sets its own clock. */
export const TEST_NOW = new Date('2026-03-02T09:00:00Z');

export async function emptyRegistry(): Promise<Db> {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  await ensureReferenceData(db);
  return db;
}

/** A serialised registry holding the demo as seeded at `now`: dozens of PDFs, so it is made once and copied. */
export async function demoImage(now: Date): Promise<Buffer> {
  const db = await emptyRegistry();
  await seedDemo(db, now);
  const image = databaseImage(db);
  await db.destroy();
  return image;
}
