/**
 * A minimal CSOM endpoint (`/_vti_bin/client.svc/ProcessQuery`): SharePoint's client object model posts an XML request
 * of object paths (constructors, static and instance properties, method calls) and actions (evaluate a path, query an
 * object, set a property, call a method) and gets back one JSON array: a header with `ErrorInfo`, then for each action
 * its id and result. The emulator serves it only for the tenant-admin operations that have no REST equivalent (site
 * collection app catalogs, the site properties of the tenant, site listing); the object model itself lives in
 * `tenant-admin.ts`. Only what those operations send is understood; anything else answers CSOM's own error.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorResponse } from '../../types.js';

/** One XML element. */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** Parses the XML of a CSOM request (elements, attributes, text; no DTD, comments or CDATA). Throws on bad XML. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const token = /<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let at = 0;
  for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
    if (m.index !== at) throw new Error(`Bad XML at ${at}`);
    at = token.lastIndex;
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) {
      if (top.name !== m[1] || stack.length === 1) throw new Error(`Unexpected </${m[1]}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      // As XML requires: a literal line break or tab in an attribute value is a space; only &#xA; is a line feed.
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decodeEntities((a[2] ?? a[3]).replace(/[\t\n\r]/g, ' '));
      const node: XmlNode = { name: m[2], attrs, children: [], text: '' };
      top.children.push(node);
      if (m[4] !== '/') stack.push(node);
    } else if (m[5] !== undefined) {
      top.text += decodeEntities(m[5]);
    }
  }
  if (at !== xml.length || stack.length !== 1) throw new Error('Unterminated XML');
  return root;
}

/** A CSOM server error: the message and type name the real service reports in `ErrorInfo`. */
export class CsomError {
  constructor(
    readonly message: string,
    readonly typeName = 'Microsoft.SharePoint.Client.ServerException',
    readonly code = -2146233088,
  ) {}
}

/** A plain value a method returns (a boolean, a string, a list): CSOM answers it as the method action's result. */
export class CsomValue {
  constructor(readonly value: unknown) {}
}

/** A value of the client object model: what a path evaluates to, queried, set or called. */
export interface CsomObject {
  /** `_ObjectType_` of the object. */
  readonly type: string;
  property?(name: string): CsomObject | CsomError;
  method?(name: string, args: readonly unknown[]): CsomObject | CsomValue | null | CsomError;
  set?(name: string, value: unknown): CsomError | undefined;
  /** The object's properties (what a `Query` returns). */
  json?(): Record<string, unknown>;
}

/** Where paths start: `new Tenant()`, `RequestContext.Current`, and objects named by identity (operations). */
export interface CsomRoots {
  construct(typeId: string): CsomObject | CsomError;
  staticProperty(typeId: string, name: string): CsomObject | CsomError;
  identity(name: string): CsomObject | CsomError;
}

/** `<Parameter Type="String">x</Parameter>` → 'x'; booleans and numbers typed; a `TypeId` parameter → its properties. */
function parameterValue(node: XmlNode): unknown {
  if (node.attrs.TypeId !== undefined && node.children.length > 0) {
    return Object.fromEntries(node.children.filter((c) => c.name === 'Property').map((p) => [p.attrs.Name, parameterValue(p)]));
  }
  const type = node.attrs.Type ?? 'String';
  if (type === 'Null') return null;
  if (type === 'Array') return node.children.filter((c) => c.name === 'Object').map(parameterValue);
  if (type === 'Boolean') return node.text.trim().toLowerCase() === 'true';
  if (/^(U?Int\d+|Double|Single|Enum)$/.test(type)) return Number(node.text);
  return node.text;
}

function parametersOf(node: XmlNode): unknown[] {
  const list = node.children.find((c) => c.name === 'Parameters');
  return (list?.children ?? []).filter((c) => c.name === 'Parameter').map(parameterValue);
}

/** Evaluates one request against the roots; the JSON array CSOM answers. */
export function processQuery(xml: string, roots: CsomRoots): unknown[] {
  let request: XmlNode | undefined;
  try {
    request = parseXml(xml).children.find((c) => c.name === 'Request');
  } catch {
    request = undefined;
  }
  if (!request) return [header(new CsomError('The request is not a valid client request.', 'Microsoft.SharePoint.Client.InvalidClientQueryException', -2147024809))];
  const paths = new Map<string, XmlNode>();
  for (const node of request.children.find((c) => c.name === 'ObjectPaths')?.children ?? []) paths.set(node.attrs.Id, node);
  const evaluated = new Map<string, CsomObject | null | CsomError>();
  const resolve = (id: string): CsomObject | null | CsomError => {
    const known = evaluated.get(id);
    if (known !== undefined) return known;
    const value = evaluatePath(paths.get(id), roots, resolve);
    evaluated.set(id, value);
    return value;
  };
  const results: unknown[] = [];
  for (const action of request.children.find((c) => c.name === 'Actions')?.children ?? []) {
    const outcome = runAction(action, resolve);
    if (outcome instanceof CsomError) return [header(outcome)];
    if (outcome !== undefined) results.push(Number(action.attrs.Id), outcome);
  }
  return [header(), ...results];
}

function evaluatePath(node: XmlNode | undefined, roots: CsomRoots, resolve: (id: string) => CsomObject | null | CsomError): CsomObject | null | CsomError {
  if (!node) return new CsomError('The object path is not known.', 'Microsoft.SharePoint.Client.InvalidClientQueryException');
  if (node.name === 'Constructor') return roots.construct(node.attrs.TypeId ?? '');
  if (node.name === 'StaticProperty') return roots.staticProperty(node.attrs.TypeId ?? '', node.attrs.Name ?? '');
  if (node.name === 'Identity') return roots.identity(node.attrs.Name ?? '');
  const parent = resolve(node.attrs.ParentId ?? '');
  if (parent === null || parent instanceof CsomError) return parent ?? new CsomError('Object reference not set to an instance of an object.');
  if (node.name === 'Property') return parent.property ? parent.property(node.attrs.Name) : notSupported(parent, node.attrs.Name);
  // A method may return null (CSOM's "no object"): only a missing method is unsupported.
  if (node.name === 'Method') {
    const result = parent.method ? parent.method(node.attrs.Name, parametersOf(node)) : notSupported(parent, node.attrs.Name);
    return result instanceof CsomValue ? new CsomError(`The method '${node.attrs.Name}' returns a value, not an object.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException') : result;
  }
  return new CsomError(`The object path '${node.name}' is not supported.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
}

function notSupported(object: CsomObject, member: string): CsomError {
  return new CsomError(`The method or property '${member}' of type '${object.type}' is not supported by this service.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
}

/** One action: its result for the response, undefined when it has none, or the error that ends the request. */
function runAction(action: XmlNode, resolve: (id: string) => CsomObject | null | CsomError): unknown {
  const target = resolve(action.attrs.ObjectPathId ?? '');
  if (target instanceof CsomError) return target;
  switch (action.name) {
    case 'ObjectPath':
      return { IsNull: target === null };
    case 'Query':
    case 'ObjectIdentityQuery':
      if (target === null) return new CsomError('Object reference not set to an instance of an object.');
      return { _ObjectType_: target.type, ...target.json?.() };
    case 'SetProperty': {
      if (target === null) return new CsomError('Object reference not set to an instance of an object.');
      const value = parameterValue(action.children.find((c) => c.name === 'Parameter') ?? { name: 'Parameter', attrs: { Type: 'Null' }, children: [], text: '' });
      return target.set ? target.set(action.attrs.Name, value) : notSupported(target, action.attrs.Name);
    }
    case 'Method': {
      if (target === null) return new CsomError('Object reference not set to an instance of an object.');
      const result = target.method ? target.method(action.attrs.Name, parametersOf(action)) : notSupported(target, action.attrs.Name);
      if (result instanceof CsomValue) return result.value;
      return result instanceof CsomError ? result : undefined;
    }
    default:
      return new CsomError(`The action '${action.name}' is not supported.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
  }
}

function header(error?: CsomError): Record<string, unknown> {
  const correlation = randomUUID();
  return {
    SchemaVersion: '15.0.0.0',
    LibraryVersion: '16.0.25000.12000',
    ErrorInfo: error
      ? { ErrorMessage: error.message, ErrorValue: null, TraceCorrelationId: correlation, ErrorCode: error.code, ErrorTypeName: error.typeName }
      : null,
    TraceCorrelationId: correlation,
  };
}

/** CSOM answers 200 with the JSON array, errors included (they are in the header's `ErrorInfo`). */
export function csomResponse(body: unknown[]): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}

/** CSOM's date format: `/Date(2024,0,15,9,30,0,0)/` (month from 0). */
export function csomDate(iso: string): string {
  const d = new Date(iso);
  return `/Date(${d.getUTCFullYear()},${d.getUTCMonth()},${d.getUTCDate()},${d.getUTCHours()},${d.getUTCMinutes()},${d.getUTCSeconds()},${d.getUTCMilliseconds()})/`;
}

/** CSOM's GUID format: `/Guid(…)/`. */
export function csomGuid(id: string): string {
  return `/Guid(${id})/`;
}
