/**
 * Fields (columns) of a web (site columns) and of a list: `fields`, `fields/getbyid('…')`,
 * `fields/getbyinternalnameortitle('…')` and `fields/CreateFieldAsXml`, which the CLI's `spo field add` posts. A list's
 * fields start as the standard ones of its template plus one per value seen on its seeded items; added fields are kept.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorResponse, Route } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import { isLibrary, LIST, withList, type SharePointList } from './list.js';
import { badJson, collection, entity, jsonBody, pageBySkip, spError, unquote } from './odata.js';
import { pathOf, READ, sp, WRITE, type SpContext, type SpHandler } from './route.js';
import type { SharePointWeb } from './web.js';

export interface SpField {
  Id: string;
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Group: string;
  Description: string;
  Required: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  Indexed: boolean;
  DefaultValue: string | null;
  SchemaXml: string;
}

/** SharePoint's FieldTypeKind of each type name the emulator knows. */
const KINDS: Record<string, number> = {
  Counter: 5, Text: 2, Note: 3, DateTime: 4, Choice: 6, Lookup: 7, Boolean: 8, Number: 9, Currency: 10, URL: 11,
  Computed: 12, MultiChoice: 15, User: 20, File: 18, Attachments: 19, ContentTypeId: 25,
};

function field(scope: string, name: string, title: string, type: string, extra: Partial<SpField> = {}): SpField {
  const id = extra.Id ?? seedGuid(`field:${scope}:${name}`);
  const base: SpField = {
    Id: id, InternalName: name, Title: title, TypeAsString: type, Group: 'Custom Columns', Description: '', Required: false, Hidden: false,
    ReadOnlyField: false, Indexed: name === 'ID', DefaultValue: null, SchemaXml: '', ...extra,
  };
  base.SchemaXml ||= `<Field Type="${type}" DisplayName="${escapeXml(title)}" ID="{${id}}" StaticName="${name}" Name="${name}" />`;
  return base;
}

/** The columns every list (or library) has, as SharePoint creates them. */
function standardFields(list: SharePointList): SpField[] {
  const s = list.Id;
  const system = { ReadOnlyField: true, Group: '_Hidden' };
  const common = [
    field(s, 'ID', 'ID', 'Counter', system),
    field(s, 'ContentType', 'Content Type', 'Computed', { Group: '_Hidden' }),
    field(s, 'Modified', 'Modified', 'DateTime', system),
    field(s, 'Created', 'Created', 'DateTime', system),
    field(s, 'Author', 'Created By', 'User', system),
    field(s, 'Editor', 'Modified By', 'User', system),
  ];
  if (isLibrary(list)) return [field(s, 'FileLeafRef', 'Name', 'File', { Required: true }), field(s, 'Title', 'Title', 'Text'), ...common];
  return [field(s, 'Title', 'Title', 'Text', { Required: true }), ...common, field(s, 'Attachments', 'Attachments', 'Attachments')];
}

/** A column for a value seen on a seeded item: its type from the value. */
function inferredField(list: SharePointList, name: string, value: unknown): SpField {
  const type = typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : /^\d{4}-\d\d-\d\dT/.test(String(value)) ? 'DateTime' : 'Text';
  return field(list.Id, name, name, type);
}

/** Item keys that are not columns of their own (kept beside the values, or shown under another name). */
const NOT_COLUMNS = new Set(['Id', 'file', 'folder', 'page', 'FileRef', 'FileDirRef', 'FSObjType', 'GUID', 'ContentTypeId', 'Created', 'Modified']);

/** The list's fields, created on first use from its template and its seeded items. */
export function fieldsOf(list: SharePointList): SpField[] {
  if (list.fields) return list.fields;
  const fields = standardFields(list);
  for (const item of list.items.slice(0, 50)) {
    for (const [name, value] of Object.entries(item)) {
      if (NOT_COLUMNS.has(name) || fields.some((f) => f.InternalName === name)) continue;
      fields.push(inferredField(list, name, value));
    }
  }
  list.fields = fields;
  return fields;
}

