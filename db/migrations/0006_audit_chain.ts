import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// A tamper-evident audit trail: each event gets a link, the SHA-256 of the previous link and the event,
// kept in a table of its own (audit events themselves are never updated). Events already stored are
// chained here, in id order. The hashing is written out in this file on purpose: a landed migration must
// not change with the code around it (the registry's own is src/domain/audit-chain.ts, and must agree).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_chain')
    .addColumn('event_id', 'integer', (c) => c.primaryKey().references('audit_events.id'))
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await sql`create trigger audit_chain_no_update before update on audit_chain
    begin select raise(abort, 'the audit chain is append-only'); end`.execute(db);
  await sql`create trigger audit_chain_no_delete before delete on audit_chain
    begin select raise(abort, 'the audit chain is append-only'); end`.execute(db);

  const events = await sql<Record<string, string | number | null>>`select * from audit_events order by id`.execute(db);
  let previous = '0'.repeat(64);
  for (const e of events.rows) {
    const fields = [e.id, e.at, e.actor_id, e.actor_name, e.actor_role, e.actor_agency, e.action, e.record_type, e.record_id, e.record_agency, e.before, e.after, e.request_id];
    const hash = createHash('sha256').update(previous).update('\n').update(JSON.stringify(fields)).digest('hex');
    await sql`insert into audit_chain (event_id, prev_hash, hash) values (${e.id}, ${previous}, ${hash})`.execute(db);
    previous = hash;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger audit_chain_no_delete`.execute(db);
  await sql`drop trigger audit_chain_no_update`.execute(db);
  await db.schema.dropTable('audit_chain').execute();
}
