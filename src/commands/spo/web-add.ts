import { ACCEPT, command, opt, segment, SHAREPOINT_JSON_BODY, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { CSOM_REQUEST_CONTEXT, processQuery } from './shared-sites.js';

/** `SP.PermissionKind.AddAndCustomizePages`: missing when the site forbids custom script ("NoScript"). */
const ADD_AND_CUSTOMIZE_PAGES = 10;

/**
 * `spo web add`: creates a subsite (`web/webinfos/add`); the result is its `SP.WebInformation`, as the CLI prints it.
 * `--inheritNavigation` makes the subsite use its parent's navigation, which only CSOM can set (and only where custom
 * script is allowed, as the CLI checks).
 */
export const spoWebAdd = command({
  name: 'spo web add',
  description: 'Create new subsite',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    title: opt.string('Subsite title.', { short: 't', required: true }),
    description: opt.string('Subsite description.', { short: 'd' }),
    url: opt.string('Subsite relative URL (its leaf name, e.g. subsite).', { short: 'u', required: true }),
    webTemplate: opt.string('Subsite template, e.g. STS#0 (classic team site).', { short: 'w', required: true }),
    parentWebUrl: opt.site('URL of the parent site under which to create the subsite.', { short: 'p', required: true }),
    locale: opt.number('Subsite locale LCID, e.g. 1033 for en-US (default 1033).', { short: 'l' }),
    breakInheritance: opt.boolean('Do not inherit permissions from the parent site.'),
    inheritNavigation: opt.boolean('Inherit the navigation of the parent site.'),
  },
  async run(context, o) {
    const parent = trimSlashes(o.parentWebUrl);
    const response = await context.http.request<unknown>({
      method: 'POST',
      url: `${parent}/_api/web/webinfos/add`,
      headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY },
      body: { parameters: { Url: o.url, Title: o.title, Description: o.description, Language: o.locale, WebTemplate: o.webTemplate, UseUniquePermissions: o.breakInheritance } },
    });
    if (o.inheritNavigation) await inheritNavigation(context, `${parent}/${segment(o.url)}`);
    return response.body;
  },
});

async function inheritNavigation(context: CommandContext, webUrl: string): Promise<void> {
  const permissions = await context.http.request<{ High?: string | number; Low?: string | number }>({ url: `${webUrl}/_api/web/effectivebasepermissions`, headers: { ...ACCEPT.sharepoint } });
  const low = BigInt(permissions.body.Low ?? 0);
  if ((low & (1n << BigInt(ADD_AND_CUSTOMIZE_PAGES - 1))) === 0n) {
    context.log.info('No script is enabled. Skipping the InheritParentNavigation settings.');
    return;
  }
  await processQuery(
    context,
    webUrl,
    '<SetProperty Id="6" ObjectPathId="4" Name="UseShared"><Parameter Type="Boolean">true</Parameter></SetProperty>',
    `<StaticProperty Id="0" TypeId="${CSOM_REQUEST_CONTEXT}" Name="Current" /><Property Id="2" ParentId="0" Name="Web" /><Property Id="4" ParentId="2" Name="Navigation" />`,
  );
}
