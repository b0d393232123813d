import { ActionError } from '../../errors.js';
import { isHttpStatus } from '../../http/errors.js';
import type { CommandContext } from '../types.js';
import { ACCEPT, guidLiteral, literal, serverRelativePath, trimSlashes } from './odata.js';
import { opt } from './options.js';

/**
 * Lookups that several commands share. Each asks the service at most once per run for the same thing (`context.once`),
 * so ten app commands cost one tenant-settings request, not ten.
 */

/** Where an app lives: the tenant app catalog or a site collection app catalog. */
export type AppCatalogScope = 'tenant' | 'sitecollection';

/** The app catalog options of the `spo app` commands, as the CLI names them. */
export const appCatalogOptions = {
  appCatalogScope: opt.enum(['tenant', 'sitecollection'], "Scope of the app catalog: 'tenant' (default) or 'sitecollection'.", { short: 's' }),
  appCatalogUrl: opt.site('URL of the app catalog site. Default: the tenant app catalog (required for sitecollection scope).', { short: 'u' }),
};

/** `--id` or `--name` of an app. */
export const appIdOrNameOptions = {
  id: opt.guid('ID (UniqueId) of the app. Specify either id or name.', { short: 'i' }),
  name: opt.string('File name of the app (e.g. app.sppkg). Specify either id or name.', { short: 'n' }),
};

interface CatalogOptions {
  readonly appCatalogScope?: AppCatalogScope;
  readonly appCatalogUrl?: string;
}

/** `tenantappcatalog` or `sitecollectionappcatalog`: the REST name of the catalog of that scope. */
export function catalogPath(options: CatalogOptions): string {
  return `${options.appCatalogScope ?? 'tenant'}appcatalog`;
}

/** The CLI's rule: a site collection catalog cannot be discovered, it must be named. */
export function validateCatalogScope(options: CatalogOptions): string | undefined {
  if (options.appCatalogScope === 'sitecollection' && options.appCatalogUrl === undefined) {
    return 'You must specify appCatalogUrl when the appCatalogScope is sitecollection';
  }
  return undefined;
}

/**
 * The URL of the app catalog site: `--appCatalogUrl` when given (a site collection catalog URL pointing at its
 * `/AppCatalog` library is trimmed to the site, like the CLI does), else the tenant app catalog that SharePoint reports
 * in `SP_TenantSettings_Current`.
 */
export async function appCatalogUrl(context: CommandContext, options: CatalogOptions): Promise<string> {
  if (options.appCatalogUrl !== undefined) return trimLibrary(trimSlashes(options.appCatalogUrl), options.appCatalogScope ?? 'tenant');
  const root = context.sharePointUrl;
  if (root === undefined) {
    throw new ActionError('The SharePoint root URL is unknown, so the tenant app catalog cannot be found.', {
      hint: 'Set the spo-url input or pass --appCatalogUrl.',
    });
  }
  const url = `${trimSlashes(root)}/_api/SP_TenantSettings_Current`;
  const catalog = await context.once(url, async () => {
    const response = await context.http.request<{ CorporateCatalogUrl?: string | null }>({ url, headers: { ...ACCEPT.sharepoint } });
    return response.body?.CorporateCatalogUrl;
  });
  if (!catalog) {
    throw new ActionError('Tenant app catalog is not configured.', {
      hint: 'Create the tenant app catalog (SharePoint admin center > More features > Apps), or pass --appCatalogUrl.',
    });
  }
  return trimSlashes(catalog);
}

/** `https://x/sites/a/AppCatalog` → `https://x/sites/a`, but a site named `/sites/appcatalog` is kept. */
function trimLibrary(url: string, scope: AppCatalogScope): string {
  if (scope !== 'sitecollection') return url;
  const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
  if (segments.length > 2 && segments[segments.length - 1].toLowerCase() === 'appcatalog') return url.slice(0, url.lastIndexOf('/'));
  return url;
}

/** The app's UniqueId: `--id` as given, or looked up by file name in the catalog's `AppCatalog` library. */
export async function appId(context: CommandContext, catalogUrl: string, options: { id?: string; name?: string }): Promise<string> {
  if (options.id !== undefined) return options.id;
  const name = options.name ?? '';
  const url = `${catalogUrl}/_api/web/GetFolderByServerRelativePath(DecodedUrl='AppCatalog')/files(${literal(name)})?$select=UniqueId`;
  try {
    const response = await context.http.request<{ UniqueId: string }>({ url, headers: { ...ACCEPT.sharepoint } });
    return response.body.UniqueId;
  } catch (error) {
    if (!isHttpStatus(error, 404)) throw error;
    // SharePoint's own message, as the CLI shows it; the hint replaces the client's generic 404 one with the fix.
    throw new ActionError(error.message, {
      code: error.code,
      cause: error,
      hint: `No app named '${name}' in the app catalog ${catalogUrl}. List the apps with 'spo app list' or use --id.`,
    });
  }
}

/** How a command names a list: by ID, title or URL (the CLI's `listId` / `listTitle` / `listUrl`). */
export interface ListReference {
  readonly listId?: string;
  readonly listTitle?: string;
  readonly listUrl?: string;
}

/** `<web>/_api/web/lists(guid'…')`, `…/lists/getByTitle('…')` or `…/GetList('…')`. */
export function listApiUrl(webUrl: string, list: ListReference): string {
  const web = trimSlashes(webUrl);
  if (list.listId !== undefined) return `${web}/_api/web/lists(${guidLiteral(list.listId)})`;
  if (list.listTitle !== undefined) return `${web}/_api/web/lists/getByTitle(${literal(list.listTitle)})`;
  return `${web}/_api/web/GetList(${literal(serverRelativePath(web, list.listUrl ?? ''))})`;
}
