import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type * as Forge from 'node-forge';
import { ActionError } from '../errors.js';
import type { CertificateInput } from '../settings-types.js';

/** A certificate ready for msal-node's `clientCertificate`, checked for key match and validity. */
export interface LoadedCertificate {
  /** PKCS#8 PEM, unencrypted. Secret. */
  privateKeyPem: string;
  /** PEM of the leaf certificate (the one whose key signs). */
  certificatePem: string;
  /** PEM chain, leaf first, as msal-node's `clientCertificate.x5c` expects. */
  x5c: string;
  /** Upper-case hex SHA-256 thumbprint of the leaf (`clientCertificate.thumbprintSha256`). */
  thumbprintSha256: string;
  /** Upper-case hex SHA-1 thumbprint of the leaf, as the Entra portal shows it. */
  thumbprintSha1: string;
  /** Subject of the leaf, e.g. `CN=deploy`. */
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** Best-effort remarks (the certificate expires soon). */
  warnings: string[];
}

export interface LoadCertificateOptions {
  /** Base of a relative `certificate-file` path. */
  cwd: string;
  /** Clock for the validity check (tests). */
  now?: Date;
  /** Registers a secret before anything could log it. */
  onSecret: (secret: string) => void;
}

/** Largest certificate read, file or inline: a PFX or PEM with its chain is a few kilobytes. */
export const MAX_CERTIFICATE_BYTES = 1024 * 1024;

const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What was parsed from the input, before the checks common to every format. */
interface ParsedCertificate {
  keys: KeyObject[];
  certificates: X509Certificate[];
}

/**
 * Loads the certificate and private key the user gave (base64 of a PFX, a PFX file, PEM text or a PEM file; the kind
 * is detected from the content, not the file name), checks that the key belongs to the certificate and that the
 * certificate is valid now, and returns what msal-node needs. Every error is an ActionError without secret values.
 */
export async function loadCertificate(
  input: CertificateInput,
  options: LoadCertificateOptions,
): Promise<LoadedCertificate> {
  if (input.password) options.onSecret(input.password);
  let parsed: ParsedCertificate;
  if (input.kind === 'inline') {
    options.onSecret(input.value);
    // Base64 makes 4 characters of 3 bytes: a value this long cannot hold a certificate file of the allowed size.
    if (input.value.length > (MAX_CERTIFICATE_BYTES * 4) / 3 + 4096) {
      throw new ActionError(`The certificate (input 'certificate') is larger than ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MiB.`, {
        hint: 'A PFX or PEM certificate with its key is a few kilobytes: check that the secret holds the certificate.',
      });
    }
    parsed = await parseInline(input.value, input.password);
  } else {
    const absolute = resolve(options.cwd, input.path);
    parsed = await parseFile(await readCertificateFile(absolute, options), input.password, absolute);
  }
  const certificate = buildLoaded(parsed);
  options.onSecret(certificate.privateKeyPem);
  assertValidNow(certificate, options.now ?? new Date());
  return certificate;
}

async function readCertificateFile(absolute: string, options: LoadCertificateOptions): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readBounded(absolute);
  } catch (error) {
    if (error instanceof ActionError) throw error;
    throw new ActionError(`The certificate file '${absolute}' (input 'certificate-file') ${describeFsError(error)}.`, {
      hint:
        `A relative path is resolved from the working directory (${options.cwd}). A file written in another job is not ` +
        'on this runner: pass the certificate through a secret with the input `certificate` instead.',
    });
  }
  // A text file (PEM) may be logged by mistake later: register it. A binary PFX is registered as its base64.
  options.onSecret(isPemText(bytes.toString('latin1')) ? bytes.toString('utf8') : bytes.toString('base64'));
  return bytes;
}

/**
 * The bytes of a regular file of at most MAX_CERTIFICATE_BYTES. A device (`/dev/zero` never ends), a pipe or a socket is
 * refused, and so is a larger file; at most one byte more than the limit is ever read, as files such as those of /proc
 * report a size of 0. Opened without blocking (a pipe must not wait for a writer); the type is checked on the open
 * file, so a swap between check and read is not possible.
 */
