export const id = 85;
export const ids = [85];
export const modules = {

/***/ 4085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
;// CONCATENATED MODULE: ./src/commands/external/connection-list.ts

/** `external connection list`: the Microsoft Search (Graph connectors) external connections of the tenant. */
const externalConnectionList = (0,kit/* endpoint */.sR)({
    name: 'external connection list',
    aliases: ['search externalconnection list'],
    description: 'Lists external connections defined in the Microsoft Search',
    resource: 'graph',
    permissions: { graph: ['ExternalConnection.Read.All', 'ExternalConnection.ReadWrite.OwnedBy', 'ExternalConnection.ReadWrite.All'] },
    options: {},
    paged: true,
    url: (_options, { cloud }) => `${cloud.graph}/v1.0/external/connections`,
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/commands/onedrive/list.ts


/** Pages of sites asked for before giving up (a runaway start index). */
const MAX_PAGES = 1000;
/** CSOM type IDs of the tenant administration API (`Tenant`, `SPOSitePropertiesEnumerableFilter`). */
const TENANT_TYPE = '{268004ae-ef6b-4e9b-8425-127220d84719}';
const FILTER_TYPE = '{b92aeee2-c92c-4b67-abcc-024e471bc140}';
/** The `ProcessQuery` request for one page of personal sites (template SPSPERS) from `startIndex`. */
function personalSitesQuery(startIndex) {
    const escaped = startIndex.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return [
        '<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="m365-action" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009">',
        '<Actions><ObjectPath Id="2" ObjectPathId="1" /><ObjectPath Id="4" ObjectPathId="3" />',
        '<Query Id="5" ObjectPathId="3"><Query SelectAllProperties="true"><Properties /></Query><ChildItemQuery SelectAllProperties="true"><Properties /></ChildItemQuery></Query></Actions>',
        `<ObjectPaths><Constructor Id="1" TypeId="${TENANT_TYPE}" />`,
        `<Method Id="3" ParentId="1" Name="GetSitePropertiesFromSharePointByFilters"><Parameters><Parameter TypeId="${FILTER_TYPE}">`,
        '<Property Name="IncludeDetail" Type="Boolean">false</Property><Property Name="IncludePersonalSite" Type="Enum">1</Property>',
        `<Property Name="StartIndex" Type="String">${escaped}</Property><Property Name="Template" Type="String">SPSPERS</Property>`,
        '</Parameter></Parameters></Method></ObjectPaths></Request>',
    ].join('');
}
/** `https://contoso.sharepoint.com` → `https://contoso-admin.sharepoint.com`, where the tenant administration API lives. */
function adminUrlOf(root) {
    const url = new URL((0,kit/* trimSlashes */.uT)(root));
    const [tenant, ...rest] = url.hostname.split('.');
    return `https://${tenant.replace(/-(admin|my)$/, '')}-admin.${rest.join('.')}`;
}
/**
 * `onedrive list`: every OneDrive (personal site) of the tenant, as SharePoint's tenant administration API describes
 * them (`SiteProperties` objects), page by page like the CLI. An app-only bearer token needs no request digest.
 */
const onedriveList = (0,kit/* command */.G5)({
    name: 'onedrive list',
    description: 'Retrieves a list of OneDrive sites',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {},
    async run(context) {
        if (context.sharePointUrl === undefined)
            throw new errors/* ActionError */.lZ('The SharePoint root URL is unknown, so the tenant admin site cannot be found.', { hint: 'Set the spo-url input.' });
        const admin = adminUrlOf(context.sharePointUrl);
        const sites = [];
        const seen = new Set();
        for (let start = '0'; start !== undefined;) {
            if (seen.has(start) || seen.size >= MAX_PAGES)
                throw new errors/* ActionError */.lZ(`onedrive list: SharePoint kept returning more pages (start index ${start}); stopped.`);
            seen.add(start);
            const page = await sitePage(context, admin, start);
            sites.push(...page.items);
            start = page.next;
        }
        return sites;
    },
});
async function sitePage(context, admin, startIndex) {
    const response = await context.http.request({
        method: 'POST',
        url: `${admin}/_vti_bin/client.svc/ProcessQuery`,
        headers: { 'content-type': 'text/xml' },
        body: personalSitesQuery(startIndex),
        // A query that changes nothing: safe to repeat after a reset.
        idempotent: true,
    });
    // CSOM answers an array: the status object first (its ErrorInfo tells a failure), the query's result last.
    const answer = response.body;
    const [status] = Array.isArray(answer) ? answer : [];
    const last = Array.isArray(answer) ? answer[answer.length - 1] : undefined;
    if (!isRecord(status) || !isRecord(last))
        throw new errors/* ActionError */.lZ(`SharePoint's tenant administration API at ${admin} did not answer with a CSOM response.`);
    if (isRecord(status.ErrorInfo))
        throw new errors/* ActionError */.lZ(String(status.ErrorInfo.ErrorMessage ?? 'SharePoint reported an error without a message.'));
    const items = last._Child_Items_;
    const next = last.NextStartIndexFromSharePoint;
    return { items: Array.isArray(items) ? items : [], next: typeof next === 'string' && next !== '' ? next : undefined };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/commands/outlook/mail-send.ts


const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;
/** `a@x, b@y` → Graph recipients; undefined when the option was not given. */
function recipients(list) {
    return list?.split(',').map((address) => ({ emailAddress: { address: address.trim() } }));
}
/**
 * `outlook mail send`: sends an email as `--sender` (Graph `users/{sender}/sendMail`). App-only has no signed-in user
 * to send as, so `--sender` is required here, as the CLI requires it for app-only sign-in; an Exchange application
 * access policy can limit the app's Mail.Send to the mailboxes it should send from. Like the CLI, it prints nothing:
 * the result is empty.
 */
const outlookMailSend = (0,kit/* command */.G5)({
    name: 'outlook mail send',
    description: 'Sends an email',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: ['Mail.Send'] },
    options: {
        subject: kit/* opt */.m7.string('Email subject.', { short: 's', required: true }),
        to: kit/* opt */.m7.string('Comma-separated list of emails to send the message to.', { short: 't', required: true }),
        cc: kit/* opt */.m7.string('Comma-separated list of CC recipients.'),
        bcc: kit/* opt */.m7.string('Comma-separated list of BCC recipients.'),
        sender: kit/* opt */.m7.string('UPN or ID of the user to send the message as: app-only sign-in has no user of its own to send from (the CLI requires it app-only too).', { required: true }),
        mailbox: kit/* opt */.m7.string('Mailbox (shared mailbox, group, distribution list) to send on behalf of; the sender must be its delegate.', { short: 'm' }),
        bodyContents: kit/* opt */.m7.string('Body of the email.', { required: true }),
        bodyContentType: kit/* opt */.m7.enum(['Text', 'HTML'], 'Type of the body content. Default: Text.'),
        importance: kit/* opt */.m7.enum(['low', 'normal', 'high'], 'Importance of the message. Default: normal.'),
        attachment: kit/* opt */.m7.file('Path to a file to attach (at most 3 MB).'),
        saveToSentItems: kit/* opt */.m7.boolean("Save the email in the sender's sent items. Default: true."),
    },
    async run(context, options) {
        const attachments = options.attachment === undefined ? undefined : [await attachmentOf(context, options.attachment)];
        const message = {
            subject: options.subject,
            body: { contentType: options.bodyContentType ?? 'Text', content: options.bodyContents },
            from: options.mailbox === undefined ? undefined : { emailAddress: { address: options.mailbox } },
            toRecipients: recipients(options.to),
            ccRecipients: recipients(options.cc),
            bccRecipients: recipients(options.bcc),
            importance: options.importance,
            attachments,
        };
        await context.http.request({
            method: 'POST',
            url: `${context.cloud.graph}/v1.0/users/${(0,kit/* segment */.mX)(options.sender)}/sendMail`,
            headers: { ...kit/* ACCEPT */.FA.graph },
            body: { message, saveToSentItems: options.saveToSentItems },
        });
        return undefined;
    },
});
/** A Graph file attachment; Graph takes at most 3 MB of attachments in one sendMail request (the CLI's limit too). */
async function attachmentOf(context, path) {
    const content = await context.files.readFile(path, MAX_ATTACHMENT_BYTES);
    return { '@odata.type': '#microsoft.graph.fileAttachment', name: (0,external_node_path_.basename)(path), contentBytes: content.toString('base64') };
}

;// CONCATENATED MODULE: ./src/commands/planner/shared.ts


/**
 * Lookups the planner commands share, with the CLI's messages: the owner group by ID or display name, a plan by ID,
 * title (in its group) or roster, a bucket by name (in its plan).
 */
/** Application permissions of the planner reads; naming the owner group by name also reads groups. */
const PLANNER_READ = ['Tasks.Read.All', 'Tasks.ReadWrite.All'];
const GROUP_LOOKUP = ['GroupMember.Read.All', 'Group.Read.All'];
/** `[A, B]` and `[C, D]` → every pair: each alternative of the first with each of the second. */
function bothOf(first, second) {
    return first.flatMap((a) => second.map((b) => [a, b]));
}
const ownerGroupOptions = {
    ownerGroupId: kit/* opt */.m7.guid('ID of the group that owns the plan. Specify ownerGroupId or ownerGroupName with a plan title.'),
    ownerGroupName: kit/* opt */.m7.string('Display name of the group that owns the plan.'),
};
/** The CLI's rule: a plan named by its title needs exactly one of the owner group options. */
function validateOwnerGroup(title, group) {
    const given = [group.ownerGroupId, group.ownerGroupName].filter((v) => v !== undefined).length;
    return title !== undefined && given !== 1 ? "Specify exactly one of the following options: 'ownerGroupId' or 'ownerGroupName'." : undefined;
}
function graph(context, path) {
    return `${context.cloud.graph}/${path}`;
}
/** One item by a case-insensitive name, or the CLI's "does not exist" / "Multiple … found" errors. */
function single(items, what, name, noun) {
    if (items.length === 0)
        throw new errors/* ActionError */.lZ(`The specified ${noun} '${name}' does not exist.`);
    if (items.length > 1)
        throw new errors/* ActionError */.lZ(`Multiple ${what} '${name}' found. Found: ${items.map((i) => i.id).join(', ')}.`, { hint: `Use the ${noun}'s ID instead.` });
    return items[0];
}
async function ownerGroupId(context, group) {
    if (group.ownerGroupId !== undefined)
        return group.ownerGroupId;
    const name = group.ownerGroupName;
    // Checked at planning too, except where a value waits for a {{ }} reference.
    if (name === undefined)
        throw new errors/* ActionError */.lZ("Specify exactly one of the following options: 'ownerGroupId' or 'ownerGroupName'.");
    const url = graph(context, `v1.0/groups${(0,kit/* query */.P)({ $filter: `displayName eq ${(0,kit/* literal */.eu)(name)}`, $select: 'id' })}`);
    const groups = await context.http.getAll(url, { ...kit/* ACCEPT */.FA.graph });
    return single(groups, 'groups with name', name, 'group').id;
}
async function plansOfGroup(context, groupId) {
    return context.http.getAll(graph(context, `v1.0/groups/${(0,kit/* segment */.mX)(groupId)}/planner/plans`), { ...kit/* ACCEPT */.FA.graph });
}
async function planById(context, id) {
    try {
        return (await context.http.request({ url: graph(context, `v1.0/planner/plans/${(0,kit/* segment */.mX)(id)}`), headers: { ...kit/* ACCEPT */.FA.graph } })).body;
    }
    catch (error) {
        if ((0,kit/* isHttpStatus */.Bd)(error, 404))
            throw new errors/* ActionError */.lZ(`Planner plan with id '${id}' was not found.`, { cause: error });
        throw error;
    }
}
async function planByTitle(context, title, group) {
    const plans = await plansOfGroup(context, await ownerGroupId(context, group));
    return single(plans.filter((p) => p.title?.toLowerCase() === title.toLowerCase()), 'plans with title', title, 'plan');
}
/** The plan of a Planner roster (Graph beta, as in the CLI). */
async function planByRoster(context, rosterId) {
    const plans = await context.http.getAll(graph(context, `beta/planner/rosters/${(0,kit/* segment */.mX)(rosterId)}/plans`), { ...kit/* ACCEPT */.FA.graph });
    if (plans.length === 0)
        throw new errors/* ActionError */.lZ(`The specified roster '${rosterId}' does not have a plan.`);
    return plans[0];
}
/** The plan's ID: `--planId` as given, else looked up by title in its owner group, else the roster's plan. */
async function planIdOf(context, plan) {
    if (plan.planId !== undefined)
        return plan.planId;
    if (plan.planTitle !== undefined)
        return (await planByTitle(context, plan.planTitle, plan)).id;
    if (plan.rosterId !== undefined)
        return (await planByRoster(context, plan.rosterId)).id;
    throw new errors/* ActionError */.lZ('Specify the plan: --planId, --planTitle (with --ownerGroupId or --ownerGroupName) or --rosterId.');
}
/** The bucket's ID by its name (case-insensitive) in the plan. */
async function bucketIdByName(context, name, planId) {
    const url = graph(context, `v1.0/planner/plans/${(0,kit/* segment */.mX)(planId)}/buckets${(0,kit/* query */.P)({ $select: 'id,name' })}`);
    const buckets = await context.http.getAll(url, { ...kit/* ACCEPT */.FA.graph });
    return single(buckets.filter((b) => b.name?.toLowerCase() === name.toLowerCase()), 'buckets with name', name, 'bucket').id;
}

;// CONCATENATED MODULE: ./src/commands/planner/bucket-list.ts


/** `planner bucket list`: the buckets of a plan (by ID, by title in its group, or a roster's). */
const plannerBucketList = (0,kit/* command */.G5)({
    name: 'planner bucket list',
    description: 'Lists the Microsoft Planner buckets in a plan',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: PLANNER_READ },
    permissionsWhen: ({ ownerGroupName }) => ({ graph: ownerGroupName === undefined ? PLANNER_READ : bothOf(PLANNER_READ, GROUP_LOOKUP) }),
    options: {
        planId: kit/* opt */.m7.string('ID of the plan. Specify planId, planTitle or rosterId.'),
        planTitle: kit/* opt */.m7.string('Title of the plan (with ownerGroupId or ownerGroupName).'),
        rosterId: kit/* opt */.m7.string('ID of the Planner roster.'),
        ...ownerGroupOptions,
    },
    rules: [kit/* rules */.aO.exactlyOne('planId', 'planTitle', 'rosterId')],
    validate: ({ planTitle, ownerGroupId, ownerGroupName }) => validateOwnerGroup(planTitle, { ownerGroupId, ownerGroupName }),
    async run(context, options) {
        const planId = await planIdOf(context, options);
        return context.http.getAll(`${context.cloud.graph}/v1.0/planner/plans/${(0,kit/* segment */.mX)(planId)}/buckets`, { ...kit/* ACCEPT */.FA.graph });
    },
});

;// CONCATENATED MODULE: ./src/commands/planner/plan-get.ts


/** `planner plan get`: one plan (by ID, by title in its group, or a roster's) with its details merged in, as the CLI shows it. */
const plannerPlanGet = (0,kit/* command */.G5)({
    name: 'planner plan get',
    description: 'Retrieves information about the specified plan',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: PLANNER_READ },
    permissionsWhen: ({ ownerGroupName }) => ({ graph: ownerGroupName === undefined ? PLANNER_READ : bothOf(PLANNER_READ, GROUP_LOOKUP) }),
    options: {
        id: kit/* opt */.m7.string('ID of the plan. Specify id, title or rosterId.', { short: 'i' }),
        title: kit/* opt */.m7.string('Title of the plan (with ownerGroupId or ownerGroupName).', { short: 't' }),
        rosterId: kit/* opt */.m7.string('ID of the Planner roster.'),
        ...ownerGroupOptions,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'rosterId')],
    validate: ({ title, ownerGroupId, ownerGroupName }) => validateOwnerGroup(title, { ownerGroupId, ownerGroupName }),
    async run(context, options) {
        const plan = options.id !== undefined
            ? await planById(context, options.id)
            : options.rosterId !== undefined
                ? await planByRoster(context, options.rosterId)
                : await planByTitle(context, options.title ?? '', options);
        return { ...plan, ...(await planDetails(context, plan)) };
    },
});
async function planDetails(context, plan) {
    const url = `${context.cloud.graph}/v1.0/planner/plans/${(0,kit/* segment */.mX)(plan.id)}/details`;
    return (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.graph } })).body;
}

