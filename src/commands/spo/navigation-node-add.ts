import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, rules, SHAREPOINT_JSON_BODY, splitList, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface MenuNode {
  Key?: string | null;
  OpenInNewWindow?: boolean;
  Nodes?: MenuNode[];
}

function findMenuNode(nodes: readonly MenuNode[] | undefined, key: string): MenuNode | undefined {
  for (const node of nodes ?? []) {
    const found = node.Key === key ? node : findMenuNode(node.Nodes, key);
    if (found) return found;
  }
  return undefined;
}

/** The menu state of quick launch (no key) or of the top navigation bar (key 1002). */
async function menuState(context: CommandContext, webUrl: string, top: boolean): Promise<{ Nodes?: MenuNode[] }> {
  const body = { customProperties: null, depth: 10, mapProviderName: null, menuNodeKey: top ? '1002' : null };
  const url = `${webUrl}/_api/navigation/MenuState`;
  return (await context.http.request<{ Nodes?: MenuNode[] }>({ method: 'POST', url, headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY }, body })).body;
}

/** SharePoint sets "open in new window" only through the menu state: read it, flag the node, save it. */
async function openInNewWindow(context: CommandContext, webUrl: string, id: string, location: string | undefined): Promise<void> {
  let state = await menuState(context, webUrl, location === 'TopNavigationBar');
  let node = findMenuNode(state.Nodes, id);
  if (!node && location === undefined) {
    state = await menuState(context, webUrl, true);
    node = findMenuNode(state.Nodes, id);
  }
  if (!node) throw new ActionError(`The navigation node ${id} was added, but SharePoint's menu state does not list it, so it could not be set to open in a new window.`);
  node.OpenInNewWindow = true;
  await context.http.request({ method: 'POST', url: `${webUrl}/_api/navigation/SaveMenuState`, headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY }, body: { menuState: state } });
}

/**
 * `spo navigation node add`: adds a link (or, without --url, a label) to the quick launch, the top navigation bar, or
 * below another node, and prints the node SharePoint made (spo/navigation/navigation-node-add).
 */
export const spoNavigationNodeAdd = command({
  name: 'spo navigation node add',
  description: 'Adds a navigation node to the specified site navigation',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('Absolute URL of the site whose navigation changes.', { short: 'u', required: true }),
    location: opt.enum(['QuickLaunch', 'TopNavigationBar'] as const, 'Navigation to add the node to: QuickLaunch or TopNavigationBar.', { short: 'l' }),
    title: opt.string('Title of the navigation node.', { short: 't', required: true }),
    url: opt.string('URL of the node; without it the node is a label without link.'),
    parentNodeId: opt.number('ID of the node to add the node below.'),
    isExternal: opt.boolean('Set if the node points to an external URL.'),
    audienceIds: opt.string('Comma-separated IDs of the groups the node is shown to (at most 10).'),
    openInNewWindow: opt.boolean('Set if the link opens in a new window.'),
  },
  rules: [rules.exactlyOne('location', 'parentNodeId')],
  validate: (o) => {
    const audiences = splitList(o.audienceIds);
    if (o.parentNodeId !== undefined && !Number.isInteger(o.parentNodeId)) return `${o.parentNodeId} is not a number`;
    if (audiences.length > 10) return 'The maximum amount of audienceIds per navigation node exceeded. The maximum amount of auciendeIds is 10.';
    const invalid = audiences.filter((a) => !GUID.test(a));
    return invalid.length > 0 ? `The following GUIDs are invalid for the option 'audienceIds': ${invalid.join(', ')}.` : undefined;
  },
  async run(context, o) {
    const webUrl = trimSlashes(o.webUrl);
    const nodes = o.parentNodeId !== undefined ? `GetNodeById(${o.parentNodeId})/Children` : (o.location ?? 'QuickLaunch').toLowerCase();
    const body = { AudienceIds: o.audienceIds === undefined ? undefined : splitList(o.audienceIds), Title: o.title, Url: o.url ?? 'http://linkless.header/', IsExternal: o.isExternal === true };
    const { body: node } = await context.http.request<{ Id?: number }>({ method: 'POST', url: `${webUrl}/_api/web/navigation/${nodes}`, headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY }, body });
    if (o.openInNewWindow && node.Id !== undefined) await openInNewWindow(context, webUrl, String(node.Id), o.location);
    return node;
  },
});
