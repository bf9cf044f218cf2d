import type { Migration } from 'kysely';
import * as m0001 from './0001_model.ts';
import * as m0002 from './0002_copy_codes.ts';
import * as m0003 from './0003_search.ts';
import * as m0004 from './0004_search_grams_positions.ts';
import * as m0005 from './0005_arrangement_script_exercises.ts';
import * as m0006 from './0006_audit_chain.ts';
import * as m0007 from './0007_rcc_short_numbers.ts';
import * as m0008 from './0008_ship_life.ts';
import * as m0009 from './0009_people.ts';
import * as m0010 from './0010_two_party_signing_personal_tokens.ts';
import * as m0011 from './0011_idempotency_keys.ts';
import * as m0012 from './0012_changes_webhooks.ts';
import * as m0013 from './0013_imports.ts';
import * as m0014 from './0014_totp_last_step.ts';
import * as m0015 from './0015_signin_failures.ts';
import * as m0016 from './0016_import_recovery.ts';
import * as m0017 from './0017_sign_in_policy.ts';
import * as m0018 from './0018_identifier_history.ts';
import * as m0019 from './0019_exercise_interval_reason.ts';
import * as m0020 from './0020_plan_handover.ts';
import * as m0021 from './0021_held_forms.ts';
import * as m0022 from './0022_proposal_replaced.ts';
import * as m0023 from './0023_signing_keys.ts';
import * as m0024 from './0024_model_changes.ts';
import * as m0025 from './0025_stored_search_structures_dropped.ts';
import * as m0026 from './0026_import_summaries.ts';
import * as m0027 from './0027_import_rows.ts';
import * as postgres0013 from './postgres/0013_baseline.ts';

/** Listed statically: no directory scanning, so migrations load the same under tsx, vitest and any bundler. */
export const migrations: Record<string, Migration> = {
  '0001_model': m0001,
  '0002_copy_codes': m0002,
  '0003_search': m0003,
  '0004_search_grams_positions': m0004,
  '0005_arrangement_script_exercises': m0005,
  '0006_audit_chain': m0006,
  '0007_rcc_short_numbers': m0007,
  '0008_ship_life': m0008,
  '0009_people': m0009,
  '0010_two_party_signing_personal_tokens': m0010,
  '0011_idempotency_keys': m0011,
  '0012_changes_webhooks': m0012,
  '0013_imports': m0013,
  '0014_totp_last_step': m0014,
  '0015_signin_failures': m0015,
  '0016_import_recovery': m0016,
  '0017_sign_in_policy': m0017,
  '0018_identifier_history': m0018,
  '0019_exercise_interval_reason': m0019,
  '0020_plan_handover': m0020,
  '0021_held_forms': m0021,
  '0022_proposal_replaced': m0022,
  '0023_signing_keys': m0023,
  '0024_model_changes': m0024,
  '0025_stored_search_structures_dropped': m0025,
  '0026_import_summaries': m0026,
  '0027_import_rows': m0027,
};

/**
 * PostgreSQL joined at 0013: its first migration builds at once the schema SQLite reached through the
 * migrations above; every later one is in the list above alone, written once, and runs on both (where
 * the engines differ it asks `engineOf(db)`). A new table on PostgreSQL also gets a
 * `<table>_moves_generation` trigger (see the baseline), or the read caches would not see its writes.
 */
export const postgresMigrations: Record<string, Migration> = {
  '0013_postgres_baseline': postgres0013,
  ...Object.fromEntries(Object.entries(migrations).filter(([name]) => Number(name.slice(0, 4)) > 13)),
};
