/**
 * Site scripts and site designs of the tenant (`_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.
 * SiteScriptUtility.*`, POST on any site of the tenant): create and list them, and apply a design to a site, which runs
 * each action of its scripts and reports one outcome per action. Their state lives here, per tenant.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { badJson, collection, entity, jsonBody, spError, unquote } from './odata.js';
import { FULL, READ, siteOf, sp, type SpContext, type SpHandler } from './route.js';

export interface SiteScript {
  Id: string;
  Title: string;
  Description: string;
  Content: string;
  Version: number;
}

export interface SiteDesign {
  Id: string;
  Title: string;
  Description: string | null;
  WebTemplate: string;
  SiteScriptIds: string[];
  PreviewImageUrl: string | null;
  PreviewImageAltText: string | null;
  ThumbnailUrl: string | null;
  IsDefault: boolean;
  Version: number;
}

interface DesignState {
  scripts: SiteScript[];
  designs: SiteDesign[];
}

const states = new WeakMap<TenantState, DesignState>();

/** The tenant's site scripts and designs (none until some are created). */
export function designStateOf(state: TenantState): DesignState {
  let found = states.get(state);
  if (!found) {
    found = { scripts: [], designs: [] };
    states.set(state, found);
  }
  return found;
}

/** An `@alias` value of the query: a quoted OData string literal. */
function aliasValue(request: EmulatorRequest, name: string): string {
  return unquote((request.query.get(name) ?? '').replace(/^'(.*)'$/s, '$1'));
}

const UTILITY = 'Microsoft\\.Sharepoint\\.Utilities\\.WebTemplateExtensions\\.SiteScriptUtility';

/** Lists and reads return the script without its content, as SharePoint does. */
function scriptJson(script: SiteScript): Record<string, unknown> {
  return { Content: null, ContentByteArray: null, Description: script.Description, Id: script.Id, IsSiteScriptPackage: false, Title: script.Title, Version: script.Version };
}

function designJson(design: SiteDesign): Record<string, unknown> {
  return {
    Description: design.Description,
    DesignPackageId: null,
    DesignType: '0',
    ExpandedPreviewImages: [],
    InternalName: null,
    IsDefault: design.IsDefault,
    IsOutOfBoxTemplate: false,
    IsTenantAdminOnly: false,
    ListColor: '0',
    ListIcon: '0',
    PreviewImageAltText: design.PreviewImageAltText,
    PreviewImageUrl: design.PreviewImageUrl,
    RequiresClassConnected: false,
    RequiresGroupConnected: false,
    RequiresSyntexLicense: false,
    RequiresTeamsConnected: false,
    RequiresYammerConnected: false,
    SiteScriptIds: design.SiteScriptIds,
    SupportedWebTemplates: [],
    TargetPlatforms: [],
    TemplateAssets: [],
    TemplateFeatures: [],
    ThumbnailUrl: design.ThumbnailUrl,
    Title: design.Title,
    WebTemplate: design.WebTemplate,
    Id: design.Id,
    Order: null,
    Version: design.Version,
  };
}

function argumentError(request: EmulatorRequest, message: string): EmulatorResponse {
  return spError(request, 400, '-2147024809, System.ArgumentException', message);
}

/** `CreateSiteScript(Title=@title, Description=@description)?@title='…'`: the body is the script itself. */
const createSiteScript: SpHandler = (c) => {
  const title = aliasValue(c.request, '@title');
  if (title === '') return argumentError(c.request, 'Title cannot be empty.');
  let content;
  try {
    content = jsonBody(c.request);
  } catch {
    return badJson(c.request);
  }
  if (!content || !Array.isArray(content.actions)) return argumentError(c.request, "The site script is not valid: it needs an 'actions' array.");
  const script: SiteScript = { Id: randomUUID(), Title: title, Description: aliasValue(c.request, '@description'), Content: JSON.stringify(content), Version: 1 };
  designStateOf(c.state).scripts.push(script);
  return entity(c, 'Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteScriptMetadata', scriptJson(script));
};

