import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CommandDefinition, Options } from '../src/commands/types.js';
import { spoAppAdd } from '../src/commands/spo/app-add.js';
import { spoAppDeploy } from '../src/commands/spo/app-deploy.js';
import { spoAppGet } from '../src/commands/spo/app-get.js';
import { spoAppInstall } from '../src/commands/spo/app-install.js';
import { spoAppList } from '../src/commands/spo/app-list.js';
import { spoListList } from '../src/commands/spo/list-list.js';
import { spoListItemAdd } from '../src/commands/spo/listitem-add.js';
import { spoSiteGet } from '../src/commands/spo/site-get.js';
import { spoWebGet } from '../src/commands/spo/web-get.js';
import { HttpError } from '../src/http/errors.js';
import { FakeApi, SAMPLE_PACKAGE, testContext } from './helpers/command-context.js';

const ROOT = 'https://contoso.sharepoint.com';
const CATALOG = `${ROOT}/sites/appcatalog`;
const APP_ID = 'bda5ce2f-9ac7-4a6f-a98b-7ae1c168519e';
const NOMETA = { accept: 'application/json;odata=nometadata' };

let cwd: string;

function run(command: CommandDefinition, api: FakeApi, options: Options, sharePointUrl?: string): Promise<unknown> {
  return command.run(testContext(api, { cwd, sharePointUrl: sharePointUrl ?? ROOT }), options);
}

const TENANT_SETTINGS = { [`GET ${ROOT}/_api/SP_TenantSettings_Current`]: { CorporateCatalogUrl: CATALOG } };
const LOOKUP_BY_NAME = `GET ${CATALOG}/_api/web/GetFolderByServerRelativePath(DecodedUrl='AppCatalog')/files('app.sppkg')?$select=UniqueId`;

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'commands-spo-'));
});

describe('spo app add', () => {
  it('uploads the package to the tenant app catalog found in the tenant settings and returns the file', async () => {
    writeFileSync(join(cwd, 'app.sppkg'), SAMPLE_PACKAGE);
    const file = { Name: 'app.sppkg', UniqueId: APP_ID, Length: '10' };
    const api = new FakeApi({ ...TENANT_SETTINGS, [`POST ${CATALOG}/_api/web/tenantappcatalog/Add(overwrite=true, url='app.sppkg')`]: file });
    const result = await run(spoAppAdd, api, { filePath: 'app.sppkg', overwrite: true });
    expect(result).toEqual(file);
    expect(api.calls[0]).toEqual({ url: `${ROOT}/_api/SP_TenantSettings_Current`, headers: NOMETA });
    expect(api.calls[1].headers).toEqual({ ...NOMETA, binaryStringRequestBody: 'true' });
    expect(api.calls[1].body).toEqual(SAMPLE_PACKAGE);
  });

  it('uploads to a site collection app catalog without asking for the tenant settings', async () => {
    writeFileSync(join(cwd, 'app.sppkg'), SAMPLE_PACKAGE);
    const site = `${ROOT}/sites/marketing`;
    const api = new FakeApi({ [`POST ${site}/_api/web/sitecollectionappcatalog/Add(overwrite=false, url='app.sppkg')`]: { UniqueId: APP_ID } });
    await run(spoAppAdd, api, { filePath: 'app.sppkg', appCatalogScope: 'sitecollection', appCatalogUrl: `${site}/AppCatalog/` });
    expect(api.calls).toHaveLength(1);
  });

  it('requires appCatalogUrl for the sitecollection scope', () => {
    expect(spoAppAdd.validate?.({ filePath: 'x', appCatalogScope: 'sitecollection' })).toBe(
      'You must specify appCatalogUrl when the appCatalogScope is sitecollection',
    );
  });

  it('explains a tenant without an app catalog', async () => {
    writeFileSync(join(cwd, 'app.sppkg'), 'x');
    const api = new FakeApi({ [`GET ${ROOT}/_api/SP_TenantSettings_Current`]: { CorporateCatalogUrl: null } });
    await expect(run(spoAppAdd, api, { filePath: 'app.sppkg' })).rejects.toThrow('Tenant app catalog is not configured.');
  });
});

