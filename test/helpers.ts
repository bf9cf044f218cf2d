import { createApp } from '../src/app.ts';
import { hashSecret, mintSecret, secretHint, type Role } from '../src/domain/access.ts';
import type { AreaCode } from '../src/domain/areas.ts';
import { silentLogger } from '../src/logger.ts';
import { migrateToLatest, openDatabase } from '../src/store/database.ts';
import { addToken, createPrincipal } from '../src/store/principals.ts';
import { ensureReferenceData, seedDemo } from '../src/store/seed.ts';

/** A fresh registry over its own in-memory database, with helpers to act as any principal. */
export async function testRegistry(opts: { demo?: boolean; now?: Date } = {}) {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  await ensureReferenceData(db);
  const clock = { now: opts.now ?? new Date('2026-03-02T09:00:00Z') };
  if (opts.demo ?? true) await seedDemo(db, clock.now);
  const app = createApp({ db, logger: silentLogger, now: () => clock.now });

  async function tokenFor(role: Role, binding: { agency?: AreaCode; companyId?: number; name?: string } = {}): Promise<string> {
    const secret = mintSecret();
    const principal = await createPrincipal(db, {
      name: binding.name ?? `${role} ${binding.agency ?? binding.companyId ?? ''}`.trim(),
      role,
      agency: binding.agency ?? null,
      companyId: binding.companyId ?? null,
    });
    await addToken(db, principal.id, hashSecret(secret), secretHint(secret));
    return secret;
  }

  async function call(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string | Uint8Array } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    let body: string | Uint8Array | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    return app.request(path, { method, headers, body });
  }

  return { db, app, clock, tokenFor, call };
}

export type TestRegistry = Awaited<ReturnType<typeof testRegistry>>;

/** The parsed JSON body of a response, typed loosely: tests assert its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const json = async (res: Response): Promise<any> => res.json();
