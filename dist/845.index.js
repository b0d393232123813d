export const id = 845;
export const ids = [845];
export const modules = {

/***/ 2845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
// EXTERNAL MODULE: ./src/commands/kit/lookups.ts
var lookups = __webpack_require__(6662);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/spo/shared-content.ts
var shared_content = __webpack_require__(3992);
;// CONCATENATED MODULE: ./src/commands/spo/page-canvas.ts
/**
 * Modern pages as the page commands see them (not a command of its own): the page's name and its addresses in the
 * pages API, checking it out, and its canvas — `CanvasContent1`, a JSON array of controls, each with a position (zone =
 * section, section index = column, control index = order in the column) — with the CLI's rules for where a new control
 * goes.
 */



/** `news` → `news.aspx`. */
function pageFileName(name) {
    return name.toLowerCase().endsWith('.aspx') ? name : `${name}.aspx`;
}
/** The pages API address of a page of the web's Site Pages library. */
function pageApi(webUrl, name) {
    return `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/sitepages/pages/GetByUrl(${(0,kit/* literal */.eu)(`sitepages/${pageFileName(name)}`)})`;
}
/** The server-relative URL of the page file. */
function pageFilePath(webUrl, name) {
    return `${(0,shared_content/* webPath */.Ei)(webUrl)}/SitePages/${pageFileName(name)}`;
}
/** The server-relative URL of a page given with or without `.aspx`, possibly in a folder of Site Pages (`/folder/news`). */
function pagePath(webUrl, name) {
    return pageFilePath(webUrl, name.replace(/^\/+/, ''));
}
/** Checks the page out (the pages API answers the page as checked out). */
async function checkoutPage(context, webUrl, name) {
    const response = await context.http.request({ method: 'POST', url: `${pageApi(webUrl, name)}/checkoutpage`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    if (!response.body)
        throw new errors/* ActionError */.lZ(`Page ${name} information not retrieved with the checkout`);
    return response.body;
}
/** Reads the page, and checks it out unless it already is. */
async function editablePage(context, webUrl, name, select) {
    const url = `${pageApi(webUrl, name)}${select === undefined ? '' : `?$select=${select}`}`;
    const page = (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    if (page.IsPageCheckedOutToCurrentUser)
        return page;
    const checkedOut = await checkoutPage(context, webUrl, name);
    return select === undefined ? checkedOut : page;
}
async function postPage(context, url, body, merge = false) {
    const headers = merge ? { ...shared_content/* POST_HEADERS */.gu, 'x-http-method': 'MERGE', 'if-match': '*' } : { ...shared_content/* POST_HEADERS */.gu };
    await context.http.request({ method: 'POST', url, headers, body });
}
/** What a page without sections holds: only its settings. */
const EMPTY_CANVAS = '[{"controlType":0,"pageSettingsSlice":{"isDefaultDescription":true,"isDefaultThumbnail":true}}]';
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function parseCanvas(text) {
    const parsed = JSON.parse(text || EMPTY_CANVAS);
    if (!Array.isArray(parsed))
        throw new errors/* ActionError */.lZ('The page canvas (CanvasContent1) is not a JSON array of controls.');
    return parsed.filter(isRecord);
}
/** The zone indexes of the sections, in order. */
function zoneIndexes(canvas) {
    return [...new Set(canvas.flatMap((c) => (c.position ? [c.position.zoneIndex] : [])))].sort((a, b) => a - b);
}
function defaultSection(layoutIndex) {
    return { position: { controlIndex: 1, sectionIndex: 1, zoneIndex: 1, sectionFactor: 12, layoutIndex }, emphasis: {}, displayMode: 2 };
}
/**
 * The first control of the column a new control goes to: a page without sections gets a one-column section first, a
 * vertical section is made when asked for and missing; a section or column that is not there is an error.
 */
function targetColumn(canvas, where) {
    if (where.verticalSection) {
        const vertical = canvas.find((c) => c.position?.layoutIndex === 2);
        if (vertical)
            return vertical;
        const made = defaultSection(2);
        canvas.unshift(made);
        return made;
    }
    if (!canvas.some((c) => c.position))
        canvas.unshift(defaultSection(1));
    const zones = zoneIndexes(canvas);
    const section = where.section ?? (where.defaultSection === 'last' ? zones.length : 1);
    if (section > zones.length)
        throw new errors/* ActionError */.lZ(`Invalid section '${section}'`);
    const column = where.column ?? 1;
    const found = canvas.find((c) => c.position?.zoneIndex === zones[section - 1] && c.position.sectionIndex === column);
    if (!found)
        throw new errors/* ActionError */.lZ(`Invalid column '${column}'`);
    return found;
}
/**
 * Puts a control into the column of `target`: in place of an empty column, else at `order` (or last), numbering the
 * column's controls 1, 2, … again.
 */
function placeControl(canvas, target, control, order) {
    const position = { ...target.position };
    if (!target.controlType) {
        canvas.splice(canvas.indexOf(target), 1, { ...control, position: { ...position, controlIndex: 1 } });
        return;
    }
    const inColumn = (c) => c.position?.zoneIndex === position.zoneIndex && c.position.sectionIndex === position.sectionIndex;
    const column = canvas.filter(inColumn).sort((a, b) => (a.position?.controlIndex ?? 0) - (b.position?.controlIndex ?? 0));
    const placed = { ...control, position };
    if (order === undefined || order > column.length)
        canvas.splice(canvas.indexOf(column[column.length - 1]) + 1, 0, placed);
    else
        canvas.splice(canvas.indexOf(column[order - 1]), 0, placed);
    canvas.filter(inColumn).forEach((c, i) => {
        if (c.position)
            c.position = { ...c.position, controlIndex: i + 1 };
    });
}

;// CONCATENATED MODULE: ./src/commands/spo/page-add.ts




const LAYOUTS = ['Article', 'Home', 'SingleWebPartAppPage', 'RepostPage', 'HeaderlessSearchResults', 'Spaces', 'Topic'];
const PROMOTIONS = ['HomePage', 'NewsPage', 'Template'];
/** The CLI's rules between layout and promotion. */
function validatePromotion(o) {
    if (o.promoteAs === 'HomePage' && o.layoutType !== 'Home')
        return 'You can only promote home pages as site home page';
    if (o.promoteAs === 'NewsPage' && o.layoutType !== undefined && o.layoutType !== 'Article')
        return 'You can only promote article pages as news article';
    return undefined;
}
/** Makes the page the web's home page (its root folder's welcome page). */
async function setHomePage(context, webUrl, name) {
    await postPage(context, `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/rootfolder`, { WelcomePage: `SitePages/${pageFileName(name)}` }, true);
}
/** The Site Pages library of the web, as the CLI addresses it for system updates. */
function sitePagesApi(webUrl) {
    return (0,lookups/* listApiUrl */.gf)(webUrl, { listUrl: 'SitePages' });
}
/**
 * `spo page add`: creates a modern page through the pages API — create, check out, promote (home page, news, template),
 * save, set comments, then publish or save as draft — with the CLI's requests. Like the CLI, it prints nothing
 * (spo/page/page-add).
 */
const spoPageAdd = (0,kit/* command */.G5)({
    name: 'spo page add',
    description: 'Creates modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        name: kit/* opt */.m7.string('Name of the page (.aspx is added when missing).', { short: 'n', required: true }),
        webUrl: kit/* opt */.m7.site('URL of the site where the page is created.', { short: 'u', required: true }),
        title: kit/* opt */.m7.string('Title of the page (default: its name).', { short: 't' }),
        layoutType: kit/* opt */.m7.enum(LAYOUTS, 'Layout of the page. Default: Article.', { short: 'l' }),
        promoteAs: kit/* opt */.m7.enum(PROMOTIONS, 'Create the page as the home page, a news page or a template.', { short: 'p' }),
        commentsEnabled: kit/* opt */.m7.boolean('Enable comments on the page.'),
        publish: kit/* opt */.m7.boolean('Publish the page.'),
        publishMessage: kit/* opt */.m7.string('Message of the publishing.'),
        description: kit/* opt */.m7.string('Description of the page.'),
    },
    validate: validatePromotion,
    async run(context, o) {
        const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const name = pageFileName(o.name);
        const title = o.title ?? o.name.replace(/\.aspx$/i, '');
        const created = await context.http.request({
            method: 'POST',
            url: `${web}/_api/sitepages/pages`,
            headers: { ...shared_content/* POST_HEADERS */.gu },
            body: { PageLayoutType: o.layoutType ?? 'Article', Name: name, PromotedState: o.promoteAs === 'NewsPage' ? 2 : 0, Title: title },
        });
        const fileId = created.body.UniqueId;
        const file = await context.http.request({ url: `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pageFilePath(web, name))})?$expand=ListItemAllFields`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        let page = await checkoutPage(context, web, name);
        if (o.promoteAs === 'HomePage')
            await setHomePage(context, web, name);
        if (o.promoteAs === 'NewsPage')
            await (0,shared_content/* systemUpdateItem */.yB)(context, web, sitePagesApi(web), file.body.ListItemAllFields.Id, { FirstPublishedDate: new Date().toISOString() });
        if (o.promoteAs === 'Template')
            page = await saveAsTemplate(context, web, page.Id, !o.commentsEnabled);
        const content = { BannerImageUrl: page.BannerImageUrl, CanvasContent1: page.CanvasContent1, LayoutWebpartsContent: page.LayoutWebpartsContent, Description: o.description ?? '' };
        await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePage`, content, true);
        if (o.promoteAs === 'Template')
            await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsDraft`, { Title: name.replace(/\.aspx$/i, ''), ...content }, true);
        await postPage(context, `${web}/_api/web/getfilebyid(${(0,kit/* literal */.eu)(fileId)})/ListItemAllFields/SetCommentsDisabled(${!o.commentsEnabled})`, undefined);
        if (o.publish) {
            await postPage(context, `${web}/_api/web/getfilebyid(${(0,kit/* literal */.eu)(fileId)})/CheckIn(comment=${(0,kit/* literal */.eu)(o.publishMessage ?? '')},checkintype=1)`, undefined);
        }
        else if (o.promoteAs !== 'Template') {
            await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsDraft`, { Title: title, ...content });
        }
        return undefined;
    },
});
/** Saves the page as a template and answers the template (with comments set like the page's). */
async function saveAsTemplate(context, web, pageId, commentsDisabled) {
    const response = await context.http.request({ method: 'POST', url: `${web}/_api/SitePages/Pages(${pageId})/SavePageAsTemplate`, headers: { ...shared_content/* POST_HEADERS */.gu } });
    await postPage(context, `${web}/_api/web/getfilebyid(${(0,kit/* literal */.eu)(response.body.UniqueId)})/ListItemAllFields/SetCommentsDisabled(${commentsDisabled})`, undefined);
    return response.body;
}

;// CONCATENATED MODULE: ./src/commands/spo/page-clientsidewebpart-add.ts




/** The CLI's names of SharePoint's own web parts and their component IDs. */
const STANDARD_WEB_PARTS = {
    ContentRollup: 'daf0b71c-6de8-4ef7-b511-faae7c388708', BingMap: 'e377ea37-9047-43b9-8cdb-a761be2f8e09', ContentEmbed: '490d7c76-1824-45b2-9de3-676421c997fa',
    DocumentEmbed: 'b7dd04e1-19ce-4b24-9132-b60a1c2b910d', Image: 'd1d91016-032f-456d-98a4-721247c305e8', ImageGallery: 'af8be689-990e-492a-81f7-ba3e4cd3ed9c',
    LinkPreview: '6410b3b6-d440-4663-8744-378976dc041e', NewsFeed: '0ef418ba-5d19-4ade-9db0-b339873291d0', NewsReel: 'a5df8fdf-b508-4b66-98a6-d83bc2597f63',
    PowerBIReportEmbed: '58fcd18b-e1af-4b0a-b23b-422c2c52d5a2', QuickChart: '91a50c94-865f-4f5c-8b4e-e49659e69772', SiteActivity: 'eb95c819-ab8f-4689-bd03-0c2d65d47b1f',
    VideoEmbed: '275c0095-a77e-4f6d-a2a0-6a7626911518', YammerEmbed: '31e9537e-f9dc-40a4-8834-0e3b7df418bc', Events: '20745d7d-8581-4a6c-bf26-68279bc123fc',
    GroupCalendar: '6676088b-e28e-4a90-b9cb-d0d0303cd2eb', Hero: 'c4bd7b2f-7b6e-4599-8485-16504575f590', List: 'f92bf067-bc19-489e-a556-7fe95f508720',
    PageTitle: 'cbe7b0a9-3504-44dd-a3a3-0e5cacd07788', People: '7f718435-ee4d-431c-bdbf-9c4ff326f46e', QuickLinks: 'c70391ea-0b10-4ee9-b2b4-006d3fcad0cd',
    CustomMessageRegion: '71c19a43-d08c-4178-8218-4df8554c0b0e', Divider: '2161a1c6-db61-4731-b97c-3cdb303f7cbb', MicrosoftForms: 'b19b3b9e-8d13-4fec-a93c-401a091c0707',
    Spacer: '8654b779-4886-46d4-8ffb-b5ed960ee986', ClientWebPart: '243166f5-4dc3-4fe2-9df2-a7971b546a0a',
};
/**
 * `spo page clientsidewebpart add`: adds a standard or custom web part to a page's canvas — from the site's web part
 * definitions, with the given properties or data — in a section and column (default: the last section's first column)
 * or the vertical section, and saves a draft. Like the CLI, it prints nothing (spo/page/page-clientsidewebpart-add).
 */
const spoPageClientSideWebPartAdd = (0,kit/* command */.G5)({
    name: 'spo page clientsidewebpart add',
    description: 'Adds a client-side web part to a modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        pageName: kit/* opt */.m7.string('Name of the page.', { short: 'n', required: true }),
        standardWebPart: kit/* opt */.m7.string(`Standard web part: ${Object.keys(STANDARD_WEB_PARTS).join(', ')}.`),
        webPartId: kit/* opt */.m7.guid('ID of a custom web part.'),
        webPartProperties: kit/* opt */.m7.string('JSON object of web part properties.'),
        webPartData: kit/* opt */.m7.string('JSON web part data (as in the maintenance mode).'),
        section: kit/* opt */.m7.number('Section to add the web part to (1 or more).'),
        column: kit/* opt */.m7.number('Column to add the web part to (1 or more).'),
        order: kit/* opt */.m7.number('Order of the web part in the column.'),
        verticalSection: kit/* opt */.m7.boolean('Add the web part to the vertical section.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('standardWebPart', 'webPartId'), kit/* rules */.aO.atMostOne('webPartProperties', 'webPartData'), kit/* rules */.aO.atMostOne('section', 'verticalSection')],
    validate: (o) => {
        if (o.standardWebPart !== undefined && !Object.hasOwn(STANDARD_WEB_PARTS, o.standardWebPart))
            return `${o.standardWebPart} is not a valid standard web part type`;
        for (const [name, value] of [['webPartProperties', o.webPartProperties], ['webPartData', o.webPartData]]) {
            if (value !== undefined && !isRecord(parseJson(value)))
                return `Specified ${name} is not a valid JSON object. Input: ${value}.`;
        }
        if (o.column !== undefined && o.verticalSection)
            return 'Use column in combination with section, not with verticalSection';
        return (0,shared_content/* positiveInteger */.Cq)('section', o.section) ?? (0,shared_content/* positiveInteger */.Cq)('column', o.column) ?? (0,shared_content/* positiveInteger */.Cq)('order', o.order);
    },
    async run(context, o) {
        const page = await editablePage(context, o.webUrl, o.pageName);
        const canvas = parseCanvas(page.CanvasContent1);
        const webPart = await definition(context, o.webUrl, o.webPartId ?? STANDARD_WEB_PARTS[o.standardWebPart ?? '']);
        if (o.webPartProperties !== undefined)
            webPart.webPartData.properties = { ...asRecord(webPart.webPartData.properties), ...asRecord(parseJson(o.webPartProperties)) };
        if (o.webPartData !== undefined) {
            webPart.webPartData = { ...webPart.webPartData, ...asRecord(parseJson(o.webPartData)) };
            if (typeof webPart.webPartData.instanceId === 'string')
                webPart.id = webPart.webPartData.instanceId;
        }
        const target = targetColumn(canvas, { section: o.section, column: o.column, verticalSection: o.verticalSection, defaultSection: 'last' });
        placeControl(canvas, target, { controlType: 3, displayMode: 2, id: webPart.id, webPartId: webPart.webPartId, emphasis: {}, zoneGroupMetadata: target.zoneGroupMetadata, webPartData: webPart.webPartData }, o.order);
        const data = Object.fromEntries(Object.entries({ AuthorByline: page.AuthorByline, BannerImageUrl: page.BannerImageUrl, Description: page.Description, Title: page.Title, TopicHeader: page.TopicHeader, LayoutWebpartsContent: page.LayoutWebpartsContent }).filter(([, v]) => Boolean(v)));
        await postPage(context, `${pageApi(o.webUrl, o.pageName)}/SavePageAsDraft`, { ...data, CanvasContent1: JSON.stringify(canvas) }, true);
        return undefined;
    },
});
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function asRecord(value) {
    return isRecord(value) ? value : {};
}
/** A new instance of the web part from the site's definition of it (its first preconfigured entry). */
async function definition(context, webUrl, id) {
    const response = await context.http.request({ url: `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/getclientsidewebparts()`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    const component = response.body.value.find((c) => [id, `{${id}}`].includes(c.Id.toLowerCase()));
    if (!component)
        throw new errors/* ActionError */.lZ(`There is no available WebPart with Id ${id}.`, { hint: 'Deploy the app that holds the web part to the app catalog and install it on the site first.' });
    const manifest = asRecord(parseJson(component.Manifest));
    const entry = asRecord(Array.isArray(manifest.preconfiguredEntries) ? manifest.preconfiguredEntries[0] : undefined);
    const instance = crypto.randomUUID();
    const componentId = component.Id.replace(/^\{|\}$/g, '').toLowerCase();
    return {
        id: instance,
        webPartId: componentId,
        webPartData: { dataVersion: '1.0', description: asRecord(entry.description).default, id: componentId, instanceId: instance, properties: entry.properties, title: asRecord(entry.title).default },
    };
}

;// CONCATENATED MODULE: ./src/commands/spo/page-get.ts




/** The application ID of modern pages. */
const MODERN_PAGE = 'b6917cb1-93a0-4b97-a84d-7cf49975d4ec';
/**
 * `spo page get`: a modern page's file and list item, with the CLI's additions (`commentsDisabled`, `title`,
 * `layoutType`, and unless `--metadataOnly` the canvas as `canvasContentJson`, `numControls`, `numSections`)
 * (spo/page/page-get).
 */
const spoPageGet = (0,kit/* command */.G5)({
    name: 'spo page get',
    description: 'Gets information about the specific modern page',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        name: kit/* opt */.m7.string('Name of the page. Specify name or default.', { short: 'n' }),
        default: kit/* opt */.m7.boolean("Get the site's home page."),
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        metadataOnly: kit/* opt */.m7.boolean('Only the metadata, without the sections and controls.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('name', 'default')],
    async run(context, o) {
        const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const headers = { ...kit/* ACCEPT */.FA.sharepoint };
        const name = o.name !== undefined ? pageFileName(o.name) : await homePageName(context, web);
        const url = `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pageFilePath(web, name))})?$expand=ListItemAllFields/ClientSideApplicationId,ListItemAllFields/PageLayoutType,ListItemAllFields/CommentsDisabled`;
        const page = (await context.http.request({ url, headers })).body;
        const item = page.ListItemAllFields;
        if (item.ClientSideApplicationId !== MODERN_PAGE)
            throw new errors/* ActionError */.lZ(`Page ${name} is not a modern page.`);
        const result = { ...page, ListItemAllFields: (0,shared_content/* withoutId */.Gh)(item), commentsDisabled: item.CommentsDisabled, title: item.Title };
        if (item.PageLayoutType)
            result.layoutType = item.PageLayoutType;
        if (o.metadataOnly)
            return result;
        const canvas = (await context.http.request({ url: `${web}/_api/SitePages/Pages(${item.Id})`, headers })).body.CanvasContent1;
        result.canvasContentJson = canvas;
        const controls = canvas ? parseCanvas(canvas) : [];
        if (controls.length > 0) {
            result.numControls = controls.length;
            result.numSections = zoneIndexes(controls).length;
        }
        return result;
    },
});
async function homePageName(context, web) {
    const folder = await context.http.request({ url: `${web}/_api/Web/RootFolder?$select=WelcomePage`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    return folder.body.WelcomePage.split('/').pop() ?? '';
}

;// CONCATENATED MODULE: ./src/commands/spo/page-list.ts



/** `spo page list`: the site's modern pages, each its file and list item merged with the pages API's page (spo/page/page-list). */
const spoPageList = (0,kit/* command */.G5)({
    name: 'spo page list',
    description: 'Lists all modern pages in the given site',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { webUrl: kit/* opt */.m7.site('URL of the site whose pages to list.', { short: 'u', required: true }) },
    async run(context, o) {
        const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const headers = { ...kit/* ACCEPT */.FA.sharepoint };
        const pages = await context.http.getAll(`${web}/_api/sitepages/pages?$orderby=Title`, headers);
        const files = await context.http.getAll(`${web}/_api/web/lists/SitePages/rootfolder/files?$expand=ListItemAllFields/ClientSideApplicationId&$orderby=Name`, headers);
        const modern = files.filter((f) => f.ListItemAllFields?.ClientSideApplicationId === MODERN_PAGE);
        return pages.map((page) => {
            const file = modern.find((f) => f.ListItemAllFields?.Id === page.Id);
            return file ? (0,shared_content/* withoutItemId */.TL)({ ...file, ...page }) : page;
        });
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/page-publish.ts


/** `spo page publish`: publishes a modern page (its file). Like the CLI, it prints nothing (spo/page/page-publish). */
const spoPagePublish = (0,kit/* endpoint */.sR)({
    name: 'spo page publish',
    description: 'Publishes a modern page',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        name: kit/* opt */.m7.string('Name of the page (may be in a folder of Site Pages).', { short: 'n', required: true }),
    },
    method: 'POST',
    url: (o) => `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pagePath(o.webUrl, o.name))})/Publish()`,
    empty: true,
});

;// CONCATENATED MODULE: ./src/commands/spo/page-remove.ts



/** `spo page remove`: deletes a modern page, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/page/page-remove). */
const spoPageRemove = (0,kit/* command */.G5)({
    name: 'spo page remove',
    description: 'Removes a modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        name: kit/* opt */.m7.string('Name of the page (may be in a folder of Site Pages).', { short: 'n', required: true }),
        recycle: kit/* opt */.m7.boolean('Send the page to the recycle bin instead of deleting it.'),
        bypassSharedLock: kit/* opt */.m7.boolean('Remove the page even if it is locked for shared use.'),
        force: shared_content/* forceOption */.P9,
    },
    async run(context, o) {
        const file = `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pagePath(o.webUrl, o.name))})`;
        const headers = { ...kit/* ACCEPT */.FA.sharepoint, ...(o.bypassSharedLock ? { prefer: 'bypass-shared-lock' } : {}) };
        await context.http.request(o.recycle ? { method: 'POST', url: `${file}/Recycle`, headers } : { method: 'DELETE', url: file, headers });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/page-section-add.ts




const TEMPLATES = ['OneColumn', 'OneColumnFullWidth', 'TwoColumn', 'ThreeColumn', 'TwoColumnLeft', 'TwoColumnRight', 'Vertical', 'Flexible'];
const EMPHASIS = ['None', 'Neutral', 'Soft', 'Strong', 'Image', 'Gradient'];
const FILL_MODES = ['ScaleToFill', 'ScaleToFit', 'Tile', 'OriginalSize'];
const REFLOW = ['TopToBottom', 'LeftToRight'];
/** The column widths (of 12) of each section template; a full-width section has one column of factor 0. */
const COLUMNS = {
    OneColumn: [12], OneColumnFullWidth: [0], TwoColumn: [6, 6], ThreeColumn: [4, 4, 4], TwoColumnLeft: [8, 4], TwoColumnRight: [4, 8], Vertical: [12], Flexible: [100],
};
const options = {
    pageName: kit/* opt */.m7.string('Name of the page.', { short: 'n', required: true }),
    webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
    sectionTemplate: kit/* opt */.m7.enum(TEMPLATES, 'Type of section to add.', { short: 't', required: true }),
    order: kit/* opt */.m7.number('Order of the section (1 or more; default: last).'),
    zoneEmphasis: kit/* opt */.m7.enum(EMPHASIS, 'Background of the section.'),
    isLayoutReflowOnTop: kit/* opt */.m7.boolean('On small screens, show the vertical section on top (Vertical only).'),
    isCollapsibleSection: kit/* opt */.m7.boolean('Make the section collapsible.'),
    showDivider: kit/* opt */.m7.boolean('Show a divider line between sections.'),
    iconAlignment: kit/* opt */.m7.enum(['Left', 'Right'], 'Alignment of the expand/collapse icon. Default: Left.'),
    isExpanded: kit/* opt */.m7.boolean('Show the collapsible section expanded.'),
    headingLevel: kit/* opt */.m7.number('Heading level of a collapsible section: 2, 3 or 4.'),
    gradientText: kit/* opt */.m7.string('Gradient of the background (zoneEmphasis Gradient).'),
    imageUrl: kit/* opt */.m7.string('Background image URL (zoneEmphasis Image).'),
    imageHeight: kit/* opt */.m7.number('Height of the background image. Default: 955.'),
    imageWidth: kit/* opt */.m7.number('Width of the background image. Default: 555.'),
    fillMode: kit/* opt */.m7.enum(FILL_MODES, 'Fill mode of the background image. Default: ScaleToFill.'),
    useLightText: kit/* opt */.m7.boolean('Light text on the background.'),
    overlayColor: kit/* opt */.m7.string('Overlay colour (#RRGGBB). Default: #ffffff.'),
    overlayOpacity: kit/* opt */.m7.number('Overlay opacity, 0-100. Default: 60.'),
    collapsibleTitle: kit/* opt */.m7.string('Title of the collapsible section.'),
    zoneReflowStrategy: kit/* opt */.m7.enum(REFLOW, 'Mobile and e-mail reflow (Flexible only).'),
    zoneHeight: kit/* opt */.m7.number('Height of the section, 34 or more (Flexible only).'),
};
/** `spo page section add`: adds a section of the given template to a page's canvas. Like the CLI, it prints nothing (spo/page/page-section-add). */
const spoPageSectionAdd = (0,kit/* command */.G5)({
    name: 'spo page section add',
    description: 'Adds section to modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options,
    validate: validateSection,
    async run(context, o) {
        const page = await editablePage(context, o.webUrl, o.pageName, 'CanvasContent1,IsPageCheckedOutToCurrentUser');
        const canvas = parseCanvas(page.CanvasContent1);
        assertLayoutFits(canvas, o.sectionTemplate);
        const zones = zoneIndexes(canvas);
        zones.push(zones.length > 0 ? zones[zones.length - 1] + 1 : 1);
        const zoneIndex = zones[Math.min(o.order ?? zones.length, zones.length) - 1];
        const zoneId = o.zoneEmphasis === 'Image' || o.zoneEmphasis === 'Gradient' ? crypto.randomUUID() : undefined;
        if (zoneId !== undefined)
            setBackground(canvas, zoneId, o);
        for (const control of canvas)
            if (control.position && control.position.zoneIndex >= zoneIndex)
                control.position.zoneIndex += 1;
        const at = canvas.findIndex((c) => c.position !== undefined && c.position.zoneIndex >= zoneIndex);
        canvas.splice(at === -1 ? canvas.length - 1 : at, 0, ...columns(zoneIndex, zoneId, o));
        await postPage(context, `${pageApi(o.webUrl, o.pageName)}/savepage`, { CanvasContent1: JSON.stringify(canvas) });
        return undefined;
    },
});
function validateSection(o) {
    const emphasis = o.zoneEmphasis;
    if (o.isLayoutReflowOnTop && o.sectionTemplate !== 'Vertical')
        return 'Specify isLayoutReflowOnTop when the sectionTemplate is set to Vertical.';
    if (o.headingLevel !== undefined && ![2, 3, 4].includes(o.headingLevel))
        return 'The value of parameter headingLevel must be 2, 3 or 4';
    if (emphasis !== 'Image' && (o.imageUrl !== undefined || o.imageWidth !== undefined || o.imageHeight !== undefined || o.fillMode !== undefined)) {
        return 'Specify imageUrl, imageWidth, imageHeight or fillMode only when zoneEmphasis is set to Image';
    }
    if (emphasis === 'Image' && o.imageUrl === undefined)
        return 'Specify imageUrl when zoneEmphasis is set to Image';
    if (emphasis !== 'Gradient' && o.gradientText !== undefined)
        return 'Specify gradientText only when zoneEmphasis is set to Gradient';
    if (emphasis === 'Gradient' && o.gradientText === undefined)
        return 'Specify gradientText when zoneEmphasis is set to Gradient';
    if (o.overlayOpacity !== undefined && (o.overlayOpacity < 0 || o.overlayOpacity > 100))
        return 'The value of parameter overlayOpacity must be between 0 and 100';
    if (o.overlayColor !== undefined && !/^#[0-9a-f]{6}$/i.test(o.overlayColor))
        return 'The value of parameter overlayColor must be a valid hex color';
    if (emphasis !== 'Image' && emphasis !== 'Gradient' && (o.overlayColor !== undefined || o.overlayOpacity !== undefined || o.useLightText)) {
        return 'Specify overlayColor or overlayOpacity only when zoneEmphasis is set to Image or Gradient';
    }
    if (o.sectionTemplate !== 'Flexible' && (o.zoneReflowStrategy !== undefined || o.zoneHeight !== undefined))
        return 'Specify zoneReflowStrategy or zoneHeight only when sectionTemplate is set to Flexible';
    return (0,shared_content/* positiveInteger */.Cq)('order', o.order) ?? (0,shared_content/* positiveInteger */.Cq)('zoneHeight', o.zoneHeight, 34);
}
/** A page has either a vertical section or a full-width one, never both. */
function assertLayoutFits(canvas, template) {
    if (template === 'OneColumnFullWidth' && canvas.some((c) => c.position?.layoutIndex === 2 && c.position.sectionFactor === 12)) {
        throw new errors/* ActionError */.lZ('A vertical section already exists on the page. A full-width section cannot be added to a page that already has a vertical section.');
    }
    if (template === 'Vertical' && canvas.some((c) => c.position?.layoutIndex === 1 && c.position.sectionFactor === 0)) {
        throw new errors/* ActionError */.lZ('A full-width section already exists on the page. A vertical section cannot be added to a page that already has a full-width section.');
    }
}
/** The empty columns of the new section. */
function columns(zoneIndex, zoneId, o) {
    const template = o.sectionTemplate ?? 'OneColumn';
    return COLUMNS[template].map((factor, i) => {
        const column = emptyColumn(template === 'Vertical' ? 1 : zoneIndex, i + 1, factor, zoneId, o);
        if (template === 'Vertical' && column.position)
            column.position = { ...column.position, layoutIndex: 2, controlIndex: 1, isLayoutReflowOnTop: o.isLayoutReflowOnTop ?? false };
        if (template === 'Flexible') {
            column.zoneReflowStrategy = { axis: o.zoneReflowStrategy === undefined ? 0 : REFLOW.indexOf(o.zoneReflowStrategy) };
            if (o.zoneHeight !== undefined)
                column.zoneHeight = o.zoneHeight;
        }
        return column;
    });
}
function emptyColumn(zoneIndex, sectionIndex, sectionFactor, zoneId, o) {
    const shading = ['None', 'Neutral', 'Soft', 'Strong'].indexOf(o.zoneEmphasis ?? '');
    const column = { displayMode: 2, position: { zoneIndex, sectionIndex, sectionFactor, layoutIndex: 1, zoneId }, emphasis: shading >= 0 ? { zoneEmphasis: shading } : {} };
    if (o.isCollapsibleSection) {
        column.zoneGroupMetadata = {
            type: 1,
            isExpanded: o.isExpanded ?? false,
            showDividerLine: o.showDivider ?? false,
            iconAlignment: o.iconAlignment === 'Right' ? 'right' : 'left',
            displayName: o.collapsibleTitle,
            headingLevel: o.headingLevel ?? 2,
        };
    }
    return column;
}
/** The object at `key` of `parent`, made when missing (the page's JSON may lack any part of it). */
function child(parent, key) {
    const value = parent[key];
    if (isRecord(value))
        return value;
    const made = {};
    parent[key] = made;
    return made;
}
/** The background of image and gradient sections lives in one control of type 14, per zone. */
function setBackground(canvas, zoneId, o) {
    let control = canvas.find((c) => c.controlType === 14);
    if (!control) {
        control = { controlType: 14, webPartData: { properties: { zoneBackground: {} }, serverProcessedContent: { htmlStrings: {}, searchablePlainTexts: {}, imageSources: {}, links: {} }, dataVersion: '1.0' } };
        canvas.push(control);
    }
    const data = child(control, 'webPartData');
    const background = {};
    if (o.gradientText !== undefined)
        Object.assign(background, { type: 'gradient', gradient: o.gradientText });
    if (o.imageUrl !== undefined) {
        Object.assign(background, { type: 'image', imageData: { source: 2, fileName: 'sectionbackground.jpg', height: o.imageHeight ?? 955, width: o.imageWidth ?? 555 }, fillMode: o.fillMode === undefined ? 0 : FILL_MODES.indexOf(o.fillMode) });
        child(child(data, 'serverProcessedContent'), 'imageSources')[`zoneBackground.${zoneId}.imageData.url`] = o.imageUrl;
    }
    child(child(data, 'properties'), 'zoneBackground')[zoneId] = { ...background, useLightText: o.useLightText ?? false, overlay: { color: o.overlayColor ?? '#FFFFFF', opacity: o.overlayOpacity ?? 60 } };
}

;// CONCATENATED MODULE: ./src/commands/spo/page-set.ts




/**
 * `spo page set`: changes a modern page — layout, promotion (home page, news, template) or demotion, comments,
 * retirement, title, description, canvas (`--content`) — and publishes it or saves a draft, with the CLI's requests.
 * Like the CLI, it prints nothing (spo/page/page-set).
 */
const spoPageSet = (0,kit/* command */.G5)({
    name: 'spo page set',
    description: 'Updates modern page properties',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        name: kit/* opt */.m7.string('Name of the page.', { short: 'n', required: true }),
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        layoutType: kit/* opt */.m7.enum(LAYOUTS, 'Layout of the page.', { short: 'l' }),
        promoteAs: kit/* opt */.m7.enum(PROMOTIONS, 'Make the page the home page, a news page or a template.', { short: 'p' }),
        demoteFrom: kit/* opt */.m7.enum(['NewsPage'], 'Make a news page a regular page again.'),
        commentsEnabled: kit/* opt */.m7.boolean('Whether comments are enabled (true or false).'),
        isRetired: kit/* opt */.m7.boolean('Whether the page is retired (true or false).'),
        publish: kit/* opt */.m7.boolean('Publish the page.'),
        publishMessage: kit/* opt */.m7.string('Message of the publishing.'),
        description: kit/* opt */.m7.string('Description of the page.'),
        title: kit/* opt */.m7.string('Title of the page.'),
        content: kit/* opt */.m7.string('The canvas of the page: a JSON array of controls (CanvasContent1).'),
    },
    validate: (o) => {
        const changes = [o.layoutType, o.promoteAs, o.demoteFrom, o.commentsEnabled, o.publish || undefined, o.description, o.title, o.content, o.isRetired];
        if (changes.every((c) => c === undefined || c === ''))
            return 'Specify at least one option to update.';
        if (o.content !== undefined) {
            try {
                JSON.parse(o.content);
            }
            catch (error) {
                return `Specified content is not a valid JSON string. Input: ${o.content}. Error: ${error instanceof Error ? error.message : String(error)}`;
            }
        }
        return validatePromotion(o);
    },
    async run(context, o) {
        const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const page = await checkoutPage(context, web, o.name);
        const list = sitePagesApi(web);
        if (o.layoutType !== undefined) {
            const thumbnail = '/_layouts/15/images/sitepagethumbnail.png';
            const values = { PageLayoutType: o.layoutType };
            // An article is no news page and gets the default thumbnail, as the CLI sets it.
            if (o.layoutType === 'Article')
                Object.assign(values, { PromotedState: '0', BannerImageUrl: `${new URL(web).origin}${thumbnail}, ${thumbnail}` });
            await (0,shared_content/* systemUpdateItem */.yB)(context, web, list, page.Id, values);
        }
        if (o.promoteAs === 'HomePage')
            await setHomePage(context, web, o.name);
        if (o.promoteAs === 'NewsPage')
            await (0,shared_content/* systemUpdateItem */.yB)(context, web, list, page.Id, { PromotedState: '2', FirstPublishedDate: new Date().toISOString() });
        const { id, data } = o.promoteAs === 'Template' ? await templateData(context, web, page, o.name, o.description) : { id: page.Id, data: pageData(page, o) };
        if (o.title || o.description || o.content)
            await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePage`, data, true);
        if (o.promoteAs === 'Template')
            await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePageAsDraft`, data, true);
        const file = `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pageFilePath(web, o.name))})`;
        if (o.commentsEnabled !== undefined)
            await postPage(context, `${file}/ListItemAllFields/SetCommentsDisabled(${!o.commentsEnabled})`, undefined);
        if (o.demoteFrom === 'NewsPage')
            await (0,shared_content/* systemUpdateItem */.yB)(context, web, list, id, { PromotedState: '0' });
        if (o.isRetired !== undefined)
            await (0,shared_content/* systemUpdateItem */.yB)(context, web, list, id, { _SPIsRetired: String(o.isRetired) });
        if (o.publish)
            await postPage(context, `${file}/CheckIn(comment=${(0,kit/* literal */.eu)(o.publishMessage ?? '')},checkintype=1)`, undefined);
        else if (o.promoteAs !== 'Template')
            await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePageAsDraft`, data);
        return undefined;
    },
});
/** The page's content as the save methods take it: the given values over the checked-out page's, empty ones left out. */
function pageData(page, o) {
    const data = {
        Title: o.title || page.Title,
        Description: o.description || page.Description,
        BannerImageUrl: page.BannerImageUrl,
        CanvasContent1: o.content || page.CanvasContent1,
        LayoutWebpartsContent: page.LayoutWebpartsContent,
        TopicHeader: page.TopicHeader,
        AuthorByline: page.AuthorByline,
    };
    return Object.fromEntries(Object.entries(data).filter(([, value]) => Boolean(value)));
}
/** Saves the page as a template: the template's ID and content (titled by the page's name) are what is saved next. */
async function templateData(context, web, page, name, description) {
    const template = (await context.http.request({ method: 'POST', url: `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsTemplate`, headers: { ...shared_content/* POST_HEADERS */.gu } })).body;
    const data = {
        Title: pageFileName(name).replace(/\.aspx$/i, ''),
        Description: description || page.Description,
        BannerImageUrl: template.BannerImageUrl,
        LayoutWebpartsContent: template.LayoutWebpartsContent,
        CanvasContent1: template.CanvasContent1,
    };
    return { id: template.Id, data: Object.fromEntries(Object.entries(data).filter(([, value]) => Boolean(value))) };
}

