/**
 * Reads an action's log the way the GitHub runner does, so tests can tell which workflow commands the runner would
 * execute and which lines it would display. Rules (from the runner's ActionCommandManager): stdout and stderr are
 * both read line by line; a v2 command `::name props::data` counts when the line starts with `::` after whitespace; a v1
 * command `##[name props]data` counts anywhere in a line; `::stop-commands::TOKEN` suspends both until a line `::TOKEN::`.
 */
export interface ParsedCommand {
  name: string;
  data: string;
  line: string;
}

export interface ParsedLog {
  /** Commands the runner would execute (add-mask, set-output, error, group, …). */
  commands: ParsedCommand[];
  /** Lines the runner would show in the log (everything that is not a processed command). */
  visible: string[];
}

export function parseRunnerLog(text: string): ParsedLog {
  const commands: ParsedCommand[] = [];
  const visible: string[] = [];
  let stopToken: string | undefined;
  for (const line of text.split(/\r?\n|\r/)) {
    const trimmed = line.trimStart();
    if (stopToken !== undefined) {
      if (trimmed === `::${stopToken}::`) stopToken = undefined;
      else visible.push(line);
      continue;
    }
    const v2 = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(trimmed);
    if (v2) {
      const [, name, , data] = v2;
      commands.push({ name, data, line });
      if (name === 'stop-commands') stopToken = data;
      else if (!['add-mask', 'debug', 'group', 'endgroup'].includes(name)) visible.push(line);
      continue;
    }
    const v1 = /##\[([A-Za-z-]+)( [^\]]*)?\](.*)$/.exec(line);
    if (v1) {
      commands.push({ name: v1[1], data: v1[3], line });
      continue;
    }
    visible.push(line);
  }
  return { commands, visible };
}

/** Every JWT-shaped string (access tokens, assertions, platform tokens all are). */
export const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/;

/**
 * The log as a person sees it on github.com: commands processed (masks applied as `***`, groups as headings, debug
 * hidden), the rest shown as is. Used by the demo.
 */
export function renderRunnerLog(text: string): string {
  const { commands } = parseRunnerLog(text);
  const masks = commands.filter((c) => c.name === 'add-mask' && c.data).map((c) => c.data);
  const mask = (line: string): string => masks.reduce((l, secret) => l.split(secret).join('***'), line);
  const out: string[] = [];
  let stopToken: string | undefined;
  for (const line of text.split(/\r?\n|\r/)) {
    const trimmed = line.trimStart();
    if (stopToken !== undefined) {
      if (trimmed === `::${stopToken}::`) stopToken = undefined;
      else out.push(`    ${mask(line)}`);
      continue;
    }
    const v2 = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(trimmed);
    if (!v2) {
      if (line) out.push(mask(line));
      continue;
    }
    const [, name, , data] = v2;
    const decoded = data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    if (name === 'stop-commands') stopToken = data;
    else if (name === 'group') out.push(`▸ ${mask(decoded)}`);
    else if (name === 'error') out.push(`Error: ${mask(decoded)}`);
    else if (name === 'warning') out.push(`Warning: ${mask(decoded)}`);
    else if (name === 'notice') out.push(`Notice: ${mask(decoded)}`);
  }
  return out.join('\n');
}
