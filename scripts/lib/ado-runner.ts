/**
 * Runs the bundled Azure DevOps task (azure-devops/dist/index.js) the way the Azure Pipelines agent runs a Node task,
 * and reads its output the way the agent does. Used by the end-to-end tests.
 *
 * What the agent does for a Node handler (azure-pipelines-agent, Worker/Handlers), modelled here:
 * - inputs: task.json's `defaultValue`s, overridden by the step's inputs (an alias such as `azureSubscription` names
 *   the same input); each becomes `INPUT_<NAME>`, the name upper-cased with `.` and space turned into `_`;
 * - variables: public ones as `SYSTEM_TEAMPROJECT`… (same name rule), secret ones as `SECRET_<NAME>`; TF_BUILD=True;
 * - the job's own `SystemVssConnection` endpoint (the job access token) is handed to every task as
 *   `ENDPOINT_URL_/ENDPOINT_AUTH_/ENDPOINT_AUTH_SCHEME_/ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION…`;
 * - a service connection that a `connectedService:…` input names is handed over the same way, with its data
 *   (`ENDPOINT_DATA_<id>_ENVIRONMENT`: AzureCloud, AzureUSGovernment, AzureChinaCloud…), the id as the agent writes it;
 * - the job's directories: Pipeline.Workspace (= Agent.BuildDirectory, `_work/1`), Agent.TempDirectory (`_work/_temp`),
 *   the agent's own Agent.HomeDirectory and Agent.WorkFolder; the sources (Build.SourcesDirectory) are the working
 *   directory given, here outside the pipeline workspace (the repository checkout the tests run from);
 * - the process runs in System.DefaultWorkingDirectory; stdout and stderr are both read for logging commands.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './action-runner.js';

/** How the job's access token reaches the task (several at once are allowed). */
export type AccessTokenRoute =
  /** `env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)` on the step. */
  | 'mapped'
  /** System.AccessToken as a secret job variable: SECRET_SYSTEM_ACCESSTOKEN. */
  | 'secret-variable'
  /** The SystemVssConnection endpoint every task gets. */
  | 'system-connection';

export interface AdoRunOptions {
  /** Inputs by their task.json names or aliases (`appId`, `azureSubscription`…). Unknown names are an error. */
  inputs: Record<string, string>;
  /** Extra environment (step `env:` and anything else), merged last; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** Secret pipeline variables by name (`my.secret` → SECRET_MY_SECRET). */
  secretVariables?: Record<string, string>;
  /** Public pipeline variables by name (`system.debug` → SYSTEM_DEBUG). */
  variables?: Record<string, string>;
  /** The job access token. Omitted: the task gets none. */
  systemAccessToken?: string;
  /** Routes of the job access token. Default: what a real agent gives a task, `['system-connection']`. */
  accessTokenRoutes?: AccessTokenRoute[];
  /** System.OidcRequestUri (Azure DevOps Services sets it in every job). */
  oidcRequestUri?: string;
  /** System.DefaultWorkingDirectory, the task's working directory. Default: the repository root. */
  cwd?: string;
  /** Task folder holding task.json and dist/ (default: azure-devops). */
  taskDir?: string;
  /** The bundle to run (default: `<taskDir>/dist/index.js`), e.g. a scratch build of a branch. */
  entry?: string;
  /**
   * Azure Resource Manager service connections of the project, by id. The agent hands a task those its
   * `connectedService:…` inputs name, and only those.
   */
  serviceConnections?: Record<string, AzureRmConnection>;
}

/** An Azure Resource Manager service connection using workload identity federation. */
export interface AzureRmConnection {
  /** Its Azure environment: AzureCloud (default), AzureUSGovernment, AzureChinaCloud. */
  environment?: string;
  servicePrincipalId: string;
  tenantId: string;
}

