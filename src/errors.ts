/**
 * The one error type of the action. `message` says what went wrong, where and with which value (unless secret);
 * `hint` says how to fix it. Both are shown to the user; neither may contain a secret.
 */
export class ActionError extends Error {
  /** How to fix it, shown on its own line after the message. */
  readonly hint?: string;
  /** Machine-readable cause, e.g. an AADSTS code or a Graph error code. */
  readonly code?: string;

  constructor(message: string, options: { hint?: string; code?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ActionError';
    this.hint = options.hint;
    this.code = options.code;
  }
}

/**
 * Several errors found together (planning reports every problem at once).
 */
export class ActionErrors extends ActionError {
  readonly errors: readonly ActionError[];

  constructor(summary: string, errors: readonly ActionError[]) {
    super(`${summary}\n${errors.map((e) => `  - ${formatError(e).replace(/\n/g, '\n    ')}`).join('\n')}`);
    this.name = 'ActionErrors';
    this.errors = errors;
  }
}

/** Turns anything thrown into an ActionError; a thrown non-Error never lets the step pass. */
export function toActionError(error: unknown): ActionError {
  if (error instanceof ActionError) return error;
  if (error instanceof Error) return new ActionError(error.message, { cause: error });
  return new ActionError(`Unexpected failure: ${String(error)}`);
}

/** The message followed by its hint, as shown to the user. */
export function formatError(error: ActionError): string {
  return error.hint ? `${error.message}\n${error.hint}` : error.message;
}
