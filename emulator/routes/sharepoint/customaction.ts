/**
 * User custom actions (`SP.UserCustomAction`) of a web (`_api/Web/UserCustomActions`, scope 3) and of a site collection
 * (`_api/Site/UserCustomActions`, scope 2): list (with `$filter`), get by ID (`odata.null` when there is none), add,
 * and delete (`X-HTTP-Method: DELETE`). Adding to a web needs ManageWeb (Sites.Manage.All); a site collection's
 * custom actions need its admin (Sites.FullControl.All). As in SharePoint, a custom action with script (`ScriptSrc`,
 * `ScriptBlock`) is refused on a site where custom script is not allowed (NoScript).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route } from '../../types.js';
import { bodyOf, methodOf } from './list.js';
import { collection, entity, spError, unquote, unsupportedFilter, type ODataScope } from './odata.js';
import { FULL, READ, sp, type SpContext } from './route.js';
import type { SharePointSite } from './site.js';
import type { SharePointWeb } from './web.js';

export type UserCustomAction = Record<string, unknown> & { Id: string; Scope: number };

const MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
const actions = new WeakMap<SharePointSite | SharePointWeb, UserCustomAction[]>();

/** The custom actions of a web or a site collection (its scope). */
export function customActionsOf(owner: SharePointSite | SharePointWeb): UserCustomAction[] {
  let list = actions.get(owner);
  if (!list) {
    list = [];
    actions.set(owner, list);
  }
  return list;
}

function scopeOf(c: SpContext): { owner: SharePointSite | SharePointWeb; scope: number } {
  return c.params.scope.toLowerCase() === 'site' ? { owner: c.site, scope: 2 } : { owner: c.web, scope: 3 };
}

function denied(request: EmulatorRequest): EmulatorResponse {
  return spError(request, 403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
}

/** Whether the caller's roles include one of `roles` (routes let readers in; writes check again). */
function holds(request: EmulatorRequest, roles: readonly string[]): boolean {
  return (request.token?.roles ?? []).some((r) => roles.includes(r));
}

const SCOPE = '(?<scope>web|site)/UserCustomActions';
const BY_ID = `${SCOPE}(?:\\(guid'(?<id>[0-9a-f-]{36})'\\)|\\('(?<id2>[0-9a-f-]{36})'\\))`;

/**
 * The `$filter` expressions SharePoint evaluates on custom actions, as far as clients send them: comparisons
 * (`Title eq '…'`, `ClientSideComponentId eq guid'…'`) and `startswith(Location,'…')`, joined by `and`, in parentheses
 * or not. Undefined for anything else.
 */
function customActionFilter(filter: string | null): ((action: UserCustomAction) => boolean) | undefined {
  if (!filter) return () => true;
  const tests: ((action: UserCustomAction) => boolean)[] = [];
  for (const raw of filter.split(/\s+and\s+/i)) {
    const part = raw.trim().replace(/^\((.*)\)$/, '$1').trim();
    const starts = /^startswith\((\w+),\s*'((?:[^']|'')*)'\)$/i.exec(part);
    const equals = /^(\w+)\s+eq\s+(guid)?'((?:[^']|'')*)'$/i.exec(part);
    if (starts) tests.push((a) => String(a[starts[1]] ?? '').startsWith(unquote(starts[2])));
    else if (equals) tests.push((a) => (equals[2] ? String(a[equals[1]]).toLowerCase() === equals[3].toLowerCase() : a[equals[1]] === unquote(equals[3])));
    else return undefined;
  }
  return (a) => tests.every((t) => t(a));
}

function list(c: SpContext): EmulatorResponse {
  const filter = customActionFilter(c.request.query.get('$filter'));
  if (!filter) return unsupportedFilter(c.request);
  return collection(c, 'SP.UserCustomAction', customActionsOf(scopeOf(c).owner).filter(filter));
}

function byId(c: SpContext): UserCustomAction | undefined {
  const id = (c.params.id ?? c.params.id2 ?? '').toLowerCase();
  return customActionsOf(scopeOf(c).owner).find((a) => a.Id === id);
}

function get(c: SpContext): EmulatorResponse {
  const action = byId(c);
  return action ? entity(c, 'SP.UserCustomAction', action) : nullAnswer(c);
}

function nullAnswer(c: ODataScope): EmulatorResponse {
  return entity(c, 'SP.UserCustomAction', { 'odata.null': true });
}

function remove(c: SpContext): EmulatorResponse {
  if (methodOf(c.request) !== 'DELETE') return spError(c.request, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The type SP.UserCustomAction does not support HTTP POST method.');
  const { owner, scope } = scopeOf(c);
  if (!holds(c.request, scope === 2 ? FULL : MANAGE)) return denied(c.request);
  const action = byId(c);
  if (!action) return nullAnswer(c);
  const all = customActionsOf(owner);
  all.splice(all.indexOf(action), 1);
  return { status: 200, headers: {} };
}

const TEXT = ['Title', 'Name', 'Location', 'Group', 'Description', 'Url', 'ImageUrl', 'CommandUIExtension', 'RegistrationId', 'ScriptBlock', 'ScriptSrc'] as const;

function add(c: SpContext): EmulatorResponse {
  const { owner, scope } = scopeOf(c);
  if (!holds(c.request, scope === 2 ? FULL : MANAGE)) return denied(c.request);
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const body = parsed.body;
  const noScript = Number(c.site.properties?.DenyAddAndCustomizePages ?? 2) !== 1;
  if (noScript && (body.ScriptSrc || body.ScriptBlock)) return denied(c.request);
  const action: UserCustomAction = {
    ClientSideComponentId: typeof body.ClientSideComponentId === 'string' ? body.ClientSideComponentId.toLowerCase() : ZERO_GUID,
    ClientSideComponentProperties: typeof body.ClientSideComponentProperties === 'string' ? body.ClientSideComponentProperties : '',
    CommandUIExtension: null,
    Description: null,
    Group: null,
    HostProperties: typeof body.HostProperties === 'string' ? body.HostProperties : '',
    Id: randomUUID(),
    ImageUrl: null,
    Location: null,
    Name: null,
    RegistrationId: null,
    RegistrationType: typeof body.RegistrationType === 'number' ? body.RegistrationType : 0,
    Rights: typeof body.Rights === 'object' && body.Rights !== null ? body.Rights : { High: '0', Low: '0' },
    Scope: scope,
    ScriptBlock: null,
    ScriptSrc: null,
    Sequence: typeof body.Sequence === 'number' ? body.Sequence : 0,
    Title: null,
    Url: null,
    VersionOfUserCustomAction: '16.0.1.0',
  };
  for (const key of TEXT) if (typeof body[key] === 'string') action[key] = body[key];
  customActionsOf(owner).push(action);
  return entity(c, 'SP.UserCustomAction', action, 200);
}

export const customActionRoutes: Route[] = [
  sp('GET', SCOPE, READ, list),
  sp('GET', BY_ID, READ, get),
  // Writers are checked per scope in the handlers (a web's custom actions need less than a site collection's).
  sp('POST', SCOPE, MANAGE, add),
  sp('POST', BY_ID, MANAGE, remove),
  sp('DELETE', BY_ID, MANAGE, remove),
];