/** The field of the list with this internal name (case-insensitive, as SharePoint matches form values). */
export function fieldNamed(list: SharePointList, name: string): SpField | undefined {
  const lower = name.toLowerCase();
  return fieldsOf(list).find((f) => f.InternalName.toLowerCase() === lower);
}

/** Adds a column to a list unless it has one of that name (a template's own columns, e.g. those of Site Pages). */
export function ensureField(list: SharePointList, name: string, title: string, type: string): void {
  if (fieldNamed(list, name) === undefined) fieldsOf(list).push(field(list.Id, name, title, type));
}

const webFields = new WeakMap<SharePointWeb, SpField[]>();

/** Site columns of a web: a few of SharePoint's own, and those added since. */
function siteColumnsOf(web: SharePointWeb): SpField[] {
  let fields = webFields.get(web);
  if (!fields) {
    const scope = web.Url;
    fields = [
      field(scope, 'Title', 'Title', 'Text', { Group: 'Custom Columns', Required: true }),
      field(scope, 'Created', 'Created', 'DateTime', { Group: '_Hidden', ReadOnlyField: true }),
      field(scope, 'Modified', 'Modified', 'DateTime', { Group: '_Hidden', ReadOnlyField: true }),
      field(scope, 'Author', 'Created By', 'User', { Group: '_Hidden', ReadOnlyField: true }),
      field(scope, 'Editor', 'Modified By', 'User', { Group: '_Hidden', ReadOnlyField: true }),
      field(scope, 'Comments', 'Comments', 'Note', { Group: 'Core Document Columns' }),
      field(scope, 'StartDate', 'Start Date', 'DateTime', { Group: 'Core Task and Issue Columns' }),
    ];
    webFields.set(web, fields);
  }
  return fields;
}

export function fieldJson(scopePath: string, f: SpField): Record<string, unknown> {
  return {
    AutoIndexed: false, CanBeDeleted: !f.ReadOnlyField, ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    ClientSideComponentProperties: null, ClientValidationFormula: null, ClientValidationMessage: null, CustomFormatter: null,
    DefaultFormula: null, DefaultValue: f.DefaultValue, Description: f.Description, Direction: 'none', EnforceUniqueValues: false,
    EntityPropertyName: f.InternalName, Filterable: true, FromBaseType: f.Group === '_Hidden', Group: f.Group, Hidden: f.Hidden, Id: f.Id,
    Indexed: f.Indexed, IndexStatus: 0, InternalName: f.InternalName, IsModern: false, JSLink: 'clienttemplates.js', PinnedToFiltersPane: false,
    ReadOnlyField: f.ReadOnlyField, Required: f.Required, SchemaXml: f.SchemaXml, Scope: scopePath, Sealed: f.ReadOnlyField,
    ShowInFiltersPane: 0, Sortable: true, StaticName: f.InternalName, Title: f.Title, FieldTypeKind: KINDS[f.TypeAsString] ?? 0,
    TypeAsString: f.TypeAsString, TypeDisplayName: f.TypeAsString, TypeShortDescription: f.TypeAsString, ValidationFormula: null, ValidationMessage: null,
  };
}

/** The fields a request addresses (the list's when the path names one, else the web's site columns) and their scope. */
function scopeOf(c: SpContext, list: SharePointList | undefined): { fields: SpField[]; scope: string } {
  if (list) return { fields: fieldsOf(list), scope: list.RootFolderServerRelativeUrl };
  return { fields: siteColumnsOf(c.web), scope: pathOf(c.web.Url) || '/' };
}

/** A handler for both `web/fields…` and `web/<list>/fields…`. */
function onFields(handler: (c: SpContext, list: SharePointList | undefined) => EmulatorResponse): { web: SpHandler; list: SpHandler } {
  return { web: (c) => handler(c, undefined), list: withList(handler) };
}

const list = onFields((c, l) => {
  const { fields, scope } = scopeOf(c, l);
  const { page, next } = pageBySkip(c.request, fields);
  return collection(c, 'SP.Field', page.map((f) => fieldJson(scope, f)), next);
});