describe('spo app get / list', () => {
  const app = { ID: APP_ID, Title: 'app-client-side-solution', Deployed: false, AppCatalogVersion: '1.0.0.0' };

  it('gets an app by id from the given catalog', async () => {
    const api = new FakeApi({ [`GET ${CATALOG}/_api/web/tenantappcatalog/AvailableApps/GetById('${APP_ID}')`]: app });
    expect(await run(spoAppGet, api, { id: APP_ID, appCatalogUrl: CATALOG })).toEqual(app);
    expect(api.calls[0].headers).toEqual(NOMETA);
  });

  it('looks the id up by file name first', async () => {
    const api = new FakeApi({
      ...TENANT_SETTINGS,
      [LOOKUP_BY_NAME]: { UniqueId: APP_ID },
      [`GET ${CATALOG}/_api/web/tenantappcatalog/AvailableApps/GetById('${APP_ID}')`]: app,
    });
    expect(await run(spoAppGet, api, { name: 'app.sppkg' })).toEqual(app);
    expect(api.calls.map((c) => c.url)).toHaveLength(3);
  });

  it("keeps SharePoint's message for an unknown name and says what to do", async () => {
    const notFound = new HttpError('The file /sites/appcatalog/AppCatalog/app.sppkg does not exist.', { status: 404, code: '-2130575338, Microsoft.SharePoint.SPException', hint: 'Check the URL and the id or name in it.' });
    const api = new FakeApi({ ...TENANT_SETTINGS, [LOOKUP_BY_NAME]: notFound });
    const failure = run(spoAppGet, api, { name: 'app.sppkg' });
    await expect(failure).rejects.toThrow('The file /sites/appcatalog/AppCatalog/app.sppkg does not exist.');
    await expect(failure).rejects.toMatchObject({ hint: `No app named 'app.sppkg' in the app catalog ${CATALOG}. List the apps with 'spo app list' or use --id.` });
  });

  it('lists every app through the paging client with OData v4 headers', async () => {
    const api = new FakeApi({ ...TENANT_SETTINGS, [`GET ${CATALOG}/_api/web/tenantappcatalog/AvailableApps`]: [app] });
    expect(await run(spoAppList, api, {})).toEqual([app]);
    expect(api.calls[1].headers).toEqual({ accept: 'application/json;odata.metadata=none', 'odata-version': '4.0' });
  });

  it('quotes odd names so that they cannot end the OData literal', async () => {
    const api = new FakeApi({
      [`GET ${CATALOG}/_api/web/GetFolderByServerRelativePath(DecodedUrl='AppCatalog')/files('bob''s%20app%23.sppkg')?$select=UniqueId`]: { UniqueId: APP_ID },
      [`GET ${CATALOG}/_api/web/tenantappcatalog/AvailableApps/GetById('${APP_ID}')`]: app,
    });
    await run(spoAppGet, api, { name: "bob's app#.sppkg", appCatalogUrl: CATALOG });
    expect(api.calls).toHaveLength(2);
  });
});

describe('spo app deploy / install', () => {
  it('deploys with skipFeatureDeployment and returns nothing, like the CLI', async () => {
    const url = `${CATALOG}/_api/web/tenantappcatalog/AvailableApps/GetById('${APP_ID}')/deploy`;
    const api = new FakeApi({ [`POST ${url}`]: { 'odata.null': true } });
    expect(await run(spoAppDeploy, api, { id: APP_ID, appCatalogUrl: CATALOG, skipFeatureDeployment: true })).toBeUndefined();
    expect(api.calls[0]).toEqual({
      method: 'POST',
      url,
      headers: { ...NOMETA, 'content-type': 'application/json;odata=nometadata;charset=utf-8' },
      body: { skipFeatureDeployment: true },
    });
  });

  it('installs in the site', async () => {
    const site = `${ROOT}/sites/ops`;
    const url = `${site}/_api/web/tenantappcatalog/AvailableApps/GetById('${APP_ID}')/install`;
    const api = new FakeApi({ [`POST ${url}`]: undefined });
    expect(await run(spoAppInstall, api, { id: APP_ID, siteUrl: `${site}/` })).toBeUndefined();
    expect(api.calls[0]).toEqual({ method: 'POST', url, headers: NOMETA });
  });
});

describe('spo site get / web get / list list', () => {
  it('gets the site collection', async () => {
    const api = new FakeApi({ [`GET ${ROOT}/sites/ops/_api/site`]: { Id: '1', Url: `${ROOT}/sites/ops` } });
    expect(await run(spoSiteGet, api, { url: `${ROOT}/sites/ops` })).toEqual({ Id: '1', Url: `${ROOT}/sites/ops` });
  });

  it('gets the web with its groups', async () => {
    const api = new FakeApi({ [`GET ${ROOT}/sites/ops/_api/web?$expand=AssociatedMemberGroup,AssociatedOwnerGroup,AssociatedVisitorGroup`]: { Title: 'Ops' } });
    expect(await run(spoWebGet, api, { url: `${ROOT}/sites/ops`, withGroups: true })).toEqual({ Title: 'Ops' });
  });

  it('lists lists with the root folder, asked properties and filter', async () => {
    const api = new FakeApi({
      [`GET ${ROOT}/sites/ops/_api/web/lists?$expand=RootFolder&$select=RootFolder/ServerRelativeUrl,Title,Id&$filter=BaseTemplate eq 100`]: [{ Title: 'Releases' }],
    });
    const result = await run(spoListList, api, { webUrl: `${ROOT}/sites/ops`, properties: 'Title, Id', filter: 'BaseTemplate eq 100' });
    expect(result).toEqual([{ Title: 'Releases' }]);
  });

  it('selects every property when none is asked', async () => {
    const api = new FakeApi({ [`GET ${ROOT}/_api/web/lists?$expand=RootFolder&$select=RootFolder/ServerRelativeUrl,*`]: [] });
    expect(await run(spoListList, api, { webUrl: ROOT })).toEqual([]);
  });
});

