import { nodeCrypto } from '../../lazy-builtins.js';
import { command, opt, rules, segment, type OptionValues } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { GRAPH_JSON, assertSecretOutput, graphUrl, invalidUserNames } from './shared.js';
import { userPath } from './user-get.js';

const options = {
  displayName: opt.string('Name to show in the address book.', { required: true }),
  userName: opt.string('User principal name (someuser@contoso.com).', { required: true }),
  accountEnabled: opt.boolean('Whether the account is enabled (default true).'),
  mailNickname: opt.string('Mail alias (default: the part of userName before the @).'),
  password: opt.string('Password; when not given, one is generated and goes to the masked output <id>-password only.'),
  firstName: opt.string('Given name (at most 64 characters).'),
  lastName: opt.string('Surname (at most 64 characters).'),
  forceChangePasswordNextSignIn: opt.boolean('Change the password at the next sign-in.'),
  forceChangePasswordNextSignInWithMfa: opt.boolean('Change the password at the next sign-in and set up MFA.'),
  usageLocation: opt.string('Two-letter country code (needed to assign licenses).'),
  officeLocation: opt.string('Office location.'),
  jobTitle: opt.string('Job title (at most 128 characters).'),
  companyName: opt.string('Company name (at most 64 characters).'),
  department: opt.string('Department (at most 64 characters).'),
  preferredLanguage: opt.string('Preferred language (ISO 639-1, e.g. en-US).'),
  managerUserId: opt.guid("Id of the user's manager."),
  managerUserName: opt.string("User principal name of the user's manager."),
};
type AddOptions = OptionValues<typeof options>;

const LIMITS = [['firstName', 64], ['lastName', 64], ['jobTitle', 128], ['companyName', 64], ['department', 64]] as const;

function validate(o: AddOptions): string | undefined {
  if (invalidUserNames('userName', o.userName) !== undefined) return `'${o.userName}' is not a valid userName.`;
  for (const [name, max] of LIMITS) if ((o[name]?.length ?? 0) > max) return `The maximum amount of characters for '${name}' is ${max}.`;
  if (o.usageLocation !== undefined && !/^[a-zA-Z]{2}$/.test(o.usageLocation)) return `'${o.usageLocation}' is not a valid usageLocation.`;
  if (o.preferredLanguage !== undefined && o.preferredLanguage.length < 2) return `'${o.preferredLanguage}' is not a valid preferredLanguage.`;
  if (o.managerUserName !== undefined && invalidUserNames('managerUserName', o.managerUserName) !== undefined) return `'${o.managerUserName}' is not a valid user principal name.`;
  return undefined;
}

/**
 * `entra user add`: creates a user (other options become user properties, like the CLI) and sets the manager. The
 * result is the new user. The CLI adds the password to its output; here a generated password goes only to the masked
 * output `<id>-password`, and a given one is never echoed.
 */
export const entraUserAdd = command({
  name: 'entra user add',
  description: 'Creates a new user',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['User.ReadWrite.All', 'Directory.ReadWrite.All'] },
  options,
  rules: [rules.atMostOne('managerUserId', 'managerUserName')],
  allowUnknownOptions: true,
  validate,
  async run(context, o, extra) {
    // Before the user exists: a generated password that no one could read would lock the account away.
    const secretOutput = o.password === undefined ? assertSecretOutput(context, 'generated password', 'password') : undefined;
    const password = o.password ?? generatePassword();
    const body = {
      accountEnabled: o.accountEnabled ?? true,
      displayName: o.displayName,
      userPrincipalName: o.userName,
      mailNickname: o.mailNickname ?? o.userName.split('@')[0],
      passwordProfile: { forceChangePasswordNextSignIn: o.forceChangePasswordNextSignIn ?? false, forceChangePasswordNextSignInWithMfa: o.forceChangePasswordNextSignInWithMfa ?? false, password },
      givenName: o.firstName,
      surname: o.lastName,
      usageLocation: o.usageLocation,
      officeLocation: o.officeLocation,
      jobTitle: o.jobTitle,
      companyName: o.companyName,
      department: o.department,
      preferredLanguage: o.preferredLanguage,
      ...extra,
    };
    const user = (await context.http.request<Record<string, unknown> & { id: string }>({ method: 'POST', url: graphUrl(context, 'users'), headers: { ...GRAPH_JSON }, body })).body;
    secretOutput?.('password', password);
    await setManager(context, user.id, o.managerUserId ?? o.managerUserName);
    return user;
  },
});

async function setManager(context: CommandContext, userId: string, manager: string | undefined): Promise<void> {
  if (manager === undefined) return;
  const url = graphUrl(context, `users/${segment(userId)}/manager/$ref`);
  await context.http.request({ method: 'PUT', url, headers: { ...GRAPH_JSON }, body: { '@odata.id': graphUrl(context, userPath(manager)) } });
}

const CHARSETS = ['0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '-_@%$#*&'];

/** 15 random characters with at least one digit, upper-case and lower-case letter and symbol (what Entra ID requires). */
export function generatePassword(): string {
  const { randomInt } = nodeCrypto();
  const all = CHARSETS.join('');
  const chars = [...CHARSETS, ...Array<string>(11).fill(all)].map((set) => set[randomInt(set.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
