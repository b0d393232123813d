import { fixedResource, sharePointResource, type Resource } from './clouds.js';
import { signIn } from './auth/sign-in.js';
import { catalogue } from './commands/registry.js';
import { ActionError, formatError, toActionError } from './errors.js';
import { executePlan } from './execute.js';
import type { Host } from './host/host.js';
import { createApiClient } from './http/client.js';
import { createTransport } from './http/transport.js';
import type { ApiClient } from './http/types.js';
import { formatPlan } from './plan/format.js';
import { createPlan } from './plan/planner.js';
import type { Plan } from './plan/types.js';
import { checkPermissions } from './permissions/preflight.js';
import { withTokenDiagnostics } from './permissions/refusal.js';
import { reportLeastPrivilege } from './permissions/report.js';
import { publishOutputs, type CommandOutcome } from './report/outputs.js';
import { codeBlock } from './report/render.js';
import { buildSummary } from './report/summary.js';
import { readSettings, type Settings } from './settings.js';

/** Azure DevOps hands output variables to later steps as environment variables: Windows allows 32,767 characters each. */
const AZURE_DEVOPS_MAX_VARIABLE = 32_000;

/**
 * The action: settings → plan → sign in → run → report. The one place that fails the step; anything thrown, Error or
 * not, ends here as a failed step with a readable message.
 */
export async function run(host: Host): Promise<void> {
  try {
    const settings = readSettings(host);
    const plan = createPlan({
      commands: settings.commands,
      source: settings.commandsSource,
      catalogue,
      cloud: settings.cloud,
      spoUrl: settings.spoUrl,
      cwd: settings.cwd,
    });
    if (settings.dryRun) return await reportDryRun(host, plan);
    const outcomes = await runPlan(host, settings, plan);
    await publishOutputs(host, outcomes, {
      outputFile: settings.outputFile,
      maxOutputValueBytes: host.platform === 'azure-devops' ? AZURE_DEVOPS_MAX_VARIABLE : undefined,
    });
    await host.appendSummary(buildSummary(outcomes, {}));
    failIfNeeded(host, plan, outcomes);
  } catch (error) {
    const message = formatError(toActionError(error));
    host.setFailed(message);
    await reportFailure(host, message);
  }
}

/** The job summary says why the step failed, too; best effort, as a summary that cannot be written is no reason to fail. */
async function reportFailure(host: Host, message: string): Promise<void> {
  try {
    await host.appendSummary(`## Microsoft 365 commands\n\n❌ The step failed.\n\n${codeBlock(message)}\n`);
  } catch (error) {
    host.debug(`The job summary could not be written: ${toActionError(error).message}`);
  }
}

async function runPlan(host: Host, settings: Settings, plan: Plan): Promise<CommandOutcome[]> {
  const transport = createTransport({ log: host });
  const session = await signIn(settings, host, transport);
  const known: Resource[] = [...plan.resources];
  const http = withTokenDiagnostics(createApiClient({ transport, tokens: session.tokens, resources: () => known }), session.tokens, settings.appId);
  let sharePointRoot: Resource | undefined;
  if (plan.needsSharePointDiscovery) {
    addResource(known, fixedResource(settings.cloud, 'graph'));
    sharePointRoot = addResource(known, await discoverSharePoint(http, settings));
  }
  const resources = new Map<number, Resource>();
  for (const command of plan.commands) {
    const resource = command.resource ?? (command.resourceKind === 'sharepoint' ? sharePointRoot : undefined);
    if (resource) resources.set(command.index, resource);
  }
  // One token per resource the commands use (prefetch asks each audience once), all at once, before the first command.
  await session.tokens.prefetch([...resources.values()]);
  checkPermissions(host, { mode: settings.permissionCheck, appId: settings.appId, plan, resources, tokens: session.tokens });
  return executePlan(plan, {
    host,
    http,
    cloud: settings.cloud,
    resources,
    sharePointUrl: settings.spoUrl ?? sharePointRoot?.audience,
    session: {
      appId: settings.appId,
      tenant: settings.tenant,
      authType: session.authType,
      cloud: settings.cloud.name,
      appDisplayName: session.tokens.appDisplayName,
    },
    cwd: settings.cwd,
    continueOnError: settings.continueOnError,
    maxParallel: settings.maxParallel,
  });
}

function addResource(list: Resource[], resource: Resource): Resource {
  if (!list.some((known) => known.audience === resource.audience)) list.push(resource);
  return resource;
}

/** The tenant's SharePoint root, asked once of Graph when neither `spo-url` nor a command's own URL names it. */
async function discoverSharePoint(http: ApiClient, settings: Settings): Promise<Resource> {
  const url = `${settings.cloud.graph}/v1.0/sites/root?$select=webUrl`;
  const response = await http.request<{ webUrl?: string }>({ url });
  const webUrl = response.body?.webUrl;
  const resource = webUrl ? sharePointResource(settings.cloud, webUrl) : undefined;
  if (!resource) {
    throw new ActionError(`Could not discover the SharePoint root URL of tenant ${settings.tenant}: Graph sites/root answered ${JSON.stringify(webUrl ?? null)}.`, {
      hint: "Set the input 'spo-url' (e.g. https://contoso.sharepoint.com), or give the command its site URL.",
    });
  }
  return resource;
}

async function reportDryRun(host: Host, plan: Plan): Promise<void> {
  host.info(`Dry run: ${plan.commands.length} command(s) planned; nothing was requested.`);
  host.logUntrusted(formatPlan(plan));
  await host.appendSummary(`### m365-action dry run\n\n${codeBlock(formatPlan(plan))}\n`);
  await reportLeastPrivilege(host, plan);
}

function failIfNeeded(host: Host, plan: Plan, outcomes: readonly CommandOutcome[]): void {
  const failed = outcomes.filter((o) => o.status === 'failed' && !plan.commands[o.index].continueOnError);
  const skipped = outcomes.filter((o) => o.status === 'skipped');
  if (failed.length === 0 && skipped.length === 0) return;
  const names = failed.map((o) => `${o.index + 1} (${o.id})`).join(', ');
  host.setFailed(
    failed.length
      ? `${failed.length} of ${outcomes.length} command(s) failed: ${names}.${skipped.length ? ` ${skipped.length} not run.` : ''}`
      : `${skipped.length} command(s) not run because a command they depend on failed.`,
  );
}