;// CONCATENATED MODULE: ./src/commands/planner/plan-list.ts


/** `planner plan list`: the plans of a group (by ID or name), or the plan of a roster. */
const plannerPlanList = (0,kit/* command */.G5)({
    name: 'planner plan list',
    description: 'Returns a list of plans associated with a specified group or roster',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: PLANNER_READ },
    permissionsWhen: ({ ownerGroupName }) => ({ graph: ownerGroupName === undefined ? PLANNER_READ : bothOf(PLANNER_READ, GROUP_LOOKUP) }),
    options: { ...ownerGroupOptions, rosterId: kit/* opt */.m7.string('ID of the Planner roster.') },
    rules: [kit/* rules */.aO.exactlyOne('ownerGroupId', 'ownerGroupName', 'rosterId')],
    async run(context, options) {
        if (options.rosterId !== undefined)
            return [await planByRoster(context, options.rosterId)];
        return plansOfGroup(context, await ownerGroupId(context, options));
    },
});

;// CONCATENATED MODULE: ./src/commands/planner/task-add.ts



const CATEGORIES = ['category1', 'category2', 'category3', 'category4', 'category5', 'category6'];
const PREVIEW_TYPES = ['automatic', 'noPreview', 'checklist', 'description', 'reference'];
/** Planner's priority labels and the numbers Graph stores for them. */
const PRIORITY_LABELS = { urgent: 1, important: 3, medium: 5, low: 9 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** The value checks of the CLI, with its messages. */
function checkValues(o) {
    for (const [name, value] of [['startDateTime', o.startDateTime], ['dueDateTime', o.dueDateTime]]) {
        if (value !== undefined && (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))))
            return `The ${name} is not a valid ISO date string.`;
    }
    if (o.percentComplete !== undefined && (o.percentComplete < 0 || o.percentComplete > 100))
        return 'percentComplete should be between 0 and 100.';
    const badIds = (0,kit/* splitList */.ry)(o.assignedToUserIds).filter((id) => !GUID.test(id));
    if (badIds.length > 0)
        return `The following GUIDs are invalid for the option 'assignedToUserIds': ${badIds.join(', ')}.`;
    const badNames = (0,kit/* splitList */.ry)(o.assignedToUserNames).filter((upn) => !/^[^@\s]+@[^@\s]+$/.test(upn));
    if (badNames.length > 0)
        return `The following user principal names are invalid for the option 'assignedToUserNames': ${badNames.join(', ')}.`;
    if ((0,kit/* splitList */.ry)(o.appliedCategories).some((c) => !CATEGORIES.includes(c.toLowerCase()))) {
        return `The appliedCategories contains invalid value. Specify either ${CATEGORIES.join(', ')} as properties.`;
    }
    if (o.priority !== undefined && priorityOf(o.priority) === undefined)
        return 'The value is not a valid priority. Allowed values are 0-10 or Urgent|Important|Medium|Low.';
    return undefined;
}
/** A priority as Graph stores it: 0–10, or a label. */
function priorityOf(value) {
    if (/^\d+$/.test(value))
        return Number(value) <= 10 ? Number(value) : undefined;
    return PRIORITY_LABELS[value.toLowerCase()];
}
/**
 * `planner task add`: creates a task in a bucket of a plan (both named by ID or by name), with assignees, categories
 * and priority, then its description and preview type in the task's details; the result is the task with its details
 * merged in, as the CLI prints it.
 */
