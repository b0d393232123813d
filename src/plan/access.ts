import type { PlannedCommand } from './types.js';

/** True when the command changes nothing, given its options (`request --method get` reads; other methods write). */
export function isReadOnly(command: Pick<PlannedCommand, 'definition' | 'options'>): boolean {
  const { definition, options } = command;
  return definition.readOnlyWhen ? definition.readOnlyWhen(options) : definition.readOnly;
}
