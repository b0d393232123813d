import { ACCEPT, command, opt, rules, SHAREPOINT_JSON_BODY, splitList } from '../kit/index.js';
import { adminUrl } from './shared-sites.js';

const LICENSE_TYPES = ['everyone', 'frontLineWorkers', 'informationWorkers'] as const;

/**
 * `spo homesite set`: changes the settings of a home site (`SPO.Tenant/UpdateTargetedSite`); the result is the home
 * site as SharePoint reports it after the change. `--audienceNames` other than '' would need Microsoft Graph to turn
 * group names into IDs: it is refused at planning with the way to get the IDs.
 */
export const spoHomeSiteSet = command({
  name: 'spo homesite set',
  description: 'Updates an existing SharePoint home site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    url: opt.site('URL of the home site.', { short: 'u', required: true }),
    draftMode: opt.boolean('Draft mode of the home site: true or false.'),
    audienceIds: opt.string('Comma-separated IDs of the groups to target. Specify audienceIds or audienceNames.'),
    audienceNames: opt.string("Comma-separated names of the groups to target ('' clears the audience)."),
    targetedLicenseType: opt.enum(LICENSE_TYPES, 'Audience by license: everyone, frontLineWorkers or informationWorkers.'),
    vivaConnectionsDefaultStart: opt.boolean('Whether the home site is the default start of Viva Connections: true or false.'),
    order: opt.number('Order of the home site among the home sites.'),
  },
  rules: [rules.atMostOne('audienceIds', 'audienceNames')],
  validate(o) {
    const { url: _url, ...settings } = o;
    if (Object.values(settings).every((v) => v === undefined)) return 'You must specify at least one option to configure.';
    if (o.audienceNames !== undefined && o.audienceNames.trim() !== '') {
      return "--audienceNames needs Microsoft Graph to find the groups' IDs, which this SharePoint command cannot call. List the groups first ('- id: groups' / 'run: entra group list --displayName Marketing') and pass --audienceIds \"{{ groups[0].id }}\".";
    }
    return undefined;
  },
  async run(context, o) {
    const configuration: Record<string, unknown> = {};
    if (o.vivaConnectionsDefaultStart !== undefined) Object.assign(configuration, { IsVivaConnectionsDefaultStartPresent: true, vivaConnectionsDefaultStart: o.vivaConnectionsDefaultStart });
    if (o.draftMode !== undefined) Object.assign(configuration, { IsInDraftModePresent: true, isInDraftMode: o.draftMode });
    if (o.audienceIds !== undefined) Object.assign(configuration, { IsAudiencesPresent: true, Audiences: splitList(o.audienceIds) });
    if (o.audienceNames !== undefined) Object.assign(configuration, { IsAudiencesPresent: true, Audiences: [] });
    if (o.targetedLicenseType !== undefined) Object.assign(configuration, { IsTargetedLicenseTypePresent: true, TargetedLicenseType: LICENSE_TYPES.indexOf(o.targetedLicenseType) });
    if (o.order !== undefined) Object.assign(configuration, { IsOrderPresent: true, Order: o.order });
    const response = await context.http.request({
      method: 'POST',
      url: `${adminUrl(context)}/_api/SPO.Tenant/UpdateTargetedSite`,
      headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY },
      body: { siteUrl: o.url, configurationParam: configuration },
    });
    return response.body;
  },
});
