import { X509Certificate } from 'node:crypto';
import { AREAS, type AreaCode } from '../domain/areas.ts';
import { AppError, refuse } from '../errors.ts';
import {
  certificateFacts,
  certify,
  keyMatchesCertificate,
  newKeyPair,
  readPkcs12,
  sealKey,
  unsealKey,
  type CertificateFacts,
  type CertificateName,
} from '../pdf/certificates.ts';
import { checkSignature, type SigningIdentity } from '../pdf/signature.ts';
import { listAgencies } from '../store/agencies.ts';
import { commandLine } from './tokens.ts';
import { recordAudit } from '../store/audit.ts';
import { databaseOf, inTransaction, type Db, type Executor } from '../store/database.ts';
import {
  activeSigningKey,
  getSigningKey,
  insertSigningKey,
  listSigningKeys,
  retireSigningKeys,
  type KeyHolder,
  type StoredSigningKey,
} from '../store/signing-keys.ts';

// The key ceremony (docs/operations.md): each agency's signing key, certified by the registry's own
// authority or brought from the agency's, kept encrypted under a passphrase that is never in the
// database; unlocked in memory when a copy is signed, and never handed out.

/** What a registry signs with, given at start: the passphrase that unlocks its keys, and where its copies' QR codes lead. */
export type Keyring = { passphrase: string | null; publicUrl: string };

const keyrings = new WeakMap<Executor, Keyring & { unlocked: Map<number, SigningIdentity> }>();

/** Gives the registry over `db` its passphrase and public address; until then it signs nothing. */
export function openKeyring(db: Db, keyring: Keyring): void {
  keyrings.set(db, { ...keyring, publicUrl: keyring.publicUrl.replace(/\/+$/, ''), unlocked: new Map() });
}

/** The address a copy's QR code leads to, before /v/<code>: PUBLIC_URL, or where the server listens. */
export function verificationBase(db: Executor): string {
  return keyrings.get(databaseOf(db))?.publicUrl ?? 'http://localhost:8080';
}

/** How long the certificates the registry makes are valid: an agency's five years, its own authority twenty. */
const AGENCY_YEARS = 5;
const AUTHORITY_YEARS = 20;

const COUNTRY: Record<AreaCode, CertificateName['country']> = { GD: 'CN', HK: 'HK', MO: 'MO' };
const AUTHORITY: CertificateName = { nameEn: 'SAR co-operation plan registry', nameZh: '粵港澳搜救合作計劃登記冊', country: 'HK' };

const years = (from: Date, n: number) => new Date(Date.UTC(from.getUTCFullYear() + n, from.getUTCMonth(), from.getUTCDate()));

function passphraseOf(db: Executor): string {
  const passphrase = keyrings.get(databaseOf(db))?.passphrase;
  if (!passphrase) throw refuse('signing_passphrase_missing');
  return passphrase;
}

/** The registry's authority, made on first need (it certifies the agencies' keys the registry makes). */
async function authority(db: Executor, passphrase: string, at: Date): Promise<{ name: CertificateName; key: StoredSigningKey }> {
  const existing = await activeSigningKey(db, 'registry');
  if (existing) return { name: AUTHORITY, key: existing };
  const pair = newKeyPair();
  const certificatePem = certify({
    subject: AUTHORITY,
    publicKeyPem: pair.publicKeyPem,
    issuer: 'self',
    selfKey: pair.privateKey,
    authority: true,
    notBefore: at,
    notAfter: years(at, AUTHORITY_YEARS),
  });
  const key = { holder: 'registry' as const, certificatePem, chainPem: '', sealedKey: sealKey(pair.privateKey, passphrase), source: 'registry' as const };
  const id = await insertSigningKey(db, { ...key, ...validity(certificatePem), createdAt: at.toISOString() });
  return { name: AUTHORITY, key: (await getSigningKey(db, id))! };
}

function validity(pem: string) {
  const facts = certificateFacts(pem);
  return { notBefore: facts.notBefore, notAfter: facts.notAfter };
}

export type SigningKeyView = CertificateFacts & {
  id: number;
  holder: KeyHolder;
  state: 'active' | 'retired';
  source: 'registry' | 'imported';
  createdAt: string;
  retiredAt: string | null;
};

const viewOf = (k: StoredSigningKey): SigningKeyView => ({
  id: k.id,
  holder: k.holder,
  state: k.retiredAt ? 'retired' : 'active',
  source: k.source,
  createdAt: k.createdAt,
  retiredAt: k.retiredAt,
  ...certificateFacts(k.certificatePem),
});

