/**
 * What the content commands (lists, fields, list items, files, folders, pages) share: `$select`/`$expand` from
 * `--properties`, the headers of SharePoint's MERGE and DELETE, list and file references, the CSOM system update the
 * CLI uses to change an item without a new version, streaming reads of large files, copy jobs, and the canvas of
 * modern pages.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ActionError } from '../../errors.js';
import { ACCEPT, isHttpStatus, literal, opt, query, serverRelativePath, SHAREPOINT_JSON_BODY, splitList, trimSlashes } from '../kit/index.js';
import type { QueryOptions } from '../kit/odata.js';
import { listApiUrl, type ListReference } from '../kit/lookups.js';
import type { CommandContext, ReadableFile } from '../types.js';

/** `Title,Author/Title` → `$select=Title,Author/Title` and `$expand=Author` (a property with a slash needs its parent expanded). */
export function selection(properties: string | undefined): { $select: string[]; $expand: string[] } {
  const select = splitList(properties);
  const expand = [...new Set(select.filter((p) => p.includes('/')).map((p) => p.split('/')[0]))];
  return { $select: [...new Set(select)], $expand: expand };
}

/** SharePoint deletes through a POST that says so (as the CLI sends it). */
export const DELETE_HEADERS = { ...ACCEPT.sharepoint, 'x-http-method': 'DELETE', 'if-match': '*' } as const;
/** …and changes through a POST with `X-HTTP-Method: MERGE`. */
export const MERGE_HEADERS = { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY, 'x-http-method': 'MERGE', 'if-match': '*' } as const;
/** A JSON POST. */
export const POST_HEADERS = { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY } as const;

/** The CLI's `--force` skips its confirmation prompt; the action never prompts, so the option changes nothing. */
export const forceOption = opt.boolean('Accepted for scripts written for the CLI: the action never asks for confirmation.', { short: 'f' });

/** The CLI's `--withPermissions`: refused at planning until its role decoding is reproduced (the option is named so the message can say so). */
export const withPermissionsOption = opt.boolean('Not supported yet: the CLI decodes role assignments into friendly permission names.');

export function refuseWithPermissions(options: { withPermissions?: boolean }, what: string): string | undefined {
  if (options.withPermissions !== true) return undefined;
  return `Option --withPermissions is not supported yet (the CLI decodes role assignments into permission names). Leave it out; 'request' can read the ${what}'s RoleAssignments?$expand=Member,RoleDefinitionBindings.`;
}

const flag = (description: string) => opt.boolean(`${description} (true or false).`);

