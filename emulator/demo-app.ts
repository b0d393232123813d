/**
 * The demo app's certificate: generated once into the data directory (RSA 2048, self-signed, one year) and reused while
 * it stays valid. Written as the three forms the action accepts: a PKCS#12 file (`demo-app.pfx`, AES-256, password
 * DEMO_CERTIFICATE_PASSWORD), a PEM with certificate and unencrypted key (`demo-app.pem`), and the certificate alone
 * (`demo-app.crt`, what one uploads to the app registration).
 */
import { createHash, generateKeyPair, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildCertificate, isCurrent, loadForge, writeFileAtomic } from './ca.js';
import { DEMO_APP_NAME, DEMO_CERTIFICATE_PASSWORD } from './constants.js';
import type { RegisteredCertificate } from './types.js';

const generateKeyPairAsync = promisify(generateKeyPair);
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DemoCertificate {
  pfxPath: string;
  pemPath: string;
  certificatePath: string;
  /** Certificate only (public). */
  certificatePem: string;
  pfxBase64: string;
  password: string;
  /** Upper-case hex SHA-256 of the DER certificate (msal-node's `thumbprintSha256`). */
  thumbprintSha256: string;
  /** Upper-case hex SHA-1 (what the Entra portal shows). */
  thumbprintSha1: string;
}

/** Thumbprints of a PEM certificate in the forms Entra ID stores. */
export function registeredCertificateOf(certificatePem: string): RegisteredCertificate {
  const der = new X509Certificate(certificatePem).raw;
  return {
    thumbprintSha256: createHash('sha256').update(der).digest('base64url'),
    thumbprintSha1: createHash('sha1').update(der).digest('base64url'),
    certificatePem: new X509Certificate(certificatePem).toString(),
  };
}

async function readExisting(dir: string): Promise<{ pem: string; pfx: Buffer } | undefined> {
  try {
    const [pem, pfx] = await Promise.all([
      readFile(path.join(dir, 'demo-app.crt'), 'utf8'),
      readFile(path.join(dir, 'demo-app.pfx')),
      readFile(path.join(dir, 'demo-app.pem'), 'utf8'),
    ]);
    return isCurrent(pem, 31) ? { pem, pfx } : undefined;
  } catch {
    return undefined;
  }
}

async function createDemoCertificate(dir: string): Promise<{ pem: string; pfx: Buffer }> {
  const { privateKey, publicKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  const now = Date.now();
  const certificatePem = await buildCertificate({
    subject: DEMO_APP_NAME,
    publicKey,
    signingKey: privateKey,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 365 * DAY_MS),
  });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forge = await loadForge();
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(keyPem),
    [forge.pki.certificateFromPem(certificatePem)],
    DEMO_CERTIFICATE_PASSWORD,
    { algorithm: 'aes256', friendlyName: DEMO_APP_NAME },
  );
  const pfx = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  await writeFileAtomic(path.join(dir, 'demo-app.pfx'), pfx);
  await writeFileAtomic(path.join(dir, 'demo-app.pem'), `${certificatePem.trim()}\n${keyPem}`);
  // The .crt last: its presence marks a complete set (readExisting reads it first).
  await writeFileAtomic(path.join(dir, 'demo-app.crt'), certificatePem, 0o644);
  return { pem: certificatePem, pfx };
}

/** The demo certificate in `dir`, created when missing or about to expire. */
export async function ensureDemoCertificate(dir: string): Promise<DemoCertificate> {
  const { pem, pfx } = (await readExisting(dir)) ?? (await createDemoCertificate(dir));
  const der = new X509Certificate(pem).raw;
  return {
    pfxPath: path.join(dir, 'demo-app.pfx'),
    pemPath: path.join(dir, 'demo-app.pem'),
    certificatePath: path.join(dir, 'demo-app.crt'),
    certificatePem: pem,
    pfxBase64: pfx.toString('base64'),
    password: DEMO_CERTIFICATE_PASSWORD,
    thumbprintSha256: createHash('sha256').update(der).digest('hex').toUpperCase(),
    thumbprintSha1: createHash('sha1').update(der).digest('hex').toUpperCase(),
  };
}
