import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY, trimSlashes } from '../kit/index.js';

const SEARCH_SCOPES = ['DefaultScope', 'Tenant', 'Hub', 'Site'] as const;

/** An extra option's text as the web property value it stands for (the CLI takes Boolean, String and Int32 ones). */
function propertyValue(text: string): string | number | boolean {
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
}

/**
 * `spo web set`: updates a web's properties (one PATCH of `_api/web`); any other web property can be given by its
 * name, e.g. `--AllowAutomaticASPXPageIndexing false`. `--welcomePage` sets the root folder's welcome page. Like the
 * CLI, it prints nothing: the result is empty.
 */
export const spoWebSet = command({
  name: 'spo web set',
  description: 'Updates subsite properties',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    url: opt.site('URL of the subsite to update.', { short: 'u', required: true }),
    title: opt.string('New title of the subsite.', { short: 't' }),
    description: opt.string('New description of the subsite.', { short: 'd' }),
    siteLogoUrl: opt.string('New site logo URL ("" resets it to the default).'),
    quickLaunchEnabled: opt.boolean('true to enable quick launch, false to disable it.'),
    headerLayout: opt.enum(['standard', 'compact'], 'Site header: standard or compact.'),
    headerEmphasis: opt.number('Site header background: 0, 1, 2 or 3.'),
    megaMenuEnabled: opt.boolean('true for the mega menu, false for the cascading menu.'),
    footerEnabled: opt.boolean('true to enable the footer, false to disable it.'),
    navAudienceTargetingEnabled: opt.boolean('Enable or disable audience targeting of the site navigation.'),
    searchScope: opt.enum(SEARCH_SCOPES, 'Search scope of the site: DefaultScope, Tenant, Hub or Site.'),
    welcomePage: opt.string('Site-relative URL of the welcome page, e.g. SitePages/new-home.aspx.'),
  },
  allowUnknownOptions: true,
  validate: (o) =>
    o.headerEmphasis !== undefined && ![0, 1, 2, 3].includes(o.headerEmphasis)
      ? `${o.headerEmphasis} is not a valid value for headerEmphasis. Allowed values are 0|1|2|3`
      : undefined,
  async run(context, o, extra) {
    const url = trimSlashes(o.url);
    const payload: Record<string, unknown> = Object.fromEntries(Object.entries(extra).map(([name, text]) => [name, propertyValue(text)]));
    if (o.title) payload.Title = o.title;
    if (o.description) payload.Description = o.description;
    if (o.siteLogoUrl !== undefined) payload.SiteLogoUrl = o.siteLogoUrl;
    if (o.quickLaunchEnabled !== undefined) payload.QuickLaunchEnabled = o.quickLaunchEnabled;
    if (o.headerEmphasis !== undefined) payload.HeaderEmphasis = o.headerEmphasis;
    if (o.headerLayout !== undefined) payload.HeaderLayout = o.headerLayout === 'standard' ? 1 : 2;
    if (o.megaMenuEnabled !== undefined) payload.MegaMenuEnabled = o.megaMenuEnabled;
    if (o.footerEnabled !== undefined) payload.FooterEnabled = o.footerEnabled;
    if (o.navAudienceTargetingEnabled !== undefined) payload.NavAudienceTargetingEnabled = o.navAudienceTargetingEnabled;
    if (o.searchScope !== undefined) payload.SearchScope = SEARCH_SCOPES.indexOf(o.searchScope);
    const headers = { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY };
    await context.http.request({ method: 'PATCH', url: `${url}/_api/web`, headers, body: payload });
    if (o.welcomePage !== undefined) await context.http.request({ method: 'PATCH', url: `${url}/_api/web/RootFolder`, headers, body: { WelcomePage: o.welcomePage } });
    return undefined;
  },
});
