/**
 * The cloud and the audience in settings: the audience follows the cloud unless the input names one, and an Azure
 * DevOps service connection's environment gives the cloud when sign-in goes through it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOUDS, type CloudName } from '../src/clouds.js';
import { readSettings } from '../src/settings.js';
import { FakeHost } from './helpers/fake-host.js';

const APP = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';
const TENANT = '7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20';
const CONNECTION = '8d4c2b1a-3e5f-4a6b-8c7d-9e0f1a2b3c4d';
const cwd = mkdtempSync(join(tmpdir(), 'clouds-settings-'));
const base = { 'app-id': APP, tenant: TENANT, commands: '- status' };
const ENVIRONMENT_VARIABLE = `ENDPOINT_DATA_${CONNECTION}_ENVIRONMENT`;

/** An Azure Pipelines job whose task names a workload identity federation connection of this environment. */
function pipeline(inputs: Record<string, string>, environment?: string, extraEnv: NodeJS.ProcessEnv = {}): FakeHost {
  return new FakeHost(
    { ...base, 'service-connection-id': CONNECTION, ...inputs },
    {
      SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/contoso/app/_apis/distributedtask/hubs/build/plans/p/jobs/j/oidctoken',
      SYSTEM_ACCESSTOKEN: 'job-token',
      ...(environment === undefined ? {} : { [ENVIRONMENT_VARIABLE]: environment }),
      ...extraEnv,
    },
    'azure-devops',
  );
}

describe('the audience follows the cloud', () => {
  it.each<[CloudName, string]>([
    ['Public', 'api://AzureADTokenExchange'],
    ['USGov', 'api://AzureADTokenExchange'],
    ['USGovHigh', 'api://AzureADTokenExchangeUSGov'],
    ['USGovDoD', 'api://AzureADTokenExchangeUSGov'],
    ['China', 'api://AzureADTokenExchangeChina'],
  ])('%s: %s when the input is not given', (cloud, audience) => {
    const settings = readSettings(new FakeHost({ ...base, certificate: 'x', cloud }), cwd);
    expect([settings.cloud.name, settings.audience, settings.audienceSource, settings.cloudSource]).toEqual([cloud, audience, 'cloud', "input 'cloud'"]);
  });

  it('takes the input when given, whatever the cloud', () => {
    const settings = readSettings(new FakeHost({ ...base, certificate: 'x', cloud: 'USGovHigh', audience: 'api://Custom' }), cwd);
    expect([settings.audience, settings.audienceSource]).toEqual(['api://Custom', 'input']);
  });
});