const get = onFields((c, l) => {
  const { fields, scope } = scopeOf(c, l);
  const id = c.params.fieldId;
  const name = unquote(c.params.fieldName);
  const found = id !== undefined ? fields.find((f) => f.Id.toLowerCase() === id.toLowerCase()) : fields.find((f) => f.InternalName === name) ?? fields.find((f) => f.Title === name);
  if (found) return entity(c, 'SP.Field', fieldJson(scope, found));
  const what = id !== undefined ? `Invalid field name. {${id}}` : `Column '${name}' does not exist. It may have been deleted by another user.`;
  return spError(c.request, 404, '-2147024809, System.ArgumentException', `${what}  ${scope}`);
});

/** The value of an attribute of the `<Field …>` element. */
function attribute(xml: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(xml);
  return match ? unescapeXml(match[2] ?? match[3]) : undefined;
}

/** `AddFieldInternalNameHint` (8) takes the internal name from `Name`; otherwise SharePoint derives it from the display name. */
function internalNameOf(xml: string, options: number, displayName: string): string {
  const hinted = (options & 8) !== 0 ? attribute(xml, 'Name') ?? attribute(xml, 'StaticName') : undefined;
  return hinted ?? displayName.replace(/ /g, '_x0020_').replace(/[^A-Za-z0-9_]/g, '').slice(0, 32);
}

const create = onFields((c, l) => {
  let body: { parameters?: { SchemaXml?: string; Options?: number } } | undefined;
  try {
    body = jsonBody(c.request) as typeof body;
  } catch {
    return badJson(c.request);
  }
  const xml = body?.parameters?.SchemaXml ?? '';
  const { fields, scope } = scopeOf(c, l);
  const type = attribute(xml, 'Type');
  const displayName = attribute(xml, 'DisplayName') ?? attribute(xml, 'Name');
  if (!/^\s*<Field[\s>]/i.test(xml) || type === undefined || displayName === undefined) {
    return spError(c.request, 400, '-2130575340, Microsoft.SharePoint.SPException', 'Field type is not installed properly. Go to the list settings page to delete this field.');
  }
  const name = internalNameOf(xml, body?.parameters?.Options ?? 0, displayName);
  if (fields.some((f) => f.InternalName.toLowerCase() === name.toLowerCase())) {
    return spError(c.request, 500, '-2130575342, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`);
  }
  const id = /^\{?([0-9a-f-]{36})\}?$/i.exec(attribute(xml, 'ID') ?? '')?.[1] ?? randomUUID();
  const added = field(scope, name, displayName, type, {
    Id: id,
    Group: attribute(xml, 'Group') ?? 'Custom Columns',
    Description: attribute(xml, 'Description') ?? '',
    Required: (attribute(xml, 'Required') ?? '').toUpperCase() === 'TRUE',
    Indexed: (attribute(xml, 'Indexed') ?? '').toUpperCase() === 'TRUE',
    DefaultValue: /<Default>([\s\S]*?)<\/Default>/i.exec(xml)?.[1] ?? null,
    SchemaXml: attribute(xml, 'ID') !== undefined ? xml : xml.replace(/^\s*<Field/i, `<Field ID="{${id}}"`),
  });
  fields.push(added);
  return entity(c, 'SP.Field', fieldJson(scope, added));
});

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const BY_ID = "fields/getbyid\\('(?<fieldId>[0-9a-f-]{36})'\\)";
const BY_NAME = "fields/getbyinternalnameortitle\\('(?<fieldName>(?:[^']|'')*)'\\)";

export const fieldRoutes: Route[] = [
  sp('GET', 'web/fields', READ, list.web),
  sp('GET', `web/${LIST}/fields`, READ, list.list),
  sp('GET', `web/${BY_ID}`, READ, get.web),
  sp('GET', `web/${LIST}/${BY_ID}`, READ, get.list),
  sp('GET', `web/${BY_NAME}`, READ, get.web),
  sp('GET', `web/${LIST}/${BY_NAME}`, READ, get.list),
  sp('POST', 'web/fields/CreateFieldAsXml', WRITE, create.web),
  sp('POST', `web/${LIST}/fields/CreateFieldAsXml`, WRITE, create.list),
];
