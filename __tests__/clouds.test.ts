/**
 * The clouds table (src/clouds.ts): each cloud's facts as Microsoft documents them, and the helpers that read it. The
 * expected values are written out here, not derived from the table, so that a wrong fact fails.
 */
import { describe, expect, it } from 'vitest';
import {
  CLOUD_NAMES,
  CLOUDS,
  cloudsOfAudience,
  cloudsOfEntraIssuer,
  cloudsOfEnvironment,
  cloudsOfLoginHost,
  entraIssuerOf,
  fixedHostsOf,
  fixedResource,
  listClouds,
  sharePointResource,
  type CloudName,
} from '../src/clouds.js';

const TENANT_ID = '7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20';

describe('the clouds table', () => {
  it.each<[CloudName, Record<string, string>]>([
    ['Public', { login: 'login.microsoftonline.com', graph: 'https://graph.microsoft.com', sp: 'sharepoint.com', management: 'https://manage.office.com', azure: 'https://management.azure.com', audience: 'api://AzureADTokenExchange', issuer: 'login.microsoftonline.com', subject: '/eid1/c/pub', environment: 'AzureCloud' }],
    ['USGov', { login: 'login.microsoftonline.com', graph: 'https://graph.microsoft.com', sp: 'sharepoint.com', management: 'https://manage-gcc.office.com', azure: 'https://management.azure.com', audience: 'api://AzureADTokenExchange', issuer: 'login.microsoftonline.com', subject: '/eid1/c/pub', environment: 'AzureCloud' }],
    ['USGovHigh', { login: 'login.microsoftonline.us', graph: 'https://graph.microsoft.us', sp: 'sharepoint.us', management: 'https://manage.office365.us', azure: 'https://management.usgovcloudapi.net', audience: 'api://AzureADTokenExchangeUSGov', issuer: 'login.microsoftonline.us', subject: '/eid1/c/usg', environment: 'AzureUSGovernment' }],
    ['USGovDoD', { login: 'login.microsoftonline.us', graph: 'https://dod-graph.microsoft.us', sp: 'sharepoint-mil.us', management: 'https://manage.protection.apps.mil', azure: 'https://management.usgovcloudapi.net', audience: 'api://AzureADTokenExchangeUSGov', issuer: 'login.microsoftonline.us', subject: '/eid1/c/usg', environment: 'AzureUSGovernment' }],
    ['China', { login: 'login.chinacloudapi.cn', graph: 'https://microsoftgraph.chinacloudapi.cn', sp: 'sharepoint.cn', management: 'https://manage.office.cn', azure: 'https://management.chinacloudapi.cn', audience: 'api://AzureADTokenExchangeChina', issuer: 'login.partner.microsoftonline.cn', subject: '/eid1/c/chn', environment: 'AzureChinaCloud' }],
  ])('%s', (name, facts) => {
    const cloud = CLOUDS[name];
    expect({
      login: cloud.loginHost,
      graph: cloud.graph,
      sp: cloud.sharePointSuffix,
      management: cloud.management,
      azure: cloud.azure,
      audience: cloud.tokenExchangeAudience,
      issuer: cloud.entraIssuerHost,
      subject: cloud.entraSubjectPrefix,
      environment: cloud.azureEnvironment,
    }).toEqual(facts);
    expect(cloud.name).toBe(name);
  });

  it('names the Microsoft documentation of every row', () => {
    for (const name of CLOUD_NAMES) {
      expect(CLOUDS[name].sources.length, name).toBeGreaterThan(1);
      for (const source of CLOUDS[name].sources) expect(source, name).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
    expect(CLOUDS.USGovHigh.sources).toContain('https://learn.microsoft.com/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints');
    expect(CLOUDS.USGovDoD.sources).toContain('https://learn.microsoft.com/microsoft-365/enterprise/microsoft-365-u-s-government-dod-endpoints');
  });

  it('lists the hosts a run of each cloud may talk to besides SharePoint', () => {
    expect(fixedHostsOf(CLOUDS.Public)).toEqual(['login.microsoftonline.com', 'graph.microsoft.com', 'manage.office.com', 'management.azure.com']);
    expect(fixedHostsOf(CLOUDS.USGov)).toEqual(['login.microsoftonline.com', 'graph.microsoft.com', 'manage-gcc.office.com', 'management.azure.com']);
    expect(fixedHostsOf(CLOUDS.USGovDoD)).toEqual(['login.microsoftonline.us', 'dod-graph.microsoft.us', 'manage.protection.apps.mil', 'management.usgovcloudapi.net']);
    expect(fixedHostsOf(CLOUDS.China)).toEqual([
      'login.chinacloudapi.cn',
      'login.partner.microsoftonline.cn',
      'microsoftgraph.chinacloudapi.cn',
      'manage.office.cn',
      'management.chinacloudapi.cn',
    ]);
  });
});

describe('resources follow the cloud (token pinning)', () => {
  it.each<[CloudName, string]>([
    ['Public', 'sharepoint.com'],
    ['USGov', 'sharepoint.com'],
    ['USGovHigh', 'sharepoint.us'],
    ['USGovDoD', 'sharepoint-mil.us'],
    ['China', 'sharepoint.cn'],
  ])('%s: SharePoint of the tenant under %s, with -admin and -my', (name, suffix) => {
    const cloud = CLOUDS[name];
    for (const url of [`https://contoso.${suffix}/sites/ops`, `https://contoso-admin.${suffix}`, `https://CONTOSO-my.${suffix}/personal/x`]) {
      expect(sharePointResource(cloud, url)).toEqual({
        kind: 'sharepoint',
        audience: `https://contoso.${suffix}`,
        hosts: [`contoso.${suffix}`, `contoso-admin.${suffix}`, `contoso-my.${suffix}`],
      });
    }
  });

  it("refuses another cloud's SharePoint host, so that no token goes there", () => {
    expect(sharePointResource(CLOUDS.USGovHigh, 'https://contoso.sharepoint.com/sites/ops')).toBeUndefined();
    expect(sharePointResource(CLOUDS.USGovHigh, 'https://contoso.sharepoint-mil.us')).toBeUndefined();
    expect(sharePointResource(CLOUDS.USGovDoD, 'https://contoso.sharepoint.us')).toBeUndefined();
    expect(sharePointResource(CLOUDS.Public, 'https://contoso.sharepoint.cn')).toBeUndefined();
    expect(sharePointResource(CLOUDS.China, 'https://contoso.sharepoint.com')).toBeUndefined();
  });

  it('pins Graph, the Management API and Azure to their host in the cloud', () => {
    expect(fixedResource(CLOUDS.USGovDoD, 'graph')).toEqual({ kind: 'graph', audience: 'https://dod-graph.microsoft.us', hosts: ['dod-graph.microsoft.us'] });
    expect(fixedResource(CLOUDS.USGov, 'management')).toEqual({ kind: 'management', audience: 'https://manage-gcc.office.com', hosts: ['manage-gcc.office.com'] });
    expect(fixedResource(CLOUDS.China, 'azure')).toEqual({ kind: 'azure', audience: 'https://management.chinacloudapi.cn', hosts: ['management.chinacloudapi.cn'] });
  });
});

describe('reading a cloud back from what a platform or token says', () => {
  it('maps an Azure environment to its clouds, without case', () => {
    expect(cloudsOfEnvironment('AzureCloud')).toEqual(['Public', 'USGov']);
    expect(cloudsOfEnvironment('azureusgovernment')).toEqual(['USGovHigh', 'USGovDoD']);
    expect(cloudsOfEnvironment('AzureChinaCloud')).toEqual(['China']);
    expect(cloudsOfEnvironment('AzureStack')).toEqual([]);
  });

  it('maps a token exchange audience to its clouds, case-sensitively as Entra ID compares', () => {
    expect(cloudsOfAudience('api://AzureADTokenExchange')).toEqual(['Public', 'USGov']);
    expect(cloudsOfAudience('api://AzureADTokenExchangeUSGov')).toEqual(['USGovHigh', 'USGovDoD']);
    expect(cloudsOfAudience('api://AzureADTokenExchangeChina')).toEqual(['China']);
    expect(cloudsOfAudience('api://azureadtokenexchange')).toEqual([]);
    expect(cloudsOfAudience('https://gitlab.com')).toEqual([]);
  });

  it("maps a login host and an Entra ID workload token's issuer to their clouds", () => {
    expect(cloudsOfLoginHost('LOGIN.microsoftonline.us')).toEqual(['USGovHigh', 'USGovDoD']);
    expect(cloudsOfLoginHost('login.partner.microsoftonline.cn')).toEqual(['China']);
    expect(cloudsOfEntraIssuer(`https://login.microsoftonline.us/${TENANT_ID}/v2.0`)).toEqual(['USGovHigh', 'USGovDoD']);
    expect(cloudsOfEntraIssuer(`https://login.partner.microsoftonline.cn/${TENANT_ID}/v2.0`)).toEqual(['China']);
    expect(cloudsOfEntraIssuer('https://token.actions.githubusercontent.com')).toEqual([]);
    expect(entraIssuerOf(CLOUDS.USGovDoD, TENANT_ID)).toBe(`https://login.microsoftonline.us/${TENANT_ID}/v2.0`);
  });

  it('lists clouds for messages', () => {
    expect(listClouds(['USGovHigh', 'USGovDoD'])).toBe('USGovHigh or USGovDoD');
    expect(listClouds(['Public', 'USGov', 'China'], 'and')).toBe('Public, USGov and China');
    expect(listClouds(['China'])).toBe('China');
  });
});