const plannerTaskAdd = (0,kit/* command */.G5)({
    name: 'planner task add',
    description: 'Adds a new Microsoft Planner Task',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: ['Tasks.ReadWrite.All'] },
    permissionsWhen: ({ ownerGroupName, assignedToUserNames }) => ({
        graph: [['Tasks.ReadWrite.All', ...(ownerGroupName === undefined ? [] : [GROUP_LOOKUP[0]]), ...(assignedToUserNames === undefined ? [] : ['User.Read.All'])]],
    }),
    options: {
        title: kit/* opt */.m7.string('Title of the task.', { short: 't', required: true }),
        planId: kit/* opt */.m7.string('ID of the plan. Specify planId, planTitle or rosterId.'),
        planTitle: kit/* opt */.m7.string('Title of the plan (with ownerGroupId or ownerGroupName).'),
        rosterId: kit/* opt */.m7.string('ID of the Planner roster.'),
        ...ownerGroupOptions,
        bucketId: kit/* opt */.m7.string('ID of the bucket. Specify bucketId or bucketName.'),
        bucketName: kit/* opt */.m7.string('Name of the bucket.'),
        startDateTime: kit/* opt */.m7.string('Start of the task (ISO 8601).'),
        dueDateTime: kit/* opt */.m7.string('Due date of the task (ISO 8601).'),
        percentComplete: kit/* opt */.m7.number('Percentage of completion, 0–100.'),
        assignedToUserIds: kit/* opt */.m7.string('Comma-separated IDs of the assignees.'),
        assignedToUserNames: kit/* opt */.m7.string('Comma-separated UPNs of the assignees.'),
        assigneePriority: kit/* opt */.m7.string('Hint used to order items of this type in a list view.'),
        description: kit/* opt */.m7.string('Description of the task.'),
        appliedCategories: kit/* opt */.m7.string('Comma-separated categories (category1 … category6).'),
        previewType: kit/* opt */.m7.enum(PREVIEW_TYPES, 'What the task shows as its preview.'),
        orderHint: kit/* opt */.m7.string('Hint used to order the task in a list view.'),
        priority: kit/* opt */.m7.string('Priority: 0–10, or Urgent, Important, Medium, Low.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('planId', 'planTitle', 'rosterId'), kit/* rules */.aO.exactlyOne('bucketId', 'bucketName'), kit/* rules */.aO.atMostOne('assignedToUserIds', 'assignedToUserNames')],
    validate: (options) => checkValues(options) ?? validateOwnerGroup(options.planTitle, options),
    async run(context, options) {
        const problem = checkValues(options);
        if (problem !== undefined)
            throw new errors/* ActionError */.lZ(`'planner task add': ${problem}`);
        const planId = await planIdOf(context, options);
        const bucketId = options.bucketId ?? (await bucketIdByName(context, options.bucketName ?? '', planId));
        const userIds = options.assignedToUserNames !== undefined ? await userIdsOf(context, (0,kit/* splitList */.ry)(options.assignedToUserNames)) : (0,kit/* splitList */.ry)(options.assignedToUserIds);
        const body = {
            planId,
            bucketId,
            title: options.title,
            startDateTime: options.startDateTime,
            dueDateTime: options.dueDateTime,
            percentComplete: options.percentComplete,
            assignments: Object.fromEntries(userIds.map((id) => [id, { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' }])),
            orderHint: options.orderHint,
            assigneePriority: options.assigneePriority,
            appliedCategories: Object.fromEntries((0,kit/* splitList */.ry)(options.appliedCategories).map((c) => [c.toLowerCase(), true])),
            priority: options.priority === undefined ? undefined : priorityOf(options.priority),
        };
        const task = (await context.http.request({ method: 'POST', url: `${context.cloud.graph}/v1.0/planner/tasks`, headers: { ...kit/* ACCEPT */.FA.graph }, body })).body;
        if (options.description === undefined && options.previewType === undefined)
            return task;
        const details = await updateDetails(context, task.id, { description: options.description, previewType: options.previewType });
        return { ...task, ...details, ...(details.description ? { hasDescription: true } : {}) };
    },
});
/** The IDs of users by UPN, in order; unknown ones fail with the CLI's message. */
async function userIdsOf(context, upns) {
    const found = await Promise.all(upns.map(async (upn) => {
        const url = `${context.cloud.graph}/v1.0/users${(0,kit/* query */.P)({ $filter: `userPrincipalName eq ${(0,kit/* literal */.eu)(upn)}`, $select: 'id,userPrincipalName' })}`;
        const users = (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.graph } })).body.value;
        return users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase());
    }));
    const invalid = upns.filter((_, i) => found[i] === undefined);
    if (invalid.length > 0)
        throw new errors/* ActionError */.lZ(`Cannot proceed with planner task creation. The following users provided are invalid : ${invalid.join(',')}`);
    return found.flatMap((u) => (u ? [u.id] : []));
}
/** Planner updates need the current ETag (`If-Match`): read the details, then patch them. */
async function updateDetails(context, taskId, changes) {
    const url = `${context.cloud.graph}/v1.0/planner/tasks/${(0,kit/* segment */.mX)(taskId)}/details`;
    const current = await context.http.request({ url, headers: { accept: 'application/json' } });
    const etag = current.body['@odata.etag'];
    if (etag === undefined)
        throw new errors/* ActionError */.lZ(`Planner returned the details of task '${taskId}' without an ETag, so they cannot be updated.`);
    const updated = await context.http.request({
        method: 'PATCH',
        url,
        headers: { ...kit/* ACCEPT */.FA.graph, 'if-match': etag, prefer: 'return=representation' },
        body: changes,
    });
    return updated.body;
}

;// CONCATENATED MODULE: ./src/commands/planner/task-list.ts



/**
 * Without a bucket or a plan the CLI lists the signed-in user's tasks (`/me/planner/tasks`, even with only `--rosterId`):
 * app-only has no signed-in user, so that shape is refused with the way around.
 */
function refusal({ bucketId, bucketName, planId, planTitle }) {
    if ([bucketId, bucketName, planId, planTitle].some((v) => v !== undefined))
        return undefined;
    return ("without --bucketId, --bucketName, --planId or --planTitle the CLI lists the signed-in user's tasks, and app-only sign-in has no signed-in user. " +
        'Name the plan (--planId, or --planTitle with --ownerGroupId/--ownerGroupName, or --bucketName with --rosterId) or the bucket (--bucketId); ' +
        "for one user's tasks call 'request --url @graph/v1.0/users/{id}/planner/tasks'.");
}
/** `planner task list`: the tasks of a bucket or of a plan. */
const plannerTaskList = (0,kit/* command */.G5)({
    name: 'planner task list',
    description: 'Lists planner tasks in a bucket or plan',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: PLANNER_READ },
    permissionsWhen: ({ ownerGroupName }) => ({ graph: ownerGroupName === undefined ? PLANNER_READ : bothOf(PLANNER_READ, GROUP_LOOKUP) }),
    options: {
        bucketId: kit/* opt */.m7.string('ID of the bucket. Specify bucketId or bucketName.'),
        bucketName: kit/* opt */.m7.string('Name of the bucket (with planId, planTitle or rosterId).'),
        planId: kit/* opt */.m7.string('ID of the plan. Specify planId or planTitle.'),
        planTitle: kit/* opt */.m7.string('Title of the plan (with ownerGroupId or ownerGroupName).'),
        rosterId: kit/* opt */.m7.string('ID of the Planner roster (with bucketName).'),
        ...ownerGroupOptions,
    },
    rules: [kit/* rules */.aO.atMostOne('bucketId', 'bucketName'), kit/* rules */.aO.atMostOne('planId', 'planTitle', 'rosterId')],
    validate: (options) => {
        if (options.bucketName !== undefined && options.rosterId === undefined && options.planId === undefined && options.planTitle === undefined) {
            return "Specify exactly one of the following options: 'planId' or 'planTitle'.";
        }
        return refusal(options) ?? validateOwnerGroup(options.planTitle, options);
    },
    async run(context, options) {
        const refused = refusal(options);
        if (refused !== undefined)
            throw new errors/* ActionError */.lZ(`'planner task list': ${refused}`);
        const graph = `${context.cloud.graph}/v1.0/planner`;
        if (options.bucketId !== undefined)
            return context.http.getAll(`${graph}/buckets/${(0,kit/* segment */.mX)(options.bucketId)}/tasks`, { ...kit/* ACCEPT */.FA.graph });
        const planId = await planIdOf(context, options);
        if (options.bucketName === undefined)
            return context.http.getAll(`${graph}/plans/${(0,kit/* segment */.mX)(planId)}/tasks`, { ...kit/* ACCEPT */.FA.graph });
        const bucketId = await bucketIdByName(context, options.bucketName, planId);
        return context.http.getAll(`${graph}/buckets/${(0,kit/* segment */.mX)(bucketId)}/tasks`, { ...kit/* ACCEPT */.FA.graph });
    },
});