async function readBounded(absolute: string): Promise<Buffer> {
  const handle = await open(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    const label = `The certificate file '${absolute}' (input 'certificate-file')`;
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!stat.isFile()) {
      throw new ActionError(`${label} is not a regular file (a device, pipe or socket).`, {
        hint: 'Give the path of the .pfx, .p12 or .pem file itself.',
      });
    }
    if (stat.size > MAX_CERTIFICATE_BYTES) throw tooLarge(label);
    const buffer = Buffer.alloc(MAX_CERTIFICATE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_CERTIFICATE_BYTES) throw tooLarge(label);
    return Buffer.from(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

function tooLarge(label: string): ActionError {
  return new ActionError(`${label} is larger than ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MiB.`, {
    hint: 'A PFX or PEM certificate with its key is a few kilobytes: check that the path names the certificate.',
  });
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? 'unknown error'})`;
}

async function parseInline(value: string, password: string | undefined): Promise<ParsedCertificate> {
  // Some secret stores keep PEM with literal "\n" escapes instead of line breaks.
  const text = value.includes('-----BEGIN') && !value.includes('\n') ? value.replace(/\\n/g, '\n') : value;
  if (isPemText(text)) return parsePem(text, password, 'The PEM text');
  const bytes = decodeBase64(value);
  if (!bytes) throw new ActionError('The certificate is neither PEM text nor base64 of a PFX file.', { hint: FORMAT_HINT });
  if (isPemText(bytes.toString('latin1'))) return parsePem(bytes.toString('utf8'), password, 'The PEM text');
  if (bytes[0] !== DER_SEQUENCE) {
    throw new ActionError('The certificate looks like base64, but it does not decode to a PFX file or PEM text.', {
      hint: FORMAT_HINT,
    });
  }
  return parseDer(bytes, password, 'The certificate (base64)');
}

async function parseFile(bytes: Buffer, password: string | undefined, path: string): Promise<ParsedCertificate> {
  const label = `The certificate file '${path}'`;
  if (isPemText(bytes.toString('latin1'))) return parsePem(bytes.toString('utf8'), password, label);
  if (bytes[0] === DER_SEQUENCE) return parseDer(bytes, password, label);
  // A text file holding base64 of a PFX (e.g. written by `base64 cert.pfx > cert.b64`).
  const decoded = decodeBase64(bytes.toString('latin1'));
  if (decoded && decoded[0] === DER_SEQUENCE) return parseDer(decoded, password, label);
  throw new ActionError(`${label} is neither PEM text nor a PFX (PKCS#12) file.`, { hint: FORMAT_HINT });
}

/** DER (and so every PFX) starts with a SEQUENCE tag. */
const DER_SEQUENCE = 0x30;

/** The bytes of base64 (or base64url) text, whitespace and line breaks ignored; undefined when it is not base64. */
function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  return Buffer.from(compact, /[-_]/.test(compact) ? 'base64url' : 'base64');
}

const FORMAT_HINT =
  'Give either PEM text (a -----BEGIN CERTIFICATE----- block followed by the -----BEGIN PRIVATE KEY----- block) or a ' +
  'PFX/.p12 file with its private key; inline, a PFX is given as base64 (`base64 -w0 cert.pfx`, or in PowerShell ' +
  '`[Convert]::ToBase64String([IO.File]::ReadAllBytes("cert.pfx"))`).';

function isPemText(text: string): boolean {
  return /-----BEGIN [A-Z0-9 ]+-----/.test(text);
}

// ---------------------------------------------------------------------------------------------------------------- PEM

function parsePem(text: string, password: string | undefined, label: string): ParsedCertificate {
  const blocks = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g)];
  const certificates: X509Certificate[] = [];
  const keys: KeyObject[] = [];
  for (const [block, type] of blocks) {
    if (type === 'CERTIFICATE' || type === 'TRUSTED CERTIFICATE') certificates.push(parsePemCertificate(block, label));
    else if (type.endsWith('PRIVATE KEY')) keys.push(parsePemKey(block, type, password));
  }
  if (certificates.length === 0 && keys.length === 0) {
    throw new ActionError(
      `${label} holds no certificate and no private key (found: ${describeBlocks(blocks.map((b) => b[1]))}).`,
      { hint: FORMAT_HINT },
    );
  }
  return { keys, certificates };
}

function describeBlocks(types: string[]): string {
  return types.length === 0 ? 'no complete PEM block' : types.map((t) => `-----BEGIN ${t}-----`).join(', ');
}