/** The Resource Manager URL an Azure environment's connection has (the endpoint's URL). */
const RESOURCE_MANAGER_URLS: Readonly<Record<string, string>> = {
  AzureCloud: 'https://management.azure.com/',
  AzureUSGovernment: 'https://management.usgovcloudapi.net/',
  AzureChinaCloud: 'https://management.chinacloudapi.cn/',
};

/** One logging command the agent would process. */
export interface AgentCommand {
  /** `area.event`, e.g. `task.setvariable`. */
  name: string;
  properties: Record<string, string>;
  data: string;
  /** The raw line (unescaped text is in `properties` and `data`). */
  line: string;
  stream: 'stdout' | 'stderr';
}

export interface AdoVariable {
  value: string;
  isOutput: boolean;
  isSecret: boolean;
}

export interface AdoRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Every `##vso[…]` command the agent would process, in order (stdout first, then stderr). */
  commands: AgentCommand[];
  /** Lines the agent shows in the log: everything but processed `##vso[` commands. */
  visible: string[];
  /** Variables set with task.setvariable, by name (last wins). */
  variables: Record<string, AdoVariable>;
  /** `task.logissue` by type. */
  issues: { type: string; message: string }[];
  /** Secrets registered with task.setsecret. */
  secrets: string[];
  /** Files attached with task.uploadsummary, read before the temp directory is removed. */
  summaries: { path: string; content: string }[];
  /** The task's result as the agent records it. */
  result: 'Succeeded' | 'SucceededWithIssues' | 'Failed' | 'Cancelled' | 'Skipped';
  durationMs: number;
}

interface TaskInputDefinition {
  name: string;
  type?: string;
  aliases?: string[];
  defaultValue?: string;
}

