import { setTimeout as sleep } from 'node:timers/promises';
import { extname } from 'node:path';
import { ActionError } from '../../errors.js';
import { command, isHttpStatus, literal, opt, query, segment, type OptionValues, type PermissionSpec } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { allOf } from './permissions.js';
import { GRAPH_JSON, graphUrl, splitValues } from './shared.js';

const options = {
  displayName: opt.string('Display name of the group.', { short: 'n', required: true }),
  mailNickname: opt.string('Mail alias of the group (the part before the @).', { short: 'm', required: true }),
  description: opt.string('Description of the group.', { short: 'd' }),
  owners: opt.string('Comma-separated user principal names of the owners.'),
  members: opt.string('Comma-separated user principal names of the members.'),
  visibility: opt.enum(['Private', 'Public', 'HiddenMembership'], 'Visibility (default Public).'),
  allowMembersToPost: opt.boolean('Only members may post conversations.'),
  hideGroupInOutlook: opt.boolean('Hide the group in Outlook.'),
  subscribeNewGroupMembers: opt.boolean('Subscribe new members to group conversation emails.'),
  welcomeEmailDisabled: opt.boolean('Send no welcome email to new members.'),
  logoPath: opt.file('Image file (PNG, GIF or JPEG) to use as the group logo.', { short: 'l' }),
};
type AddOptions = OptionValues<typeof options>;

const BEHAVIOURS = [
  ['allowMembersToPost', 'AllowOnlyMembersToPost'],
  ['hideGroupInOutlook', 'HideGroupInOutlook'],
  ['subscribeNewGroupMembers', 'SubscribeNewGroupMembers'],
  ['welcomeEmailDisabled', 'WelcomeEmailDisabled'],
] as const;

/** A new group's mailbox takes a while: the logo upload is tried again on 404, waiting a little longer each time. */
export const LOGO_ATTEMPTS = { count: 15, delayMs: 500 };
const MAX_LOGO_BYTES = 4 * 1024 * 1024;

function permissionsFor(o: AddOptions): PermissionSpec {
  return {
    graph: allOf(
      ['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
      o.owners !== undefined ? ['Group.ReadWrite.All', 'Directory.ReadWrite.All'] : [],
      o.members !== undefined ? ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'] : [],
      o.owners !== undefined || o.members !== undefined ? ['User.Read.All', 'Directory.Read.All'] : [],
      o.logoPath !== undefined ? ['ProfilePhoto.ReadWrite.All', 'Group.ReadWrite.All'] : [],
    ),
  };
}

/** `entra m365group add`: creates a Microsoft 365 group with its owners, members and logo. The result is the new group. */
export const entraM365GroupAdd = command({
  name: 'entra m365group add',
  description: 'Creates a Microsoft 365 Group',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'] },
  permissionsWhen: permissionsFor,
  options,
  validate: (o) => {
    for (const upn of [...splitValues(o.owners), ...splitValues(o.members)]) if (!upn.includes('@')) return `${upn} is not a valid userPrincipalName`;
    if (o.mailNickname.includes(' ')) return 'The option mailNickname cannot contain spaces.';
    return undefined;
  },
  async run(context, o) {
    // Every user is checked first: one unknown name and the group is not created (as the CLI documents).
    const owners = await userIds(context, splitValues(o.owners));
    const members = await userIds(context, splitValues(o.members));
    const logo = o.logoPath === undefined ? undefined : await context.files.readFile(o.logoPath, MAX_LOGO_BYTES);
    const body = {
      description: o.description,
      displayName: o.displayName,
      groupTypes: ['Unified'],
      mailEnabled: true,
      mailNickname: o.mailNickname,
      resourceBehaviorOptions: BEHAVIOURS.filter(([option]) => o[option]).map(([, behaviour]) => behaviour),
      securityEnabled: false,
      visibility: o.visibility ?? 'Public',
    };
    const group = (await context.http.request<{ id: string }>({ method: 'POST', url: graphUrl(context, 'groups'), headers: { ...GRAPH_JSON }, body })).body;
    if (logo !== undefined) await uploadLogo(context, group.id, logo, imageType(o.logoPath ?? ''));
    for (const [kind, ids] of [['owners', owners], ['members', members]] as const) {
      for (const id of ids) {
        const url = graphUrl(context, `groups/${segment(group.id)}/${kind}/$ref`);
        await context.http.request({ method: 'POST', url, headers: { ...GRAPH_JSON }, body: { '@odata.id': graphUrl(context, `users/${segment(id)}`) } });
      }
    }
    return group;
  },
});

/** The ids of the users; every name that matches no user is listed in one error. */
async function userIds(context: CommandContext, names: readonly string[]): Promise<string[]> {
  const found: { name: string; id?: string }[] = [];
  for (const name of names) {
    const url = graphUrl(context, `users${query({ $filter: `userPrincipalName eq ${literal(name)}`, $select: ['id', 'userPrincipalName'] })}`);
    const users = await context.http.getAll<{ id: string }>(url, { ...GRAPH_JSON });
    found.push({ name, id: users[0]?.id });
  }
  const invalid = found.filter((f) => f.id === undefined).map((f) => f.name);
  if (invalid.length > 0) throw new ActionError(`Cannot proceed with group creation. The following users provided are invalid : ${invalid.join(',')}`);
  return found.map((f) => f.id ?? '');
}

function imageType(path: string): string {
  const extension = extname(path).toLowerCase();
  return extension === '.png' ? 'image/png' : extension === '.gif' ? 'image/gif' : 'image/jpeg';
}

async function uploadLogo(context: CommandContext, id: string, logo: Buffer, contentType: string): Promise<void> {
  const url = graphUrl(context, `groups/${segment(id)}/photo/$value`);
  for (let attempt = 1; ; attempt++) {
    try {
      await context.http.request({ method: 'PUT', url, headers: { 'content-type': contentType }, body: logo });
      return;
    } catch (error) {
      // Only a mailbox that does not exist yet is worth waiting for; a bad image or a refusal is final.
      if (attempt >= LOGO_ATTEMPTS.count || !isHttpStatus(error, 404)) throw error;
      context.log.debug(`Setting the logo of group ${id} failed (attempt ${attempt}); trying again.`);
      await sleep(LOGO_ATTEMPTS.delayMs * attempt);
    }
  }
}
