import { RESOURCE_LABELS } from '../clouds.js';
import { ActionError, formatError } from '../errors.js';
import type { Host } from '../host/host.js';
import type { PermissionCheck } from '../settings-types.js';
import { evaluatePermissions, type PreflightInput, type ResourceFindings } from './evaluate.js';
import { describeNeeder, describePermissions, describeResource, type Need } from './needs.js';
import { RESOURCE_APPS } from './permission-ids.js';
import { siteCollectionOf, siteGrantLine, sitePermissionFor } from './sites.js';

export interface PreflightOptions extends PreflightInput {
  readonly mode: PermissionCheck;
  readonly appId: string;
}

/**
 * The preflight: after the tokens arrived and before the first command, compares what the plan needs with the `roles`
 * of each resource's token. Definitely missing permissions fail the run before anything is sent to Microsoft 365
 * (`strict`) or are warned about (`warn`); what a token cannot show (Sites.Selected, Azure role assignments) is warned
 * about; tokens that hold far more than the plan needs get one notice.
 */
export function checkPermissions(host: Host, options: PreflightOptions): void {
  if (options.mode === 'off') {
    host.debug('permission-check is off: the tokens\' roles are not compared with what the commands need.');
    return;
  }
  const findings = evaluatePermissions(options);
  for (const finding of findings) {
    if (finding.unproven.length > 0) host.warning(unprovenMessage(finding, options.appId));
  }
  const failing = findings.filter((f) => f.consentMissing || f.missing.length > 0);
  if (failing.length > 0) {
    const error = missingPermissionsError(failing, options);
    if (options.mode === 'strict') throw error;
    host.warning(formatError(error));
    return;
  }
  const excess = findings.filter((f) => f.excess.length > 0);
  if (excess.length > 0) host.info(excessNotice(excess));
}

function needersOf(needs: readonly Need[]): string {
  return needs.map(describeNeeder).join('; ');
}

/** One resource's part of the failure: its token's roles, then each permission to add with the commands needing it. */
function resourceLines(finding: ResourceFindings): string[] {
  const has = finding.consentMissing
    ? 'whose token has no roles at all (admin consent looks missing)'
    : `whose token has ${finding.roles.join(', ')}`;
  const lines = [`  - ${describeResource(finding.resource)}, ${has}:`];
  for (const { permission, needs } of finding.missing) lines.push(`      ${permission} for ${needersOf(needs)}`);
  if (finding.missing.length === 0) {
    const users = finding.users.map((command) => describeNeeder({ command })).join('; ');
    lines.push(`      a token without roles is refused by every request of ${users || 'the run'}`);
  }
  return lines;
}

/** `Microsoft Graph: GroupMember.Read.All; SharePoint: Sites.FullControl.All`. */
function whatToAdd(failing: readonly ResourceFindings[]): string {
  const byApi = new Map<string, Set<string>>();
  for (const finding of failing) {
    const kind = finding.resource.kind;
    const api = kind === 'graph' || kind === 'sharepoint' || kind === 'management' ? RESOURCE_APPS[kind].displayName : RESOURCE_LABELS[kind];
    const set = byApi.get(api) ?? new Set<string>();
    for (const { permission } of finding.missing) set.add(permission);
    byApi.set(api, set);
  }
  return [...byApi].filter(([, set]) => set.size > 0).map(([api, set]) => `${api}: ${[...set].join(', ')}`).join('; ');
}

function missingPermissionsError(failing: readonly ResourceFindings[], { appId, mode }: PreflightOptions): ActionError {
  const strict = mode === 'strict';
  const heading = `The app lacks application permissions that the commands need${strict ? ', so nothing was run' : " (permission-check is 'warn': the commands run anyway)"}:`;
  const add = whatToAdd(failing);
  const hint = [
    add
      ? `Add them as application permissions (not delegated) in Entra ID: App registrations > app ${appId} > API permissions > Add a permission > ${add}.`
      : `In Entra ID: App registrations > app ${appId} > API permissions.`,
    'Then Grant admin consent; consent can take a few minutes to reach new tokens, so run again after that.',
    `A dry run prints the manifest entries (requiredResourceAccess) of exactly what the commands need${strict ? '; permission-check: warn runs the commands anyway' : ''}.`,
  ].join('\n');
  return new ActionError([heading, ...failing.flatMap(resourceLines)].join('\n'), { hint });
}

/** The site a SharePoint command names (its site URL option), else its resource's root. */
function siteOf(need: Need, fallback: string): string {
  const option = need.command?.definition.sharePointUrlOption;
  const value = option === undefined ? undefined : need.command?.options[option];
  return (typeof value === 'string' ? siteCollectionOf(value) : undefined) ?? fallback;
}

function unprovenMessage(finding: ResourceFindings, appId: string): string {
  const where = describeResource(finding.resource);
  if (finding.resource.kind === 'azure') {
    const lines = finding.unproven.map((need) => `  ${describeNeeder(need)} needs ${describePermissions(need.alternatives)}`);
    return [`${where}: access is by Azure role assignment, which the token does not show, so this is not checked:`, ...lines].join('\n');
  }
  const lines = finding.unproven.map((need) => {
    const line = siteGrantLine(appId, sitePermissionFor(need.alternatives), siteOf(need, finding.resource.audience));
    return `  ${describeNeeder(need)} needs ${describePermissions(need.alternatives)}; a site grant for it: ${line}`;
  });
  return [
    `${where}: the token has Sites.Selected, which is granted per site, so the token cannot show whether these commands may do what they need (each site they use needs a grant for app ${appId}):`,
    ...lines,
  ].join('\n');
}

function excessNotice(findings: readonly ResourceFindings[]): string {
  const parts = findings.map((finding) => {
    const roles = finding.excess.map(({ role, enough }) => `${role} where ${enough.join(' and ')} would do`);
    return `${RESOURCE_LABELS[finding.resource.kind]}: ${roles.join('; ')}`;
  });
  return `Notice: the app holds more than these commands need (least privilege): ${parts.join('. ')}. A dry run lists exactly what they need.`;
}
