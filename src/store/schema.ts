import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Row types as better-sqlite3 returns them: ISO strings for times, JSON as text, integers for booleans.
type Stamp = ColumnType<string, string | undefined, string>;

export interface AgencyTable {
  code: string;
  name_zh: string;
  name_en: string;
  rcc: string;
  facilities: string;
  document_script: Generated<'hans' | 'hant'>;
  exercise_interval_months: Generated<number>;
  exercise_interval_reason: string | null;
  version: Generated<number>;
  updated_at: Stamp;
}

export interface ArrangementPairTable {
  agency_a: string;
  agency_b: string;
  signed_on: string | null;
  signatory_a: string | null;
  signatory_b: string | null;
  pending: string | null;
  version: Generated<number>;
  updated_at: Stamp;
}

export interface CompanyTable {
  id: Generated<number>;
  home_agency: string;
  name_zh: string;
  name_en: string;
  address_zh: string;
  address_en: string;
  imo_company_number: string | null;
  emergency_phone: string;
  emergency_phone_alt: string | null;
  designated_person: string;
  emergency_team: string;
  media_contact: string | null;
  version: Generated<number>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface VesselTable {
  id: Generated<number>;
  company_id: number;
  area_of_registry: string;
  name_zh: string;
  name_en: string;
  former_names: string;
  imo_number: string | null;
  national_registration_number: string | null;
  mmsi: string;
  call_sign: string;
  port_of_registry: string;
  type: string;
  gross_tonnage: number;
  length_m: number;
  hull_colour: string;
  superstructure_colour: string;
  identifying_marks: string | null;
  max_passengers: number;
  crew: number;
  epirb_hex_id: string | null;
  communications: string;
  route: string;
  life_saving: string;
  helicopter_winching_area: string | null;
  medical_facilities: string | null;
  status: string;
  version: Generated<number>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface PlanTable {
  id: Generated<number>;
  vessel_id: number;
  plan_number: string;
  home_agency: string;
  withdrawn_on: string | null;
  withdrawn_reason: string | null;
  document_script: 'hans' | 'hant' | null;
  exercise_interval_months: number | null;
  exercise_interval_reason: string | null;
  version: Generated<number>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface PlanRevisionTable {
  id: Generated<number>;
  plan_id: number;
  revision: number;
  state: 'draft' | 'issued' | 'superseded';
  content: string;
  snapshot: string | null;
  change: 'major' | 'minor' | null;
  change_reason: string | null;
  summary: string | null;
  issued_on: string | null;
  issued_by: string | null;
  version: Generated<number>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface CopyTable {
  id: Generated<number>;
  revision_id: number;
  copy_number: number;
  holder: string;
  pdf: Uint8Array;
  sha256: string;
  size: number;
  verification_code: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  signing_key_id: number | null;
}

export interface SigningKeyTable {
  id: Generated<number>;
  holder: 'registry' | 'GD' | 'HK' | 'MO';
  certificate: string;
  chain: Generated<string>;
  sealed_key: string;
  source: 'registry' | 'imported';
  not_before: string;
  not_after: string;
  created_at: string;
  retired_at: string | null;
}

export interface ExerciseTable {
  id: Generated<number>;
  plan_id: number;
  state: 'planned' | 'held';
  date: string;
  kind: 'communications' | 'table_top' | 'full_scale';
  scenario: string;
  agencies: string;
  lessons_learned: string | null;
  voluntary: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
  created_at: Stamp;
}

export interface PrincipalTable {
  id: Generated<number>;
  name: string;
  role: 'admin' | 'registrar' | 'coordinator' | 'operator';
  agency: string | null;
  company_id: number | null;
  created_at: Stamp;
}

export interface TokenTable {
  id: Generated<number>;
  principal_id: number;
  secret_hash: string;
  hint: string;
  created_at: Stamp;
  revoked_at: string | null;
  name: string | null;
  expires_at: string | null;
  scope: Generated<'full' | 'read'>;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Stamp;
  actor_id: number | null;
  actor_name: string;
  actor_role: string;
  actor_agency: string | null;
  action: string;
  record_type: string;
  record_id: string;
  record_agency: string | null;
  before: string | null;
  after: string | null;
  request_id: string | null;
  via: Generated<string | null>;
}

export interface VesselIdentifierTable {
  vessel_id: number;
  kind: 'mmsi' | 'callSign' | 'imoNumber' | 'epirbHexId';
  value: string;
  held_from: string | null;
  held_until: string | null;
}

export interface VesselSearchTable {
  vessel_id: number;
  names: string;
  company_names: string;
  identifiers: string;
}

export interface AuditChainTable {
  event_id: number;
  prev_hash: string;
  hash: string;
}

export interface VesselTransferTable {
  id: Generated<number>;
  vessel_id: number;
  from_area: string;
  to_area: string;
  state: 'released' | 'accepted' | 'cancelled';
  former: string;
  note: string | null;
  released_at: string;
  released_by: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface ProposalTable {
  id: Generated<number>;
  company_id: number;
  record_type: 'company' | 'vessel';
  record_id: number;
  home_agency: string;
  changes: string;
  note: string | null;
  state: Generated<'open' | 'approved' | 'rejected' | 'withdrawn'>;
  proposed_at: string;
  proposed_by_id: number | null;
  proposed_by_name: string;
  decided_at: string | null;
  decided_by_id: number | null;
  decided_by_name: string | null;
  reason: string | null;
  version: Generated<number>;
  created_at: Stamp;
  /** The record's values of the proposed fields when decided (JSON); null while open, or decided before 0022. */
  replaced: string | null;
}

export interface AccountTable {
  principal_id: number;
  email: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_confirmed_at: string | null;
  totp_last_step: number | null;
  recovery_codes: Generated<string>;
  status: Generated<'active' | 'disabled'>;
  created_at: string;
  disabled_at: string | null;
  version: Generated<number>;
}

export interface SigninFailureTable {
  key: string;
  count: number;
  last_ms: number;
  locked_until_ms: number | null;
}

export interface SignInPolicyTable {
  agency: string;
  second_factor_also_for: string;
  updated_by: string;
  updated_at: string;
}

export interface HeldFormTable {
  secret_hash: string;
  path: string;
  fields: string;
  held_at: string;
}

export interface SessionTable {
  id: Generated<number>;
  secret_hash: string;
  principal_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  ended_reason: string | null;
  user_agent: string | null;
  address: string | null;
}

export interface AccountLinkTable {
  secret_hash: string;
  principal_id: number;
  purpose: 'setup' | 'reset';
  created_at: string;
  created_by: string;
  expires_at: string;
  used_at: string | null;
}

export interface IdempotencyKeyTable {
  /** Who sent the request: the token or session it came through ("token 7"). */
  owner: string;
  key: string;
  request_hash: string;
  state: 'processing' | 'done';
  status: number | null;
  headers: string | null;
  body: Uint8Array | null;
  created_at: string;
}

export interface WebhookTable {
  id: Generated<number>;
  agency: string;
  url: string;
  secret: string;
  created_by: string;
  created_at: string;
  removed_at: string | null;
  queued_through: number;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  webhook_id: number;
  change_id: number;
  delivery_id: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: string;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface ImportTable {
  id: Generated<number>;
  agency: string;
  kind: 'ships' | 'companies';
  file_name: string;
  state: 'checked' | 'importing' | 'done' | 'interrupted' | 'abandoned';
  total: number;
  /** The rows without problems, and every row's problems, as the check found them (migration 0026). */
  valid: number;
  problems: string;
  processed: Generated<number>;
  report: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
  heartbeat_at: string | null;
}

/** An import's checked rows, one record a row (migration 0027): the cells as read from the sheet, and the row's problems. */
export interface ImportRowTable {
  import_id: number;
  row: number;
  cells: string;
  problems: string;
}

export interface ImportOutcomeTable {
  import_id: number;
  row: number;
  outcome: string;
}

/** What a write changed, for the instances' read models (migration 0024). */
export interface ModelChangeTable {
  seq: Generated<number>;
  kind: 'vessel' | 'company' | 'all' | 'access';
  ref: number | null;
}

export interface ModelChangesPrunedTable {
  only_row: number;
  through: number;
}

export interface Database {
  agencies: AgencyTable;
  arrangement_pairs: ArrangementPairTable;
  companies: CompanyTable;
  vessels: VesselTable;
  plans: PlanTable;
  plan_revisions: PlanRevisionTable;
  copies: CopyTable;
  exercises: ExerciseTable;
  principals: PrincipalTable;
  tokens: TokenTable;
  audit_events: AuditEventTable;
  audit_chain: AuditChainTable;
  vessel_search: VesselSearchTable;
  vessel_identifiers: VesselIdentifierTable;
  vessel_transfers: VesselTransferTable;
  proposals: ProposalTable;
  accounts: AccountTable;
  sessions: SessionTable;
  signin_failures: SigninFailureTable;
  sign_in_policies: SignInPolicyTable;
  account_links: AccountLinkTable;
  idempotency_keys: IdempotencyKeyTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  imports: ImportTable;
  import_rows: ImportRowTable;
  import_outcomes: ImportOutcomeTable;
  held_forms: HeldFormTable;
  signing_keys: SigningKeyTable;
  model_changes: ModelChangeTable;
  model_changes_pruned: ModelChangesPrunedTable;
}

export type AgencyRow = Selectable<AgencyTable>;
export type CompanyRow = Selectable<CompanyTable>;
export type NewCompanyRow = Insertable<CompanyTable>;
export type CompanyUpdate = Updateable<CompanyTable>;
export type VesselRow = Selectable<VesselTable>;
export type NewVesselRow = Insertable<VesselTable>;
export type VesselUpdate = Updateable<VesselTable>;
