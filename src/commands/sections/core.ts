import { request } from '../request.js';
import { status } from '../status.js';
import type { CommandDefinition } from '../types.js';

/** `request` (any call the catalogue does not cover) and `status`. */
export const commands: readonly CommandDefinition[] = [
  request,
  status,
];