describe('spo listitem add', () => {
  const web = `${ROOT}/sites/ops`;
  const list = `${web}/_api/web/lists/getByTitle('Releases')`;
  const types = { value: [{ Id: { StringValue: '0x0100AB' }, Name: 'Item' }, { Id: { StringValue: '0x0120' }, Name: 'Folder' }] };
  const added = { value: [{ FieldName: 'Title', FieldValue: 'v1.2.0', HasException: false, ErrorMessage: null }, { FieldName: 'Id', FieldValue: '4', HasException: false, ErrorMessage: null }] };
  const item = { Id: 4, ID: 4, Title: 'v1.2.0', Status: 'Planned' };

  it('adds the item with every unknown option as a field and returns it without ID', async () => {
    const api = new FakeApi({
      [`GET ${list}/contenttypes?$select=Name,Id`]: types,
      [`POST ${list}/AddValidateUpdateItemUsingPath()`]: added,
      [`GET ${list}/items(4)`]: item,
    });
    const result = await run(spoListItemAdd, api, { webUrl: web, listTitle: 'Releases', Title: 'v1.2.0', Status: 'Planned', contentType: '0x0100AB' });
    expect(result).toEqual({ Id: 4, Title: 'v1.2.0', Status: 'Planned' });
    expect(api.calls[1].body).toEqual({
      formValues: [
        { FieldName: 'Title', FieldValue: 'v1.2.0' },
        { FieldName: 'Status', FieldValue: 'Planned' },
        { FieldName: 'ContentType', FieldValue: 'Item' },
      ],
    });
  });

  it('addresses the list by id or by URL, and puts the item in a folder', async () => {
    const byUrl = `${web}/_api/web/GetList('%2Fsites%2Fops%2FLists%2FReleases')`;
    const api = new FakeApi({
      [`GET ${byUrl}/contenttypes?$select=Name,Id`]: types,
      [`GET ${byUrl}/rootFolder`]: { ServerRelativeUrl: '/sites/ops/Lists/Releases' },
      [`GET ${web}/_api/web/GetFolderByServerRelativePath(DecodedUrl='%2Fsites%2Fops%2FLists%2FReleases%2F2024')`]: { Exists: true },
      [`POST ${byUrl}/AddValidateUpdateItemUsingPath()`]: added,
      [`GET ${byUrl}/items(4)`]: item,
    });
    await run(spoListItemAdd, api, { webUrl: web, listUrl: 'Lists/Releases', folder: '2024', Title: 'v1.2.0' });
    expect(api.calls[3].body).toEqual({
      formValues: [{ FieldName: 'Title', FieldValue: 'v1.2.0' }],
      listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/ops/Lists/Releases/2024' } },
    });
    const byId = new FakeApi({ [`GET ${web}/_api/web/lists(guid'0b6e2a1c-1111-4222-8333-944455556666')/contenttypes?$select=Name,Id`]: new Error('stop') });
    await expect(run(spoListItemAdd, byId, { webUrl: web, listId: '0b6e2a1c-1111-4222-8333-944455556666' })).rejects.toThrow('stop');
  });

  it("fails like the CLI when the content type does not exist or a field fails", async () => {
    const api = new FakeApi({ [`GET ${list}/contenttypes?$select=Name,Id`]: types });
    await expect(run(spoListItemAdd, api, { webUrl: web, listTitle: 'Releases', contentType: 'Task' })).rejects.toThrow(
      "Specified content type 'Task' doesn't exist on the target list",
    );
    const failing = new FakeApi({
      [`GET ${list}/contenttypes?$select=Name,Id`]: types,
      [`POST ${list}/AddValidateUpdateItemUsingPath()`]: { value: [{ FieldName: 'Due', FieldValue: 'x', HasException: true, ErrorMessage: 'Invalid date' }] },
    });
    await expect(run(spoListItemAdd, failing, { webUrl: web, listTitle: 'Releases', Due: 'x' })).rejects.toThrow(
      'Creating the item failed with the following errors: \n- Due - Invalid date',
    );
  });
});

describe('the tenant app catalog URL', () => {
  it('is asked of SharePoint once per run, however many app commands need it', async () => {
    const api = new FakeApi({
      ...TENANT_SETTINGS,
      [`GET ${CATALOG}/_api/web/tenantappcatalog/AvailableApps`]: { value: [] },
    });
    const context = testContext(api, { cwd });
    await Promise.all([spoAppList.run(context, {}), spoAppList.run(context, {})]);
    await spoAppList.run(context, {});
    expect(api.calls.filter((c) => c.url.endsWith('/_api/SP_TenantSettings_Current'))).toHaveLength(1);
  });
});