/** The list settings `spo list add` and `spo list set` take, as the CLI names them; each becomes the property of the same name in PascalCase. */
export const listSettingOptions = {
  description: opt.string('Description of the list.'),
  templateFeatureId: opt.guid('ID of the template feature of the list.'),
  allowDeletion: flag('Whether the list can be deleted'),
  allowEveryoneViewItems: flag('Whether everyone can view documents or attachments'),
  allowMultiResponses: flag('Whether a survey takes several answers per person'),
  contentTypesEnabled: flag('Whether content types are enabled'),
  crawlNonDefaultViews: flag('Whether non-default views are crawled'),
  defaultContentApprovalWorkflowId: opt.guid('ID of the default content approval workflow.'),
  defaultDisplayFormUrl: opt.string('URL of the display form of the items.'),
  defaultEditFormUrl: opt.string('URL of the edit form of the items.'),
  direction: opt.enum(['NONE', 'LTR', 'RTL'], 'Reading order of the list.'),
  disableCommenting: flag('Whether commenting is disabled'),
  disableGridEditing: flag('Whether grid editing is disabled'),
  draftVersionVisibility: opt.enum(['Reader', 'Author', 'Approver'], 'Least permission to see drafts.'),
  emailAlias: opt.string('E-mail address told of assignments (needs --enableAssignToEmail true).'),
  enableAssignToEmail: flag('Whether assignments are sent by e-mail'),
  enableAttachments: flag('Whether items take attachments'),
  enableDeployWithDependentList: flag('Whether the list deploys with a dependent list'),
  enableFolderCreation: flag('Whether folders can be created'),
  enableMinorVersions: flag('Whether minor versions are enabled'),
  enableModeration: flag('Whether content approval is enabled'),
  enablePeopleSelector: flag('Whether an events list has the people selector'),
  enableResourceSelector: flag('Whether an events list has the resource selector'),
  enableSchemaCaching: flag('Whether the schema is cached'),
  enableSyndication: flag('Whether RSS syndication is enabled'),
  enableThrottling: flag('Whether throttling is enabled'),
  enableVersioning: flag('Whether versioning is enabled'),
  enforceDataValidation: flag('Whether data validation is enforced'),
  excludeFromOfflineClient: flag('Whether the list is left out of offline clients'),
  fetchPropertyBagForListView: flag('Whether list views fetch the property bag'),
  followable: flag('Whether the list can be followed'),
  forceCheckout: flag('Whether documents must be checked out to be edited'),
  forceDefaultContentType: flag('Whether the default content type is forced'),
  hidden: flag('Whether the list is hidden'),
  includedInMyFilesScope: flag('Whether the list is in the My Files scope'),
  irmEnabled: flag('Whether IRM is enabled'),
  irmExpire: flag('Whether IRM expires'),
  irmReject: flag('Whether IRM rejects'),
  isApplicationList: flag('Whether the list is an application list'),
  listExperienceOptions: opt.enum(['Auto', 'NewExperience', 'ClassicExperience'], 'Which experience the list shows.'),
  majorVersionLimit: opt.number('Major versions kept (needs --enableVersioning true).'),
  majorWithMinorVersionsLimit: opt.number('Major versions whose minor versions are kept (needs --enableMinorVersions or --enableModeration).'),
  multipleDataList: flag('Whether the list is a multiple data list'),
  navigateForFormsPages: flag('Whether forms pages are navigated to'),
  needUpdateSiteClientTag: flag('Whether the site client tag needs an update'),
  noCrawl: flag('Whether the list is left out of search'),
  onQuickLaunch: flag('Whether the list shows on the quick launch'),
  ordered: flag('Whether items can be ordered'),
  parserDisabled: flag('Whether the document parser is disabled'),
  readOnlyUI: flag('Whether the list is read-only in the UI'),
  readSecurity: opt.number('Who may read items: 1 everyone, 2 their authors.'),
  requestAccessEnabled: flag('Whether access requests are enabled'),
  restrictUserUpdates: flag('Whether users may change only their own items'),
  sendToLocationName: opt.string('Name of the send-to location.'),
  sendToLocationUrl: opt.string('URL of the send-to location.'),
  showUser: flag('Whether survey answers show their authors'),
  useFormsForDisplay: flag('Whether forms display the items'),
  validationFormula: opt.string('Validation formula of the items.'),
  validationMessage: opt.string('Message shown when the validation formula fails.'),
  writeSecurity: opt.number('Who may change items: 1 everyone, 2 their authors, 4 nobody.'),
};

type ListSettingName = keyof typeof listSettingOptions;

/** Options whose text the REST API takes as a number. */
const LIST_SETTING_NUMBERS: Partial<Record<ListSettingName, readonly string[]>> = {
  draftVersionVisibility: ['Reader', 'Author', 'Approver'],
  listExperienceOptions: ['Auto', 'NewExperience', 'ClassicExperience'],
};

function isListSetting(name: string): name is ListSettingName {
  return Object.hasOwn(listSettingOptions, name);
}

/** The list properties of the given settings: `enableVersioning` → `EnableVersioning`, named values → their numbers. */
export function listSettingsBody(options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if (!isListSetting(name) || value === undefined) continue;
    const numbers = LIST_SETTING_NUMBERS[name];
    body[`${name[0].toUpperCase()}${name.slice(1)}`] = numbers ? numbers.indexOf(String(value)) : value;
  }
  return body;
}

