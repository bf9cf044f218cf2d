import { createHash, sign as rsaSign, verify as rsaVerify, X509Certificate, type KeyObject } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import type { Doc } from './plan-blocks.ts';

// A copy is signed as a PAdES baseline B-B signature: a detached CMS SignedData over the file's bytes
// except the signature itself (ETSI.CAdES.detached), SHA-256, with the signing certificate named in a
// signed attribute (ESS signing-certificate-v2) and the claimed signing time in the signature's /M entry,
// not in the CMS (EN 319 142-1). RSA PKCS#1 v1.5 makes the signature a function of the bytes, so a copy
// rendered again from its snapshot is the same file.

/**
 * Room for the CMS in the file: the signer's certificate and the authority's (about 1 KiB each; an
 * agency's own authority may add one or two more) and the signature, with margin.
 */
const SIGNATURE_ROOM = 6 * 1024;
const BYTE_RANGE_PLACEHOLDER = '**********';

export type SignatureLabel = { reason: string; location: string; name: string; signedAt: Date };

/**
 * Adds an empty signature to the document (on its first page, invisible: a reader lists it in its
 * signature panel), to be filled by signCopy once the file is written.
 */
export function reserveSignature(doc: Doc, label: SignatureLabel): void {
  const signature = doc.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    // pdfkit writes a JS string as a PDF name: "/**********", the placeholder @signpdf/signpdf fills.
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: new Uint8Array(SIGNATURE_ROOM),
    Reason: new String(label.reason),
    Location: new String(label.location),
    Name: new String(label.name),
    M: label.signedAt,
  });
  signature.end(undefined);
  doc.switchToPage(doc.bufferedPageRange().start);
  const widget = doc.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [0, 0, 0, 0],
    V: signature,
    T: new String('Signature of the compiling agency'),
    F: 132, // print, locked
    P: doc.page.dictionary,
  });
  widget.end(undefined);
  doc.page.annotations.push(widget);
  // pdfkit writes the document's form itself when the document ends (and asks it for a default font,
  // which a form of one signature field does not use): it is given the form in the shape it expects.
  const inner = doc as unknown as { _root: { data: Record<string, unknown> }; _acroform?: { fonts: Record<string, unknown>; defaultFont: string } };
  inner._acroform = { fonts: {}, defaultFont: 'none' };
  inner._root.data.AcroForm = doc.ref({ SigFlags: 3, Fields: [widget], DR: { Font: {} } });
}

/** What a copy is signed with: the agency's private key, its certificate, and the certificates above it. */
export type SigningIdentity = { privateKey: KeyObject; certificatePem: string; chainPems: readonly string[] };

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const CONTEXT = asn1.Class.CONTEXT_SPECIFIC;
const oid = (id: string) => asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const seq = (items: forge.asn1.Asn1[]) => asn1.create(U, asn1.Type.SEQUENCE, true, items);
const setOf = (items: forge.asn1.Asn1[]) => asn1.create(U, asn1.Type.SET, true, items);
const integer = (n: number) => asn1.create(U, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const octets = (bytes: Uint8Array) => asn1.create(U, asn1.Type.OCTETSTRING, false, Buffer.from(bytes).toString('binary'));
const toDer = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const fromDer = (bytes: Uint8Array) => asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary')));

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
};

const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** The signed attributes in DER order (a SET OF is sorted by its members' encodings). */
function signedAttributes(digest: Uint8Array, signerDer: Uint8Array): forge.asn1.Asn1[] {
  const attributes = [
    seq([oid(OID.contentType), setOf([oid(OID.data)])]),
    seq([oid(OID.messageDigest), setOf([octets(digest)])]),
    // ESSCertIDv2 with the default hash (SHA-256): just the certificate's hash.
    seq([oid(OID.signingCertificateV2), setOf([seq([seq([seq([octets(sha256(signerDer))])])])])]),
  ];
  return attributes
    .map((a) => ({ a, der: toDer(a) }))
    .sort((x, y) => Buffer.compare(x.der, y.der))
    .map((x) => x.a);
}

/** The CMS SignedData (DER) over `content`, detached. */
export function cadesSignature(content: Uint8Array, identity: SigningIdentity): Buffer {
  const signerDer = Buffer.from(new X509Certificate(identity.certificatePem).raw);
  const chainDer = identity.chainPems.map((pem) => Buffer.from(new X509Certificate(pem).raw));
  const signer = fromDer(signerDer);
  const tbs = (signer.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[];
  // tbsCertificate: [0] version, serialNumber, signature, issuer, …
  const issuerAndSerial = seq([fromDer(toDer(tbs[3]!)), fromDer(toDer(tbs[1]!))]);
  const attributes = signedAttributes(sha256(content), signerDer);
  const signature = rsaSign('sha256', toDer(setOf(attributes)), identity.privateKey);
  const digestAlgorithm = seq([oid(OID.sha256)]);
  const signerInfo = seq([
    integer(1),
    issuerAndSerial,
    digestAlgorithm,
    asn1.create(CONTEXT, 0, true, attributes),
    seq([oid(OID.sha256WithRsa), asn1.create(U, asn1.Type.NULL, false, '')]),
    octets(signature),
  ]);
  const signedData = seq([
    integer(1),
    setOf([digestAlgorithm]),
    seq([oid(OID.data)]),
    asn1.create(CONTEXT, 0, true, [signerDer, ...chainDer].map(fromDer)),
    setOf([signerInfo]),
  ]);
  return toDer(seq([oid(OID.signedData), asn1.create(CONTEXT, 0, true, [signedData])]));
}

class AgencySigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return cadesSignature(pdfBuffer, this.identity);
  }
}

