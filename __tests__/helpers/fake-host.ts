import type { FederatedRequest } from '../../src/auth/federated.js';
import { azureDevOpsPlatform } from '../../src/host/azure-devops.js';
import { commandLinePlatform } from '../../src/host/cli.js';
import { gitHubPlatform } from '../../src/host/github.js';
import type { Host, OutputLimits, Platform } from '../../src/host/host.js';
import type { ResultsDocument } from '../../src/report/outputs.js';

const PLATFORMS = { github: gitHubPlatform, 'azure-devops': azureDevOpsPlatform, cli: commandLinePlatform };

/**
 * A Host fed by an inputs map that records everything the action does to it. What the environment means (defaults,
 * token sources, limits, file roots) is the real platform's, for the platform named.
 */
export class FakeHost implements Host {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: Platform;
  readonly outputs: Record<string, string> = {};
  readonly published: ResultsDocument[] = [];
  readonly secrets: string[] = [];
  readonly logs: { level: string; message: string }[] = [];
  summary = '';
  failed?: string;

  constructor(
    private readonly inputs: Record<string, string> = {},
    env: NodeJS.ProcessEnv = {},
    platform: keyof typeof PLATFORMS = 'github',
  ) {
    this.env = env;
    this.platform = PLATFORMS[platform](env);
  }

  inputDefaults(input: string, context: { serviceConnectionId?: string }): readonly string[] {
    return this.platform.inputDefaults(input, context);
  }
  federatedSources(request: FederatedRequest) {
    return this.platform.federatedSources(request);
  }
  noFederatedSource(request: FederatedRequest) {
    return this.platform.noFederatedSource(request);
  }
  platformCloud(context: { serviceConnectionId?: string }) {
    return this.platform.platformCloud?.(context);
  }
  get federatedHint(): string {
    return this.platform.federatedHint;
  }
  get outputLimits(): OutputLimits {
    return this.platform.outputLimits;
  }
  get tempDirectory(): string {
    return this.platform.tempDirectory;
  }
  fileRoots(cwd: string): readonly string[] {
    return this.platform.fileRoots(cwd);
  }
  get protectedPaths(): readonly string[] {
    return this.platform.protectedPaths;
  }
  publishResults(document: ResultsDocument): void {
    this.published.push(document);
  }

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim();
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  debug(message: string): void {
    this.logs.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.logs.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.logs.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.logs.push({ level: 'error', message });
  }
  startGroup(title: string): void {
    this.logs.push({ level: 'group', message: title });
  }
  endGroup(): void {
    this.logs.push({ level: 'endgroup', message: '' });
  }
  logUntrusted(text: string): void {
    this.logs.push({ level: 'untrusted', message: text });
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
  setFailed(message: string): void {
    this.failed = message;
  }
  /** Every log line joined, for assertions that a secret never appears. */
  allText(): string {
    return [...this.logs.map((l) => l.message), ...Object.values(this.outputs), this.summary, this.failed ?? ''].join('\n');
  }
}
