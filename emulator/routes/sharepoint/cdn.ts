/**
 * The Office 365 CDN of the tenant's SharePoint, as the tenant object of CSOM manages it (`GetTenantCdnEnabled`,
 * `SetTenantCdnEnabled`, `CreateTenantCdnDefaultOrigins`, `GetTenantCdnOrigins`, `AddTenantCdnOrigin`): a public and a
 * private CDN, each on or off with its origins. `tenant-csom.ts` hands these methods of `new Tenant()` here.
 */
import type { TenantState } from '../../types.js';
import { CsomError, CsomValue } from './csom.js';

interface Cdn {
  enabled: boolean;
  origins: string[];
}

/** 0 is the public CDN, 1 the private one (CSOM's `SPOTenantCdnType`). */
type CdnState = [Cdn, Cdn];

const states = new WeakMap<TenantState, CdnState>();

/** The tenant's CDNs: both off with no origins until set. */
export function cdnOf(state: TenantState): CdnState {
  let found = states.get(state);
  if (!found) {
    found = [{ enabled: false, origins: [] }, { enabled: false, origins: [] }];
    states.set(state, found);
  }
  return found;
}

/** The origins SharePoint creates by default for each CDN. */
const DEFAULT_ORIGINS: readonly (readonly string[])[] = [
  ['*/MASTERPAGE', '*/STYLE LIBRARY', '*/CLIENTSIDEASSETS'],
  ['*/USERPHOTO', '*/SITEASSETS', '*/CLIENTSIDEASSETS'],
];

const CDN_METHODS = new Set(['GetTenantCdnEnabled', 'SetTenantCdnEnabled', 'CreateTenantCdnDefaultOrigins', 'GetTenantCdnOrigins', 'AddTenantCdnOrigin']);

/** An origin is a site-relative library or folder path, or one under every site (`*` then `/` and a library); no query, no wildcards inside. */
function originProblem(origin: string): string | undefined {
  if (origin.trim() === '' || /[?#%]|\*./.test(origin.replace(/^\*\//, ''))) return `The origin '${origin}' is not valid. Use a library or folder URL, or */<library> for that library of every site.`;
  return undefined;
}

/**
 * The CDN method `name` of the tenant object, or undefined when `name` is not a CDN method. Arguments: the CDN type
 * first (0 public, 1 private), then the value.
 */
export function cdnMethod(state: TenantState, name: string, args: readonly unknown[]): CsomValue | null | CsomError | undefined {
  if (!CDN_METHODS.has(name)) return undefined;
  const type = Number(args[0]);
  if (type !== 0 && type !== 1) return new CsomError(`The CDN type '${String(args[0])}' is not valid.`, 'System.ArgumentException', -2147024809);
  const cdn = cdnOf(state)[type];
  switch (name) {
    case 'GetTenantCdnEnabled':
      return new CsomValue(cdn.enabled);
    case 'SetTenantCdnEnabled':
      cdn.enabled = args[1] === true;
      return null;
    case 'CreateTenantCdnDefaultOrigins':
      for (const origin of DEFAULT_ORIGINS[type]) if (!cdn.origins.includes(origin)) cdn.origins.push(origin);
      return null;
    case 'GetTenantCdnOrigins':
      return new CsomValue([...cdn.origins]);
    default: {
      const origin = String(args[1] ?? '');
      const problem = originProblem(origin);
      if (problem) return new CsomError(problem, 'System.ArgumentException', -2147024809);
      if (cdn.origins.some((o) => o.toLowerCase() === origin.toLowerCase())) return new CsomError(`The origin '${origin}' already exists.`, 'System.ArgumentException', -2147024809);
      cdn.origins.push(origin);
      return null;
    }
  }
}