/**
 * Makes a signing key for `agency`, certified by the registry's authority, and retires the one it had
 * (`rotate`). `create` on an agency that has a key is refused: rotating is a decision of its own.
 */
export async function makeSigningKey(db: Db, agency: AreaCode, at: Date, mode: 'create' | 'rotate', opts: { validFrom?: Date } = {}): Promise<SigningKeyView> {
  const validFrom = opts.validFrom ?? at;
  const passphrase = passphraseOf(db);
  return inTransaction(db, async (trx) => {
    const before = await activeSigningKey(trx, agency);
    if (mode === 'create' && before) throw refuse('signing_key_exists', { agency: { key: `area.${agency}` } });
    if (mode === 'rotate' && !before) throw refuse('signing_key_missing', { agency: { key: `area.${agency}` } });
    const ca = await authority(trx, passphrase, validFrom);
    const caKey = unsealKey(ca.key.sealedKey, passphrase);
    const names = (await listAgencies(trx)).find((a) => a.code === agency)!;
    const pair = newKeyPair();
    const certificatePem = certify({
      subject: { nameEn: names.nameEn, nameZh: names.nameZh, country: COUNTRY[agency] },
      publicKeyPem: pair.publicKeyPem,
      issuer: { name: ca.name, privateKey: caKey },
      authority: false,
      notBefore: validFrom,
      notAfter: years(at, AGENCY_YEARS),
    });
    return keep(trx, agency, before, {
      certificatePem,
      chainPem: ca.key.certificatePem,
      sealedKey: sealKey(pair.privateKey, passphrase),
      source: 'registry',
      at,
    });
  });
}

/** Takes `agency`'s key and certificate from a PKCS#12 file of its own certification authority; retires the key it had. */
export async function importSigningKey(db: Db, agency: AreaCode, file: Uint8Array, password: string, at: Date): Promise<SigningKeyView> {
  const passphrase = passphraseOf(db);
  let read: ReturnType<typeof readPkcs12>;
  try {
    read = readPkcs12(file, password);
  } catch (err) {
    throw refuse('signing_key_unreadable', { reason: err instanceof Error ? err.message : String(err) });
  }
  const x = new X509Certificate(read.certificatePem);
  if (new Date(x.validTo) <= at || new Date(x.validFrom) > at) throw refuse('signing_certificate_not_valid', { from: x.validFrom, to: x.validTo });
  if (!keyMatchesCertificate(read.privateKey, read.certificatePem)) throw refuse('signing_key_unreadable', { reason: 'key and certificate differ' });
  return inTransaction(db, async (trx) =>
    keep(trx, agency, await activeSigningKey(trx, agency), {
      certificatePem: read.certificatePem,
      chainPem: read.chainPems.join(''),
      sealedKey: sealKey(read.privateKey, passphrase),
      source: 'imported',
      at,
    }),
  );
}

async function keep(
  trx: Executor,
  agency: AreaCode,
  before: StoredSigningKey | undefined,
  key: { certificatePem: string; chainPem: string; sealedKey: string; source: 'registry' | 'imported'; at: Date },
): Promise<SigningKeyView> {
  const stamp = key.at.toISOString();
  const id = await insertSigningKey(trx, { holder: agency, ...key, ...validity(key.certificatePem), createdAt: stamp });
  await retireSigningKeys(trx, agency, id, stamp);
  const made = viewOf((await getSigningKey(trx, id))!);
  await recordAudit(trx, {
    who: commandLine(agency),
    action: before ? 'signing_key.rotate' : key.source === 'imported' ? 'signing_key.import' : 'signing_key.create',
    record: { type: 'signing_key', id, agency },
    before: before ? { id: before.id, fingerprint: certificateFacts(before.certificatePem).fingerprint } : null,
    after: { id, source: key.source, fingerprint: made.fingerprint, notAfter: made.notAfter },
    at: stamp,
  });
  return made;
}

/** Every signing key, the authority's too, newest first: certificates only, never a private key. */
export async function signingKeys(db: Executor): Promise<SigningKeyView[]> {
  return (await listSigningKeys(db)).map(viewOf);
}

export type PublishedCertificate = SigningKeyView & { pem: string; chain: string[] };

/** The PEM certificates in a text (a chain, a file saved from the certificates' list). */
export const splitPem = (pems: string): string[] => pems.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\r?\n?/g) ?? [];

