/** The planning layer: declared commands → a validated plan (no network I/O). */
export { createPlan, type PlanInput } from './planner.js';
export { resolveReferences } from './references.js';
export { formatPlan } from './format.js';
export { findCommand, suggestCommands } from './find-command.js';
export type { Plan, PlannedCommand } from './types.js';
