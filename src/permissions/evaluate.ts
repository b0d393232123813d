import type { Resource, ResourceKind } from '../clouds.js';
import type { PermissionAlternatives } from '../commands/types.js';
import type { Plan, PlannedCommand } from '../plan/types.js';
import { effectivePermissions, implies } from './implications.js';
import { DISCOVERY_NEED, isSatisfied, minimalPermissions, needsOf, type Need } from './needs.js';
import type { RolesSource } from './refusal.js';
import { isSitesNeed } from './sites.js';

/** A permission to add, and the needs it serves. */
export interface MissingPermission {
  readonly permission: string;
  readonly needs: readonly Need[];
}

/** A role of the token that gives more than the plan needs: `enough` would do. */
export interface ExcessRole {
  readonly role: string;
  readonly enough: readonly string[];
}

/** What the token of one resource shows against what the plan needs of it. */
export interface ResourceFindings {
  readonly resource: Resource;
  readonly roles: readonly string[];
  /** The commands whose token this is. */
  readonly users: readonly PlannedCommand[];
  /** A Graph, SharePoint or Management API token without any role: admin consent is missing. */
  readonly consentMissing: boolean;
  /** Definitely missing: the fewest, least privileged permissions to add. */
  readonly missing: readonly MissingPermission[];
  /** Needs the token cannot prove either way: Sites.Selected (granted per site), Azure (role assignments). */
  readonly unproven: readonly Need[];
  readonly excess: readonly ExcessRole[];
}

export interface PreflightInput {
  readonly plan: Plan;
  /** The resource of each command, by index (as the executor gets it). */
  readonly resources: ReadonlyMap<number, Resource>;
  readonly tokens: RolesSource;
}

/** The fewest permissions to add for these needs, each with the needs it serves. */
export function missingFor(kind: ResourceKind, needs: readonly Need[], roles: readonly string[]): MissingPermission[] {
  const chosen = minimalPermissions(kind, needs.map((n) => n.alternatives), roles);
  const before = effectivePermissions(kind, roles);
  const after = effectivePermissions(kind, [...roles, ...chosen]);
  return chosen.map((permission) => ({
    permission,
    needs: needs.filter((need) => {
      const met = need.alternatives.find((set) => set.every((p) => after.has(p)));
      return met?.some((p) => !before.has(p) && implies(kind, permission, p)) ?? false;
    }),
  }));
}

/** Roles that give more than the plan needs of this resource: a higher variant of what would do. */
function excessRoles(kind: ResourceKind, roles: readonly string[], needs: readonly PermissionAlternatives[]): ExcessRole[] {
  if (needs.length === 0) return [];
  const minimal = minimalPermissions(kind, needs);
  const enough = effectivePermissions(kind, minimal);
  return roles
    .filter((role) => !enough.has(role))
    .map((role) => ({ role, enough: minimal.filter((m) => implies(kind, role, m)) }))
    .filter((excess) => excess.enough.length > 0);
}

/** The token whose roles answer for a need: the command's own, else the run's token of that kind. */
function resourceFor(need: Need, input: PreflightInput): Resource | undefined {
  const own = need.command === undefined ? undefined : input.resources.get(need.command.index);
  if (own?.kind === need.kind) return own;
  return [...input.resources.values()].find((resource) => resource.kind === need.kind);
}

function evaluateResource(resource: Resource, roles: readonly string[], needs: readonly Need[], users: readonly PlannedCommand[]): ResourceFindings {
  const kind = resource.kind;
  const base = { resource, roles, users, excess: [] };
  // Azure Resource Manager tokens carry no roles: access is by Azure role assignment, which only the call can show.
  if (kind === 'azure') return { ...base, consentMissing: false, missing: [], unproven: needs };
  const effective = effectivePermissions(kind, roles);
  const open = needs.filter((need) => !isSatisfied(need.alternatives, effective));
  const unproven = roles.includes('Sites.Selected') ? open.filter((need) => isSitesNeed(need.alternatives)) : [];
  const definite = open.filter((need) => !unproven.includes(need));
  return {
    ...base,
    consentMissing: roles.length === 0 && kind !== 'vivaengage',
    missing: missingFor(kind, definite, roles),
    unproven,
    excess: excessRoles(kind, roles, needs.map((n) => n.alternatives)),
  };
}

/**
 * Compares what the planned commands need (per resource, alternatives, `permissionsWhen`) with the `roles` of the
 * tokens the run holds. Pure: reporting is `checkPermissions`'s. Resources without a token yet are not judged.
 */
export function evaluatePermissions(input: PreflightInput): ResourceFindings[] {
  const needs = needsOf(input.plan.commands);
  if (input.plan.needsSharePointDiscovery) needs.push(DISCOVERY_NEED);
  const byAudience = new Map<string, { resource: Resource; needs: Need[]; users: PlannedCommand[] }>();
  const entry = (resource: Resource) => {
    const found = byAudience.get(resource.audience) ?? { resource, needs: [], users: [] };
    byAudience.set(resource.audience, found);
    return found;
  };
  for (const command of input.plan.commands) {
    const resource = input.resources.get(command.index);
    if (resource) entry(resource).users.push(command);
  }
  for (const need of needs) {
    const resource = resourceFor(need, input);
    if (resource) entry(resource).needs.push(need);
  }
  return [...byAudience.values()].flatMap(({ resource, needs: resourceNeeds, users }) => {
    const roles = input.tokens.rolesOf(resource);
    return roles === undefined ? [] : [evaluateResource(resource, roles, resourceNeeds, users)];
  });
}