/** The CLI's rules across list settings. */
export function validateListSettings(o: { emailAlias?: string; enableAssignToEmail?: boolean; majorWithMinorVersionsLimit?: number; enableMinorVersions?: boolean; enableModeration?: boolean; readSecurity?: number; writeSecurity?: number }): string | undefined {
  if (o.emailAlias !== undefined && o.enableAssignToEmail !== true) return 'emailAlias could not be set if enableAssignToEmail is not set to true. Please set enableAssignToEmail.';
  if (o.majorWithMinorVersionsLimit !== undefined && o.enableMinorVersions !== true && o.enableModeration !== true) {
    return 'majorWithMinorVersionsLimit option is only valid in combination with enableMinorVersions or enableModeration.';
  }
  if (o.readSecurity !== undefined && ![1, 2].includes(o.readSecurity)) return `${o.readSecurity} is not a valid readSecurity value. Allowed values are 1|2`;
  if (o.writeSecurity !== undefined && ![1, 2, 4].includes(o.writeSecurity)) return `${o.writeSecurity} is not a valid writeSecurity value. Allowed values are 1|2|4`;
  return undefined;
}

/** The web's server-relative path without trailing slash ('' for the root site). */
export function webPath(webUrl: string): string {
  return trimSlashes(decodeURIComponent(new URL(webUrl).pathname));
}

/** `<web>/_api/web/<list>` when a list is named, else `<web>/_api/web` (fields of the web itself). */
export function webOrListApi(webUrl: string, list: ListReference): string {
  if (list.listId === undefined && list.listTitle === undefined && list.listUrl === undefined) return `${trimSlashes(webUrl)}/_api/web`;
  return listApiUrl(webUrl, list);
}

/** The list item without `ID` (it duplicates `Id`; the CLI drops it). */
export function withoutId(item: unknown): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'ID'));
}

/** `GetFileByServerRelativePath(DecodedUrl='…')` of a server- or site-relative file URL. */
export function fileByPath(webUrl: string, url: string): string {
  return `${trimSlashes(webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${literal(serverRelativePath(webUrl, url))})`;
}

/** `GetFolderByServerRelativePath(DecodedUrl='…')` of a server- or site-relative folder URL. */
export function folderByPath(webUrl: string, url: string): string {
  return `${trimSlashes(webUrl)}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${literal(serverRelativePath(webUrl, url))})`;
}

/**
 * Creates the folders of a server-relative path that do not exist yet, one level at a time below `base` (default: the
 * web; a list's root folder when the folder is known to be in that list), like the CLI's ensureFolder: a folder that
 * exists answers its properties, one that does not answers 404 and is added to its parent.
 */
export async function ensureFolder(context: CommandContext, webUrl: string, folder: string, base = webPath(webUrl)): Promise<void> {
  const api = `${trimSlashes(webUrl)}/_api/web`;
  const below = folder.toLowerCase().startsWith(`${base.toLowerCase()}/`) ? folder.slice(base.length) : folder;
  let current = below === folder ? '' : base;
  for (const part of below.split('/').filter((p) => p !== '')) {
    const parent = current;
    current = `${current}/${part}`;
    try {
      await context.http.request({ url: `${api}/GetFolderByServerRelativePath(DecodedUrl=${literal(current)})`, headers: { ...ACCEPT.sharepoint } });
    } catch (error) {
      if (!isHttpStatus(error, 404)) throw error;
      const url = `${api}/GetFolderByServerRelativePath(DecodedUrl=${literal(parent || '/')})/AddSubFolderUsingPath(DecodedUrl=${literal(part)})`;
      await context.http.request({ method: 'POST', url, headers: { ...ACCEPT.sharepoint } });
    }
  }
}

/** Files and folders per request; the CLI asks for the next page while a page is full. */
const FOLDER_PAGE = 5000;

