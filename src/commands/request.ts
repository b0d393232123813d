import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Cloud } from '../clouds.js';
import { ActionError } from '../errors.js';
import { stringOption, trimSlashes } from './shared/sharepoint.js';
import type { CommandDefinition, OptionSchema, Options } from './types.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

const OPTIONS: readonly OptionSchema[] = [
  { name: 'url', short: 'u', type: 'string', required: true, description: 'URL to call (https, or starting with @graph, @graphbeta or @spo).' },
  { name: 'method', short: 'm', type: 'string', enum: METHODS, description: 'HTTP method. Default: get.' },
  {
    name: 'resource',
    short: 'r',
    type: 'string',
    description: 'Accepted for scripts written for the CLI; the token is always for the resource of the URL, so it must name that resource.',
  },
  { name: 'body', short: 'b', type: 'string', description: 'Request body (needs --content-type).' },
  { name: 'filePath', short: 'p', type: 'string', description: 'Save the response body to this file (binary download).' },
];

/** Options that are never headers: our schema plus the CLI's global options. */
const NOT_HEADERS = new Set([...OPTIONS.map((o) => o.name), 'output', 'query', 'debug', 'verbose', '_']);

/**
 * Expands the CLI's URL tokens: `@graph` → `<graph>/v1.0`, `@graphbeta` → `<graph>/beta`, `@spo` → the SharePoint root.
 * Exported so that the planner derives the resource from the same URL the command will call.
 */
export function resolveRequestUrl(url: string, cloud: Cloud, sharePointUrl: string | undefined): string {
  if (url.startsWith('@graphbeta')) return `${cloud.graph}/beta${url.slice('@graphbeta'.length)}`;
  if (url.startsWith('@graph')) return `${cloud.graph}/v1.0${url.slice('@graph'.length)}`;
  if (!url.startsWith('@spo')) return url;
  if (sharePointUrl === undefined) {
    throw new ActionError("SharePoint root site URL is unknown, so '@spo' cannot be resolved.", { hint: 'Set the spo-url input.' });
  }
  return `${trimSlashes(sharePointUrl)}${url.slice('@spo'.length)}`;
}

/**
 * `request`: any call to a Microsoft 365 API the catalogue does not cover. Every unknown option is a request header
 * (`--accept`, `--content-type`, `--if-match`…). The result is the parsed JSON body, or the text; with `--filePath` the
 * body is saved there and the result is the file's absolute path (the CLI prints nothing then).
 * A GET or HEAD changes nothing, so it may run concurrently with other reads; every other method is a barrier.
 */
export const request: CommandDefinition = {
  name: 'request',
  description: 'Executes the specified web request',
  resource: 'url',
  readOnly: false,
  readOnlyWhen: (options) => ['get', 'head'].includes((stringOption(options.method) ?? 'get').toLowerCase()),
  permissions: [],
  options: OPTIONS,
  allowUnknownOptions: true,
  validate: validateRequest,
  async run(context, options) {
    const url = resolveRequestUrl(String(options.url), context.cloud, context.sharePointUrl);
    const headers = headerOptions(options);
    if (headers.accept === undefined) headers.accept = 'application/json';
    const filePath = stringOption(options.filePath);
    const responseType = filePath !== undefined ? 'buffer' : headers.accept.startsWith('application/json') ? 'json' : 'text';
    const response = await context.http.request<unknown>({
      method: (stringOption(options.method) ?? 'get').toUpperCase(),
      url,
      headers,
      body: stringOption(options.body),
      responseType,
    });
    if (filePath === undefined) return response.body;
    const target = resolve(context.cwd, filePath);
    await writeFile(target, response.body as Buffer);
    context.log.debug(`File saved to path ${target}`);
    return target;
  },
};

function headerOptions(options: Options): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options)) {
    if (NOT_HEADERS.has(name) || value === undefined || value === null) continue;
    headers[name.toLowerCase()] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return headers;
}

/** The CLI's rules, plus the URL's form (the planner checks the host). */
function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return undefined;
  }
}

export function validateRequest(options: Options): string | undefined {
  const url = String(options.url ?? '');
  if (!/^(https:\/\/|@graphbeta|@graph|@spo)/.test(url)) {
    return `Option url: '${url}' is not an https URL nor does it start with @graph, @graphbeta or @spo.`;
  }
  const resource = stringOption(options.resource);
  if (resource !== undefined && url.startsWith('https://') && originOf(resource) !== originOf(url)) {
    // A token is only ever sent to the hosts of the resource it was issued for, so it cannot be asked for another one.
    return `Option resource: '${resource}' is not the resource of the URL (${originOf(url) ?? url}); the token is always for the resource of --url. Leave --resource out.`;
  }
  const body = stringOption(options.body);
  if (body !== undefined && (stringOption(options.method) ?? 'get') === 'get') return 'Specify a different method when using body';
  if (body !== undefined && headerOptions(options)['content-type'] === undefined) return 'Specify the content-type when using body';
  return undefined;
}
