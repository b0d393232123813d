/**
 * What the tenant configuration commands (site scripts and designs, themes, CDN, tenant settings) share: the URL of the
 * site script utility, which SharePoint serves on every site of the tenant (the CLI calls it on the root site).
 */
import type { CommandContext } from '../types.js';
import { tenantRoot } from './shared-sites.js';

/** `<root>/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.<operation>`. */
export function siteScriptUtility(context: CommandContext, operation: string): string {
  return `${tenantRoot(context)}/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.${operation}`;
}

/** The `value` of a SharePoint collection body (the CLI prints the array). */
export function valueOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null && 'value' in body ? body.value : body;
}
