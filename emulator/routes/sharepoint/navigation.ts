/**
 * The navigation of a web: its quick launch and top navigation bar (`_api/web/navigation/quicklaunch`,
 * `…/topnavigationbar`), nodes with children (`$expand=Children,Children/Children`), adding a node to either or below
 * another (`…/GetNodeById(<id>)/Children`), and the menu state the CLI reads and saves to make a link open in a new
 * window (`_api/navigation/MenuState`, `…/SaveMenuState`). Reading needs read access; changing it needs ManageWeb
 * (Sites.Manage.All).
 */
import type { EmulatorRequest, EmulatorResponse, Route } from '../../types.js';
import { bodyOf } from './list.js';
import { collection, entity, spError } from './odata.js';
import { READ, sp, type SpContext } from './route.js';
import type { SharePointWeb } from './web.js';

interface NavigationNode {
  Id: number;
  Title: string;
  Url: string;
  IsExternal: boolean;
  AudienceIds: string[] | null;
  OpenInNewWindow: boolean;
  Children: NavigationNode[];
}

interface Navigation {
  quicklaunch: NavigationNode[];
  topnavigationbar: NavigationNode[];
  nextId: number;
}

const MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];
const navigations = new WeakMap<SharePointWeb, Navigation>();

function node(Id: number, Title: string, Url: string): NavigationNode {
  return { Id, Title, Url, IsExternal: false, AudienceIds: null, OpenInNewWindow: false, Children: [] };
}

function navigationOf(web: SharePointWeb): Navigation {
  let navigation = navigations.get(web);
  if (!navigation) {
    const path = new URL(web.Url).pathname.replace(/\/+$/, '');
    navigation = {
      quicklaunch: [node(1025, 'Home', `${path}/SitePages/Home.aspx`), node(1026, 'Documents', `${path}/Shared Documents/Forms/AllItems.aspx`)],
      topnavigationbar: [node(2002, 'Home', `${path}/SitePages/Home.aspx`)],
      nextId: 2003,
    };
    navigations.set(web, navigation);
  }
  return navigation;
}

/** A node as REST answers it; `Children` only as deep as `$expand` asks. */
function nodeJson(n: NavigationNode, depth: number): Record<string, unknown> {
  const json: Record<string, unknown> = { AudienceIds: n.AudienceIds, CurrentLCID: 1033, Id: n.Id, IsDocLib: true, IsExternal: n.IsExternal, IsVisible: true, ListTemplateType: 0, Title: n.Title, Url: n.Url };
  if (depth > 0) json.Children = n.Children.map((c) => nodeJson(c, depth - 1));
  return json;
}

function expandDepth(request: EmulatorRequest): number {
  const expand = (request.query.get('$expand') ?? '').split(',').map((e) => e.trim().toLowerCase());
  return Math.max(0, ...expand.filter((e) => /^children(\/children)*$/.test(e)).map((e) => e.split('/').length));
}

function find(nodes: readonly NavigationNode[], id: number): NavigationNode | undefined {
  for (const n of nodes) {
    const found = n.Id === id ? n : find(n.Children, id);
    if (found) return found;
  }
  return undefined;
}


function listNodes(c: SpContext): EmulatorResponse {
  const nodes = navigationOf(c.web)[c.params.menu.toLowerCase() === 'quicklaunch' ? 'quicklaunch' : 'topnavigationbar'];
  return collection(c, 'SP.NavigationNode', nodes.map((n) => nodeJson(n, expandDepth(c.request))));
}

function addNode(c: SpContext): EmulatorResponse {
  const navigation = navigationOf(c.web);
  let target: NavigationNode[];
  if (c.params.parent !== undefined) {
    const parent = find([...navigation.quicklaunch, ...navigation.topnavigationbar], Number(c.params.parent));
    if (!parent) return spError(c.request, 400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');
    target = parent.Children;
  } else {
    target = navigation[c.params.menu.toLowerCase() === 'quicklaunch' ? 'quicklaunch' : 'topnavigationbar'];
  }
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const body = parsed.body;
  if (typeof body.Title !== 'string' || body.Title === '') return spError(c.request, 400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: Title');
  const created = node(navigation.nextId++, body.Title, typeof body.Url === 'string' ? body.Url : '');
  created.IsExternal = body.IsExternal === true;
  created.AudienceIds = Array.isArray(body.AudienceIds) ? body.AudienceIds.map(String) : null;
  target.push(created);
  return entity(c, 'SP.NavigationNode', nodeJson(created, 0));
}

/** The menu state of quick launch (no key) or of the top navigation bar (key 1002), as `SP.MenuState`. */
function menuNodes(nodes: readonly NavigationNode[]): Record<string, unknown>[] {
  return nodes.map((n) => ({ Key: String(n.Id), Title: n.Title, SimpleUrl: n.Url, OpenInNewWindow: n.OpenInNewWindow, IsHidden: false, NodeType: 0, Nodes: menuNodes(n.Children) }));
}

function menuState(c: SpContext): EmulatorResponse {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const navigation = navigationOf(c.web);
  const top = parsed.body.menuNodeKey === '1002';
  const nodes = top ? navigation.topnavigationbar : navigation.quicklaunch;
  const path = new URL(c.web.Url).pathname.replace(/\/+$/, '');
  return entity(c, 'SP.MenuState', { FriendlyUrlPrefix: null, Nodes: menuNodes(nodes), SPSitePrefix: '/', SPWebPrefix: path || '/', StartingNodeKey: top ? '1002' : '1025', StartingNodeTitle: top ? 'Top Navigation Bar' : 'Quick launch', Version: new Date().toISOString() });
}

function saveMenuState(c: SpContext): EmulatorResponse {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const state = parsed.body.menuState;
  const navigation = navigationOf(c.web);
  const apply = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const menuNode of nodes) {
      if (menuNode === null || typeof menuNode !== 'object') continue;
      const entry = menuNode as Record<string, unknown>;
      const found = find([...navigation.quicklaunch, ...navigation.topnavigationbar], Number(entry.Key));
      if (found) found.OpenInNewWindow = entry.OpenInNewWindow === true;
      apply(entry.Nodes);
    }
  };
  apply(state !== null && typeof state === 'object' ? (state as Record<string, unknown>).Nodes : undefined);
  return entity(c, 'SP.MenuState', { 'odata.null': true });
}

/** Whether the node opens in a new window (undefined: no such node), for tests. */
export function opensInNewWindow(web: SharePointWeb, id: number): boolean | undefined {
  const navigation = navigationOf(web);
  return find([...navigation.quicklaunch, ...navigation.topnavigationbar], id)?.OpenInNewWindow;
}

const MENU = 'web/navigation/(?<menu>quicklaunch|topnavigationbar)';

export const navigationRoutes: Route[] = [
  sp('GET', MENU, READ, listNodes),
  sp('POST', MENU, MANAGE, addNode),
  sp('POST', 'web/navigation/GetNodeById\\((?<parent>\\d+)\\)/Children', MANAGE, addNode),
  sp('POST', 'navigation/MenuState', READ, menuState),
  sp('POST', 'navigation/SaveMenuState', MANAGE, saveMenuState),
];
