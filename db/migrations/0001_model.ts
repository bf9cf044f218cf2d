import { sql, type Kysely } from 'kysely';

// Frozen once landed: later changes go in new migrations.
// Structured parts that are only ever read whole (contact lists, facilities, snapshots) are JSON text;
// anything searched, joined or kept unique is a column of its own.

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agencies')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code in ('GD','HK','MO')`))
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('rcc', 'text', (c) => c.notNull().check(sql`json_valid(rcc)`))
    .addColumn('facilities', 'text', (c) => c.notNull().check(sql`json_valid(facilities)`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('arrangement_pairs')
    .addColumn('agency_a', 'text', (c) => c.notNull().references('agencies.code'))
    .addColumn('agency_b', 'text', (c) => c.notNull().references('agencies.code'))
    .addColumn('signed_on', 'text')
    .addColumn('signatory_a', 'text')
    .addColumn('signatory_b', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('arrangement_pairs_pk', ['agency_a', 'agency_b'])
    .addCheckConstraint('arrangement_pairs_order', sql`agency_a < agency_b`)
    .execute();

  await db.schema
    .createTable('companies')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('home_agency', 'text', (c) => c.notNull().references('agencies.code'))
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('address_zh', 'text', (c) => c.notNull())
    .addColumn('address_en', 'text', (c) => c.notNull())
    .addColumn('imo_company_number', 'text', (c) => c.unique())
    .addColumn('emergency_phone', 'text', (c) => c.notNull())
    .addColumn('emergency_phone_alt', 'text')
    .addColumn('designated_person', 'text', (c) => c.notNull().check(sql`json_valid(designated_person)`))
    .addColumn('emergency_team', 'text', (c) => c.notNull().check(sql`json_valid(emergency_team)`))
    .addColumn('media_contact', 'text', (c) => c.check(sql`media_contact is null or json_valid(media_contact)`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('vessels')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('company_id', 'integer', (c) => c.notNull().references('companies.id'))
    .addColumn('area_of_registry', 'text', (c) => c.notNull().references('agencies.code'))
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('former_names', 'text', (c) => c.notNull().defaultTo('[]').check(sql`json_valid(former_names)`))
    .addColumn('imo_number', 'text', (c) => c.unique())
    .addColumn('national_registration_number', 'text')
    .addColumn('mmsi', 'text', (c) => c.notNull().unique())
    .addColumn('call_sign', 'text', (c) => c.notNull().unique())
    .addColumn('port_of_registry', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('high_speed_passenger_craft','catamaran','jetfoil','hydrofoil','air_cushion_vehicle','monohull')`),
    )
    .addColumn('gross_tonnage', 'integer', (c) => c.notNull().check(sql`gross_tonnage > 0`))
    .addColumn('length_m', 'real', (c) => c.notNull().check(sql`length_m > 0`))
    .addColumn('hull_colour', 'text', (c) => c.notNull())
    .addColumn('superstructure_colour', 'text', (c) => c.notNull())
    .addColumn('identifying_marks', 'text')
    .addColumn('max_passengers', 'integer', (c) => c.notNull().check(sql`max_passengers >= 0`))
    .addColumn('crew', 'integer', (c) => c.notNull().check(sql`crew > 0`))
    .addColumn('epirb_hex_id', 'text')
    .addColumn('communications', 'text', (c) => c.notNull().check(sql`json_valid(communications)`))
    .addColumn('route', 'text', (c) => c.notNull().check(sql`json_valid(route)`))
    .addColumn('life_saving', 'text', (c) => c.notNull().check(sql`json_valid(life_saving)`))
    .addColumn('helicopter_winching_area', 'text')
    .addColumn('medical_facilities', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('in_service').check(sql`status in ('in_service','laid_up','withdrawn')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    // A ship excluded from the IMO scheme still needs a registration number to be identified.
    .addCheckConstraint('vessels_identified', sql`imo_number is not null or national_registration_number is not null`)
    .execute();
  await db.schema.createIndex('vessels_company').on('vessels').column('company_id').execute();
  await db.schema.createIndex('vessels_area').on('vessels').columns(['area_of_registry', 'id']).execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('vessel_id', 'integer', (c) => c.notNull().unique().references('vessels.id'))
    .addColumn('plan_number', 'text', (c) => c.notNull().unique())
    .addColumn('home_agency', 'text', (c) => c.notNull().references('agencies.code'))
    .addColumn('withdrawn_on', 'text')
    .addColumn('withdrawn_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('plan_revisions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('draft','issued','superseded')`))
    .addColumn('content', 'text', (c) => c.notNull().check(sql`json_valid(content)`))
    .addColumn('snapshot', 'text', (c) => c.check(sql`snapshot is null or json_valid(snapshot)`))
    .addColumn('change', 'text', (c) => c.check(sql`change is null or change in ('major','minor')`))
    .addColumn('summary', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('issued_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('plan_revisions_number', ['plan_id', 'revision'])
    .addCheckConstraint('plan_revisions_issued_complete', sql`state = 'draft' or (snapshot is not null and change is not null and issued_on is not null)`)
    .execute();
  // At most one open draft per plan.
  await sql`create unique index plan_revisions_one_draft on plan_revisions(plan_id) where state = 'draft'`.execute(db);

  await db.schema
    .createTable('copies')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('revision_id', 'integer', (c) => c.notNull().references('plan_revisions.id'))
    .addColumn('copy_number', 'integer', (c) => c.notNull().check(sql`copy_number between 1 and 5`))
    .addColumn('holder', 'text', (c) => c.notNull().check(sql`holder in ('GD','HK','MO','company','ship')`))
    .addColumn('pdf', 'blob', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addUniqueConstraint('copies_number', ['revision_id', 'copy_number'])
    .execute();

  await db.schema
    .createTable('exercises')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('planned','held')`))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('communications','table_top','full_scale')`))
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('agencies', 'text', (c) => c.notNull().check(sql`json_valid(agencies)`))
    .addColumn('lessons_learned', 'text')
    .addColumn('voluntary', 'integer', (c) => c.notNull().defaultTo(0).check(sql`voluntary in (0,1)`))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('exercises_plan').on('exercises').columns(['plan_id', 'date']).execute();

  await db.schema
    .createTable('principals')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin','registrar','coordinator','operator')`))
    .addColumn('agency', 'text', (c) => c.references('agencies.code'))
    .addColumn('company_id', 'integer', (c) => c.references('companies.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    // Registrars and coordinators belong to an agency, operators to a company, admins to neither.
    .addCheckConstraint(
      'principals_binding',
      sql`(role in ('registrar','coordinator') and agency is not null and company_id is null)
       or (role = 'operator' and company_id is not null and agency is null)
       or (role = 'admin' and agency is null and company_id is null)`,
    )
    .execute();

  await db.schema
    .createTable('tokens')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('principal_id', 'integer', (c) => c.notNull().references('principals.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('hint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('actor_id', 'integer', (c) => c.references('principals.id'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('actor_agency', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('record_agency', 'text')
    .addColumn('before', 'text', (c) => c.check(sql`before is null or json_valid(before)`))
    .addColumn('after', 'text', (c) => c.check(sql`after is null or json_valid(after)`))
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('audit_record').on('audit_events').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('audit_at').on('audit_events').column('at').execute();

  // The audit trail is append-only: the database itself refuses to rewrite history.
  await sql`create trigger audit_events_no_update before update on audit_events
    begin select raise(abort, 'audit events are append-only'); end`.execute(db);
  await sql`create trigger audit_events_no_delete before delete on audit_events
    begin select raise(abort, 'audit events are append-only'); end`.execute(db);
  // An issued revision is immutable (its copies and snapshot are what holders trust).
  await sql`create trigger plan_revisions_issued_frozen before update of content, snapshot, change, summary, issued_on, issued_by, revision, plan_id on plan_revisions
    when old.state <> 'draft'
    begin select raise(abort, 'an issued revision cannot be changed'); end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_events', 'tokens', 'principals', 'exercises', 'copies', 'plan_revisions', 'plans', 'vessels', 'companies', 'arrangement_pairs', 'agencies']) {
    await db.schema.dropTable(table).execute();
  }
}