const getSiteScripts: SpHandler = (c) =>
  collection(c, 'Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteScriptMetadata', designStateOf(c.state).scripts.map(scriptJson));

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** `CreateSiteDesign` with `{ info: { Title, WebTemplate, SiteScriptIds, … } }`; every script must exist. */
const createSiteDesign: SpHandler = (c) => {
  let body;
  try {
    body = jsonBody(c.request);
  } catch {
    return badJson(c.request);
  }
  const info = (body?.info ?? {}) as Record<string, unknown>;
  const ids = Array.isArray(info.SiteScriptIds) ? info.SiteScriptIds.map(String) : [];
  const title = text(info.Title) ?? '';
  if (title === '') return argumentError(c.request, 'Title cannot be empty.');
  if (!['64', '68', '1'].includes(String(info.WebTemplate))) return argumentError(c.request, `The web template '${String(info.WebTemplate)}' is not valid.`);
  const scripts = designStateOf(c.state).scripts;
  const missing = ids.find((id) => !scripts.some((s) => s.Id.toLowerCase() === id.toLowerCase()));
  if (missing !== undefined) return spError(c.request, 400, '-2146232832, Microsoft.SharePoint.SPException', `Cannot find site script with ID: ${missing}.`);
  const design: SiteDesign = {
    Id: randomUUID(),
    Title: title,
    Description: text(info.Description),
    WebTemplate: String(info.WebTemplate),
    SiteScriptIds: ids,
    PreviewImageUrl: text(info.PreviewImageUrl),
    PreviewImageAltText: text(info.PreviewImageAltText),
    ThumbnailUrl: text(info.ThumbnailUrl),
    IsDefault: info.IsDefault === true,
    Version: 1,
  };
  designStateOf(c.state).designs.push(design);
  return entity(c, 'Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteDesignMetadata', designJson(design));
};

const getSiteDesigns: SpHandler = (c) =>
  collection(c, 'Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteDesignMetadata', designStateOf(c.state).designs.map(designJson));

/** The outcome title SharePoint reports for an action of a script. */
function actionTitle(action: Record<string, unknown>): string {
  const verb = String(action.verb ?? '');
  if (verb === 'createSPList') return `Create or update list ${String(action.listName ?? '')}`;
  if (verb === 'applyTheme') return `Apply theme ${String(action.themeName ?? '')}`;
  if (verb === 'activateSPFeature') return `Activate feature ${String(action.featureId ?? '')}`;
  if (verb === 'setSiteExternalSharingCapability') return `Set external sharing capability to ${String(action.capability ?? '')}`;
  return verb;
}

function designFor(c: SpContext): { design?: SiteDesign; site?: ReturnType<typeof siteOf>; problem?: EmulatorResponse } {
  let body;
  try {
    body = jsonBody(c.request);
  } catch {
    return { problem: badJson(c.request) };
  }
  const id = String(body?.siteDesignId ?? '').toLowerCase();
  const design = designStateOf(c.state).designs.find((d) => d.Id.toLowerCase() === id);
  if (!design) return { problem: spError(c.request, 400, '-2146232832, Microsoft.SharePoint.SPException', `Cannot find site design with ID: ${id}.`) };
  const site = siteOf(c.state, String(body?.webUrl ?? '').toLowerCase().replace(/\/+$/, ''));
  if (!site) return { problem: spError(c.request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.') };
  return { design, site };
}

/** `ApplySiteDesign` with `{ siteDesignId, webUrl }`: one outcome (0, success) per action of the design's scripts. */
const applySiteDesign: SpHandler = (c) => {
  const { design, problem } = designFor(c);
  if (!design) return problem ?? badJson(c.request);
  const scripts = designStateOf(c.state).scripts.filter((s) => design.SiteScriptIds.some((id) => id.toLowerCase() === s.Id.toLowerCase()));
  const actions = scripts.flatMap((s) => (JSON.parse(s.Content) as { actions: Record<string, unknown>[] }).actions);
  const outcomes = actions.map((a) => ({ ErrorCode: 0, Outcome: '0', OutcomeText: null, Target: null, TargetId: null, Title: actionTitle(a) }));
  return collection(c, 'Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteScriptActionResult', outcomes);
};

/** `AddSiteDesignTask` with `{ siteDesignId, webUrl }`: the task that will apply the design. */
const addSiteDesignTask: SpHandler = (c) => {
  const { design, site, problem } = designFor(c);
  if (!design || !site) return problem ?? badJson(c.request);
  const task = { ID: randomUUID(), LogonName: null, SiteDesignID: design.Id, SiteDesignStore: 0, SiteID: site.Id, WebID: site.rootWeb.Id };
  return entity(c, 'Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteDesignTask', task);
};

export const siteDesignRoutes: Route[] = [
  sp('POST', `${UTILITY}\\.CreateSiteScript(?:\\(.*\\))?`, FULL, createSiteScript),
  sp('POST', `${UTILITY}\\.GetSiteScripts`, READ, getSiteScripts),
  sp('POST', `${UTILITY}\\.CreateSiteDesign`, FULL, createSiteDesign),
  sp('POST', `${UTILITY}\\.GetSiteDesigns`, READ, getSiteDesigns),
  sp('POST', `${UTILITY}\\.ApplySiteDesign`, FULL, applySiteDesign),
  sp('POST', `${UTILITY}\\.AddSiteDesignTask`, FULL, addSiteDesignTask),
];
