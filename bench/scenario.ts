/**
 * The benchmark scenario: ten commands of a release, reads and writes mixed, written once for each tool. The action
 * takes them as one `commands` input; the CLI for Microsoft 365 runs one process per command, as a script run by
 * pnp/action-cli-runscript would (the app ID that `spo app deploy` needs is read from `spo app get`'s JSON output, as
 * `jq -r .ID` would).
 */
import { DEMO_APP_ID } from '../emulator/constants.js';

const PACKAGE = './examples/sharepoint/solution/contoso-webparts.sppkg';
const PACKAGE_NAME = 'contoso-webparts.sppkg';
const SITE = 'https://contoso.sharepoint.com/sites/ops';
/** Both tools filter client-side with the same JMESPath (the CLI's `entra group list` has no name filter). */
const FINANCE_QUERY = "[?displayName=='Finance'].{id: id, name: displayName}";

/** One CLI process: its arguments, given the parsed JSON outputs of the earlier commands by index. */
export type CliStep = (earlier: readonly unknown[]) => string[];

/** The `commands` input of the action (YAML). */
export const ACTION_COMMANDS = `
- spo app add --filePath ${PACKAGE} --overwrite
- id: app
  run: spo app get --name ${PACKAGE_NAME}
- spo app deploy --id {{ app.ID }} --skipFeatureDeployment
- spo site get --url ${SITE}
- spo web get --url ${SITE}
- spo list list --webUrl ${SITE}
- run: entra group list
  query: "${FINANCE_QUERY}"
- entra app get --appId ${DEMO_APP_ID}
- spo app list
- status
`;

/** The same ten commands for the CLI for Microsoft 365 (each also gets `--output json`). */
export const CLI_STEPS: readonly CliStep[] = [
  () => ['spo', 'app', 'add', '--filePath', PACKAGE, '--overwrite'],
  () => ['spo', 'app', 'get', '--name', PACKAGE_NAME],
  (earlier) => ['spo', 'app', 'deploy', '--id', appIdOf(earlier[1]), '--skipFeatureDeployment'],
  () => ['spo', 'site', 'get', '--url', SITE],
  () => ['spo', 'web', 'get', '--url', SITE],
  () => ['spo', 'list', 'list', '--webUrl', SITE],
  () => ['entra', 'group', 'list', '--query', FINANCE_QUERY],
  () => ['entra', 'app', 'get', '--appId', DEMO_APP_ID],
  () => ['spo', 'app', 'list'],
  () => ['status'],
];

export const COMMAND_COUNT = CLI_STEPS.length;

function appIdOf(result: unknown): string {
  const id = (result as { ID?: unknown } | undefined)?.ID;
  if (typeof id !== 'string') throw new Error(`'spo app get' gave no ID to deploy: ${JSON.stringify(result)}`);
  return id;
}