;// CONCATENATED MODULE: ./src/commands/purview/auditlog-list.ts


const CONTENT_TYPES = ['AzureActiveDirectory', 'Exchange', 'SharePoint', 'General', 'DLP'];
const DAY_MS = 24 * 60 * 60 * 1000;
const auditlog_list_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const auditlog_list_ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** Content blobs fetched at once. */
const BATCH = 8;
/** Content listing pages followed per day before giving up. */
const auditlog_list_MAX_PAGES = 1000;
/** The CLI's checks of the time window (the Management Activity API keeps content for 7 days). */
function checkWindow(startTime, endTime, now = new Date()) {
    for (const [name, value] of [['startTime', startTime], ['endTime', endTime]]) {
        if (value !== undefined && (!auditlog_list_ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))))
            return `Option '--${name}' is '${value}': the value is not a valid ISO date time string.`;
    }
    if (startTime !== undefined && Date.parse(startTime) < now.getTime() - 7 * DAY_MS - 60 * 60 * 1000)
        return 'startTime value cannot be more than 7 days in the past.';
    if (endTime !== undefined && Date.parse(endTime) > now.getTime())
        return 'endTime value cannot be in the future.';
    if (startTime !== undefined && endTime !== undefined && Date.parse(startTime) >= Date.parse(endTime))
        return 'startTime value must be before endTime.';
    return undefined;
}
/**
 * `purview auditlog list`: the audit records of a content type from the Office 365 Management Activity API. Like the
 * CLI it starts the tenant's subscription to that content type when there is none, lists the content blobs one day at
 * a time (following `NextPageUri`), reads every blob and returns the records sorted by `CreationTime`. Default window:
 * the last 24 hours.
 */
