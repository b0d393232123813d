import type { Resource } from '../clouds.js';
import { ActionError } from '../errors.js';
import { nodeHttp } from '../lazy-builtins.js';
import { boundEcho } from '../text.js';

/** Longest service-provided text kept in a message: error bodies can be whole HTML pages. */
const MAX_DETAIL_LENGTH = 500;
/** Longest service error code kept (they are short; a longer one is not a code). */
const MAX_CODE_LENGTH = 100;
/** Longest URL (origin and path) shown in a message: a path can come from tenant data or a redirect. */
const MAX_URL_LENGTH = 300;

/** What went wrong, as read from an error response. */
export interface ErrorResponse {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What the client knows about the request, to make the hint specific. */
export interface ErrorContext {
  /** The resource whose token was attached, if any. */
  resource?: Resource;
  /** The application permissions the command needs, as text ("Sites.Read.All or Sites.FullControl.All"). */
  permissions?: string;
}

/**
 * The URL as shown in messages: origin and path, without query or fragment (they can be long and add little to a
 * message; debug logs show them).
 */
export function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return boundEcho(`${parsed.origin}${parsed.pathname}`, MAX_URL_LENGTH);
  } catch {
    return '(invalid URL)';
  }
}

/** The reason phrase of a status code, e.g. "Not Found". */
export function statusText(status: number): string {
  return nodeHttp().STATUS_CODES[status] ?? 'Unknown Status';
}

/**
 * A service answered with an error status. `status` is the HTTP status and `code` the service's own error code (Graph's
 * `Request_ResourceNotFound`, SharePoint's `-2130575338, Microsoft.SharePoint.SPException`), kept apart so that a
 * command can ask "was it a 404?" without reading the message.
 */
export class HttpError extends ActionError {
  readonly status: number;
  /** The resource whose token was attached, if any. */
  readonly resource?: Resource;

  constructor(message: string, options: { status: number; code?: string; hint?: string; resource?: Resource; cause?: unknown }) {
    super(message, options);
    this.name = 'HttpError';
    this.status = options.status;
    this.resource = options.resource;
  }
}

/** True when `error` is a service's answer with this HTTP status. */
export function isHttpStatus(error: unknown, ...statuses: number[]): error is HttpError {
  return error instanceof HttpError && statuses.includes(error.status);
}

/**
 * Turns an error response into an HttpError a person can act on: the service's own message first, then which request
 * got which status; the hint depends on the status.
 */
export function toHttpError(response: ErrorResponse, context: ErrorContext = {}): HttpError {
  const parsed = readErrorBody(response);
  const detail = parsed.detail ?? fallbackDetail(response);
  const where = `${response.method.toUpperCase()} ${shortUrl(response.url)} returned ${response.status} ${statusText(response.status)}`;
  return new HttpError(`${detail} (${where})`, {
    status: response.status,
    code: parsed.code,
    hint: hintFor(response, context),
    resource: context.resource,
  });
}

interface ParsedError {
  detail?: string;
  code?: string;
}

/** Reads the Graph, SharePoint (nometadata/minimal and verbose) and Entra ID error shapes. */
export function readErrorBody(response: Pick<ErrorResponse, 'body' | 'headers'>): ParsedError {
  const json = parseJson(response.body);
  if (!isRecord(json)) return {};
  const spo = json['odata.error'];
  if (isRecord(spo)) return fromCodeAndMessage(spo, false);
  const error = json.error;
  if (isRecord(error)) return fromCodeAndMessage(error, true);
  if (typeof error === 'string') {
    const description = typeof json.error_description === 'string' ? firstLine(json.error_description) : undefined;
    const code = cleanCode(error);
    return { code, detail: description ? `${code}: ${description}` : code };
  }
  if (typeof json.message === 'string') return { detail: clean(json.message) };
  return {};
}

/**
 * Graph: `{ code, message: "text" }` → "code: text". SharePoint: `{ code, message: { value } }` → "value" (its codes
 * look like "-2147024891, System.UnauthorizedAccessException": useful as `code`, noise in the message).
 */