/** Every entry of a folder's `Files` or `Folders`, page by page with `$skip` / `$top` as the CLI asks. */
export async function folderEntries<T>(context: CommandContext, collectionApi: string, options: QueryOptions): Promise<T[]> {
  const entries: T[] = [];
  const rest = query(options).replace(/^\?/, '&');
  for (let skip = 0; ; skip += FOLDER_PAGE) {
    const url = `${collectionApi}?$skip=${skip}&$top=${FOLDER_PAGE}${rest}`;
    const page = (await context.http.request<{ value: T[] }>({ url, headers: { ...ACCEPT.sharepoint } })).body.value;
    entries.push(...page);
    if (page.length < FOLDER_PAGE) return entries;
  }
}

/** The server-relative URLs of every folder below a folder, depth first. */
export async function subfolders(context: CommandContext, webUrl: string, folderUrl: string): Promise<string[]> {
  const found: string[] = [];
  const folders = await folderEntries<{ ServerRelativeUrl: string }>(context, `${folderByPath(webUrl, folderUrl)}/Folders`, { $select: 'ServerRelativeUrl' });
  for (const folder of folders) found.push(folder.ServerRelativeUrl, ...(await subfolders(context, webUrl, folder.ServerRelativeUrl)));
  return found;
}

/** `ListItemAllFields` without its `ID`, where an entry has one. */
export function withoutItemId(entry: unknown): unknown {
  if (entry === null || typeof entry !== 'object' || !('ListItemAllFields' in entry)) return entry;
  return { ...entry, ListItemAllFields: withoutId(entry.ListItemAllFields) };
}

/** A positive whole number (an item ID, a section number), or the message naming the option. */
export function positiveInteger(name: string, value: number | undefined, least = 1): string | undefined {
  if (value === undefined || (Number.isSafeInteger(value) && value >= least)) return undefined;
  return `Option --${name} is ${value}; it must be a whole number of ${least} or more.`;
}

interface ContentType {
  readonly Name: string;
  readonly Id: { readonly StringValue: string };
}

/** The name of the list's content type given by name or ID, like the CLI; an unknown one is an error. */
export async function contentTypeName(context: CommandContext, listApi: string, wanted: string): Promise<string> {
  const url = `${listApi}/contenttypes?$select=Name,Id`;
  const response = await context.http.request<{ value: ContentType[] }>({ url, headers: { ...ACCEPT.sharepoint } });
  const found = response.body.value.find((ct) => ct.Id.StringValue === wanted || ct.Name === wanted);
  if (found === undefined) {
    throw new ActionError(`Specified content type '${wanted}' doesn't exist on the target list`, {
      hint: `Content types of the list: ${response.body.value.map((ct) => ct.Name).join(', ')}.`,
    });
  }
  return found.Name;
}

/** One result of SharePoint's form-value methods (`AddValidateUpdateItemUsingPath`, `ValidateUpdateListItem`). */
export interface FieldValueResult {
  readonly FieldName: string;
  readonly FieldValue: string | null;
  readonly HasException: boolean;
  readonly ErrorMessage: string | null;
}

/** Throws, like the CLI, when any value was refused: `<intro> \n- Field - reason`. */
export function assertValuesAccepted(values: readonly FieldValueResult[], intro: string): void {
  const failed = values.filter((v) => v.HasException);
  if (failed.length === 0) return;
  throw new ActionError(`${intro} \n${failed.map((v) => `- ${v.FieldName} - ${v.ErrorMessage ?? ''}`).join('\n')}`);
}

/** `{ Status: 'Done' }` → form values (the CLI sends every value as text). */
export function formValues(fields: Readonly<Record<string, string>>): { FieldName: string; FieldValue: string }[] {
  return Object.entries(fields).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }));
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface CsomAnswer {
  readonly ErrorInfo?: { readonly ErrorMessage?: string } | null;
  readonly _ObjectIdentity_?: string;
}

const CSOM_HEADERS = { 'content-type': 'text/xml', accept: 'application/json' } as const;
const CSOM_REQUEST = 'AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="m365-action" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"';