/** Runs the task once and collects what the agent would see. */
export async function runAdoTask(options: AdoRunOptions): Promise<AdoRun> {
  const taskDir = resolve(REPO_ROOT, options.taskDir ?? 'azure-devops');
  const entry = options.entry ? resolve(REPO_ROOT, options.entry) : join(taskDir, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run package\` first.`);
  const temp = mkdtempSync(join(tmpdir(), 'm365-ado-run-'));
  try {
    const cwd = options.cwd ?? REPO_ROOT;
    const env = agentEnvironment(options, taskDir, temp, cwd);
    const started = performance.now();
    const { exitCode, stdout, stderr } = await spawnNode(entry, cwd, env);
    const durationMs = performance.now() - started;
    return { ...readAgentLog(stdout, stderr, exitCode), exitCode, stdout, stderr, durationMs };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function agentEnvironment(options: AdoRunOptions, taskDir: string, temp: string, cwd: string): Record<string, string> {
  const agentTemp = join(temp, '_temp');
  const workspace = join(temp, '1');
  for (const dir of [agentTemp, workspace, join(temp, 'agent')]) mkdirSync(dir, { recursive: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    TF_BUILD: 'True',
    AGENT_TEMPDIRECTORY: agentTemp,
    AGENT_WORKFOLDER: temp,
    AGENT_HOMEDIRECTORY: join(temp, 'agent'),
    AGENT_BUILDDIRECTORY: workspace,
    PIPELINE_WORKSPACE: workspace,
    AGENT_NAME: 'Emulated Agent',
    AGENT_OS: 'Linux',
    AGENT_JOBSTATUS: 'Succeeded',
    SYSTEM_COLLECTIONURI: 'https://dev.azure.com/contoso/',
    SYSTEM_TEAMFOUNDATIONCOLLECTIONURI: 'https://dev.azure.com/contoso/',
    SYSTEM_TEAMPROJECT: 'app',
    SYSTEM_HOSTTYPE: 'build',
    SYSTEM_DEFAULTWORKINGDIRECTORY: cwd,
    BUILD_SOURCESDIRECTORY: cwd,
  };
  if (options.oidcRequestUri) env.SYSTEM_OIDCREQUESTURI = options.oidcRequestUri;
  for (const [name, value] of Object.entries(options.variables ?? {})) env[envName(name)] = value;
  for (const [name, value] of Object.entries(options.secretVariables ?? {})) env[`SECRET_${envName(name)}`] = value;
  addAccessToken(env, options);
  const inputs = taskInputs(taskDir, options.inputs);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${envName(name)}`] = value;
  addServiceConnections(env, taskDir, inputs, options.serviceConnections ?? {});
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** The agent's rule for variable and input names: `.` and space become `_`, upper case. */
export function envName(name: string): string {
  return name.replace(/[. ]/g, '_').toUpperCase();
}

function addAccessToken(env: Record<string, string>, options: AdoRunOptions): void {
  const token = options.systemAccessToken;
  if (!token) return;
  const routes = options.accessTokenRoutes ?? ['system-connection'];
  if (routes.includes('mapped')) env.SYSTEM_ACCESSTOKEN = token;
  if (routes.includes('secret-variable')) env.SECRET_SYSTEM_ACCESSTOKEN = token;
  if (routes.includes('system-connection')) {
    env.ENDPOINT_URL_SYSTEMVSSCONNECTION = 'https://dev.azure.com/contoso/';
    env.ENDPOINT_AUTH_SYSTEMVSSCONNECTION = JSON.stringify({ parameters: { AccessToken: token }, scheme: 'OAuth' });
    env.ENDPOINT_AUTH_SCHEME_SYSTEMVSSCONNECTION = 'OAuth';
    env.ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN = token;
  }
}

/**
 * The connections the task's `connectedService:…` inputs name, as the agent hands them over: URL, authorization (JSON,
 * scheme, each parameter) and data (JSON and each key upper-cased), under the id as given.
 */
function addServiceConnections(env: Record<string, string>, taskDir: string, inputs: Record<string, string>, connections: Record<string, AzureRmConnection>): void {
  const named = taskDefinitions(taskDir)
    .filter((input) => input.type?.startsWith('connectedService:'))
    .map((input) => inputs[input.name])
    .filter((id): id is string => Boolean(id));
  for (const id of named) {
    const connection = connections[id];
    if (!connection) continue;
    const environment = connection.environment ?? 'AzureCloud';
    const parameters = { serviceprincipalid: connection.servicePrincipalId, tenantid: connection.tenantId };
    const data = { environment, scopeLevel: 'Subscription', subscriptionId: '0b9f2c1e-5d4a-4e3b-8c7d-6a5f4e3d2c1b', subscriptionName: 'Contoso' };
    env[`ENDPOINT_URL_${id}`] = RESOURCE_MANAGER_URLS[environment] ?? '';
    env[`ENDPOINT_AUTH_${id}`] = JSON.stringify({ parameters, scheme: 'WorkloadIdentityFederation' });
    env[`ENDPOINT_AUTH_SCHEME_${id}`] = 'WorkloadIdentityFederation';
    for (const [key, value] of Object.entries(parameters)) env[`ENDPOINT_AUTH_PARAMETER_${id}_${key.toUpperCase()}`] = value;
    env[`ENDPOINT_DATA_${id}`] = JSON.stringify(data);
    for (const [key, value] of Object.entries(data)) env[`ENDPOINT_DATA_${id}_${key.toUpperCase()}`] = value;
  }
}

function taskDefinitions(taskDir: string): TaskInputDefinition[] {
  return (JSON.parse(readFileSync(join(taskDir, 'task.json'), 'utf8')) as { inputs: TaskInputDefinition[] }).inputs;
}

/** task.json defaults overridden by the step's inputs; aliases resolved to the input's name. */
function taskInputs(taskDir: string, given: Record<string, string>): Record<string, string> {
  const definitions = taskDefinitions(taskDir);
  const inputs: Record<string, string> = {};
  for (const input of definitions) if (input.defaultValue !== undefined) inputs[input.name] = input.defaultValue;
  for (const [name, value] of Object.entries(given)) {
    const lower = name.toLowerCase();
    const input = definitions.find((d) => d.name.toLowerCase() === lower || d.aliases?.some((a) => a.toLowerCase() === lower));
    if (!input) throw new Error(`Input '${name}' is not declared in task.json (${definitions.map((d) => d.name).join(', ')}).`);
    inputs[input.name] = value;
  }
  return inputs;
}

function spawnNode(entry: string, cwd: string, env: Record<string, string>): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ exitCode: code ?? 1, stdout, stderr })));
}

type LogReading = Omit<AdoRun, 'exitCode' | 'stdout' | 'stderr' | 'durationMs'>;

function readAgentLog(stdout: string, stderr: string, exitCode: number): LogReading {
  const commands: AgentCommand[] = [];
  const visible: string[] = [];
  for (const [stream, text] of [['stdout', stdout], ['stderr', stderr]] as const) {
    for (const line of agentLines(text)) {
      const command = parseAgentCommand(line, stream);
      if (command) commands.push(command);
      else visible.push(line);
    }
  }
  const variables: Record<string, AdoVariable> = {};
  const issues: { type: string; message: string }[] = [];
  const secrets: string[] = [];
  const summaries: { path: string; content: string }[] = [];
  let completion: string | undefined;
  for (const command of commands) {
    const { name, properties, data } = command;
    if (name === 'task.setvariable' && properties.variable) {
      variables[properties.variable] = { value: data, isOutput: isTrue(properties.isoutput), isSecret: isTrue(properties.issecret) };
      if (isTrue(properties.issecret)) secrets.push(data);
    } else if (name === 'task.setsecret') secrets.push(data);
    else if (name === 'task.logissue') issues.push({ type: properties.type ?? '', message: data });
    else if (name === 'task.uploadsummary') summaries.push({ path: data, content: existsSync(data) ? readFileSync(data, 'utf8') : '' });
    else if (name === 'task.complete') completion ??= properties.result ?? 'Succeeded';
  }
  return { commands, visible, variables, issues, secrets, summaries, result: taskResult(exitCode, completion) };
}

function isTrue(value: string | undefined): boolean {
  return (value ?? '').toLowerCase() === 'true';
}

/** A non-zero exit fails the task whatever it said; otherwise the first task.complete decides. */
function taskResult(exitCode: number, completion: string | undefined): AdoRun['result'] {
  if (exitCode !== 0) return 'Failed';
  const known = ['Succeeded', 'SucceededWithIssues', 'Failed', 'Cancelled', 'Skipped'] as const;
  return known.find((result) => result.toLowerCase() === (completion ?? 'Succeeded').toLowerCase()) ?? 'Succeeded';
}

/** The agent's lines: LF, CRLF and a bare CR all end one. */
export function agentLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The agent's logging command parser: `##vso[` anywhere in the line (case-sensitive), the command up to the first
 * space or `]`, `key=value` properties separated by `;` (keys compared without case: stored lower-cased), the data
 * after `]`. Values are unescaped as the agent does.
 */
export function parseAgentCommand(line: string, stream: 'stdout' | 'stderr' = 'stdout'): AgentCommand | undefined {
  const start = line.indexOf('##vso[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const inside = line.slice(start + 6, end);
  const space = inside.indexOf(' ');
  const name = space < 0 ? inside : inside.slice(0, space);
  if (!/^[A-Za-z]+\.[A-Za-z]+$/.test(name)) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (space < 0 ? '' : inside.slice(space + 1)).split(';')) {
    const equals = pair.indexOf('=');
    if (pair.trim() && equals > 0) properties[pair.slice(0, equals).trim().toLowerCase()] = unescapeAgent(pair.slice(equals + 1));
  }
  return { name: name.toLowerCase(), properties, data: unescapeAgent(line.slice(end + 1)), line, stream };
}

function unescapeAgent(value: string): string {
  return value
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%AZP25/g, '%');
}
