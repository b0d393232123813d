/**
 * Reads what SharePoint reads from an uploaded .sppkg: the `AppManifest.xml` inside the zip (its title, product ID and
 * version), so that uploading a newer package of the same app makes a newer catalog version, as the service does.
 */
import { inflateRawSync } from 'node:zlib';

export interface AppManifest {
  title?: string;
  productId?: string;
  version?: string;
}

/** The bytes of one file of a zip, found through the central directory; undefined when absent or unreadable. */
export function zipEntry(zip: Buffer, name: string): Buffer | undefined {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name && local + 30 <= zip.length) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      try {
        return method === 0 ? data : method === 8 ? inflateRawSync(data) : undefined;
      } catch {
        return undefined;
      }
    }
    at += 46 + skip;
  }
  return undefined;
}

/** Title, product ID and version of the package's `AppManifest.xml` (each undefined when not found). */
export function readManifest(sppkg: Buffer): AppManifest {
  const xml = zipEntry(sppkg, 'AppManifest.xml')?.toString('utf8');
  if (xml === undefined) return {};
  const app = /<App\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const attribute = (name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(app)?.[1];
  return {
    title: /<Title>([^<]*)<\/Title>/.exec(xml)?.[1] ?? attribute('Name'),
    productId: attribute('ProductID')?.replace(/[{}]/g, '').toLowerCase(),
    version: attribute('Version'),
  };
}

/** `1.10.0.0` > `1.9.0.0`. */
export function isNewerVersion(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}