/** Posts a CSOM request and throws the first `ErrorInfo` of its answer. */
async function processQuery(context: CommandContext, webUrl: string, body: string): Promise<CsomAnswer[]> {
  const url = `${trimSlashes(webUrl)}/_vti_bin/client.svc/ProcessQuery`;
  const response = await context.http.request<CsomAnswer[]>({ method: 'POST', url, headers: { ...CSOM_HEADERS }, body: `<Request ${CSOM_REQUEST}>${body}</Request>` });
  const answers = Array.isArray(response.body) ? response.body : [];
  const error = answers.find((a) => a !== null && typeof a === 'object' && a.ErrorInfo)?.ErrorInfo;
  if (error) throw new ActionError(`Error occurred in systemUpdate operation - ${error.ErrorMessage ?? 'unknown CSOM error'}`);
  return answers;
}

/**
 * Changes an item without a new version and without touching Modified / Editor, as the CLI does: SharePoint offers this
 * only through CSOM (`ParseAndSetFieldValue` per value, then `SystemUpdate`) on the item's object identity, which comes
 * from the web's.
 */
export async function systemUpdateItem(context: CommandContext, webUrl: string, listApi: string, itemId: number, values: Readonly<Record<string, string>>): Promise<void> {
  const list = await context.http.request<{ Id: string }>({ url: `${listApi}?$select=Id`, headers: { ...ACCEPT.sharepoint } });
  const identityQuery =
    '<Actions><Query Id="1" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="ServerRelativeUrl" ScalarProperty="true" /></Properties></Query></Query></Actions>' +
    '<ObjectPaths><Property Id="5" ParentId="3" Name="Web" /><StaticProperty Id="3" TypeId="{3747adcd-a3c3-41b9-bfab-4a64dd2f1e0a}" Name="Current" /></ObjectPaths>';
  const identity = (await processQuery(context, webUrl, identityQuery)).find((a) => a?._ObjectIdentity_)?._ObjectIdentity_;
  if (identity === undefined) throw new ActionError('SharePoint did not answer the web object identity that a system update needs.');
  let id = 0;
  const sets = Object.entries(values).map(
    ([name, value]) => `<Method Name="ParseAndSetFieldValue" Id="${++id}" ObjectPathId="147"><Parameters><Parameter Type="String">${escapeXml(name)}</Parameter><Parameter Type="String">${escapeXml(value)}</Parameter></Parameters></Method>`,
  );
  const update = `<Actions>${sets.join('')}<Method Name="SystemUpdate" Id="${++id}" ObjectPathId="147" /></Actions><ObjectPaths><Identity Id="147" Name="${escapeXml(`${identity}:list:${list.body.Id}:item:${itemId},1`)}" /></ObjectPaths>`;
  await processQuery(context, webUrl, update);
}

/** Opens a file to read it in pieces, under the same containment as every file a command reads. */
export function openRead(context: CommandContext, path: string): Promise<ReadableFile> {
  return context.files.openRead(path);
}

/** What `Site/CreateCopyJobs` answers for each source. */
interface CopyJobInfo {
  readonly JobId: string;
  readonly [key: string]: unknown;
}

interface CopyJobEvent {
  readonly Event: string;
  readonly Message?: string;
  readonly TargetObjectUniqueId?: string;
  readonly TargetObjectSiteRelativeUrl?: string;
}

/** How long a copy job is waited for before giving up, and how often it is asked (the CLI asks every 3 seconds). */
const COPY_POLL_MS = 3000;
const COPY_MAX_POLLS = 200;

export interface CopyRequest {
  readonly webUrl: string;
  readonly sourceUrl: string;
  readonly targetUrl: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly skipWait?: boolean;
}

/**
 * Copies or moves a file with a copy job (what the CLI and SharePoint's UI use), waits for it unless told not to, and
 * answers the destination file's properties (read from the web the destination lies in).
 */
