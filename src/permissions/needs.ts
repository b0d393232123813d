import { RESOURCE_LABELS, type Resource, type ResourceKind } from '../clouds.js';
import type { CommandPermissions, PermissionAlternatives } from '../commands/types.js';
import type { PlannedCommand } from '../plan/types.js';
import { effectivePermissions } from './implications.js';

/** `[['A'], ['B', 'C']]` → "A, or B and C". */
export function describePermissions(alternatives: PermissionAlternatives | undefined): string | undefined {
  if (alternatives === undefined || alternatives.length === 0) return undefined;
  return alternatives.map((set) => set.join(' and ')).join(', or ');
}

/** What one command (or the SharePoint root discovery) needs on one kind of resource. */
export interface Need {
  readonly kind: ResourceKind;
  readonly alternatives: PermissionAlternatives;
  /** The command, or undefined for the action's own SharePoint root discovery through Graph. */
  readonly command?: PlannedCommand;
}

/** The permissions a planned command needs with its options (`permissionsWhen`), else its declaration. */
export function permissionsOf(command: Pick<PlannedCommand, 'definition' | 'options'>): CommandPermissions {
  const { definition, options } = command;
  return definition.permissionsWhen ? definition.permissionsWhen(options) : definition.permissions;
}

const KINDS: readonly ResourceKind[] = ['graph', 'sharepoint', 'management', 'azure', 'vivaengage'];

/** Every non-empty need of the commands, per resource kind, in declared order. */
export function needsOf(commands: readonly PlannedCommand[]): Need[] {
  return commands.flatMap((command) => {
    const permissions = permissionsOf(command);
    return KINDS.flatMap((kind) => {
      const alternatives = permissions[kind];
      return alternatives && alternatives.length > 0 ? [{ kind, alternatives, command }] : [];
    });
  });
}

/** Graph `sites/root`, which the action asks when no URL names the SharePoint tenant (least privileged first). */
export const DISCOVERY_NEED: Need = { kind: 'graph', alternatives: [['Sites.Read.All']] };

/** True when one alternative is wholly among the effective permissions. */
export function isSatisfied(alternatives: PermissionAlternatives, effective: ReadonlySet<string>): boolean {
  return alternatives.some((set) => set.every((permission) => effective.has(permission)));
}

/** `command 3, id 'deploy', line 8 (spo app deploy)`; the discovery is named for what it is. */
export function describeNeeder(need: Pick<Need, 'command'>): string {
  const command = need.command;
  if (command === undefined) return 'the SharePoint root discovery (Graph sites/root)';
  const id = command.hasDeclaredId ? `, id '${command.id}'` : '';
  const line = command.line === undefined ? '' : `, line ${command.line}`;
  return `command ${command.index + 1}${id}${line} (${command.definition.name})`;
}

/** `SharePoint Online (https://contoso.sharepoint.com)`. */
export function describeResource(resource: Resource): string {
  return `${RESOURCE_LABELS[resource.kind]} (${resource.audience})`;
}

/**
 * The fewest, least privileged permissions that satisfy every need of one kind of resource, given those already
 * granted. Needs with a single alternative are taken first (they leave no choice); every other need takes its first,
 * least privileged alternative unless what is chosen already covers it. A permission that another chosen one gives
 * is dropped (Sites.Read.All beside Sites.FullControl.All).
 */
export function minimalPermissions(kind: ResourceKind, needs: readonly PermissionAlternatives[], granted: Iterable<string> = []): string[] {
  const have = [...granted];
  const chosen: string[] = [];
  const ordered = needs.filter((n) => n.length > 0).sort((a, b) => a.length - b.length);
  for (const alternatives of ordered) {
    const effective = effectivePermissions(kind, [...have, ...chosen]);
    if (isSatisfied(alternatives, effective)) continue;
    chosen.push(...alternatives[0].filter((permission) => !effective.has(permission)));
  }
  const kept = [...new Set(chosen)];
  for (const permission of [...kept]) {
    const others = kept.filter((other) => other !== permission);
    if (effectivePermissions(kind, [...have, ...others]).has(permission)) kept.splice(kept.indexOf(permission), 1);
  }
  return kept;
}
