import { command, opt, rules } from '../kit/index.js';
import { adminUrl, CSOM_TENANT, escapeXml, lastResult, processQuery } from './shared-sites.js';
import type { CommandContext } from '../types.js';

interface SitePage {
  _Child_Items_?: unknown[];
  NextStartIndexFromSharePoint?: string | null;
}

/** The CLI's convenience types and the templates they stand for. */
const TEMPLATES = { TeamSite: 'GROUP#0', CommunicationSite: 'SITEPAGEPUBLISHING#0' } as const;

/** Pages followed at most (SharePoint gives a few hundred sites per page). */
const MAX_PAGES = 1000;

/**
 * `spo site list`: the site collections of the tenant as the admin center knows them (`SiteProperties`, the CLI's JSON),
 * every page. SharePoint lists sites by filters only through CSOM on the tenant admin site.
 */
export const spoSiteList = command({
  name: 'spo site list',
  description: 'Lists modern sites of the given type',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    type: opt.enum(['TeamSite', 'CommunicationSite'], 'Type of sites to list: TeamSite or CommunicationSite.', { short: 't' }),
    webTemplate: opt.string('Template of the sites to list, e.g. GROUP#0 or SITEPAGEPUBLISHING#0. Specify type or webTemplate, not both.'),
    filter: opt.string("Filter on the sites, e.g. \"Url -like 'project'\"."),
    withOneDriveSites: opt.boolean('Include OneDrive sites (without type or webTemplate).'),
  },
  rules: [rules.atMostOne('type', 'webTemplate')],
  validate: (o) =>
    o.withOneDriveSites && (o.type !== undefined || o.webTemplate !== undefined) ? "When using withOneDriveSites, don't specify the type or webTemplate options" : undefined,
  async run(context, options) {
    const template = options.webTemplate ?? (options.type ? TEMPLATES[options.type] : '');
    const sites: unknown[] = [];
    let start: string | null | undefined = '0';
    for (let page = 0; start && page < MAX_PAGES; page++) {
      const result = await sitesPage(context, { filter: options.filter ?? '', template, personal: options.withOneDriveSites ?? false, start });
      sites.push(...(result._Child_Items_ ?? []));
      start = result.NextStartIndexFromSharePoint;
    }
    return sites;
  },
});

interface PageRequest {
  filter: string;
  template: string;
  personal: boolean;
  start: string;
}

async function sitesPage(context: CommandContext, page: PageRequest): Promise<SitePage> {
  const filters =
    `<Property Name="Filter" Type="String">${escapeXml(page.filter)}</Property><Property Name="IncludeDetail" Type="Boolean">false</Property>` +
    `<Property Name="IncludePersonalSite" Type="Enum">${page.personal ? 1 : 0}</Property><Property Name="StartIndex" Type="String">${escapeXml(page.start)}</Property>` +
    `<Property Name="Template" Type="String">${escapeXml(page.template)}</Property>`;
  const answer = await processQuery(
    context,
    adminUrl(context),
    '<ObjectPath Id="2" ObjectPathId="1" /><ObjectPath Id="4" ObjectPathId="3" /><Query Id="5" ObjectPathId="3"><Query SelectAllProperties="true"><Properties /></Query><ChildItemQuery SelectAllProperties="true"><Properties /></ChildItemQuery></Query>',
    `<Constructor Id="1" TypeId="${CSOM_TENANT}" /><Method Id="3" ParentId="1" Name="GetSitePropertiesFromSharePointByFilters"><Parameters>` +
      `<Parameter TypeId="{b92aeee2-c92c-4b67-abcc-024e471bc140}">${filters}</Parameter></Parameters></Method>`,
  );
  return lastResult<SitePage>(answer);
}
