import type { Kysely } from 'kysely';

// The last authenticator time step (30-second counter) a person's code was accepted for: a code is
// taken once, so one seen over a shoulder or replayed from a proxy's log does not sign in again.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('totp_last_step', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('totp_last_step').execute();
}
