import { basename } from 'node:path';
import { ActionError } from '../../errors.js';
import { ACCEPT, command, guidLiteral, isHttpStatus, literal, opt, serverRelativePath, trimSlashes } from '../kit/index.js';
import type { CommandContext, CommandDefinition } from '../types.js';
import { contentTypeName, ensureFolder, fileByPath, formValues, openRead, POST_HEADERS, type FieldValueResult } from './shared-content.js';

/** When to upload in chunks, and how large each chunk is. */
export interface UploadLimits {
  /** Files larger than this go in chunks (SharePoint takes at most 250 MB in one request; so does the CLI). */
  readonly chunkThreshold: number;
  /** Bytes per chunk: the most that is held in memory at once. */
  readonly chunkSize: number;
}

const MB = 1024 * 1024;
export const UPLOAD_LIMITS: UploadLimits = { chunkThreshold: 250 * MB, chunkSize: 100 * MB };

interface Uploaded {
  readonly folderApi: string;
  readonly fileApi: string;
  readonly name: string;
  readonly path: string;
}

/**
 * `spo file add`: uploads a file into a folder (created when missing), in one request or — above the threshold — in
 * chunks (`StartUpload` / `ContinueUpload` / `FinishUpload`), read one chunk at a time; then sets its fields (options
 * outside the schema), content type, check-in, approval or publishing like the CLI. The result is the uploaded file
 * (spo/file/file-add). `limits` exist for tests, which upload in small chunks.
 */
export function fileAddCommand(limits: UploadLimits = UPLOAD_LIMITS): CommandDefinition {
  return command({
    name: 'spo file add',
    description: 'Uploads file to the specified folder',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
      webUrl: opt.site('URL of the site to upload to.', { short: 'u', required: true }),
      folder: opt.string('Server- or site-relative URL of the folder (created when missing).', { required: true }),
      path: opt.file('Local path of the file to upload.', { short: 'p', required: true }),
      contentType: opt.string('Name or ID of the content type of the file.', { short: 'c' }),
      checkOut: opt.boolean('Check the existing file out first, and in again after the upload.'),
      overwrite: opt.boolean('Overwrite a file of the same name (default: true).'),
      fileName: opt.string('Name of the file in SharePoint (default: the local name).'),
      checkInComment: opt.string('Comment of the check-in.'),
      approve: opt.boolean('Approve the file.'),
      approveComment: opt.string('Comment of the approval.'),
      publish: opt.boolean('Publish the file.'),
      publishComment: opt.string('Comment of the publishing.'),
    },
    allowUnknownOptions: true,
    validate: (o) => {
      if (o.publishComment !== undefined && !o.publish) return '--publishComment cannot be used without --publish';
      if (o.approveComment !== undefined && !o.approve) return '--approveComment cannot be used without --approve';
      return undefined;
    },
    async run(context, o, fields) {
      const web = trimSlashes(o.webUrl);
      const folder = serverRelativePath(web, o.folder);
      const name = o.fileName ?? basename(o.path);
      const folderApi = `${web}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${literal(folder)})`;
      const target: Uploaded = { folderApi, fileApi: `${folderApi}/Files(${literal(name)})`, name, path: o.path };
      if (o.overwrite === false) await assertAbsent(context, web, folder, name);
      await ensureFolderOf(context, web, folderApi, folder);
      if (o.checkOut) {
        await context.http.request({ url: target.fileApi, headers: { ...ACCEPT.sharepoint } });
        await post(context, `${target.fileApi}/CheckOut()`);
      }
      try {
        const uploaded = await upload(context, limits, target);
        await afterUpload(context, web, target, o, fields);
        return uploaded;
      } catch (error) {
        if (o.checkOut) await post(context, `${target.fileApi}/UndoCheckOut()`).catch(() => undefined);
        throw error;
      }
    },
  });
}

export const spoFileAdd = fileAddCommand();

function post(context: CommandContext, url: string, body?: unknown): Promise<unknown> {
  return context.http.request({ method: 'POST', url, headers: { ...POST_HEADERS }, body });
}

async function assertAbsent(context: CommandContext, web: string, folder: string, name: string): Promise<void> {
  try {
    await context.http.request({ url: `${fileByPath(web, `${folder}/${name}`)}?$select=Exists`, headers: { ...ACCEPT.sharepoint } });
  } catch (error) {
    if (isHttpStatus(error, 404)) return;
    throw error;
  }
  throw new ActionError(`File '${name}' already exists in folder '${folder}'. To overwrite the file, use the --overwrite option.`);
}

async function ensureFolderOf(context: CommandContext, web: string, folderApi: string, folder: string): Promise<void> {
  try {
    await context.http.request({ url: folderApi, headers: { ...ACCEPT.sharepoint } });
  } catch (error) {
    if (!isHttpStatus(error, 404)) throw error;
    await ensureFolder(context, web, folder);
  }
}