/** An agency's certificates, current and retired, each with the certificates above it: what a holder checks a copy against. */
export async function publishedCertificates(db: Executor, agency: AreaCode): Promise<PublishedCertificate[]> {
  return (await listSigningKeys(db, agency)).map((k) => ({ ...viewOf(k), pem: k.certificatePem, chain: splitPem(k.chainPem) }));
}

/** Whether each agency can sign now: a key, unlocked by the passphrase, under a certificate in force. */
export type SigningReadiness = Record<AreaCode, 'ready' | 'missing' | 'locked' | 'expired'>;

/** Each agency's state, and what stops those that cannot sign, in words (for the readiness check and the operator). */
export async function signingReadiness(db: Executor, at: Date): Promise<{ state: SigningReadiness; problems: string[] }> {
  const state = {} as SigningReadiness;
  const problems: string[] = [];
  for (const agency of AREAS) {
    try {
      await signingIdentity(db, agency, at);
      state[agency] = 'ready';
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      state[agency] = err.code === 'signing_key_missing' ? 'missing' : err.code === 'signing_certificate_expired' ? 'expired' : 'locked';
      problems.push(`${agency}: ${err.message}`);
    }
  }
  return { state, problems };
}

/** The key `agency` signs its copies with at `at`, unlocked; refused when it has none, it cannot be unlocked, or its certificate is not in force. */
export async function signingIdentity(db: Executor, agency: AreaCode, at: Date): Promise<{ keyId: number; identity: SigningIdentity }> {
  const key = await activeSigningKey(db, agency);
  if (!key) throw refuse('signing_key_missing', { agency: { key: `area.${agency}` } });
  if (key.notAfter <= at.toISOString() || key.notBefore > at.toISOString())
    throw refuse('signing_certificate_expired', { agency: { key: `area.${agency}` }, to: key.notAfter.slice(0, 10) });
  return { keyId: key.id, identity: unlock(db, key) };
}

/** The key that signed a stored copy, retired or not: a copy rendered again is signed as it was. */
export async function signingIdentityOf(db: Executor, keyId: number): Promise<SigningIdentity> {
  const key = await getSigningKey(db, keyId);
  if (!key || key.holder === 'registry') throw new Error(`no signing key ${keyId}`);
  return unlock(db, key);
}

function unlock(db: Executor, key: StoredSigningKey): SigningIdentity {
  const ring = keyrings.get(databaseOf(db));
  const unlocked = ring?.unlocked.get(key.id);
  if (unlocked) return unlocked;
  const passphrase = passphraseOf(db);
  let identity: SigningIdentity;
  try {
    identity = { privateKey: unsealKey(key.sealedKey, passphrase), certificatePem: key.certificatePem, chainPems: splitPem(key.chainPem) };
  } catch {
    throw refuse('signing_key_locked', { agency: key.holder === 'registry' ? AUTHORITY.nameEn : { key: `area.${key.holder}` } });
  }
  ring?.unlocked.set(key.id, identity);
  return identity;
}

/** Every agency without a key gets one, valid from `validFrom` (the demo's start, which issues plans dated years back). */
export async function ensureSigningKeys(db: Db, at: Date, validFrom: Date = at): Promise<void> {
  for (const agency of AREAS) if (!(await activeSigningKey(db, agency))) await makeSigningKey(db, agency, at, 'create', { validFrom });
}

/** Every certificate the registry has published for the agencies, PEM: what a copy's signer is checked against. */
export async function registryCertificates(db: Executor): Promise<string[]> {
  return (await listSigningKeys(db)).filter((k) => k.holder !== 'registry').map((k) => k.certificatePem);
}

export type CopySignature =
  | { status: 'unsigned' }
  | { status: 'invalid'; problems: string[] }
  /** Valid, and the signer's certificate is (or is not) one the registry published. */
  | { status: 'valid'; signer: CertificateFacts; published: boolean };

/**
 * A copy's signature checked with nothing but the file and the published certificates: the signature
 * over the file's bytes, nothing added after it, and a signer the registry published.
 */
export function checkCopySignature(pdf: Uint8Array, published: readonly string[]): CopySignature {
  const check = checkSignature(pdf);
  if (!check.signed) return { status: 'unsigned' };
  if (!check.valid || !check.wholeFile || !check.signerCertificatePem) return { status: 'invalid', problems: check.problems };
  const signer = certificateFacts(check.signerCertificatePem);
  return { status: 'valid', signer, published: published.some((pem) => certificateFacts(pem).fingerprint === signer.fingerprint) };
}
