import { sql, type Kysely } from 'kysely';

// An RCC's 24-hour number is kept in full international form; a domestic short number (Guangdong's
// 12395) goes in a field of its own beside it, never instead of it. A block that held only a short
// number keeps it there and lacks its 24-hour number until the agency supplies it (plans cannot be
// issued meanwhile, as with any incomplete Module 3).
export async function up(db: Kysely<any>): Promise<void> {
  const agencies = await sql<{ code: string; rcc: string }>`select code, rcc from agencies`.execute(db);
  for (const a of agencies.rows) {
    const rcc = JSON.parse(a.rcc) as Record<string, unknown>;
    if ('shortNumber' in rcc) continue;
    const phone = typeof rcc.phone24h === 'string' ? rcc.phone24h.trim() : null;
    const international = phone !== null && phone.startsWith('+');
    const next = { ...rcc, phone24h: international ? phone : null, shortNumber: phone !== null && !international ? phone : null };
    await sql`update agencies set rcc = ${JSON.stringify(next)} where code = ${a.code}`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const agencies = await sql<{ code: string; rcc: string }>`select code, rcc from agencies`.execute(db);
  for (const a of agencies.rows) {
    const { shortNumber, ...rcc } = JSON.parse(a.rcc) as Record<string, unknown>;
    await sql`update agencies set rcc = ${JSON.stringify({ ...rcc, phone24h: rcc.phone24h ?? shortNumber ?? null })} where code = ${a.code}`.execute(db);
  }
}
