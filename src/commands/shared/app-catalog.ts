import { ActionError } from '../../errors.js';
import type { CommandContext, OptionRule, OptionSchema, Options } from '../types.js';
import { NO_METADATA, odataString, stringOption, trimSlashes } from './sharepoint.js';

/** Where an app lives: the tenant app catalog or a site collection app catalog. */
export type AppCatalogScope = 'tenant' | 'sitecollection';

export const APP_CATALOG_SCOPE_OPTION: OptionSchema = {
  name: 'appCatalogScope',
  short: 's',
  type: 'string',
  enum: ['tenant', 'sitecollection'],
  description: "Scope of the app catalog: 'tenant' (default) or 'sitecollection'.",
};

export const APP_CATALOG_URL_OPTION: OptionSchema = {
  name: 'appCatalogUrl',
  short: 'u',
  type: 'url',
  description: 'URL of the app catalog site. Default: the tenant app catalog (required for sitecollection scope).',
};

/** Either `--id` or `--name` of the app, as the CLI's app commands take them. */
export const APP_ID_OR_NAME_OPTIONS: readonly OptionSchema[] = [
  { name: 'id', short: 'i', type: 'guid', description: 'ID (UniqueId) of the app. Specify either id or name.' },
  { name: 'name', short: 'n', type: 'string', description: 'File name of the app (e.g. app.sppkg). Specify either id or name.' },
];

export const APP_ID_OR_NAME_RULE: OptionRule = { kind: 'exactlyOne', options: ['id', 'name'] };

/** The scope asked for (tenant by default). */
export function catalogScope(options: Options): AppCatalogScope {
  return options.appCatalogScope === 'sitecollection' ? 'sitecollection' : 'tenant';
}

/** The CLI's rule: a site collection catalog cannot be discovered, it must be named. */
export function validateCatalogScope(options: Options): string | undefined {
  if (catalogScope(options) === 'sitecollection' && stringOption(options.appCatalogUrl) === undefined) {
    return 'You must specify appCatalogUrl when the appCatalogScope is sitecollection';
  }
  return undefined;
}

/**
 * The URL of the app catalog site: `--appCatalogUrl` when given (a site collection catalog URL pointing at its
 * `/AppCatalog` library is trimmed to the site, like the CLI does), else the tenant app catalog that SharePoint reports
 * in `SP_TenantSettings_Current`.
 */
export async function resolveAppCatalogUrl(context: CommandContext, options: Options): Promise<string> {
  const given = stringOption(options.appCatalogUrl);
  if (given !== undefined) return trimLibrary(trimSlashes(given), catalogScope(options));
  const root = context.sharePointUrl;
  if (root === undefined) {
    throw new ActionError('The SharePoint root URL is unknown, so the tenant app catalog cannot be found.', {
      hint: 'Set the spo-url input or pass --appCatalogUrl.',
    });
  }
  const url = `${trimSlashes(root)}/_api/SP_TenantSettings_Current`;
  const catalog = await context.once(url, async () => {
    const response = await context.http.request<{ CorporateCatalogUrl?: string | null }>({ url, headers: { ...NO_METADATA } });
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
  if (segments.length > 2 && segments[segments.length - 1].toLowerCase() === 'appcatalog') {
    return url.slice(0, url.lastIndexOf('/'));
  }
  return url;
}

/** The app's UniqueId: `--id` as given, or looked up by file name in the catalog's `AppCatalog` library. */
export async function resolveAppId(context: CommandContext, catalogUrl: string, options: Options): Promise<string> {
  const id = stringOption(options.id);
  if (id !== undefined) return id;
  const name = stringOption(options.name) ?? '';
  const url = `${catalogUrl}/_api/web/GetFolderByServerRelativePath(DecodedUrl='AppCatalog')/files(${odataString(name)})?$select=UniqueId`;
  try {
    const response = await context.http.request<{ UniqueId: string }>({ url, headers: { ...NO_METADATA } });
    return response.body.UniqueId;
  } catch (error) {
    if (!(error instanceof ActionError) || !isNotFound(error)) throw error;
    // SharePoint's own message, as the CLI shows it; the hint replaces the client's generic 404 one with the fix.
    throw new ActionError(error.message, {
      code: error.code,
      cause: error,
      hint: `No app named '${name}' in the app catalog ${catalogUrl}. List the apps with 'spo app list' or use --id.`,
    });
  }
}

function isNotFound(error: ActionError): boolean {
  return /not found|does not exist/i.test(error.message) || /FileNotFound|^404$/i.test(error.code ?? '');
}