/**
 * One request up to the threshold, read through `context.files`; above it, an upload session fed one chunk at a time
 * from a streaming read (cancelled on failure).
 */
async function upload(context: CommandContext, limits: UploadLimits, target: Uploaded): Promise<unknown> {
  const whole = await readWhole(context, limits, target.path);
  if (whole !== undefined) {
    const url = `${target.folderApi}/Files/Add(url=${literal(target.name)}, overwrite=true)`;
    return (await context.http.request({ method: 'POST', url, headers: { ...ACCEPT.sharepoint }, body: whole })).body;
  }
  const file = await openRead(context, target.path);
  try {
    const id = crypto.randomUUID();
    context.log.debug(`Uploading ${file.size} bytes in ${Math.ceil(file.size / limits.chunkSize)} chunks`);
    await post(context, `${target.folderApi}/Files/GetByPathOrAddStub(DecodedUrl=${literal(target.name)})/StartUpload(uploadId=${guidLiteral(id)})`);
    try {
      for (let offset = 0; ; ) {
        const chunk = await file.read(offset, limits.chunkSize);
        const last = offset + chunk.length >= file.size;
        const url = `${target.fileApi}/${last ? 'Finish' : 'Continue'}Upload(uploadId=${guidLiteral(id)},fileOffset=${offset})`;
        const response = await context.http.request({ method: 'POST', url, headers: { ...ACCEPT.sharepoint }, body: chunk });
        if (last) return response.body;
        offset += chunk.length;
      }
    } catch (error) {
      await post(context, `${target.fileApi}/cancelupload(uploadId=${guidLiteral(id)})`).catch(() => undefined);
      throw error;
    }
  } finally {
    await file.close();
  }
}

/** The whole file when it is not above the threshold; undefined when it is (then it goes in chunks). */
async function readWhole(context: CommandContext, limits: UploadLimits, path: string): Promise<Buffer | undefined> {
  try {
    return await context.files.readFile(path, limits.chunkThreshold);
  } catch (error) {
    // Refused for its size only if it is in fact larger: any other refusal (missing, outside the allowed roots) stands.
    const file = await openRead(context, path).catch(() => undefined);
    const size = file?.size ?? 0;
    await file?.close();
    if (size > limits.chunkThreshold) return undefined;
    throw error;
  }
}

interface AfterUploadOptions {
  readonly contentType?: string;
  readonly checkOut?: boolean;
  readonly checkInComment?: string;
  readonly approve?: boolean;
  readonly approveComment?: string;
  readonly publish?: boolean;
  readonly publishComment?: string;
}

interface ParentList {
  readonly Id: string;
  readonly EnableModeration?: boolean;
  readonly EnableMinorVersions?: boolean;
}

/** Field values and content type (which check a checked-out file in), then approval or publishing. */
async function afterUpload(context: CommandContext, web: string, target: Uploaded, o: AfterUploadOptions, fields: Readonly<Record<string, string>>): Promise<void> {
  let list: ParentList | undefined;
  if (o.contentType !== undefined || o.publish || o.approve) {
    const url = `${target.fileApi}/ListItemAllFields/ParentList?$select=Id,EnableModeration,EnableVersioning,EnableMinorVersions`;
    list = (await context.http.request<ParentList>({ url, headers: { ...ACCEPT.sharepoint } })).body;
  }
  const values = formValues(fields);
  if (o.contentType !== undefined && list) values.push({ FieldName: 'ContentType', FieldValue: await contentTypeName(context, `${web}/_api/web/lists(${guidLiteral(list.Id)})`, o.contentType) });
  if (values.length > 0) {
    const body = { formValues: values, bNewDocumentUpdate: true, checkInComment: o.checkInComment ?? '' };
    const updated = await context.http.request<{ value: FieldValueResult[] }>({ method: 'POST', url: `${target.fileApi}/ListItemAllFields/ValidateUpdateListItem()`, headers: { ...POST_HEADERS }, body });
    if (updated.body.value.some((v) => v.HasException)) throw new ActionError(`Update field value error: ${JSON.stringify(updated.body.value)}`);
  } else if (o.checkOut) {
    await post(context, `${target.fileApi}/CheckIn(comment=${literal(o.checkInComment ?? '')},checkintype=0)`);
  }
  if (o.approve) {
    await post(context, `${target.fileApi}/approve(comment=${literal(o.approveComment ?? '')})`);
  } else if (o.publish) {
    if (list?.EnableModeration && list.EnableMinorVersions) {
      throw new ActionError('The file cannot be published without approval. Moderation for this list is enabled. Use the --approve option instead of --publish to approve and publish the file');
    }
    await post(context, `${target.fileApi}/publish(comment=${literal(o.publishComment ?? '')})`);
  }
}