const purviewAuditLogList = (0,kit/* command */.G5)({
    name: 'purview auditlog list',
    description: 'Lists audit logs within your tenant',
    resource: 'management',
    readOnly: true,
    permissions: { management: ['ActivityFeed.Read'] },
    permissionsWhen: ({ contentType }) => ({ management: [contentType === 'DLP' ? 'ActivityFeed.ReadDlp' : 'ActivityFeed.Read'] }),
    options: {
        contentType: kit/* opt */.m7.enum(CONTENT_TYPES, 'Audit content type: AzureActiveDirectory, Exchange, SharePoint, General or DLP.', { required: true }),
        startTime: kit/* opt */.m7.string('Start of the window (ISO 8601), at most 7 days ago. Default: 24 hours before endTime.'),
        endTime: kit/* opt */.m7.string('End of the window (ISO 8601), not in the future. Default: now.'),
    },
    validate: ({ startTime, endTime }) => checkWindow(startTime, endTime),
    async run(context, options) {
        const problem = checkWindow(options.startTime, options.endTime);
        if (problem !== undefined)
            throw new errors/* ActionError */.lZ(`'purview auditlog list': ${problem}`);
        const now = Date.now();
        const end = options.endTime !== undefined ? Date.parse(options.endTime) : now;
        const start = options.startTime !== undefined ? Date.parse(options.startTime) : now - DAY_MS;
        const feed = `${context.cloud.management}/api/v1.0/${(0,kit/* segment */.mX)(tenantIdOf(context))}/activity/feed`;
        const contentType = options.contentType === 'DLP' ? 'DLP.All' : `Audit.${options.contentType}`;
        await ensureSubscription(context, feed, contentType);
        const uris = [];
        for (let from = start; from < end; from += DAY_MS)
            uris.push(...(await contentUris(context, feed, contentType, from, Math.min(end, from + DAY_MS))));
        const records = await readBlobs(context, uris);
        return records.sort((a, b) => (a.CreationTime ?? '').localeCompare(b.CreationTime ?? ''));
    },
});
/** The Management Activity API names the tenant by its ID in every URL. */
function tenantIdOf(context) {
    const tenant = context.session.tenant;
    if (auditlog_list_GUID.test(tenant))
        return tenant;
    throw new errors/* ActionError */.lZ(`The Office 365 Management Activity API addresses a tenant by its ID, and the tenant input is '${tenant}'.`, {
        hint: "Set the tenant input to the tenant ID (a GUID); 'tenant id get' prints it.",
    });
}
async function ensureSubscription(context, feed, contentType) {
    const subscriptions = await context.http.request({ url: `${feed}/subscriptions/list` });
    if (subscriptions.body.some((s) => s.contentType === contentType && s.status === 'enabled'))
        return;
    context.log.info(`Starting the tenant's subscription to ${contentType} audit content (none was enabled).`);
    const started = await context.http.request({ method: 'POST', url: `${feed}/subscriptions/start?contentType=${encodeURIComponent(contentType)}` });
    if (started.body.status !== 'enabled')
        throw new errors/* ActionError */.lZ(`Unable to start subscription '${contentType}'`);
}
/** The content blob URIs of one window (at most 24 hours), every page. */
async function contentUris(context, feed, contentType, from, to) {
    const window = `contentType=${encodeURIComponent(contentType)}&startTime=${new Date(from).toISOString()}&endTime=${new Date(to).toISOString()}`;
    const uris = [];
    let next = `${feed}/subscriptions/content?${window}`;
    for (let pages = 0; next !== undefined; pages++) {
        if (pages >= auditlog_list_MAX_PAGES)
            throw new errors/* ActionError */.lZ(`Listing ${contentType} content stopped after ${auditlog_list_MAX_PAGES} pages.`);
        const response = await context.http.request({ url: next });
        uris.push(...response.body.map((blob) => blob.contentUri));
        next = response.headers.nextpageuri || undefined;
    }
    return uris;
}
/** Every record of every blob, a few blobs at a time. */
async function readBlobs(context, uris) {
    const records = [];
    for (let i = 0; i < uris.length; i += BATCH) {
        const batch = await Promise.all(uris.slice(i, i + BATCH).map((url) => context.http.request({ url })));
        for (const response of batch)
            records.push(...response.body);
    }
    return records;
}

