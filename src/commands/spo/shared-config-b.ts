/**
 * What the tenant configuration commands (site scripts and designs, themes, CDN, tenant settings) share: the URL of the
 * site script utility, which SharePoint serves on every site of the tenant (the CLI calls it on the root site).
 */
import type { CommandContext } from '../types.js';
import { ACCEPT } from '../kit/index.js';
import { adminUrl, CSOM_TENANT, processQuery, tenantRoot } from './shared-sites.js';

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

/** The CDN types of the CDN commands: the public CDN is SharePoint's type 0, the private one type 1. */
export const CDN_TYPES = ['Public', 'Private'] as const;

/** `<Method Name="…" Id="…" ObjectPathId="1">` on the tenant object, with an enum and optional further parameters. */
export function tenantMethod(id: number, name: string, ...parameters: string[]): string {
  return `<Method Name="${name}" Id="${id}" ObjectPathId="1"><Parameters>${parameters.join('')}</Parameters></Method>`;
}

/** Runs methods of `new Tenant()` on the admin site (CSOM, as the CDN settings exist only there); the answer array. */
export function onTenant(context: CommandContext, actions: string): Promise<unknown[]> {
  return processQuery(context, adminUrl(context), actions, `<Constructor Id="1" TypeId="${CSOM_TENANT}" />`);
}

/** `<Parameter Type="Enum">n</Parameter>` of a CDN type (0 public, 1 private). */
export function cdnTypeParameter(type: (typeof CDN_TYPES)[number] | undefined): string {
  return `<Parameter Type="Enum">${type === 'Private' ? 1 : 0}</Parameter>`;
}