function parsePemCertificate(block: string, label: string): X509Certificate {
  try {
    return new X509Certificate(block.replace('TRUSTED CERTIFICATE', 'CERTIFICATE'));
  } catch {
    throw new ActionError(`${label} has a -----BEGIN CERTIFICATE----- block that is not a valid certificate.`, {
      hint: 'Copy the PEM again without changing its lines (a secret store may have folded or trimmed them).',
    });
  }
}

function parsePemKey(block: string, type: string, password: string | undefined): KeyObject {
  const encrypted = type === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(block);
  if (encrypted && !password) {
    throw new ActionError('The private key is encrypted, but no password was given.', {
      hint: 'Set the input `certificate-password` to the password of the key (from a secret).',
    });
  }
  try {
    return createPrivateKey(encrypted ? { key: block, format: 'pem', passphrase: password } : block);
  } catch {
    if (encrypted) {
      throw new ActionError('The certificate password is wrong: it does not decrypt the private key.', {
        hint: 'Check the secret behind the input `certificate-password`: it must be the password the key was encrypted with.',
      });
    }
    throw new ActionError(`The -----BEGIN ${type}----- block is not a valid private key.`, {
      hint: 'Copy the PEM again without changing its lines (a secret store may have folded or trimmed them).',
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------- PFX

async function parseDer(bytes: Buffer, password: string | undefined, label: string): Promise<ParsedCertificate> {
  // node-forge is only needed for PFX files: load it on demand (it is large and slows every start otherwise).
  const forge = (await import('node-forge')).default;
  let asn1: Forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')));
  } catch {
    throw new ActionError(`${label} is neither PEM text nor a PFX (PKCS#12) file.`, { hint: FORMAT_HINT });
  }
  if (isBareCertificate(bytes)) {
    throw new ActionError(`${label} is a certificate without its private key (a DER .cer/.crt file), not a PFX file.`, {
      hint: 'Give the PFX exported with its private key, or PEM text with the certificate and the key.',
    });
  }
  const p12 = openPfx(forge, asn1, password, label);
  return { keys: pfxKeys(forge, p12), certificates: pfxCertificates(forge, p12) };
}

function isBareCertificate(bytes: Buffer): boolean {
  try {
    new X509Certificate(bytes);
    return true;
  } catch {
    return false;
  }
}

function openPfx(
  forge: ForgeModule,
  asn1: Forge.asn1.Asn1,
  password: string | undefined,
  label: string,
): Forge.pkcs12.Pkcs12Pfx {
  // Without a password, try the empty one (OpenSSL `-passout pass:`) and then none (some Windows exports).
  const attempts = password ? [password] : ['', undefined];
  let lastError: unknown;
  for (const attempt of attempts) {
    try {
      return forge.pkcs12.pkcs12FromAsn1(asn1, true, attempt as string);
    } catch (error) {
      lastError = error;
    }
  }
  const message = lastError instanceof Error ? lastError.message : '';
  if (/Invalid password|wrong password|MAC could not be verified/i.test(message)) {
    if (!password) {
      throw new ActionError('The PFX file is protected by a password, but no password was given.', {
        hint: 'Set the input `certificate-password` to the password of the PFX (from a secret).',
      });
    }
    throw new ActionError('The certificate password is wrong: it does not open the PFX file.', {
      hint: 'Check the secret behind the input `certificate-password`: it must be the password the PFX was exported with.',
    });
  }
  if (/unsupported/i.test(message)) {
    throw new ActionError(`${label} is a PFX file encrypted with an algorithm that cannot be read (${firstLine(message)}).`, {
      hint:
        'Re-export it with common algorithms, e.g. `openssl pkcs12 -in old.pfx -nodes -out all.pem` then ' +
        '`openssl pkcs12 -export -in all.pem -out new.pfx` (AES-256, SHA-256 MAC).',
    });
  }
  throw new ActionError(`${label} is binary (DER) data, but not a PFX (PKCS#12) file.`, { hint: FORMAT_HINT });
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/\.$/, '') || 'unknown structure';
}

type ForgeModule = typeof Forge;

function bagsOf(p12: Forge.pkcs12.Pkcs12Pfx, bagType: string): Forge.pkcs12.Bag[] {
  return p12.getBags({ bagType })[bagType] ?? [];
}

function pfxKeys(forge: ForgeModule, p12: Forge.pkcs12.Pkcs12Pfx): KeyObject[] {
  const bags = [...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(p12, forge.pki.oids.keyBag)];
  return bags.map((bag) => {
    // node-forge parses RSA keys only; for other key types it leaves the PrivateKeyInfo ASN.1 in `bag.asn1`.
    const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1;
    const der = Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary');
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  });
}

function pfxCertificates(forge: ForgeModule, p12: Forge.pkcs12.Pkcs12Pfx): X509Certificate[] {
  return bagsOf(p12, forge.pki.oids.certBag).map((bag) => {
    const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
    return new X509Certificate(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  });
}

// ------------------------------------------------------------------------------------------------------------- checks

function buildLoaded(parsed: ParsedCertificate): LoadedCertificate {
  const { keys, certificates } = parsed;
  if (keys.length === 0) {
    throw new ActionError(
      `The certificate has no private key: only ${certificates.length} certificate(s) were found (${certificates
        .map(subjectOf)
        .join('; ')}).`,
      {
        hint:
          'Entra ID needs the private key to sign. Export the PFX with its private key (Windows: "Yes, export the ' +
          'private key"; OpenSSL: `openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.pfx`), or append the ' +
          'private key PEM to the certificate PEM.',
      },
    );
  }
  if (certificates.length === 0) {
    throw new ActionError('The certificate has a private key but no certificate.', {
      hint:
        'Entra ID identifies the key by the thumbprint of its certificate: put the -----BEGIN CERTIFICATE----- block ' +
        'before the key, or give the PFX that holds both.',
    });
  }
  const { key, leaf } = findLeaf(keys, certificates);
  const rest = certificates.filter((c) => c !== leaf);
  return {
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: leaf.toString(),
    x5c: [leaf, ...rest].map((c) => c.toString()).join(''),
    thumbprintSha256: leaf.fingerprint256.replace(/:/g, '').toUpperCase(),
    thumbprintSha1: leaf.fingerprint.replace(/:/g, '').toUpperCase(),
    subject: subjectOf(leaf),
    notBefore: new Date(leaf.validFrom),
    notAfter: new Date(leaf.validTo),
    warnings: [],
  };
}

function findLeaf(keys: KeyObject[], certificates: X509Certificate[]): { key: KeyObject; leaf: X509Certificate } {
  for (const key of keys) {
    const leaf = certificates.find((c) => keyMatches(c, key));
    if (leaf) return { key, leaf };
  }
  const first = certificates[0] as X509Certificate;
  const which =
    certificates.length === 1
      ? `the certificate '${subjectOf(first)}' (SHA-1 thumbprint ${thumbprintSha1Of(first)})`
      : `any of the ${certificates.length} certificates (${certificates.map(subjectOf).join('; ')})`;
  throw new ActionError(`The private key does not belong to ${which}.`, {
    hint: 'Give the certificate together with the key it was created with (a PFX export from the same machine holds both).',
  });
}

function keyMatches(certificate: X509Certificate, key: KeyObject): boolean {
  try {
    return certificate.checkPrivateKey(key);
  } catch {
    return false;
  }
}

function subjectOf(certificate: X509Certificate): string {
  return certificate.subject.split('\n').filter(Boolean).join(', ');
}

function thumbprintSha1Of(certificate: X509Certificate): string {
  return certificate.fingerprint.replace(/:/g, '').toUpperCase();
}

function assertValidNow(certificate: LoadedCertificate, now: Date): void {
  const name = `'${certificate.subject}' (SHA-1 thumbprint ${certificate.thumbprintSha1})`;
  if (now < certificate.notBefore) {
    throw new ActionError(`The certificate ${name} is not valid before ${formatDate(certificate.notBefore)}.`, {
      hint: `Check the runner's clock (now ${formatDate(now)}), or use a certificate that is valid today.`,
    });
  }
  if (now > certificate.notAfter) {
    throw new ActionError(`The certificate ${name} expired on ${formatDate(certificate.notAfter)}.`, {
      hint:
        'Create a new certificate, upload its public part (.cer/.crt) to the app registration under Certificates & ' +
        'secrets, and update the secret that holds it.',
    });
  }
  const daysLeft = Math.floor((certificate.notAfter.getTime() - now.getTime()) / DAY_MS);
  if (daysLeft < EXPIRY_WARNING_DAYS) {
    certificate.warnings.push(
      `The certificate ${name} expires on ${formatDate(certificate.notAfter)} (in ${daysLeft} day(s)): create a new ` +
        'one and upload it to the app registration before then.',
    );
  }
}

/** `2021-01-01 00:00:00 UTC`. */
function formatDate(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