;// CONCATENATED MODULE: ./src/commands/tenant/id-get.ts

const id_get_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * `tenant id get`: the tenant ID of a domain, as a bare string like the CLI prints it. The CLI reads the domain's
 * OpenID configuration anonymously; an action's requests go only to the resources of its run, so this asks Graph's
 * `findTenantInformationByDomainName`, which answers app-only. Without `--domainName` the CLI takes the signed-in
 * user's domain; here it is the tenant the action signed in to (given as a GUID, it is the answer itself).
 */
const tenantIdGet = (0,kit/* command */.G5)({
    name: 'tenant id get',
    description: 'Gets Microsoft 365 tenant ID for the specified domain',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['CrossTenantInformation.ReadBasic.All'] },
    options: { domainName: kit/* opt */.m7.string("The domain name of the tenant. Default: the tenant the action signed in to.", { short: 'd' }) },
    async run(context, { domainName }) {
        const domain = domainName ?? context.session.tenant;
        if (id_get_GUID.test(domain))
            return domain;
        const url = `${context.cloud.graph}/v1.0/tenantRelationships/findTenantInformationByDomainName(domainName=${(0,kit/* literal */.eu)(domain)})`;
        const response = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.graph } });
        return response.body.tenantId;
    },
});

;// CONCATENATED MODULE: ./src/commands/tenant/shared.ts