;// CONCATENATED MODULE: ./src/commands/spo/page-text-add.ts



/**
 * `spo page text add`: adds a text (HTML; a bare text becomes a paragraph) to a page's canvas in a section and column
 * (default: the first of each), and saves a draft. It goes through the pages API's JSON canvas (the CLI rewrites the list
 * item's canvas HTML instead; the page ends up the same). Like the CLI, it prints nothing (spo/page/page-text-add).
 */
const spoPageTextAdd = (0,kit/* command */.G5)({
    name: 'spo page text add',
    description: 'Adds text to a modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        pageName: kit/* opt */.m7.string('Name of the page.', { short: 'n', required: true }),
        text: kit/* opt */.m7.string('Text to add (HTML).', { short: 't', required: true }),
        section: kit/* opt */.m7.number('Section to add the text to (1 or more). Default: 1.'),
        column: kit/* opt */.m7.number('Column to add the text to (1 or more). Default: 1.'),
        order: kit/* opt */.m7.number('Order of the text in the column.'),
    },
    validate: (o) => (0,shared_content/* positiveInteger */.Cq)('section', o.section) ?? (0,shared_content/* positiveInteger */.Cq)('column', o.column) ?? (0,shared_content/* positiveInteger */.Cq)('order', o.order),
    async run(context, o) {
        const page = await editablePage(context, o.webUrl, o.pageName);
        const canvas = parseCanvas(page.CanvasContent1);
        const target = targetColumn(canvas, { section: o.section, column: o.column, defaultSection: 'first' });
        const html = o.text.startsWith('<p>') ? o.text : `<p>${o.text}</p>`;
        placeControl(canvas, target, { controlType: 4, displayMode: 2, id: crypto.randomUUID(), emphasis: target.emphasis ?? {}, zoneGroupMetadata: target.zoneGroupMetadata, editorType: 'CKEditor', innerHTML: html }, o.order);
        await postPage(context, `${pageApi(o.webUrl, o.pageName)}/SavePageAsDraft`, { CanvasContent1: JSON.stringify(canvas) }, true);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/sections/spo-pages.ts









/** Pages, their sections, web parts and text. */
const commands = [
    spoPageAdd,
    spoPageGet,
    spoPageList,
    spoPageSet,
    spoPagePublish,
    spoPageRemove,
    spoPageSectionAdd,
    spoPageClientSideWebPartAdd,
    spoPageTextAdd,
];


/***/ })

};
