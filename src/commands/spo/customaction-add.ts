import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY, splitList, trimSlashes, type OptionValues } from '../kit/index.js';

/** SharePoint's permission kinds (`SP.PermissionKind`), by name, as `--rights` takes them (case-sensitive). */
const PERMISSION_KINDS: Readonly<Record<string, number>> = {
  EmptyMask: 0, ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, OpenItems: 6, ViewVersions: 7,
  DeleteVersions: 8, CancelCheckout: 9, ManagePersonalViews: 10, ManageLists: 12, ViewFormPages: 13, AnonymousSearchAccessList: 14, Open: 17,
  ViewPages: 18, AddAndCustomizePages: 19, ApplyThemeAndBorder: 20, ApplyStyleSheets: 21, ViewUsageData: 22, CreateSSCSite: 23, ManageSubwebs: 24,
  CreateGroups: 25, ManagePermissions: 26, BrowseDirectories: 27, BrowseUserInfo: 28, AddDelPrivateWebParts: 29, UpdatePersonalWebParts: 30,
  ManageWeb: 31, AnonymousSearchAccessWebLists: 32, UseClientIntegration: 37, UseRemoteAPIs: 38, ManageAlerts: 39, CreateAlerts: 40,
  EditMyUserInfo: 41, EnumeratePermissions: 63, FullMask: 65,
};