/** The reporting periods Graph's usage reports accept. */
const PERIODS = ['D7', 'D30', 'D90', 'D180'];
const PERIOD_HELP = 'The length of time over which the report is aggregated: D7, D30, D90 or D180.';
/**
 * A Graph usage report command. Graph answers a report request with a redirect to a pre-authorised download URL on
 * another host; the request is declared a download, so the client follows it without the token. The CSV it gets is
 * parsed into the CLI's JSON: one object per row, keyed by the header row.
 */
function usageReport(spec) {
    const common = { name: spec.name, description: spec.description, resource: 'graph', readOnly: true, permissions: { graph: ['Reports.Read.All'] } };
    if (spec.parameter === 'none')
        return (0,kit/* command */.G5)({ ...common, options: {}, run: (context) => readReport(context, spec, '') });
    if (spec.parameter === 'period') {
        return (0,kit/* command */.G5)({
            ...common,
            options: { period: kit/* opt */.m7.enum(PERIODS, PERIOD_HELP, { short: 'p', required: true }) },
            run: (context, { period }) => readReport(context, spec, `(period=${(0,kit/* literal */.eu)(period)})`),
        });
    }
    return (0,kit/* command */.G5)({
        ...common,
        options: {
            period: kit/* opt */.m7.enum(PERIODS, PERIOD_HELP, { short: 'p' }),
            date: kit/* opt */.m7.string('The date (YYYY-MM-DD) of the activity to report, instead of a period.', { short: 'd' }),
        },
        rules: [kit/* rules */.aO.exactlyOne('period', 'date')],
        validate: ({ date }) => (date === undefined || DATE.test(date) ? undefined : `Option '--date' is '${date}': the supported date format is YYYY-MM-DD.`),
        run: (context, { period, date }) => {
            // A date from a {{ }} reference was not validated at planning: it goes into the URL only in its checked form.
            if (date !== undefined && !DATE.test(date))
                throw new errors/* ActionError */.lZ(`Option '--date' is '${date}': the supported date format is YYYY-MM-DD.`);
            return readReport(context, spec, period !== undefined ? `(period=${(0,kit/* literal */.eu)(period)})` : `(date=${date ?? ''})`);
        },
    });
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
async function readReport(context, spec, argument) {
    const url = `${context.cloud.graph}/v1.0/reports/${spec.report}${argument}`;
    const response = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.graph }, responseType: 'text', download: true });
    return csvToObjects(response.body, spec.values);
}
/**
 * Rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) as objects keyed by the header
 * row. A byte order mark and empty lines are dropped; values are trimmed, as the CLI trims them.
 */
function csvToObjects(text, values) {
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    if (header === undefined)
        return [];
    const keys = header.map((key) => key.trim());
    return rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, shared_valueOf((row[i] ?? '').trim(), values)])));
}
function shared_valueOf(text, values) {
    return values === 'typed' && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
/** The records of a CSV text, without empty lines. */
function parseCsv(text) {
    const records = [];
    let record = [];
    let field = '';
    let quoted = false;
    const endRecord = () => {
        record.push(field);
        if (record.length > 1 || record[0] !== '')
            records.push(record);
        record = [];
        field = '';
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"')
                field += text[++i];
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            record.push(field);
            field = '';
        }
        else if (c === '\n')
            endRecord();
        else if (c !== '\r')
            field += c;
    }
    endRecord();
    return records;
}

;// CONCATENATED MODULE: ./src/commands/tenant/report-activeusercounts.ts

/** `tenant report activeusercounts`: Gets the count of daily active users in the reporting period by product (Graph `reports/getOffice365ActiveUserCounts`; CLI page tenant/report/report-activeusercounts). */
const tenantReportActiveUserCounts = usageReport({
    name: 'tenant report activeusercounts',
    description: 'Gets the count of daily active users in the reporting period by product',
    report: 'getOffice365ActiveUserCounts',
    parameter: 'period',
    values: 'text',
});

;// CONCATENATED MODULE: ./src/commands/tenant/report-activeuserdetail.ts

/** `tenant report activeuserdetail`: Gets details about Microsoft 365 active users (Graph `reports/getOffice365ActiveUserDetail`; CLI page tenant/report/report-activeuserdetail). */
const tenantReportActiveUserDetail = usageReport({
    name: 'tenant report activeuserdetail',
    description: 'Gets details about Microsoft 365 active users',
    report: 'getOffice365ActiveUserDetail',
    parameter: 'dateOrPeriod',
    values: 'text',
});

;// CONCATENATED MODULE: ./src/commands/tenant/report-office365activationcounts.ts

/** `tenant report office365activationcounts`: Gets the count of Microsoft 365 activations on desktops and devices (Graph `reports/getOffice365ActivationCounts`; CLI page tenant/report/report-office365activationcounts). */
const tenantReportOffice365ActivationCounts = usageReport({
    name: 'tenant report office365activationcounts',
    description: 'Gets the count of Microsoft 365 activations on desktops and devices',
    report: 'getOffice365ActivationCounts',
    parameter: 'none',
    values: 'typed',
});

