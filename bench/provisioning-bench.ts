/**
 * The provisioning scenario through both tools (bench/provisioning.ts holds the script): the action runs it as one
 * `commands` input through the committed bundle, the CLI for Microsoft 365 as one process per command after `m365
 * login`, each run on a freshly seeded tenant. Every run is checked: the reads at its end must give back what it wrote.
 */
import { benchActionScenario, type ActionScenario, type ToolRun } from './action-bench.js';
import { benchCliScenario, CLI_VERSION, ensureCli, type CliRun, type CliScenario } from './cli-bench.js';
import { checkProvisioning, PROVISIONING_COMMANDS, provisioningActionCommands, READ_INDEX } from './provisioning.js';

export interface ProvisioningResults {
  /** Runs of each tool. */
  runs: number;
  /** Commands of the script (the CLI's `m365 login` not counted). */
  commands: number;
  /** Undefined with `--only cli`. */
  action?: ToolRun[];
  /** Undefined with `--only action`; a string when the CLI side was skipped, with the reason. */
  cli?: { version: string; runs: CliRun[] } | string;
}

type Reads = Parameters<typeof checkProvisioning>[0];

/** A step output as the next step would use it: JSON where it is JSON (a string result is given as is). */
function parseOutput(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export const PROVISIONING_ACTION: ActionScenario = {
  commands: provisioningActionCommands(),
  check(outputs) {
    const reads = Object.fromEntries(Object.keys(READ_INDEX).map((id) => [id, parseOutput(outputs[id])])) as Reads;
    checkProvisioning(reads, 'the action');
  },
};

export const PROVISIONING_CLI: CliScenario = {
  steps: PROVISIONING_COMMANDS.map((args) => () => [...args]),
  check(outputs) {
    const reads = Object.fromEntries(Object.entries(READ_INDEX).map(([id, index]) => [id, outputs[index]])) as Reads;
    checkProvisioning(reads, 'the CLI for Microsoft 365');
  },
};

/** Runs the provisioning scenario `runs` times through each tool (or only one of them). */
export async function benchProvisioning(runs: number, only: 'action' | 'cli' | undefined, verbose: boolean): Promise<ProvisioningResults> {
  const results: ProvisioningResults = { runs, commands: PROVISIONING_COMMANDS.length };
  if (only !== 'cli') results.action = await benchActionScenario(PROVISIONING_ACTION, runs, verbose);
  if (only !== 'action') {
    const missing = installCli();
    // A failed command or check throws: the numbers of a run that did not provision the site would mean nothing.
    results.cli = missing ?? { version: CLI_VERSION, runs: await benchCliScenario(PROVISIONING_CLI, runs, verbose) };
  }
  return results;
}

/** Installs the pinned CLI; the reason when it cannot be had (npm unreachable…), so that our numbers still come out. */
function installCli(): string | undefined {
  try {
    ensureCli();
    return undefined;
  } catch (error) {
    return `installing @pnp/cli-microsoft365@${CLI_VERSION} failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}
