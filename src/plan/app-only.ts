/**
 * What cannot work with an app-only token, refused at planning with the reason and the alternative rather than
 * failing later with a bare 401/403.
 */

/** Viva Engage commands of the CLI for Microsoft 365 that call the Viva Engage (Yammer) REST API, api.yammer.com. */
const YAMMER_API_COMMANDS = [
  'viva engage message add',
  'viva engage message get',
  'viva engage message like set',
  'viva engage message list',
  'viva engage message remove',
  'viva engage network list',
  'viva engage search',
  'viva engage user get',
  'viva engage user list',
  // The names before the CLI renamed `yammer` to `viva engage`.
  'yammer group list',
  'yammer group user add',
  'yammer group user remove',
  'yammer message add',
  'yammer message get',
  'yammer message like set',
  'yammer message list',
  'yammer message remove',
  'yammer network list',
  'yammer search',
  'yammer user get',
  'yammer user list',
];

/** `viva engage report <name>` → the Graph report function it calls. */
const REPORT_FUNCTIONS: Record<string, string> = {
  activitycounts: 'getYammerActivityCounts',
  activityusercounts: 'getYammerActivityUserCounts',
  activityuserdetail: 'getYammerActivityUserDetail',
  deviceusagedistributionusercounts: 'getYammerDeviceUsageDistributionUserCounts',
  deviceusageusercounts: 'getYammerDeviceUsageUserCounts',
  deviceusageuserdetail: 'getYammerDeviceUsageUserDetail',
  groupsactivitycounts: 'getYammerGroupsActivityCounts',
  groupsactivitydetail: 'getYammerGroupsActivityDetail',
  groupsactivitygroupcounts: 'getYammerGroupsActivityGroupCounts',
};

/**
 * Viva Engage commands of the CLI that call Microsoft Graph (communities, roles, usage reports). Graph grants these to
 * applications (Community.*, EngagementRole.*, Reports.Read.All): they are refused like every Viva Engage command, and
 * the message points to the Graph endpoint that `request` can reach app-only.
 */
const GRAPH_BACKED: Record<string, string> = {
  'viva engage community add': 'v1.0/employeeExperience/communities',
  'viva engage community get': 'v1.0/employeeExperience/communities/{communityId}',
  'viva engage community list': 'v1.0/employeeExperience/communities',
  'viva engage community remove': 'v1.0/employeeExperience/communities/{communityId}',
  'viva engage community set': 'v1.0/employeeExperience/communities/{communityId}',
  'viva engage community user add': 'v1.0/groups/{groupId}/members/$ref',
  'viva engage community user list': 'v1.0/groups/{groupId}/members',
  'viva engage community user remove': 'v1.0/groups/{groupId}/members/{userId}/$ref',
  'viva engage role list': 'beta/employeeExperience/roles',
  'viva engage role member add': 'beta/employeeExperience/roles/{roleId}/members',
  'viva engage role member list': 'beta/employeeExperience/roles/{roleId}/members',
  'viva engage role member remove': 'v1.0/employeeExperience/roles/{roleId}/members/{userId}',
  ...Object.fromEntries(
    Object.entries(REPORT_FUNCTIONS).flatMap(([report, fn]) => [
      [`viva engage report ${report}`, `v1.0/reports/${fn}(period='D7')`],
      [`yammer report ${report}`, `v1.0/reports/${fn}(period='D7')`],
    ]),
  ),
};

/** The longest known Viva Engage name the words start with, else the words themselves. */
function vivaEngageName(words: readonly string[]): string {
  const lower = words.map((w) => w.toLowerCase());
  for (let n = lower.length; n > 0; n--) {
    const name = lower.slice(0, n).join(' ');
    if (YAMMER_API_COMMANDS.includes(name) || name in GRAPH_BACKED) return name;
  }
  return lower.join(' ');
}

/** True when the leading words name a Viva Engage (`viva engage …`) or Yammer (`yammer …`) command. */
export function isVivaEngageCommand(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  return lower[0] === 'yammer' || (lower[0] === 'viva' && lower[1] === 'engage');
}

/**
 * Why a Viva Engage / Yammer command is refused, given its leading words and the item description
 * (`command 3, line 5`). Call only when `isVivaEngageCommand(words)`.
 */
export function vivaEngageRejection(words: readonly string[], where: string, graphHost: string): string {
  const name = vivaEngageName(words);
  const rule =
    `Command '${name}' (${where}) is a Viva Engage command, which cannot be run app-only: Entra ID issues no app-only ` +
    `token for Viva Engage (Yammer).`;
  const graphPath = GRAPH_BACKED[name];
  if (graphPath !== undefined) {
    return (
      `${rule} Its data is also in Microsoft Graph, which does allow app-only access: use ` +
      `'request --url ${graphHost}/${graphPath}' instead (see the Graph documentation for the application permission).`
    );
  }
  return `${rule} Run it with a delegated (user) sign-in, e.g. the CLI for Microsoft 365 on a workstation.`;
}

/** True for api.yammer.com, www.yammer.com and any other *.yammer.com host (and yammer.com itself). */
export function isYammerHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'yammer.com' || h.endsWith('.yammer.com');
}

export function yammerRequestRejection(url: string, where: string): string {
  return (
    `request to '${url}' (${where}) talks to Viva Engage, which cannot be used app-only: Entra ID issues no app-only ` +
    `token for Viva Engage (Yammer). Run it with a delegated (user) sign-in, e.g. the CLI for Microsoft 365 on a workstation.`
  );
}

/** True when a Graph URL path (`/v1.0/me/drive`) addresses the signed-in user. */
export function isMePath(pathname: string): boolean {
  const path = pathname.toLowerCase().replace(/^\/(v1\.0|beta)(?=\/|$)/, '');
  return path === '/me' || path === '/me/' || path.startsWith('/me/');
}

export function meRequestRejection(url: string, where: string): string {
  return (
    `request to '${url}' (${where}) uses Microsoft Graph's /me, the signed-in user, but app-only has no signed-in user. ` +
    `Use /users/{id | userPrincipalName} instead, e.g. /v1.0/users/adele@contoso.onmicrosoft.com.`
  );
}

/** The CLI for Microsoft 365's placeholders for the signed-in user. */
const ME_TOKENS = ['@meid', '@meusername'];

export function isMeToken(value: unknown): boolean {
  return typeof value === 'string' && ME_TOKENS.includes(value.trim().toLowerCase());
}

export function meTokenRejection(option: string, value: string, where: string): string {
  return (
    `Option '--${option}' (${where}) is '${value}', which stands for the signed-in user, but app-only has no signed-in user. ` +
    `Give the user's id or userPrincipalName instead (as in /users/{id | userPrincipalName}).`
  );
}
