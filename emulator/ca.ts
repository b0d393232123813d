/**
 * The emulator's local certificate authority and the keys it keeps on disk.
 *
 * Key generation is the slow part of starting the emulator (about 200 ms per RSA-2048 key here), so every key and
 * certificate is written to the data directory once and read back on later starts. node-forge (pure JS) only builds the
 * X.509 structures; it is imported lazily, and signatures are made with Node's crypto, which is much faster.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  randomBytes,
  sign,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type forgeNamespace from 'node-forge';

type Forge = typeof forgeNamespace;

const generateKeyPairAsync = promisify(generateKeyPair);
const DAY_MS = 24 * 60 * 60 * 1000;

let forgeModule: Promise<Forge> | undefined;

/** node-forge, loaded on first use only (it costs ~60 ms to import and a warm start never needs it). */
export function loadForge(): Promise<Forge> {
  forgeModule ??= import('node-forge').then((m) => m.default);
  return forgeModule;
}

/** Writes a file through a temporary name and a rename, so that a concurrent reader never sees half a file. */
export async function writeFileAtomic(file: string, data: string | Buffer, mode = 0o600): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, data, { mode });
  await rename(temp, file);
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads an RSA private key (PKCS#8 PEM) from `file`, creating it when absent. */
export async function ensureKey(file: string): Promise<KeyObject> {
  const pem = await readIfPresent(file);
  if (pem) return createPrivateKey(pem);
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  await writeFileAtomic(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return privateKey;
}

export interface CertificateSpec {
  subject: string;
  /** Common name of the issuer; the subject for a self-signed certificate. */
  issuer?: string;
  publicKey: KeyObject;
  signingKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
  /** A CA certificate (basicConstraints cA, keyCertSign). */
  ca?: boolean;
  /** DNS names of a TLS server certificate. */
  dnsNames?: string[];
}

function extensionsOf(spec: CertificateSpec): object[] {
  if (spec.ca) {
    return [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ];
  }
  const extensions: object[] = [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (spec.dnsNames) {
    extensions.push({ name: 'extKeyUsage', serverAuth: true });
    extensions.push({ name: 'subjectAltName', altNames: spec.dnsNames.map((value) => ({ type: 2, value })) });
  } else {
    extensions.push({ name: 'extKeyUsage', clientAuth: true, serverAuth: true });
  }
  return extensions;
}

/** Builds an X.509 v3 certificate (PEM) with node-forge and signs it (SHA-256 with RSA) with Node's crypto. */
export async function buildCertificate(spec: CertificateSpec): Promise<string> {
  const forge = await loadForge();
  const cert = forge.pki.createCertificate();
  const publicKey = spec.publicKey.type === 'private' ? createPublicKey(spec.publicKey) : spec.publicKey;
  const spki = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  cert.publicKey = forge.pki.publicKeyFromPem(spki);
  // A positive serial: the first byte stays below 0x80.
  cert.serialNumber = `1${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  cert.setSubject([{ name: 'commonName', value: spec.subject }]);
  cert.setIssuer([{ name: 'commonName', value: spec.issuer ?? spec.subject }]);
  cert.setExtensions(extensionsOf(spec));
  // forge computes the TBS structure and hands us a digest object; we sign the DER of that structure ourselves.
  const signer = {
    sign: () => {
      const der = forge.asn1.toDer(cert.tbsCertificate).getBytes();
      return sign('sha256', Buffer.from(der, 'binary'), spec.signingKey).toString('binary');
    },
  };
  cert.sign(signer as unknown as forgeNamespace.pki.rsa.PrivateKey, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** Whether a PEM certificate is valid now and for at least `marginDays` more days. */
export function isCurrent(certPem: string, marginDays: number): boolean {
  const cert = new X509Certificate(certPem);
  const now = Date.now();
  return Date.parse(cert.validFrom) <= now && Date.parse(cert.validTo) - now > marginDays * DAY_MS;
}

export interface LocalCa {
  certPem: string;
  keyPem: string;
  certPath: string;
}

const CA_SUBJECT = 'm365-action emulator local CA';

/** Creates (or reuses, when present and valid) the emulator CA: `ca.pem` and `ca-key.pem` in `dir`. */
export async function ensureCa(dir: string): Promise<LocalCa> {
  const certPath = path.join(dir, 'ca.pem');
  const keyPath = path.join(dir, 'ca-key.pem');
  const [certPem, keyPem] = await Promise.all([readIfPresent(certPath), readIfPresent(keyPath)]);
  if (certPem && keyPem && isCurrent(certPem, 30)) return { certPem, keyPem, certPath };
  const { privateKey, publicKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  const now = Date.now();
  const pem = await buildCertificate({
    subject: CA_SUBJECT,
    publicKey,
    signingKey: privateKey,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 5 * 365 * DAY_MS),
    ca: true,
  });
  const newKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Key first: a reader that finds the new certificate must find its key.
  await writeFileAtomic(keyPath, newKeyPem);
  await writeFileAtomic(certPath, pem, 0o644);
  return { certPem: pem, keyPem: newKeyPem, certPath };
}

/** Hex SHA-256 of a certificate's DER, to tie a cached leaf to the CA that signed it. */
export function fingerprintOf(certPem: string): string {
  return createHash('sha256').update(new X509Certificate(certPem).raw).digest('hex');
}

interface LeafStamp {
  ca: string;
  hosts: string[];
}

/**
 * Server certificates for the emulated hosts, signed by the CA. One key serves every host. A default leaf with all the
 * known host names is cached on disk (`leaf.pem`, stamped with the CA and host list it was made for); a host outside that
 * list gets its own leaf on demand (see `leafFor`).
 */
export class LeafCertificates {
  private readonly extra = new Map<string, Promise<string>>();

  private constructor(
    private readonly ca: LocalCa,
    readonly keyPem: string,
    readonly defaultCertPem: string,
    readonly defaultHosts: readonly string[],
  ) {}

  static async create(dir: string, ca: LocalCa, hosts: readonly string[]): Promise<LeafCertificates> {
    const key = await ensureKey(path.join(dir, 'leaf-key.pem'));
    const keyPem = key.export({ type: 'pkcs8', format: 'pem' }).toString();
    const stamp: LeafStamp = { ca: fingerprintOf(ca.certPem), hosts: [...hosts].sort() };
    const certPath = path.join(dir, 'leaf.pem');
    const stampPath = path.join(dir, 'leaf.json');
    const [cached, cachedStamp] = await Promise.all([readIfPresent(certPath), readIfPresent(stampPath)]);
    if (cached && cachedStamp === JSON.stringify(stamp) && isCurrent(cached, 7)) {
      return new LeafCertificates(ca, keyPem, cached, stamp.hosts);
    }
    const pem = await signLeaf(ca, key, stamp.hosts);
    await writeFileAtomic(certPath, pem, 0o644);
    await writeFileAtomic(stampPath, JSON.stringify(stamp), 0o644);
    return new LeafCertificates(ca, keyPem, pem, stamp.hosts);
  }

  /** Whether the default leaf covers `host` (exactly or by a one-label wildcard). */
  covers(host: string): boolean {
    return this.defaultHosts.some((name) => {
      if (!name.startsWith('*.')) return name === host;
      const suffix = name.slice(1);
      const label = host.slice(0, -suffix.length);
      return host.endsWith(suffix) && label.length > 0 && !label.includes('.');
    });
  }

  /** A certificate PEM for a host the default leaf does not cover (made once per host). */
  leafFor(host: string): Promise<string> {
    let pem = this.extra.get(host);
    if (!pem) {
      pem = signLeaf(this.ca, createPrivateKey(this.keyPem), [host]);
      this.extra.set(host, pem);
    }
    return pem;
  }
}

async function signLeaf(ca: LocalCa, leafKey: KeyObject, hosts: string[]): Promise<string> {
  const now = Date.now();
  return buildCertificate({
    subject: hosts[0] ?? 'localhost',
    issuer: CA_SUBJECT,
    publicKey: leafKey,
    signingKey: createPrivateKey(ca.keyPem),
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 365 * DAY_MS),
    dnsNames: hosts,
  });
}
