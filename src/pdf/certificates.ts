import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';

// The certificates the copies are signed under. The registry keeps a certification authority of its own
// ("SAR co-operation plan registry") that certifies each agency's signing key; an agency may instead bring
// a key certified by its own authority, as a PKCS#12 file. node-forge writes and reads the certificates
// (Node's crypto cannot make one); the private-key work is Node's own.

/** Whose name a certificate carries: the English name as the common name, the Chinese as the organisation. */
export type CertificateName = { nameEn: string; nameZh: string; country: 'CN' | 'HK' | 'MO' };

/** A private key as the registry keeps it: PKCS#8 encrypted with the configured passphrase (AES-256). */
export type SealedKey = string;

export type KeyPair = { privateKey: KeyObject; publicKeyPem: string };

/** A fresh RSA key pair: RSA-2048 with PKCS#1 v1.5 signatures, so that signing the same bytes gives the same signature. */
export function newKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

// forge encodes a UTF8String's value as UTF-8 itself.
const utf8 = (value: string) => ({ value, valueTagClass: forge.asn1.Type.UTF8 as unknown as number });
const distinguished = (name: CertificateName) => [
  { shortName: 'C', value: name.country },
  { shortName: 'O', ...utf8(name.nameZh) },
  { shortName: 'CN', ...utf8(name.nameEn) },
];

/**
 * A certificate for `subject`'s public key, signed by `issuer` (or by the subject's own key, for the
 * registry's authority). A signing certificate may sign documents only; an authority's, certificates only.
 */
export function certify(input: {
  subject: CertificateName;
  publicKeyPem: string;
  issuer: { name: CertificateName; privateKey: KeyObject } | 'self';
  selfKey?: KeyObject;
  authority: boolean;
  notBefore: Date;
  notAfter: Date;
}): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(input.publicKeyPem);
  // A positive serial of 16 random bytes (RFC 5280: unique per issuer, at most 20 octets).
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = input.notBefore;
  cert.validity.notAfter = input.notAfter;
  cert.setSubject(distinguished(input.subject));
  const issuerName = input.issuer === 'self' ? input.subject : input.issuer.name;
  cert.setIssuer(distinguished(issuerName));
  cert.setExtensions([
    { name: 'basicConstraints', cA: input.authority, critical: true },
    input.authority
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  const signingKey = input.issuer === 'self' ? input.selfKey! : input.issuer.privateKey;
  const forgeKey = forge.pki.privateKeyFromPem(signingKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  cert.sign(forgeKey, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** The private key encrypted under the passphrase, as it rests in the database. */
export function sealKey(key: KeyObject, passphrase: string): SealedKey {
  return key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString();
}

/** The private key the sealed text holds; throws when the passphrase is not the one it was sealed with. */
export function unsealKey(sealed: SealedKey, passphrase: string): KeyObject {
  return createPrivateKey({ key: sealed, format: 'pem', passphrase });
}

/** Whether the private key and the certificate belong together. */
export function keyMatchesCertificate(key: KeyObject, certificatePem: string): boolean {
  const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' });
  return spki(createPublicKey(key)).equals(spki(new X509Certificate(certificatePem).publicKey));
}

/** The key, its certificate and the certificates above it, from a PKCS#12 file of an agency's own authority. */
export function readPkcs12(file: Uint8Array, password: string): { privateKey: KeyObject; certificatePem: string; chainPems: string[] } {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(file).toString('binary'))), password);
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
  ];
  const certs = (p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []).flatMap((b) =>
    b.cert ? [forge.pki.certificateToPem(b.cert)] : [],
  );
  const keyBag = keyBags.find((b) => b.key);
  if (!keyBag?.key) throw new Error('the PKCS#12 file holds no private key');
  const privateKey = createPrivateKey(forge.pki.privateKeyToPem(keyBag.key));
  const own = certs.find((pem) => keyMatchesCertificate(privateKey, pem));
  if (!own) throw new Error('the PKCS#12 file holds no certificate for its private key');
  return { privateKey, certificatePem: own, chainPems: certs.filter((pem) => pem !== own) };
}

/** A certificate as the registry publishes it. */
export type CertificateFacts = {
  serialNumber: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER certificate, hex pairs separated by colons (as browsers and openssl print it). */
  fingerprint: string;
};

/** A distinguished name as people read it: its parts after each other, a comma in a name as written. */
const readable = (dn: string) =>
  dn
    .split('\n')
    .map((part) => part.replaceAll('\\,', ','))
    .join(', ');

export function certificateFacts(pem: string): CertificateFacts {
  const x = new X509Certificate(pem);
  return {
    serialNumber: x.serialNumber.toLowerCase(),
    subject: readable(x.subject),
    issuer: readable(x.issuer),
    notBefore: new Date(x.validFrom).toISOString(),
    notAfter: new Date(x.validTo).toISOString(),
    fingerprint: x.fingerprint256,
  };
}

/** The DER bytes of a PEM certificate. */
export const certificateDer = (pem: string): Buffer => Buffer.from(new X509Certificate(pem).raw);

/** A PEM certificate from its DER bytes. */
export const certificatePem = (der: Uint8Array): string => new X509Certificate(Buffer.from(der)).toString();
