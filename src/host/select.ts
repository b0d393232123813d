import { createGitHubHost } from './github.js';
import type { Host } from './host.js';

/**
 * The host of dist/index.js, by the environment: the GitHub runner sets GITHUB_ACTIONS=true, the Azure Pipelines agent
 * TF_BUILD=True. Anywhere else (a plain `node dist/index.js` with INPUT_* variables, as the token-file recipe for other
 * CI systems does) it is the plain command-line host: no workflow commands at all, so no `::add-mask::<secret>` line is
 * printed where no runner would consume it. The other hosts are loaded only when needed: the GitHub start stays lean.
 */
export async function detectHost(env: NodeJS.ProcessEnv = process.env): Promise<Host> {
  if (env.GITHUB_ACTIONS === 'true') return createGitHubHost(env);
  if ((env.TF_BUILD ?? '').toLowerCase() === 'true') return (await import('./azure-devops.js')).createAzureDevOpsHost(env);
  const { createCommandLineHost } = await import('./cli.js');
  return createCommandLineHost({ env, getInput: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '' });
}
