import { command, opt, rules, segment, splitList, type OptionValues } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { GRAPH_JSON, appObjectId, graphUrl } from './shared.js';

const PLATFORMS = ['spa', 'web', 'publicClient'] as const;

const options = {
  appId: opt.guid('Application (client) ID. Specify appId, objectId or name.'),
  objectId: opt.guid('Object ID of the application.'),
  name: opt.string('Display name of the application.'),
  uris: opt.string('Comma-separated Application ID URIs.', { short: 'u' }),
  redirectUris: opt.string('Comma-separated redirect URIs to add (needs --platform).', { short: 'r' }),
  platform: opt.enum(PLATFORMS, 'Platform of the redirect URIs.', { short: 'p' }),
  redirectUrisToRemove: opt.string('Comma-separated redirect URIs to remove (from every platform).'),
  certificateFile: opt.file('Path to a file with a certificate (public key) to add.'),
  certificateBase64Encoded: opt.string('Base64 of a certificate (public key) to add.'),
  certificateDisplayName: opt.string('Display name of the certificate.'),
  allowPublicClientFlows: opt.boolean('true or false: allow public client flows.'),
};
type SetOptions = OptionValues<typeof options>;

/**
 * `entra app set`: updates an app registration: Application ID URIs, redirect URIs (added per platform, removed from
 * all), a certificate (added beside the existing ones), public client flows, and any other property given as an
 * option of its own (`--description "…"`), like the CLI. Prints nothing.
 */
export const entraAppSet = command({
  name: 'entra app set',
  aliases: ['entra appregistration set'],
  description: 'Updates Entra app registration',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
  options,
  rules: [rules.exactlyOne('appId', 'objectId', 'name'), rules.atMostOne('certificateFile', 'certificateBase64Encoded')],
  allowUnknownOptions: true,
  validate: (o) => {
    if (o.redirectUris !== undefined && o.platform === undefined) return 'When you specify redirectUris you also need to specify platform';
    if (o.certificateDisplayName !== undefined && o.certificateFile === undefined && o.certificateBase64Encoded === undefined) return 'When you specify certificateDisplayName you also need to specify certificateFile or certificateBase64Encoded';
    return undefined;
  },
  async run(context, o, extra) {
    const id = await appObjectId(context, o);
    const patch = (body: Record<string, unknown>): Promise<unknown> => context.http.request({ method: 'PATCH', url: graphUrl(context, `applications/${segment(id)}`), headers: { ...GRAPH_JSON }, body });
    if (Object.keys(extra).length > 0) await patch({ ...extra });
    if (o.uris !== undefined) await patch({ identifierUris: splitList(o.uris) });
    if (o.redirectUris !== undefined || o.redirectUrisToRemove !== undefined) await patch(await redirectUpdate(context, id, o));
    if (o.allowPublicClientFlows !== undefined) await patch({ isFallbackPublicClient: o.allowPublicClientFlows });
    if (o.certificateFile !== undefined || o.certificateBase64Encoded !== undefined) await patch(await certificateUpdate(context, id, o));
    return undefined;
  },
});

interface RedirectUris {
  redirectUris: string[];
}

/** The redirect URIs of every platform after removing and adding (each platform's list is replaced as a whole). */
async function redirectUpdate(context: CommandContext, id: string, o: SetOptions): Promise<Record<string, RedirectUris>> {
  const url = graphUrl(context, `applications/${segment(id)}?$select=publicClient,spa,web`);
  const app = (await context.http.request<Record<(typeof PLATFORMS)[number], RedirectUris | undefined>>({ url, headers: { ...GRAPH_JSON } })).body;
  const remove = splitList(o.redirectUrisToRemove);
  const add = splitList(o.redirectUris);
  const update: Record<string, RedirectUris> = {};
  for (const platform of PLATFORMS) {
    const current = (app[platform]?.redirectUris ?? []).filter((u) => !remove.includes(u));
    const added = platform === o.platform ? add.filter((u) => !current.includes(u)) : [];
    update[platform] = { redirectUris: [...current, ...added] };
  }
  return update;
}

/** The app's key credentials with the new certificate (Graph replaces the whole list; the same key is not doubled). */
async function certificateUpdate(context: CommandContext, id: string, o: SetOptions): Promise<{ keyCredentials: Record<string, unknown>[] }> {
  const key = o.certificateBase64Encoded ?? (await context.files.readFile(o.certificateFile ?? '', 1_000_000)).toString('base64');
  const url = graphUrl(context, `applications/${segment(id)}?$select=keyCredentials`);
  const current = (await context.http.request<{ keyCredentials?: Record<string, unknown>[] }>({ url, headers: { ...GRAPH_JSON } })).body.keyCredentials ?? [];
  const kept = current.filter((k) => k.key !== key);
  return { keyCredentials: [...kept, { type: 'AsymmetricX509Cert', usage: 'Verify', displayName: o.certificateDisplayName, key }] };
}
