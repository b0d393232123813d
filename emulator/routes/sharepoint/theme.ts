/**
 * Site themes (`_api/thememanager/…`, SharePoint's site theming REST API): the tenant's theme store (read anywhere,
 * changed with full control), and applying a theme to a web. Their state lives here, per tenant and per web.
 */
import type { EmulatorResponse, Route, TenantState } from '../../types.js';
import { badJson, entity, jsonBody, spError } from './odata.js';
import { FULL, READ, sp, type SpContext, type SpHandler } from './route.js';
import { tenantWide } from './tenant-admin.js';
import type { SharePointWeb } from './web.js';

export interface TenantTheme {
  name: string;
  /** The theme as JSON text: `{"isInverted":…,"name":…,"palette":{…}}`. */
  themeJson: string;
}

const stores = new WeakMap<TenantState, TenantTheme[]>();
const applied = new WeakMap<SharePointWeb, TenantTheme>();

/** The tenant's custom themes (none until some are added). */
export function themesOf(state: TenantState): TenantTheme[] {
  let found = stores.get(state);
  if (!found) {
    found = [];
    stores.set(state, found);
  }
  return found;
}

/** The theme last applied to a web, if any. */
export function appliedTheme(web: SharePointWeb): TenantTheme | undefined {
  return applied.get(web);
}

/** Applying a theme changes the look of a site: its owner may (Manage or FullControl). */
const MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];

function edmBoolean(c: SpContext, value: boolean): EmulatorResponse {
  return entity(c, 'Edm.Boolean', { value });
}

const badTheme = (c: SpContext, message: string): EmulatorResponse => spError(c.request, 400, '-2147024809, System.ArgumentException', message);

/** `{ name, themeJson }` of a request body, the theme JSON holding a palette object. */
function themeOf(c: SpContext): TenantTheme | EmulatorResponse {
  let body;
  try {
    body = jsonBody(c.request);
  } catch {
    return badJson(c.request);
  }
  const name = typeof body?.name === 'string' ? body.name.trim() : '';
  if (name === '') return badTheme(c, 'The theme name cannot be empty.');
  const themeJson = typeof body?.themeJson === 'string' ? body.themeJson : '';
  let palette: unknown;
  try {
    palette = (JSON.parse(themeJson) as { palette?: unknown }).palette;
  } catch {
    palette = undefined;
  }
  if (typeof palette !== 'object' || palette === null || Array.isArray(palette)) return badTheme(c, 'The theme JSON must have a palette.');
  return { name, themeJson };
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const getThemingOptions: SpHandler = (c) =>
  entity(c, 'SP.Utilities.ThemingOptions', { hideDefaultThemes: false, themePreviews: themesOf(c.state).map((t) => ({ name: t.name, themeJson: t.themeJson })) });

const addTenantTheme: SpHandler = (c) => {
  const theme = themeOf(c);
  if ('status' in theme) return theme;
  const store = themesOf(c.state);
  if (store.some((t) => sameName(t.name, theme.name))) return spError(c.request, 400, '-2146232832, Microsoft.SharePoint.SPException', `A theme with the name "${theme.name}" already exists.`);
  store.push(theme);
  return edmBoolean(c, true);
};

const updateTenantTheme: SpHandler = (c) => {
  const theme = themeOf(c);
  if ('status' in theme) return theme;
  const existing = themesOf(c.state).find((t) => sameName(t.name, theme.name));
  if (!existing) return spError(c.request, 404, '-2146232832, Microsoft.SharePoint.SPException', `The theme "${theme.name}" does not exist.`);
  existing.themeJson = theme.themeJson;
  return edmBoolean(c, true);
};

const applyTheme: SpHandler = (c) => {
  const theme = themeOf(c);
  if ('status' in theme) return theme;
  applied.set(c.web, theme);
  return edmBoolean(c, true);
};

export const themeRoutes: Route[] = [
  tenantWide('POST', 'thememanager/GetTenantThemingOptions', READ, getThemingOptions),
  tenantWide('POST', 'thememanager/AddTenantTheme', FULL, addTenantTheme),
  tenantWide('POST', 'thememanager/UpdateTenantTheme', FULL, updateTenantTheme),
  sp('POST', 'thememanager/ApplyTheme', MANAGE, applyTheme),
];
