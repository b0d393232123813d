import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../src/clouds.js';
import { isMePath } from '../src/plan/app-only.js';
import { plan, planErrors } from './plan-fixtures.js';

const delegatedOnly = (name: string, where: string) =>
  `Command '${name}' (${where}) is a Viva Engage command, which cannot be run app-only: Entra ID issues no app-only token for Viva Engage (Yammer). Run it with a delegated (user) sign-in, e.g. the CLI for Microsoft 365 on a workstation.`;

describe('createPlan: app-only rules', () => {
  it('rejects Viva Engage commands that use the Viva Engage API, by their real names', () => {
    expect(planErrors('- status\n- status\n- viva engage message list --threaded\n- m365 viva engage user get --email a@b.c\n- viva engage network list\n')).toEqual([
      delegatedOnly('viva engage message list', 'command 3, line 3'),
      delegatedOnly('viva engage user get', 'command 4, line 4'),
      delegatedOnly('viva engage network list', 'command 5, line 5'),
    ]);
  });

  it('rejects the older yammer names, known or not', () => {
    expect(planErrors('- yammer message add --body hi\n- yammer group list\n- yammer whatever\n- command: yammer search\n')).toEqual([
      delegatedOnly('yammer message add', 'command 1, line 1'),
      delegatedOnly('yammer group list', 'command 2, line 2'),
      delegatedOnly('yammer whatever', 'command 3, line 3'),
      delegatedOnly('yammer search', 'command 4, line 4'),
    ]);
  });

  it('rejects Viva Engage commands built on Microsoft Graph too, pointing to the Graph endpoint', () => {
    expect(planErrors('- viva engage community list\n- viva engage report activitycounts --period D7\n')).toEqual([
      "Command 'viva engage community list' (command 1, line 1) is a Viva Engage command, which cannot be run app-only: Entra ID issues no app-only token for Viva Engage (Yammer). Its data is also in Microsoft Graph, which does allow app-only access: use 'request --url https://graph.microsoft.com/v1.0/employeeExperience/communities' instead (see the Graph documentation for the application permission).",
      "Command 'viva engage report activitycounts' (command 2, line 2) is a Viva Engage command, which cannot be run app-only: Entra ID issues no app-only token for Viva Engage (Yammer). Its data is also in Microsoft Graph, which does allow app-only access: use 'request --url https://graph.microsoft.com/v1.0/reports/getYammerActivityCounts(period='D7')' instead (see the Graph documentation for the application permission).",
    ]);
  });

  it('rejects request to Viva Engage hosts', () => {
    expect(planErrors('- request --url https://api.yammer.com/api/v1/messages.json\n- request --url https://www.yammer.com/x\n- request --url https://files.yammer.com/y\n')).toEqual([
      "request to 'https://api.yammer.com/api/v1/messages.json' (command 1, line 1) talks to Viva Engage, which cannot be used app-only: Entra ID issues no app-only token for Viva Engage (Yammer). Run it with a delegated (user) sign-in, e.g. the CLI for Microsoft 365 on a workstation.",
      "request to 'https://www.yammer.com/x' (command 2, line 2) talks to Viva Engage, which cannot be used app-only: Entra ID issues no app-only token for Viva Engage (Yammer). Run it with a delegated (user) sign-in, e.g. the CLI for Microsoft 365 on a workstation.",
      "request to 'https://files.yammer.com/y' (command 3, line 3) talks to Viva Engage, which cannot be used app-only: Entra ID issues no app-only token for Viva Engage (Yammer). Run it with a delegated (user) sign-in, e.g. the CLI for Microsoft 365 on a workstation.",
    ]);
  });

  it('rejects Graph /me, also through the @graph token', () => {
    expect(planErrors('- request --url https://graph.microsoft.com/v1.0/me\n- id: x\n  run: request --url @graphbeta/me/drive?$select=id\n')).toEqual([
      "request to 'https://graph.microsoft.com/v1.0/me' (command 1, line 1) uses Microsoft Graph's /me, the signed-in user, but app-only has no signed-in user. Use /users/{id | userPrincipalName} instead, e.g. /v1.0/users/adele@contoso.onmicrosoft.com.",
      "request to 'https://graph.microsoft.com/beta/me/drive?$select=id' (command 2, id 'x', line 2) uses Microsoft Graph's /me, the signed-in user, but app-only has no signed-in user. Use /users/{id | userPrincipalName} instead, e.g. /v1.0/users/adele@contoso.onmicrosoft.com.",
    ]);
    expect(plan('- request --url https://graph.microsoft.com/v1.0/messages').commands).toHaveLength(1);
  });

  it('recognises /me paths only', () => {
    expect(['/v1.0/me', '/beta/me/', '/ME/drive', '/me'].map(isMePath)).toEqual([true, true, true, true]);
    expect(['/v1.0/members', '/v1.0/users/me', '/beta/meetings'].map(isMePath)).toEqual([false, false, false]);
  });

  it('rejects @meId and @meUserName in any option', () => {
    expect(planErrors('- entra group list --owner @meId\n- command: entra user get\n  options: { userName: "@meUserName" }\n')).toEqual([
      "Option '--owner' (command 1, line 1) is '@meId', which stands for the signed-in user, but app-only has no signed-in user. Give the user's id or userPrincipalName instead (as in /users/{id | userPrincipalName}).",
      "Option '--userName' (command 2, line 2) is '@meUserName', which stands for the signed-in user, but app-only has no signed-in user. Give the user's id or userPrincipalName instead (as in /users/{id | userPrincipalName}).",
    ]);
  });

  it('uses the Graph host of the cloud for /me', () => {
    expect(planErrors('- request --url @graph/me', { cloud: CLOUDS.USGovHigh })[0]).toMatch(/^request to 'https:\/\/graph\.microsoft\.us\/v1\.0\/me' /);
  });
});
