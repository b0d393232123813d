import type { Host } from '../../src/host/host.js';

/** A Host fed by an inputs map that records everything the action does to it. */
export class FakeHost implements Host {
  readonly platform: 'github' | 'azure-devops';
  readonly env: NodeJS.ProcessEnv;
  readonly outputs: Record<string, string> = {};
  readonly secrets: string[] = [];
  readonly logs: { level: string; message: string }[] = [];
  summary = '';
  failed?: string;

  constructor(
    private readonly inputs: Record<string, string> = {},
    env: NodeJS.ProcessEnv = {},
    platform: 'github' | 'azure-devops' = 'github',
  ) {
    this.env = env;
    this.platform = platform;
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