function fromCodeAndMessage(error: Record<string, unknown>, codeInMessage: boolean): ParsedError {
  const code = typeof error.code === 'string' && error.code !== '' ? cleanCode(error.code) : undefined;
  const message = error.message;
  if (isRecord(message) && typeof message.value === 'string') return { code, detail: clean(message.value) };
  if (typeof message === 'string' && message !== '') {
    const text = clean(message);
    return { code, detail: codeInMessage && code ? `${code}: ${text}` : text };
  }
  return { code, detail: code };
}

/** Plain text or HTML (proxies, gateways): the status text and the first meaningful line. */
function fallbackDetail(response: ErrorResponse): string {
  const reason = statusText(response.status);
  const fromHeader = wwwAuthenticateDescription(response.headers);
  if (fromHeader) return `${reason}: ${fromHeader}`;
  // The head of the body is enough for a title or a first line; a gateway's page can be large.
  const text = response.body.subarray(0, 64 * 1024).toString('utf8');
  const line = firstLine(looksLikeHtml(text) ? htmlText(text) : text);
  return line ? `${reason}: ${line}` : reason;
}

/** `Bearer error="invalid_token", error_description="..."` → the description (Graph sends 401s like this). */
function wwwAuthenticateDescription(headers: Record<string, string>): string | undefined {
  const match = /error_description="([^"]*)"/i.exec(headers['www-authenticate'] ?? '');
  return match?.[1] ? clean(match[1]) : undefined;
}

function hintFor(response: ErrorResponse, context: ErrorContext): string | undefined {
  return response.status === 404
    ? 'Check the URL and the id or name in it: nothing was found there (or the app cannot see it).'
    : accessHint(response.status, context);
}

/** The hint of a refused request (401, 403): what the token must carry, with the command's permissions when known. */
export function accessHint(status: number, context: ErrorContext): string | undefined {
  const audience = context.resource?.audience;
  const permissions = context.permissions || undefined;
  switch (status) {
    case 401:
      return (
        `The token was not accepted: check that it was issued for ${audience ?? 'the resource of this URL'} and that ` +
        `the app has the application permission${permissions ? ` ${permissions}` : 's this command needs'} with admin consent.`
      );
    case 403:
      return forbiddenHint(context, permissions);
    default:
      return undefined;
  }
}

function forbiddenHint(context: ErrorContext, permissions: string | undefined): string {
  const need = permissions
    ? `The app needs the application permission ${permissions}`
    : 'The app lacks the application permission this request needs';
  const base = `${need} (not a delegated one) with admin consent granted in Entra ID (App registrations > API permissions).`;
  if (context.resource?.kind !== 'sharepoint') return base;
  return (
    `${base} SharePoint refuses app-only tokens obtained with a client secret (this action uses a certificate or ` +
    `federated credential, which it accepts). With Sites.Selected, grant the app access to this site ` +
    `(Graph POST /sites/{site-id}/permissions).`
  );
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text);
}

/** The <title>, else the text without tags: good enough for a gateway's error page. */
function htmlText(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (title?.trim()) return title;
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&nbsp;/g, ' ');
}

function firstLine(text: string): string {
  const line = text.slice(0, 64 * 1024).split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  return clean(line);
}

/**
 * One line (service text must never start a new log line), trimmed and capped at a space. Only the head of a long text
 * is looked at, so that a 100 MB error body costs no 100 MB copies.
 */
function clean(text: string): string {
  const head = text.length > MAX_DETAIL_LENGTH * 2 ? text.slice(0, MAX_DETAIL_LENGTH * 2) : text;
  const single = head.replace(/[\r\n]+/g, ' ').trim();
  return single.length > MAX_DETAIL_LENGTH || head.length < text.length ? `${shortenAtSpace(single)}…` : single;
}

/** A service's error code on one line, capped: codes are short, a longer one is not a code. */
function cleanCode(code: string): string {
  const single = code.slice(0, MAX_CODE_LENGTH + 1).replace(/[\r\n]+/g, ' ').trim();
  return single.length > MAX_CODE_LENGTH ? `${single.slice(0, MAX_CODE_LENGTH)}…` : single;
}

function shortenAtSpace(text: string): string {
  if (text.length <= MAX_DETAIL_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MAX_DETAIL_LENGTH);
  return cut > MAX_DETAIL_LENGTH / 2 ? text.slice(0, cut) : text.slice(0, MAX_DETAIL_LENGTH);
}