export async function copyFile(context: CommandContext, job: CopyRequest): Promise<unknown> {
  const web = trimSlashes(job.webUrl);
  const created = await context.http.request<{ value: CopyJobInfo[] }>({
    method: 'POST',
    url: `${web}/_api/Site/CreateCopyJobs`,
    headers: { ...POST_HEADERS },
    body: { destinationUri: job.targetUrl, exportObjectUris: [job.sourceUrl], options: { AllowSchemaMismatch: true, SameWebCopyMoveOptimization: true, ...job.options } },
  });
  if (job.skipWait) return undefined;
  const events = await copyJobEvents(context, web, created.body.value[0]);
  const error = events.find((e) => e.Event === 'JobError');
  if (error) throw new ActionError(error.Message ?? 'The copy job failed.');
  const info = events.find((e) => e.Event === 'JobFinishedObjectInfo');
  if (info?.TargetObjectUniqueId === undefined || info.TargetObjectSiteRelativeUrl === undefined) throw new ActionError('The copy job finished without telling where the file went.');
  const relativeFolder = `/${info.TargetObjectSiteRelativeUrl.slice(0, info.TargetObjectSiteRelativeUrl.lastIndexOf('/'))}`;
  const targetWeb = job.targetUrl.slice(0, job.targetUrl.toLowerCase().lastIndexOf(relativeFolder.toLowerCase()));
  const file = await context.http.request({ url: `${targetWeb}/_api/Web/GetFileById(${literal(info.TargetObjectUniqueId)})`, headers: { ...ACCEPT.sharepoint } });
  return file.body;
}

async function copyJobEvents(context: CommandContext, web: string, info: CopyJobInfo): Promise<CopyJobEvent[]> {
  const events: CopyJobEvent[] = [];
  for (let poll = 0; poll < COPY_MAX_POLLS; poll++) {
    if (poll > 0) await sleep(COPY_POLL_MS);
    const progress = await context.http.request<{ JobState: number; Logs?: string[] }>({
      method: 'POST',
      url: `${web}/_api/Site/GetCopyJobProgress`,
      headers: { ...POST_HEADERS },
      body: { copyJobInfo: info },
      idempotent: true,
    });
    events.push(...(progress.body.Logs ?? []).map((line) => JSON.parse(line) as CopyJobEvent));
    if (progress.body.JobState === 0) return events;
  }
  throw new ActionError(`The copy job ${info.JobId} did not finish within ${(COPY_POLL_MS * COPY_MAX_POLLS) / 60000} minutes.`);
}

/** `fail` / `replace` / `rename` as the copy job's `NameConflictBehavior`. */
export const NAME_CONFLICT = { fail: 0, replace: 1, rename: 2 } as const;

/** `report` → `report.docx`: a new name without extension gets the source's. */
export function nameWithExtension(newName: string | undefined, sourcePath: string): string | undefined {
  if (newName === undefined || newName.includes('.')) return newName;
  const dot = sourcePath.lastIndexOf('.');
  return dot > sourcePath.lastIndexOf('/') ? `${newName}${sourcePath.slice(dot)}` : newName;
}

/** The absolute URL of a server-relative, site-relative or absolute one. */
export function absoluteUrl(webUrl: string, url: string): string {
  if (/^https:\/\//i.test(url)) return trimSlashes(url);
  return trimSlashes(`${new URL(webUrl).origin}${serverRelativePath(webUrl, url)}`);
}

/** The server-relative path of a file given by URL, or by unique ID (asked of SharePoint). */
export async function sourcePath(context: CommandContext, webUrl: string, source: { sourceUrl?: string; sourceId?: string }): Promise<string> {
  if (source.sourceUrl !== undefined) return /^https:\/\//i.test(source.sourceUrl) ? decodeURIComponent(new URL(source.sourceUrl).pathname) : serverRelativePath(webUrl, source.sourceUrl);
  const url = `${trimSlashes(webUrl)}/_api/Web/GetFileById(${literal(source.sourceId ?? '')})/ServerRelativePath`;
  const response = await context.http.request<{ DecodedUrl: string }>({ url, headers: { ...ACCEPT.sharepoint } });
  return response.body.DecodedUrl;
}