describe("an Azure DevOps service connection's environment", () => {
  it('gives the cloud when the input is not given, and the audience with it', () => {
    const settings = readSettings(pipeline({}, 'AzureChinaCloud'), cwd);
    expect([settings.auth, settings.cloud, settings.audience]).toEqual(['federated', CLOUDS.China, 'api://AzureADTokenExchangeChina']);
    expect(settings.cloudSource).toBe(`service connection ${CONNECTION} (${ENVIRONMENT_VARIABLE}): AzureChinaCloud`);
  });

  it('is found whatever the case the agent wrote the id in, and through AZURESUBSCRIPTION_SERVICE_CONNECTION_ID', () => {
    const host = new FakeHost(base, {
      SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/contoso/app/oidctoken',
      SYSTEM_ACCESSTOKEN: 'job-token',
      AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: CONNECTION,
      [`ENDPOINT_DATA_${CONNECTION.toUpperCase()}_ENVIRONMENT`]: 'AzureChinaCloud',
    }, 'azure-devops');
    expect(readSettings(host, cwd).cloud.name).toBe('China');
  });

  it('AzureCloud keeps Public, and agrees with USGov (GCC tenants sign in to the worldwide Entra ID)', () => {
    expect(readSettings(pipeline({}, 'AzureCloud'), cwd).cloud.name).toBe('Public');
    const gcc = readSettings(pipeline({ cloud: 'USGov' }, 'AzureCloud'), cwd);
    expect([gcc.cloud.name, gcc.audience, gcc.cloudSource]).toEqual([
      'USGov',
      'api://AzureADTokenExchange',
      `input 'cloud', matching service connection ${CONNECTION} (${ENVIRONMENT_VARIABLE}): AzureCloud`,
    ]);
  });

  it('AzureUSGovernment fits GCC High and DoD: the input must choose, and either is accepted', () => {
    expect(() => readSettings(pipeline({}, 'AzureUSGovernment'), cwd)).toThrow(
      `Input 'cloud' is required: service connection ${CONNECTION} (${ENVIRONMENT_VARIABLE}) says AzureUSGovernment, ` +
        "the Entra ID of both USGovHigh (GCC High) and USGovDoD (DoD). Set 'cloud' to USGovHigh or USGovDoD.",
    );
    expect(readSettings(pipeline({ cloud: 'USGovDoD' }, 'AzureUSGovernment'), cwd).cloud.name).toBe('USGovDoD');
    expect(readSettings(pipeline({ cloud: 'usgovhigh' }, 'AzureUSGovernment'), cwd).audience).toBe('api://AzureADTokenExchangeUSGov');
  });

  it('refuses a cloud input that contradicts it, naming both', () => {
    expect(() => readSettings(pipeline({ cloud: 'USGovHigh' }, 'AzureChinaCloud'), cwd)).toThrow(
      `Input 'cloud' is USGovHigh, but service connection ${CONNECTION} (${ENVIRONMENT_VARIABLE}) says AzureChinaCloud, ` +
        "the Entra ID of China (operated by 21Vianet): a tenant signs in to one cloud only. Set 'cloud' to China, " +
        'or use a service connection of AzureUSGovernment.',
    );
    expect(() => readSettings(pipeline({ cloud: 'Public' }, 'AzureUSGovernment'), cwd)).toThrow(
      "Input 'cloud' is Public, but service connection",
    );
  });

  it('is reported with the other invalid inputs', () => {
    expect(() => readSettings(pipeline({ cloud: 'China', 'max-parallel': '0' }, 'AzureCloud'), cwd)).toThrow(
      /^2 inputs are invalid:\n {2}- Input 'cloud' is China, but service connection .*\n {2}- Invalid max-parallel '0'/,
    );
  });

  it('does not bind a sign-in that does not go through the connection (certificate, token file)', () => {
    const certificate = readSettings(pipeline({ certificate: 'x', cloud: 'USGovHigh' }, 'AzureCloud'), cwd);
    expect([certificate.auth, certificate.cloud.name]).toEqual(['certificate', 'USGovHigh']);
    const file = readSettings(pipeline({ 'federated-token-file': 'token', cloud: 'China' }, 'AzureCloud'), cwd);
    expect([file.auth, file.cloud.name, file.cloudSource]).toEqual(['federated', 'China', "input 'cloud'"]);
  });

  it('is ignored when it is no Microsoft 365 cloud, or when the job cannot issue the token', () => {
    const host = pipeline({}, 'AzureStack');
    expect(readSettings(host, cwd).cloud.name).toBe('Public');
    expect(host.logs.map((l) => l.message)).toContain(
      `service connection ${CONNECTION} (${ENVIRONMENT_VARIABLE}) says AzureStack, which is no Microsoft 365 cloud; it does not decide the cloud.`,
    );
    // Without System.OidcRequestUri the connection cannot issue a token, so it is not what sign-in will use.
    const noOidc = new FakeHost({ ...base, auth: 'federated', 'service-connection-id': CONNECTION }, { [ENVIRONMENT_VARIABLE]: 'AzureChinaCloud' }, 'azure-devops');
    expect(readSettings(noOidc, cwd).cloud.name).toBe('Public');
  });

  it('a GitHub job says nothing about the cloud', () => {
    const host = new FakeHost({ ...base, auth: 'federated' }, { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x/idtoken?a=1', [ENVIRONMENT_VARIABLE]: 'AzureChinaCloud' });
    expect(readSettings(host, cwd).cloud.name).toBe('Public');
  });
});
