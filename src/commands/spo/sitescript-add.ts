import { endpoint, literal, opt, SHAREPOINT_JSON_BODY } from '../kit/index.js';
import { siteScriptUtility } from './shared-config-b.js';

/** `spo sitescript add`: creates a site script from its JSON (spo/sitescript/sitescript-add). */
export const spoSiteScriptAdd = endpoint({
  name: 'spo sitescript add',
  description: 'Adds site script for use with site designs',
  resource: 'sharepoint',
  method: 'POST',
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    title: opt.string('Title of the site script.', { short: 't', required: true }),
    content: opt.json('JSON of the site script (its $schema, actions and version).', { short: 'c', required: true }),
    description: opt.string('Description of the site script.', { short: 'd' }),
  },
  url: ({ title, description }, context) =>
    `${siteScriptUtility(context, 'CreateSiteScript(Title=@title,Description=@description)')}?@title=${literal(title)}&@description=${literal(description ?? '')}`,
  headers: SHAREPOINT_JSON_BODY,
  body: ({ content }) => content,
});
