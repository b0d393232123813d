import { RESOURCE_LABELS, type ResourceKind } from '../clouds.js';
import type { Host } from '../host/host.js';
import type { Plan } from '../plan/types.js';
import { codeBlock } from '../report/render.js';
import { missingFor, type MissingPermission } from './evaluate.js';
import { DISCOVERY_NEED, describePermissions, needsOf, type Need } from './needs.js';
import { appRoleId, RESOURCE_APPS, type ManifestResourceKind } from './permission-ids.js';

/** One entry of an app manifest's `requiredResourceAccess`. */
export interface RequiredResourceAccess {
  readonly resourceAppId: string;
  readonly resourceAccess: readonly { readonly id: string; readonly type: 'Role' }[];
}

/** What a plan needs at least, per API, and the manifest entries that grant exactly that. */
export interface LeastPrivilege {
  readonly permissions: readonly { readonly kind: ManifestResourceKind; readonly missing: readonly MissingPermission[] }[];
  readonly manifest: readonly RequiredResourceAccess[];
  /** Permissions whose app role ID the data file does not know: to be added by name. */
  readonly unknownIds: readonly { readonly kind: ResourceKind; readonly permission: string }[];
  /** Azure needs: granted by role assignment, never in a manifest. */
  readonly roleAssignments: readonly Need[];
}

const MANIFEST_KINDS: readonly ManifestResourceKind[] = ['graph', 'sharepoint', 'management'];

/** The least privileged application permissions a plan needs, and the manifest fragment that grants exactly them. */
export function leastPrivilege(plan: Plan): LeastPrivilege {
  const needs = needsOf(plan.commands);
  if (plan.needsSharePointDiscovery) needs.push(DISCOVERY_NEED);
  const permissions = MANIFEST_KINDS.map((kind) => ({ kind, missing: missingFor(kind, needs.filter((n) => n.kind === kind), []) })).filter(
    (entry) => entry.missing.length > 0,
  );
  const manifest: RequiredResourceAccess[] = [];
  const unknownIds: { kind: ResourceKind; permission: string }[] = [];
  for (const { kind, missing } of permissions) {
    const resourceAccess = missing.flatMap(({ permission }) => {
      const id = appRoleId(kind, permission);
      if (id === undefined) unknownIds.push({ kind, permission });
      return id === undefined ? [] : [{ id, type: 'Role' as const }];
    });
    if (resourceAccess.length > 0) manifest.push({ resourceAppId: RESOURCE_APPS[kind].appId, resourceAccess });
  }
  return { permissions, manifest, unknownIds, roleAssignments: needs.filter((n) => n.kind === 'azure') };
}

/** `commands 1 (upload), 3 (deploy)`; the discovery by name. */
function shortNeeders(needs: readonly Need[]): string {
  const commands = needs.flatMap(({ command }) => (command ? [`${command.index + 1}${command.hasDeclaredId ? ` (${command.id})` : ''}`] : []));
  const parts = commands.length > 0 ? [`command${commands.length > 1 ? 's' : ''} ${commands.join(', ')}`] : [];
  if (needs.some((need) => need.command === undefined)) parts.push('the SharePoint root discovery');
  return parts.join(' and ');
}

/** The dry run's least-privilege report as text. */
export function formatLeastPrivilege(report: LeastPrivilege): string {
  if (report.permissions.length === 0 && report.roleAssignments.length === 0) {
    return 'Application permissions: these commands declare none (a request needs what its endpoint documents).';
  }
  const lines = ['Application permissions these commands need (least privilege):'];
  for (const { kind, missing } of report.permissions) {
    for (const { permission, needs } of missing) lines.push(`  ${RESOURCE_APPS[kind].displayName}: ${permission} — ${shortNeeders(needs)}`);
  }
  for (const need of report.roleAssignments) {
    lines.push(`  Azure Service Management: ${describePermissions(need.alternatives)} by Azure role assignment, not in a manifest — ${shortNeeders([need])}`);
  }
  for (const { kind, permission } of report.unknownIds) lines.push(`  (${permission} of ${RESOURCE_LABELS[kind]}: its ID is not known here; add it by name)`);
  if (report.manifest.length > 0) {
    lines.push(
      'requiredResourceAccess granting exactly these: paste it into App registrations > Manifest (or pass it to az ad app update --required-resource-accesses), then Grant admin consent:',
      JSON.stringify(report.manifest, null, 2),
    );
  }
  return lines.join('\n');
}

/** Prints the least-privilege report of a dry run to the log and the job summary. */
export async function reportLeastPrivilege(host: Host, plan: Plan): Promise<void> {
  const text = formatLeastPrivilege(leastPrivilege(plan));
  host.info(text);
  await host.appendSummary(`#### Application permissions\n\n${codeBlock(text)}\n`);
}
