import { isReadOnly } from './access.js';
import { RESOURCE_LABELS, scopeOf } from '../clouds.js';
import type { Plan, PlannedCommand } from './types.js';
import { shorten } from '../text.js';

const MAX_COMMAND_WIDTH = 60;

function resourceText(command: PlannedCommand): string {
  if (command.resourceKind === 'none') return 'none (no token)';
  if (!command.resource) return 'SharePoint root (discovered via Graph)';
  return `${RESOURCE_LABELS[command.resource.kind]} ${command.resource.audience}`;
}

function scopeText(command: PlannedCommand): string {
  if (command.resourceKind === 'none') return '-';
  return command.resource ? scopeOf(command.resource) : '<SharePoint root>/.default';
}

function cut(text: string): string {
  return shorten(text, MAX_COMMAND_WIDTH, '...');
}

/**
 * The plan as an aligned text table for `dry-run`: one line per command with what it would call and with which
 * token, and whether it writes. Nothing is requested to produce it.
 */
export function formatPlan(plan: Plan): string {
  const header = ['#', 'id', 'command', 'resource', 'scope', 'access', 'uses'];
  const rows = plan.commands.map((c) => [
    String(c.index + 1),
    c.hasDeclaredId ? c.id : '-',
    cut(c.display.replace(/\s+/g, ' ')),
    resourceText(c),
    scopeText(c),
    isReadOnly(c) ? 'read-only' : 'writes',
    c.references.length > 0 ? c.references.join(', ') : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  const lines = [line(header), ...rows.map(line)];
  const tokens = plan.resources.map(scopeOf);
  if (plan.needsSharePointDiscovery) tokens.push('SharePoint root (discovered via Graph)');
  lines.push(`Tokens: ${tokens.length > 0 ? tokens.join(', ') : 'none'}`);
  return lines.join('\n');
}