/** Fills the signature reserved in a rendered copy. The same file and identity always give the same bytes. */
export async function signCopy(pdf: Uint8Array, identity: SigningIdentity): Promise<Uint8Array> {
  return new Uint8Array(await new SignPdf().sign(Buffer.from(pdf), new AgencySigner(identity)));
}

export type SignatureCheck =
  | { signed: false }
  | {
      signed: true;
      /** The signature is the signer's over exactly these bytes. */
      valid: boolean;
      /** Nothing was added to the file after it was signed. */
      wholeFile: boolean;
      signerCertificatePem: string | null;
      problems: string[];
    };

/** Checks a PDF's signature as pdfsig does: the digest of the signed ranges, the signature under the signer's key, the ranges covering the file. */
export function checkSignature(pdfBytes: Uint8Array): SignatureCheck {
  const pdf = Buffer.from(pdfBytes);
  const at = pdf.lastIndexOf('/ByteRange [');
  if (at < 0) return { signed: false };
  const range = pdf
    .subarray(at + '/ByteRange ['.length, pdf.indexOf(']', at))
    .toString('latin1')
    .trim()
    .split(/\s+/)
    .map(Number);
  const [a, b, c, d] = range as [number, number, number, number];
  const problems: string[] = [];
  if (range.length !== 4 || range.some((n) => !Number.isInteger(n) || n < 0) || a !== 0 || b >= c || c + d > pdf.length) {
    return { signed: true, valid: false, wholeFile: false, signerCertificatePem: null, problems: ['the signed byte ranges are malformed'] };
  }
  const wholeFile = c + d === pdf.length;
  if (!wholeFile) problems.push('the file was changed after it was signed (bytes follow the signed part)');
  const hex = pdf.subarray(b + 1, c - 1).toString('latin1');
  let cms: forge.asn1.Asn1;
  try {
    // The CMS is followed by the zeros that pad the room reserved for it.
    const lenient = asn1.fromDer as unknown as (bytes: forge.util.ByteBuffer, options: { parseAllBytes: boolean }) => forge.asn1.Asn1;
    cms = lenient(forge.util.createBuffer(Buffer.from(hex, 'hex').toString('binary')), { parseAllBytes: false });
  } catch {
    return { signed: true, valid: false, wholeFile, signerCertificatePem: null, problems: [...problems, 'the signature is not a CMS structure'] };
  }
  try {
    const signedData = ((cms.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[];
    const certificates = signedData.find((n) => n.tagClass === CONTEXT && n.type === 0)?.value as forge.asn1.Asn1[] | undefined;
    const signerInfo = (signedData.at(-1)!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[];
    const attributes = signerInfo.find((n) => n.tagClass === CONTEXT && n.type === 0)!;
    const signature = Buffer.from(signerInfo.at(-1)!.value as string, 'binary');
    const attributesDer = toDer(attributes);
    attributesDer[0] = 0x31; // signed as a SET OF, carried as [0] IMPLICIT
    const children = (n: forge.asn1.Asn1 | undefined) => (n?.value ?? []) as forge.asn1.Asn1[];
    const bytes = (n: forge.asn1.Asn1 | undefined) => (n && typeof n.value === 'string' ? Buffer.from(n.value, 'binary') : null);
    // An attribute's first value: SEQUENCE { type, SET { value } }.
    const attribute = (type: string) =>
      children(children(attributes).find((x) => asn1.derToOid(forge.util.createBuffer(children(x)[0]!.value as string)) === type))[1]?.value?.[0] as
        | forge.asn1.Asn1
        | undefined;
    const digest = bytes(attribute(OID.messageDigest));
    if (!digest?.equals(sha256(pdf.subarray(a, a + b), pdf.subarray(c, c + d)))) problems.push('the document was changed after it was signed');
    // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { [hashAlgorithm], certHash, … } }
    const essCertId = children(children(children(attribute(OID.signingCertificateV2))[0])[0]);
    const certHash = bytes(essCertId.find((n) => n.type === asn1.Type.OCTETSTRING));
    const candidates = children({ value: certificates ?? [] } as forge.asn1.Asn1).map((n) => new X509Certificate(toDer(n)));
    const signer = candidates.find((x) => rsaVerify('sha256', attributesDer, x.publicKey, signature));
    if (!signer) problems.push('the signature does not verify under any certificate it carries');
    else if (!certHash) problems.push('the signing-certificate attribute is missing (PAdES requires it)');
    else if (!certHash.equals(sha256(signer.raw))) problems.push('the signing-certificate attribute names another certificate');
    return { signed: true, valid: problems.length === 0, wholeFile, signerCertificatePem: signer?.toString() ?? null, problems };
  } catch {
    return { signed: true, valid: false, wholeFile, signerCertificatePem: null, problems: [...problems, 'the signature is not a CMS SignedData'] };
  }
}
