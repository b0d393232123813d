import jmespath from 'jmespath';
import { ActionError } from '../errors.js';

/**
 * Applies a JMESPath query to a command's result, with the `jmespath` package the CLI for Microsoft 365 uses for its
 * `--query`, so that a query copied from a script gives the same answer here.
 *
 * @throws ActionError naming the query and the parser's or runtime's complaint.
 */
export function applyQuery(value: unknown, query: string): unknown {
  try {
    // The library's types say `any`; the result is JSON-shaped data like its input.
    const result: unknown = jmespath.search(value, query);
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ActionError(`Invalid JMESPath query '${query}': ${reason}`, {
      hint: 'Check the expression against the JMESPath specification (https://jmespath.org/specification.html).',
      cause: error,
    });
  }
}