/** `SP.BasePermissions` of the named kinds: kind n is bit n-1 of the 64-bit mask (Low the lower 32 bits). */
function basePermissions(names: readonly string[]): { High: string; Low: string } {
  let low = 0;
  let high = 0;
  for (const name of names) {
    const kind = PERMISSION_KINDS[name];
    if (kind === 65) [low, high] = [65535, 32767];
    else if (kind === 0) [low, high] = [0, 0];
    else if (kind - 1 < 32) low = (low | (1 << (kind - 1))) >>> 0;
    else high = (high | (1 << (kind - 33))) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

const REGISTRATION_TYPES = ['None', 'List', 'ContentType', 'ProgId', 'FileType'] as const;
/** Locations whose actions SharePoint shows only within a group. */
const NEEDS_GROUP = ['microsoft.sharepoint.standardmenu', 'microsoft.sharepoint.contenttypesettings', 'microsoft.sharepoint.contenttypetemplatesettings', 'microsoft.sharepoint.create', 'microsoft.sharepoint.groupspage', 'microsoft.sharepoint.listedit', 'microsoft.sharepoint.listedit.documentlibrary', 'microsoft.sharepoint.peoplepage', 'microsoft.sharepoint.sitesettings'];

const options = {
  webUrl: opt.site('URL of the site or site collection to add the custom action to.', { short: 'u', required: true }),
  name: opt.string('Name of the custom action.', { short: 'n', required: true }),
  title: opt.string('Title of the custom action.', { short: 't', required: true }),
  location: opt.string('Where the custom action goes, e.g. ClientSideExtension.ApplicationCustomizer or ScriptLink.', { short: 'l', required: true }),
  group: opt.string('Group of the custom action, e.g. SiteActions.', { short: 'g' }),
  description: opt.string('Description of the custom action.', { short: 'd' }),
  sequence: opt.number('Order of the custom action among others at its location (0 to 65536).'),
  actionUrl: opt.string('URL, URI or JavaScript of the action, e.g. ~site/_layouts/sampleurl.aspx.'),
  imageUrl: opt.string('URL of the image of the custom action.'),
  commandUIExtension: opt.string('XML fragment of the user interface of the custom action.', { short: 'e' }),
  registrationId: opt.string('List, content type, file type or ProgID the action is associated with.'),
  registrationType: opt.enum(REGISTRATION_TYPES, 'Type of object the action is associated with: None (default), List, ContentType, ProgId, FileType.'),
  rights: opt.string('Comma-separated permission kinds the action needs (case-sensitive), e.g. AddListItems,DeleteListItems.'),
  scope: opt.enum(['Site', 'Web'] as const, 'Scope of the custom action: Site or Web (default).', { short: 's' }),
  scriptBlock: opt.string('Script to run (Location ScriptLink only).'),
  scriptSrc: opt.string('File of the script to run (Location ScriptLink only).'),
  clientSideComponentId: opt.guid('Client-side component ID of the custom action.', { short: 'c' }),
  clientSideComponentProperties: opt.string('Properties of the client-side component, as JSON text.', { short: 'p' }),
};

/** The CLI's checks, with its messages. */
function problem(o: OptionValues<typeof options>): string | undefined {
  const location = o.location.toLowerCase();
  const unknownRight = splitList(o.rights).find((r) => !Object.hasOwn(PERMISSION_KINDS, r));
  if (NEEDS_GROUP.includes(location) && o.group === undefined) return 'The location specified requires the group option to be specified as well';
  if (location === 'scriptlink' && o.scriptSrc === undefined && o.scriptBlock === undefined) return 'Option scriptSrc or scriptBlock is required when the location is set to ScriptLink';
  if ((o.scriptSrc !== undefined || o.scriptBlock !== undefined) && location !== 'scriptlink') return 'Option scriptSrc or scriptBlock is specified, but the location option is different than ScriptLink. Please use --actionUrl, if the location should be different than ScriptLink';
  if (o.scriptSrc !== undefined && o.scriptBlock !== undefined) return 'Either option scriptSrc or scriptBlock can be specified, but not both';
  if (o.sequence !== undefined && (o.sequence < 0 || o.sequence > 65536)) return 'Invalid option sequence. Expected value in range from 0 to 65536';
  if (o.clientSideComponentProperties !== undefined && o.clientSideComponentId === undefined) return 'Option clientSideComponentProperties is specified, but the clientSideComponentId option is missing';
  if (unknownRight !== undefined) return `Rights option '${unknownRight}' is not recognized as valid PermissionKind choice. Please note it is case sensitive`;
  return undefined;
}

/**
 * `spo customaction add`: adds a user custom action to a web (default) or its site collection. A site collection's
 * custom actions need its admin rights; like the CLI, it prints nothing.
 */
export const spoCustomActionAdd = command({
  name: 'spo customaction add',
  description: 'Adds a user custom action for site or site collection',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
  permissionsWhen: (o) => (o.scope === 'Site' ? { sharepoint: ['Sites.FullControl.All'] } : { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] }),
  options,
  validate: (o) => problem(o),
  async run(context, o) {
    const body: Record<string, unknown> = { Title: o.title, Name: o.name, Location: o.location };
    if (o.group) body.Group = o.group;
    if (o.description) body.Description = o.description;
    if (o.sequence) body.Sequence = o.sequence;
    if (o.registrationType) body.RegistrationType = REGISTRATION_TYPES.indexOf(o.registrationType);
    if (o.registrationId) body.RegistrationId = o.registrationId;
    if (o.actionUrl) body.Url = o.actionUrl;
    if (o.imageUrl) body.ImageUrl = o.imageUrl;
    if (o.clientSideComponentId) body.ClientSideComponentId = o.clientSideComponentId;
    if (o.clientSideComponentProperties) body.ClientSideComponentProperties = o.clientSideComponentProperties;
    if (o.scriptBlock) body.ScriptBlock = o.scriptBlock;
    if (o.scriptSrc) body.ScriptSrc = o.scriptSrc;
    if (o.commandUIExtension) body.CommandUIExtension = o.commandUIExtension;
    if (o.rights) body.Rights = basePermissions(splitList(o.rights));
    const url = `${trimSlashes(o.webUrl)}/_api/${o.scope ?? 'Web'}/UserCustomActions`;
    await context.http.request({ method: 'POST', url, headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY }, body });
    return undefined;
  },
});