;// CONCATENATED MODULE: ./src/commands/tenant/report-office365activationsusercounts.ts

/** `tenant report office365activationsusercounts`: Gets the count of users that are enabled and those that have activated the Office subscription (Graph `reports/getOffice365ActivationsUserCounts`; CLI page tenant/report/report-office365activationsusercounts). */
const tenantReportOffice365ActivationsUserCounts = usageReport({
    name: 'tenant report office365activationsusercounts',
    description: 'Gets the count of users that are enabled and those that have activated the Office subscription',
    report: 'getOffice365ActivationsUserCounts',
    parameter: 'none',
    values: 'typed',
});

;// CONCATENATED MODULE: ./src/commands/tenant/report-office365activationsuserdetail.ts

/** `tenant report office365activationsuserdetail`: Gets details about users who have activated Microsoft 365 (Graph `reports/getOffice365ActivationsUserDetail`; CLI page tenant/report/report-office365activationsuserdetail). */
const tenantReportOffice365ActivationsUserDetail = usageReport({
    name: 'tenant report office365activationsuserdetail',
    description: 'Gets details about users who have activated Microsoft 365',
    report: 'getOffice365ActivationsUserDetail',
    parameter: 'none',
    values: 'typed',
});

;// CONCATENATED MODULE: ./src/commands/tenant/report-servicesusercounts.ts

/** `tenant report servicesusercounts`: Gets the count of users by activity type and service (Graph `reports/getOffice365ServicesUserCounts`; CLI page tenant/report/report-servicesusercounts). */
const tenantReportServicesUserCounts = usageReport({
    name: 'tenant report servicesusercounts',
    description: 'Gets the count of users by activity type and service',
    report: 'getOffice365ServicesUserCounts',
    parameter: 'period',
    values: 'text',
});

;// CONCATENATED MODULE: ./src/commands/tenant/report-settings-get.ts

/** `tenant report settings get`: whether usage reports conceal user, group and site names (Graph `admin/reportSettings`). */
const tenantReportSettingsGet = (0,kit/* endpoint */.sR)({
    name: 'tenant report settings get',
    description: 'Gets the tenant-level settings for Microsoft 365 reports',
    resource: 'graph',
    permissions: { graph: ['ReportSettings.Read.All', 'ReportSettings.ReadWrite.All'] },
    options: {},
    url: (_options, { cloud }) => `${cloud.graph}/v1.0/admin/reportSettings`,
});

;// CONCATENATED MODULE: ./src/commands/tenant/serviceannouncement-health-list.ts

/** `tenant serviceannouncement health list`: the health overview of every subscribed service (Graph `healthOverviews`). */
const tenantServiceAnnouncementHealthList = (0,kit/* endpoint */.sR)({
    name: 'tenant serviceannouncement health list',
    description: 'This operation provides the health report of all subscribed services for a tenant',
    resource: 'graph',
    permissions: { graph: ['ServiceHealth.Read.All'] },
    options: { issues: kit/* opt */.m7.boolean('Include the issues of each service.', { short: 'i' }) },
    paged: true,
    url: ({ issues }, { cloud }) => `${cloud.graph}/v1.0/admin/serviceAnnouncement/healthOverviews${issues ? '?$expand=issues' : ''}`,
});

;// CONCATENATED MODULE: ./src/commands/tenant/serviceannouncement-healthissue-list.ts

/** `tenant serviceannouncement healthissue list`: every service health issue, optionally of one service. */
const tenantServiceAnnouncementHealthIssueList = (0,kit/* endpoint */.sR)({
    name: 'tenant serviceannouncement healthissue list',
    description: 'Gets all service health issues for the tenant',
    resource: 'graph',
    permissions: { graph: ['ServiceHealth.Read.All'] },
    options: { service: kit/* opt */.m7.string('Only the issues of this service (e.g. "Microsoft Teams").', { short: 's' }) },
    paged: true,
    url: ({ service }, { cloud }) => `${cloud.graph}/v1.0/admin/serviceAnnouncement/issues${(0,kit/* query */.P)({ $filter: service === undefined ? undefined : `service eq ${(0,kit/* literal */.eu)(service)}` })}`,
});

;// CONCATENATED MODULE: ./src/commands/tenant/serviceannouncement-message-list.ts

/** `tenant serviceannouncement message list`: every service update message (message center), optionally of one service. */
const tenantServiceAnnouncementMessageList = (0,kit/* endpoint */.sR)({
    name: 'tenant serviceannouncement message list',
    description: 'Gets all service update messages for the tenant',
    resource: 'graph',
    permissions: { graph: ['ServiceMessage.Read.All'] },
    options: { service: kit/* opt */.m7.string('Only the messages about this service (e.g. "Microsoft Teams").', { short: 's' }) },
    paged: true,
    url: ({ service }, { cloud }) => `${cloud.graph}/v1.0/admin/serviceAnnouncement/messages${(0,kit/* query */.P)({ $filter: service === undefined ? undefined : `services/any(c:c eq ${(0,kit/* literal */.eu)(service)})` })}`,
});

;// CONCATENATED MODULE: ./src/commands/sections/services.ts




















/** Outlook, tenant reports and service health, OneDrive, Planner, external connections and Purview. */
const commands = [
    outlookMailSend,
    tenantIdGet,
    tenantServiceAnnouncementHealthList,
    tenantServiceAnnouncementHealthIssueList,
    tenantServiceAnnouncementMessageList,
    tenantReportActiveUserCounts,
    tenantReportActiveUserDetail,
    tenantReportServicesUserCounts,
    tenantReportOffice365ActivationCounts,
    tenantReportOffice365ActivationsUserCounts,
    tenantReportOffice365ActivationsUserDetail,
    tenantReportSettingsGet,
    onedriveList,
    plannerPlanList,
    plannerPlanGet,
    plannerBucketList,
    plannerTaskList,
    plannerTaskAdd,
    externalConnectionList,
    purviewAuditLogList,
];


/***/ })

};
