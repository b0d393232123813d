/**
 * What the tenant configuration commands (site scripts and designs, themes, CDN, tenant settings) share: the URL of the
 * site script utility, which SharePoint serves on every site of the tenant (the CLI calls it on the root site).
 */
import type { CommandContext } from '../types.js';
import { ACCEPT } from '../kit/index.js';
import { adminUrl, tenantRoot } from './shared-sites.js';

/** `<root>/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.<operation>`. */
export function siteScriptUtility(context: CommandContext, operation: string): string {
  return `${tenantRoot(context)}/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.${operation}`;
}

/** The `value` of a SharePoint collection body (the CLI prints the array). */
export function valueOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null && 'value' in body ? body.value : body;
}

/** A theme of the tenant's theme store. */
export interface ThemePreview {
  name: string;
  themeJson: string;
}

/** The tenant's custom themes (`thememanager/GetTenantThemingOptions` on the admin site, a read asked with POST). */
export async function tenantThemes(context: CommandContext): Promise<ThemePreview[]> {
  const response = await context.http.request<{ themePreviews?: ThemePreview[] | null }>({
    method: 'POST',
    url: `${adminUrl(context)}/_api/thememanager/GetTenantThemingOptions`,
    idempotent: true,
    headers: { ...ACCEPT.sharepoint },
  });
  return response.body.themePreviews ?? [];
}
