/**
 * The part of a run that talks to Microsoft 365: sign in, run the plan, publish outputs and the summary. Loaded by
 * main.ts only after a plan was made and is not a dry run.
 */
import { fixedResource, RESOURCE_LABELS, sharePointResource, type Resource } from './clouds.js';
import { signIn, type Session } from './auth/sign-in.js';
import { ActionError, formatError, toActionError } from './errors.js';
import { executePlan } from './execute.js';
import type { Host } from './host/host.js';
import { createApiClient } from './http/client.js';
import { HostLimiter } from './http/host-limiter.js';
import { createTransport } from './http/transport.js';
import type { ApiClient } from './http/types.js';
import type { Plan, PlannedCommand } from './plan/types.js';
import { checkPermissions } from './permissions/preflight.js';
import { withTokenDiagnostics } from './permissions/refusal.js';
import { publishOutputs, type CommandOutcome } from './report/outputs.js';
import { codeBlock } from './report/render.js';
import { buildSummary } from './report/summary.js';
import { createRunControl, untilAborted, type Interruption, type RunControl } from './run-control.js';
import type { Settings } from './settings.js';
import { fail } from './failure.js';
import type { RunOptions, RunStatus } from './main.js';

/** Everything after the plan for a run that is not a dry run; see `run` in main.ts. */
export async function runLive(host: Host, settings: Settings, plan: Plan, options: RunOptions): Promise<RunStatus> {
  const control = createRunControl({ timeoutMinutes: settings.timeoutMinutes, cancel: options.cancel, graceMs: options.graceMs });
  try {
    const { outcomes, error } = await runPlan(host, settings, plan, control);
    const interruption = control.interruption();
    await publishOutputs(host, outcomes, { outputFile: settings.outputFile, files: settings.files, cancelled: interruption !== undefined });
    const stopped = interruption ?? error;
    await host.appendSummary(buildSummary(outcomes, {}) + (stopped ? `\n${failureNote(formatError(stopped))}` : ''));
    return conclude(host, plan, outcomes, interruption, error);
  } catch (error) {
    await fail(host, error);
    return control.interruption() ? 'cancelled' : 'failed';
  } finally {
    control.dispose();
  }
}

function failureNote(message: string): string {
  return `❌ The step failed.\n\n${codeBlock(message)}\n`;
}

/**
 * Signs in and runs the commands. A sign-in that fails (or is cancelled) still yields an outcome per command, so that
 * the outputs (`failed` above all) and the summary say what did not run.
 */
async function runPlan(
  host: Host,
  settings: Settings,
  plan: Plan,
  control: RunControl,
): Promise<{ outcomes: CommandOutcome[]; error?: ActionError }> {
  let connection: Connection;
  try {
    connection = await untilAborted(connect(host, settings, plan, control.abort), control.abort);
  } catch (error) {
    const interruption = control.interruption();
    if (interruption) return { outcomes: plan.commands.map((command) => notRun(command, interruption.notRun, 'skipped')) };
    return { outcomes: plan.commands.map((command) => notRun(command, 'not run: sign-in failed', 'failed')), error: toActionError(error) };
  }
  try {
    const { session, resources } = connection;
    checkPermissions(host, { mode: settings.permissionCheck, appId: settings.appId, plan, resources, tokens: session.tokens });
  } catch (error) {
    return { outcomes: plan.commands.map((command) => notRun(command, 'not run: the permission check failed', 'failed')), error: toActionError(error) };
  }
  const outcomes = await executePlan(plan, {
    host,
    http: connection.http,
    cloud: settings.cloud,
    resources: connection.resources,
    sharePointUrl: settings.spoUrl ?? connection.sharePointRoot?.audience,
    session: {
      appId: settings.appId,
      tenant: settings.tenant,
      authType: connection.session.authType,
      cloud: settings.cloud.name,
      appDisplayName: connection.session.tokens.appDisplayName,
    },
    cwd: settings.cwd,
    continueOnError: settings.continueOnError,
    maxParallel: settings.maxParallel,
    files: settings.files,
    stop: control.stop,
    signal: control.abort,
  });
  return { outcomes };
}

interface Connection {
  readonly session: Session;
  readonly http: ApiClient;
  readonly resources: Map<number, Resource>;
  readonly sharePointRoot?: Resource;
}

/** Sign-in, SharePoint discovery when needed, and one token per resource (prefetched at once). */
async function connect(host: Host, settings: Settings, plan: Plan, signal: AbortSignal): Promise<Connection> {
  const transport = createTransport({ log: host, signal });
  const session = await signIn(settings, host, transport);
  const known: Resource[] = [...plan.resources];
  const http = withTokenDiagnostics(createApiClient({ transport, tokens: session.tokens, resources: () => known, signal, limiter: new HostLimiter(settings.maxParallel) }), session.tokens, settings.appId);
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
  return { session, http, resources, sharePointRoot };
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

function notRun(command: PlannedCommand, reason: string, status: 'failed' | 'skipped'): CommandOutcome {
  return {
    index: command.index,
    id: command.id,
    hasDeclaredId: command.hasDeclaredId,
    display: command.display,
    resource: command.resource ? RESOURCE_LABELS[command.resource.kind] : command.resourceKind === 'none' ? '—' : RESOURCE_LABELS[command.resourceKind],
    status,
    durationMs: 0,
    error: reason,
  };
}

/** Fails the step when anything did not go as declared, with the one message that says why. */
function conclude(
  host: Host,
  plan: Plan,
  outcomes: readonly CommandOutcome[],
  interruption: Interruption | undefined,
  error: ActionError | undefined,
): RunStatus {
  if (interruption) {
    host.setFailed(formatError(new ActionError(`${interruption.message} ${tally(outcomes)}`, { hint: interruption.hint })));
    return 'cancelled';
  }
  if (error) {
    host.setFailed(formatError(error));
    return 'failed';
  }
  const failed = outcomes.filter((o) => o.status === 'failed' && !plan.commands[o.index].continueOnError);
  const skipped = outcomes.filter((o) => o.status === 'skipped');
  if (failed.length === 0 && skipped.length === 0) return 'succeeded';
  const names = failed.map((o) => `${o.index + 1} (${o.id})`).join(', ');
  host.setFailed(
    failed.length
      ? `${failed.length} of ${outcomes.length} command(s) failed: ${names}.${skipped.length ? ` ${skipped.length} not run.` : ''}`
      : `${skipped.length} command(s) not run because a command they depend on failed.`,
  );
  return 'failed';
}

/** "2 of 5 command(s) completed, 1 stopped while running, 2 not run." */
function tally(outcomes: readonly CommandOutcome[]): string {
  const stopped = outcomes.filter((o) => o.stopped).length;
  const notRunCount = outcomes.filter((o) => o.status === 'skipped').length;
  const ran = outcomes.length - stopped - notRunCount;
  return `${ran} of ${outcomes.length} command(s) ran, ${stopped} stopped while running, ${notRunCount} not run: outputs and the summary show which.`;
}
