export const id = 838;
export const ids = [838];
export const modules = {

/***/ 1838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
// EXTERNAL MODULE: ./src/commands/spo/shared-content.ts
var shared_content = __webpack_require__(3992);
;// CONCATENATED MODULE: ./src/commands/spo/file-add.ts




const MB = 1024 * 1024;
const UPLOAD_LIMITS = { chunkThreshold: 250 * MB, chunkSize: 100 * MB };
/**
 * `spo file add`: uploads a file into a folder (created when missing), in one request or — above the threshold — in
 * chunks (`StartUpload` / `ContinueUpload` / `FinishUpload`), read one chunk at a time; then sets its fields (options
 * outside the schema), content type, check-in, approval or publishing like the CLI. The result is the uploaded file
 * (spo/file/file-add). `limits` exist for tests, which upload in small chunks.
 */
function fileAddCommand(limits = UPLOAD_LIMITS) {
    return (0,kit/* command */.G5)({
        name: 'spo file add',
        description: 'Uploads file to the specified folder',
        resource: 'sharepoint',
        readOnly: false,
        permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
        options: {
            webUrl: kit/* opt */.m7.site('URL of the site to upload to.', { short: 'u', required: true }),
            folder: kit/* opt */.m7.string('Server- or site-relative URL of the folder (created when missing).', { required: true }),
            path: kit/* opt */.m7.file('Local path of the file to upload.', { short: 'p', required: true }),
            contentType: kit/* opt */.m7.string('Name or ID of the content type of the file.', { short: 'c' }),
            checkOut: kit/* opt */.m7.boolean('Check the existing file out first, and in again after the upload.'),
            overwrite: kit/* opt */.m7.boolean('Overwrite a file of the same name (default: true).'),
            fileName: kit/* opt */.m7.string('Name of the file in SharePoint (default: the local name).'),
            checkInComment: kit/* opt */.m7.string('Comment of the check-in.'),
            approve: kit/* opt */.m7.boolean('Approve the file.'),
            approveComment: kit/* opt */.m7.string('Comment of the approval.'),
            publish: kit/* opt */.m7.boolean('Publish the file.'),
            publishComment: kit/* opt */.m7.string('Comment of the publishing.'),
        },
        allowUnknownOptions: true,
        validate: (o) => {
            if (o.publishComment !== undefined && !o.publish)
                return '--publishComment cannot be used without --publish';
            if (o.approveComment !== undefined && !o.approve)
                return '--approveComment cannot be used without --approve';
            return undefined;
        },
        async run(context, o, fields) {
            const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
            const folder = (0,kit/* serverRelativePath */.nb)(web, o.folder);
            const name = o.fileName ?? (0,external_node_path_.basename)(o.path);
            const folderApi = `${web}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(folder)})`;
            const target = { folderApi, fileApi: `${folderApi}/Files(${(0,kit/* literal */.eu)(name)})`, name, path: o.path };
            if (o.overwrite === false)
                await assertAbsent(context, web, folder, name);
            await ensureFolderOf(context, web, folderApi, folder);
            if (o.checkOut) {
                await context.http.request({ url: target.fileApi, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
                await post(context, `${target.fileApi}/CheckOut()`);
            }
            try {
                const uploaded = await upload(context, limits, target);
                await afterUpload(context, web, target, o, fields);
                return uploaded;
            }
            catch (error) {
                if (o.checkOut)
                    await post(context, `${target.fileApi}/UndoCheckOut()`).catch(() => undefined);
                throw error;
            }
        },
    });
}
const spoFileAdd = fileAddCommand();
function post(context, url, body) {
    return context.http.request({ method: 'POST', url, headers: { ...shared_content/* POST_HEADERS */.gu }, body });
}
async function assertAbsent(context, web, folder, name) {
    try {
        await context.http.request({ url: `${(0,shared_content/* fileByPath */.ZY)(web, `${folder}/${name}`)}?$select=Exists`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    }
    catch (error) {
        if ((0,kit/* isHttpStatus */.Bd)(error, 404))
            return;
        throw error;
    }
    throw new errors/* ActionError */.lZ(`File '${name}' already exists in folder '${folder}'. To overwrite the file, use the --overwrite option.`);
}
async function ensureFolderOf(context, web, folderApi, folder) {
    try {
        await context.http.request({ url: folderApi, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    }
    catch (error) {
        if (!(0,kit/* isHttpStatus */.Bd)(error, 404))
            throw error;
        await (0,shared_content/* ensureFolder */.f2)(context, web, folder);
    }
}
/**
 * One request up to the threshold, read through `context.files`; above it, an upload session fed one chunk at a time
 * from a streaming read (cancelled on failure).
 */
async function upload(context, limits, target) {
    const whole = await readWhole(context, limits, target.path);
    if (whole !== undefined) {
        const url = `${target.folderApi}/Files/Add(url=${(0,kit/* literal */.eu)(target.name)}, overwrite=true)`;
        return (await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint }, body: whole })).body;
    }
    const file = await (0,shared_content/* openRead */.h_)(context, target.path);
    try {
        const id = crypto.randomUUID();
        context.log.debug(`Uploading ${file.size} bytes in ${Math.ceil(file.size / limits.chunkSize)} chunks`);
        await post(context, `${target.folderApi}/Files/GetByPathOrAddStub(DecodedUrl=${(0,kit/* literal */.eu)(target.name)})/StartUpload(uploadId=${(0,kit/* guidLiteral */.FN)(id)})`);
        try {
            for (let offset = 0;;) {
                const chunk = await file.read(offset, limits.chunkSize);
                const last = offset + chunk.length >= file.size;
                const url = `${target.fileApi}/${last ? 'Finish' : 'Continue'}Upload(uploadId=${(0,kit/* guidLiteral */.FN)(id)},fileOffset=${offset})`;
                const response = await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint }, body: chunk });
                if (last)
                    return response.body;
                offset += chunk.length;
            }
        }
        catch (error) {
            await post(context, `${target.fileApi}/cancelupload(uploadId=${(0,kit/* guidLiteral */.FN)(id)})`).catch(() => undefined);
            throw error;
        }
    }
    finally {
        await file.close();
    }
}
/** The whole file when it is not above the threshold; undefined when it is (then it goes in chunks). */
async function readWhole(context, limits, path) {
    try {
        return await context.files.readFile(path, limits.chunkThreshold);
    }
    catch (error) {
        // Refused for its size only if it is in fact larger: any other refusal (missing, outside the allowed roots) stands.
        const file = await (0,shared_content/* openRead */.h_)(context, path).catch(() => undefined);
        const size = file?.size ?? 0;
        await file?.close();
        if (size > limits.chunkThreshold)
            return undefined;
        throw error;
    }
}
/** Field values and content type (which check a checked-out file in), then approval or publishing. */
async function afterUpload(context, web, target, o, fields) {
    let list;
    if (o.contentType !== undefined || o.publish || o.approve) {
        const url = `${target.fileApi}/ListItemAllFields/ParentList?$select=Id,EnableModeration,EnableVersioning,EnableMinorVersions`;
        list = (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    }
    const values = (0,shared_content/* formValues */.Rc)(fields);
    if (o.contentType !== undefined && list)
        values.push({ FieldName: 'ContentType', FieldValue: await (0,shared_content/* contentTypeName */.xU)(context, `${web}/_api/web/lists(${(0,kit/* guidLiteral */.FN)(list.Id)})`, o.contentType) });
    if (values.length > 0) {
        const body = { formValues: values, bNewDocumentUpdate: true, checkInComment: o.checkInComment ?? '' };
        const updated = await context.http.request({ method: 'POST', url: `${target.fileApi}/ListItemAllFields/ValidateUpdateListItem()`, headers: { ...shared_content/* POST_HEADERS */.gu }, body });
        if (updated.body.value.some((v) => v.HasException))
            throw new errors/* ActionError */.lZ(`Update field value error: ${JSON.stringify(updated.body.value)}`);
    }
    else if (o.checkOut) {
        await post(context, `${target.fileApi}/CheckIn(comment=${(0,kit/* literal */.eu)(o.checkInComment ?? '')},checkintype=0)`);
    }
    if (o.approve) {
        await post(context, `${target.fileApi}/approve(comment=${(0,kit/* literal */.eu)(o.approveComment ?? '')})`);
    }
    else if (o.publish) {
        if (list?.EnableModeration && list.EnableMinorVersions) {
            throw new errors/* ActionError */.lZ('The file cannot be published without approval. Moderation for this list is enabled. Use the --approve option instead of --publish to approve and publish the file');
        }
        await post(context, `${target.fileApi}/publish(comment=${(0,kit/* literal */.eu)(o.publishComment ?? '')})`);
    }
}

;// CONCATENATED MODULE: ./src/commands/spo/file-copy.ts


/** Options `spo file copy` and `spo file move` share. */
const copyOptions = {
    webUrl: kit/* opt */.m7.site('URL of the site where the file is.', { short: 'u', required: true }),
    sourceUrl: kit/* opt */.m7.string('Site-relative, server-relative or absolute URL of the file. Specify sourceUrl or sourceId.', { short: 's' }),
    sourceId: kit/* opt */.m7.guid('UniqueId of the file.', { short: 'i' }),
    targetUrl: kit/* opt */.m7.string('Server-relative or absolute URL of the destination folder.', { short: 't', required: true }),
    newName: kit/* opt */.m7.string('New name of the file (the extension is kept when left out).'),
    nameConflictBehavior: kit/* opt */.m7.enum(['fail', 'replace', 'rename'], 'When a file of that name is there: fail (default), replace or rename.'),
    bypassSharedLock: kit/* opt */.m7.boolean('Also when the file is locked for shared use.'),
    skipWait: kit/* opt */.m7.boolean("Don't wait for the copy job to finish (the result is then empty)."),
};
/**
 * `spo file copy`: copies a file to a folder (of this or another site) with a copy job, waits for it and returns the
 * copy's properties (spo/file/file-copy).
 */
const spoFileCopy = (0,kit/* command */.G5)({
    name: 'spo file copy',
    description: 'Copies a file to another location',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: { ...copyOptions, ignoreVersionHistory: kit/* opt */.m7.boolean('Copy only the latest version.') },
    rules: [kit/* rules */.aO.exactlyOne('sourceUrl', 'sourceId')],
    async run(context, o) {
        const source = await (0,shared_content/* sourcePath */.Z3)(context, o.webUrl, o);
        return (0,shared_content/* copyFile */.m3)(context, {
            webUrl: o.webUrl,
            sourceUrl: (0,shared_content/* absoluteUrl */.rf)(o.webUrl, source),
            targetUrl: (0,shared_content/* absoluteUrl */.rf)(o.webUrl, o.targetUrl),
            skipWait: o.skipWait,
            options: {
                NameConflictBehavior: shared_content/* NAME_CONFLICT */.j3[o.nameConflictBehavior ?? 'fail'],
                BypassSharedLock: o.bypassSharedLock ?? false,
                IgnoreVersionHistory: o.ignoreVersionHistory ?? false,
                IncludeItemPermissions: false,
                CustomizedItemName: o.newName === undefined ? undefined : [(0,shared_content/* nameWithExtension */.DQ)(o.newName, source)],
                IsMoveMode: false,
            },
        });
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/file-get.ts


/**
 * `spo file get`: a file's properties, its list item (`--asListItem`, without `ID`), its text (`--asString`), or its
 * content saved to `--path` (`--asFile`; then, like the CLI, the result is empty) (spo/file/file-get).
 */
const spoFileGet = (0,kit/* command */.G5)({
    name: 'spo file get',
    description: 'Gets information about the specified file',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the file is.', { short: 'u', required: true }),
        url: kit/* opt */.m7.string('Server- or site-relative URL of the file. Specify url or id.'),
        id: kit/* opt */.m7.guid('UniqueId of the file.', { short: 'i' }),
        asString: kit/* opt */.m7.boolean('Return the content of the file as text.'),
        asListItem: kit/* opt */.m7.boolean('Return the list item of the file.'),
        asFile: kit/* opt */.m7.boolean('Save the file to --path.'),
        path: kit/* opt */.m7.string('Local path to save the file to (with --asFile).', { short: 'p' }),
        withPermissions: shared_content/* withPermissionsOption */.g0,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'url'), kit/* rules */.aO.atMostOne('asFile', 'asListItem', 'asString')],
    validate: (o) => {
        if (o.asFile && o.path === undefined)
            return 'The path should be specified when the --asFile option is used';
        return (0,shared_content/* refuseWithPermissions */.fu)(o, 'file');
    },
    async run(context, o) {
        const file = o.id !== undefined ? `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFileById(${(0,kit/* literal */.eu)(o.id)})` : (0,shared_content/* fileByPath */.ZY)(o.webUrl, o.url ?? '');
        const headers = { ...kit/* ACCEPT */.FA.sharepoint };
        if (o.asFile) {
            const content = await context.http.request({ url: `${file}/$value`, headers, responseType: 'buffer' });
            const saved = await context.files.writeFile(o.path ?? '', content.body);
            context.log.debug(`File saved to path ${saved}`);
            return undefined;
        }
        if (o.asString)
            return (await context.http.request({ url: `${file}/$value`, headers, responseType: 'text' })).body;
        const response = await context.http.request({ url: o.asListItem ? `${file}?$expand=ListItemAllFields` : file, headers });
        return o.asListItem ? (0,shared_content/* withoutId */.Gh)(response.body.ListItemAllFields) : response.body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/file-list.ts


/** `spo file list`: the files of a folder (and of its subfolders with `--recursive`), every page (spo/file/file-list). */
const spoFileList = (0,kit/* command */.G5)({
    name: 'spo file list',
    description: 'Lists all available files in the specified folder and site',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the folder is.', { short: 'u', required: true }),
        folderUrl: kit/* opt */.m7.string('Server- or site-relative URL of the folder.', { required: true }),
        fields: kit/* opt */.m7.string('Comma-separated fields to retrieve (default: all).'),
        filter: kit/* opt */.m7.string('OData filter on the files.'),
        recursive: kit/* opt */.m7.boolean('Also list the files of the subfolders.', { short: 'r' }),
    },
    async run(context, o) {
        const folders = o.recursive ? [...(await (0,shared_content/* subfolders */.E)(context, o.webUrl, o.folderUrl)), o.folderUrl] : [o.folderUrl];
        const files = [];
        for (const folder of folders)
            files.push(...(await (0,shared_content/* folderEntries */.zu)(context, `${(0,shared_content/* folderByPath */.bi)(o.webUrl, folder)}/Files`, { ...(0,shared_content/* selection */.r1)(o.fields), $filter: o.filter })));
        return files.map(shared_content/* withoutItemId */.TL);
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/file-move.ts



/** `spo file move`: moves a file to a folder (of this or another site) with a copy job in move mode; returns the moved file (spo/file/file-move). */
const spoFileMove = (0,kit/* command */.G5)({
    name: 'spo file move',
    description: 'Moves a file to another location',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: { ...copyOptions, withItemPermissions: kit/* opt */.m7.boolean('Keep the item-level permissions.') },
    rules: [kit/* rules */.aO.exactlyOne('sourceUrl', 'sourceId')],
    async run(context, o) {
        const source = await (0,shared_content/* sourcePath */.Z3)(context, o.webUrl, o);
        return (0,shared_content/* copyFile */.m3)(context, {
            webUrl: o.webUrl,
            sourceUrl: (0,shared_content/* absoluteUrl */.rf)(o.webUrl, source),
            targetUrl: (0,shared_content/* absoluteUrl */.rf)(o.webUrl, o.targetUrl),
            skipWait: o.skipWait,
            options: {
                NameConflictBehavior: shared_content/* NAME_CONFLICT */.j3[o.nameConflictBehavior ?? 'fail'],
                BypassSharedLock: o.bypassSharedLock ?? false,
                IgnoreVersionHistory: false,
                IncludeItemPermissions: o.withItemPermissions ?? false,
                CustomizedItemName: o.newName === undefined ? undefined : [(0,shared_content/* nameWithExtension */.DQ)(o.newName, source)],
                IsMoveMode: true,
            },
        });
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/file-remove.ts


/** `spo file remove`: deletes a file, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/file/file-remove). */
const spoFileRemove = (0,kit/* command */.G5)({
    name: 'spo file remove',
    description: 'Removes the specified file',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the file is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.guid('UniqueId of the file. Specify id or url.', { short: 'i' }),
        url: kit/* opt */.m7.string('Server- or site-relative URL of the file.'),
        recycle: kit/* opt */.m7.boolean('Send the file to the recycle bin instead of deleting it.'),
        bypassSharedLock: kit/* opt */.m7.boolean('Remove the file even if it is locked for shared use.'),
        force: shared_content/* forceOption */.P9,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'url')],
    async run(context, o) {
        const file = o.id !== undefined ? `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFileById(${(0,kit/* guidLiteral */.FN)(o.id)})` : (0,shared_content/* fileByPath */.ZY)(o.webUrl, o.url ?? '');
        const headers = { ...shared_content/* DELETE_HEADERS */.zU, ...(o.bypassSharedLock ? { prefer: 'bypass-shared-lock' } : {}) };
        await context.http.request({ method: 'POST', url: o.recycle ? `${file}/recycle()` : file, headers });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/folder-add.ts


/** The CLI's folder colour names and SharePoint's numbers for them. */
const COLORS = {
    yellow: '0', darkRed: '1', darkOrange: '2', darkGreen: '3', darkTeal: '4', darkBlue: '5', darkPurple: '6', darkPink: '7',
    grey: '8', lightRed: '9', lightOrange: '10', lightGreen: '11', lightTeal: '12', lightBlue: '13', lightPurple: '14', lightPink: '15',
};
/** `spo folder add`: creates a folder (with its parents on `--ensureParentFolders`, in a colour on `--color`); the result is the folder (spo/folder/folder-add). */
const spoFolderAdd = (0,kit/* command */.G5)({
    name: 'spo folder add',
    description: 'Creates a folder within a parent folder',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the folder is created.', { short: 'u', required: true }),
        parentFolderUrl: kit/* opt */.m7.string('Server- or site-relative URL of the parent folder.', { short: 'p', required: true }),
        name: kit/* opt */.m7.string('Name of the new folder.', { short: 'n', required: true }),
        color: kit/* opt */.m7.string(`Colour of the folder: a name (${Object.keys(COLORS).join(', ')}) or its number 0-15.`),
        ensureParentFolders: kit/* opt */.m7.boolean('Create the parent folders that do not exist.'),
    },
    validate: ({ color }) => {
        if (color === undefined || Object.hasOwn(COLORS, color) || Object.values(COLORS).includes(color))
            return undefined;
        return `'${color}' is not a valid value for option 'color'. Allowed values are ${Object.keys(COLORS).join(', ')}, ${Object.values(COLORS).join(', ')}.`;
    },
    async run(context, o) {
        const parent = (0,kit/* serverRelativePath */.nb)(o.webUrl, o.parentFolderUrl);
        if (o.ensureParentFolders)
            await ensureParents(context, o, parent);
        return addFolder(context, o, `${parent}/${o.name}`);
    },
});
/** `folders/addUsingPath`, or with a colour `foldercoloring/createfolder`. */
async function addFolder(context, o, path) {
    const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
    if (o.color === undefined) {
        return (await context.http.request({ method: 'POST', url: `${web}/_api/web/folders/addUsingPath(decodedUrl=${(0,kit/* literal */.eu)(path)})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    }
    const body = { coloringInformation: { ColorHex: COLORS[o.color] ?? o.color } };
    return (await context.http.request({ method: 'POST', url: `${web}/_api/foldercoloring/createfolder(DecodedUrl=${(0,kit/* literal */.eu)(path)}, overwrite=false)`, headers: { ...shared_content/* POST_HEADERS */.gu }, body })).body;
}
/** Checks each folder of the parent path below the library (`$select=Exists`) and adds the missing ones, like the CLI. */
async function ensureParents(context, o, parent) {
    const web = (0,shared_content/* webPath */.Ei)(o.webUrl);
    const parts = parent.slice(web.length).split('/').filter((p) => p !== '');
    for (let i = 1; i < parts.length; i++) {
        const path = `${web}/${parts.slice(0, i + 1).join('/')}`;
        const url = `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(path)})?$select=Exists`;
        const folder = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        if (folder.body.Exists !== true)
            await addFolder(context, o, path);
    }
}

;// CONCATENATED MODULE: ./src/commands/spo/folder-get.ts


/** `spo folder get`: a folder's properties, by URL or unique ID (spo/folder/folder-get). */
const spoFolderGet = (0,kit/* command */.G5)({
    name: 'spo folder get',
    description: 'Gets information about the specified folder',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the folder is.', { short: 'u', required: true }),
        url: kit/* opt */.m7.string('Server- or site-relative URL of the folder. Specify url or id.'),
        id: kit/* opt */.m7.guid('UniqueId of the folder.', { short: 'i' }),
        withPermissions: shared_content/* withPermissionsOption */.g0,
    },
    rules: [kit/* rules */.aO.exactlyOne('url', 'id')],
    validate: (o) => (0,shared_content/* refuseWithPermissions */.fu)(o, 'folder'),
    async run(context, o) {
        const url = o.id !== undefined ? `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFolderById(${(0,kit/* literal */.eu)(o.id)})` : (0,shared_content/* folderByPath */.bi)(o.webUrl, o.url ?? '');
        return (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/folder-list.ts


/** `spo folder list`: the folders in a folder (each followed by its own with `--recursive`), every page (spo/folder/folder-list). */
const spoFolderList = (0,kit/* command */.G5)({
    name: 'spo folder list',
    description: 'Returns all folders under the specified parent folder',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the folders are.', { short: 'u', required: true }),
        parentFolderUrl: kit/* opt */.m7.string('Server- or site-relative URL of the parent folder.', { short: 'p', required: true }),
        fields: kit/* opt */.m7.string('Comma-separated fields to retrieve (default: all).'),
        filter: kit/* opt */.m7.string('OData filter on the folders.'),
        recursive: kit/* opt */.m7.boolean('Also list the folders of the subfolders.', { short: 'r' }),
    },
    async run(context, o) {
        return (await foldersIn(context, o, o.parentFolderUrl)).map(shared_content/* withoutItemId */.TL);
    },
});
async function foldersIn(context, o, parent) {
    const found = [];
    const folders = await (0,shared_content/* folderEntries */.zu)(context, `${(0,shared_content/* folderByPath */.bi)(o.webUrl, parent)}/Folders`, { ...(0,shared_content/* selection */.r1)(o.fields), $filter: o.filter });
    for (const folder of folders) {
        found.push(folder);
        // The CLI recurses by each folder's ServerRelativeUrl, so a selection without it finds no subfolders.
        if (o.recursive && folder.ServerRelativeUrl !== undefined)
            found.push(...(await foldersIn(context, o, folder.ServerRelativeUrl)));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/commands/sections/spo-files.ts









/** Files and folders. */
const commands = [
    spoFileGet,
    spoFileList,
    spoFileAdd,
    spoFileRemove,
    spoFileCopy,
    spoFileMove,
    spoFolderAdd,
    spoFolderGet,
    spoFolderList,
];


/***/ })

};
