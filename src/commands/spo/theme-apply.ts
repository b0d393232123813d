import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY, trimSlashes } from '../kit/index.js';
import { tenantThemes, valueOf } from './shared-config-b.js';
import { SHAREPOINT_THEMES, sharePointThemeJson } from './theme-palettes.js';

/**
 * `spo theme apply`: applies a custom theme of the tenant, or with `--sharePointTheme` a standard one, to a site
 * (`thememanager/ApplyTheme` of the site), and prints what SharePoint answers (spo/theme/theme-apply).
 */
export const spoThemeApply = command({
  name: 'spo theme apply',
  description: 'Applies theme to the specified site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  permissionsWhen: ({ sharePointTheme }) => ({ sharepoint: sharePointTheme ? ['Sites.Manage.All', 'Sites.FullControl.All'] : ['Sites.FullControl.All'] }),
  options: {
    name: opt.string('Name of the theme to apply.', { short: 'n', required: true }),
    webUrl: opt.site('URL of the site to apply the theme to.', { short: 'u', required: true }),
    sharePointTheme: opt.boolean('The name is one of the standard SharePoint themes.'),
  },
  validate({ name, sharePointTheme }) {
    if (!sharePointTheme || Object.hasOwn(SHAREPOINT_THEMES, name)) return undefined;
    return `${name} is not a valid SharePoint theme. Allowed values: ${Object.keys(SHAREPOINT_THEMES).join(', ')}.`;
  },
  async run(context, { name, webUrl, sharePointTheme }) {
    const themeJson = sharePointTheme ? sharePointThemeJson(name) : (await tenantThemes(context)).find((t) => t.name.toLowerCase() === name.toLowerCase())?.themeJson;
    if (themeJson === undefined) throw new ActionError(`The theme '${name}' is not a theme of the tenant.`, { hint: "List the tenant's themes with 'spo theme list', or add --sharePointTheme for a standard theme." });
    const response = await context.http.request({
      method: 'POST',
      url: `${trimSlashes(webUrl)}/_api/thememanager/ApplyTheme`,
      headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY },
      body: { name, themeJson },
    });
    return valueOf(response.body);
  },
});
