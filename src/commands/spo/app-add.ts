import { basename } from 'node:path';
import { ActionError } from '../../errors.js';
import { ACCEPT, command, literal, opt } from '../kit/index.js';
import { appCatalogOptions, appCatalogUrl, catalogPath, validateCatalogScope } from '../kit/lookups.js';

/** SharePoint's limit for an app package (and the CLI's). */
const MAX_PACKAGE_BYTES = 250 * 1024 * 1024;

/**
 * `spo app add`: uploads an .sppkg to the tenant (or a site collection) app catalog. The result is the added file's
 * properties, like the CLI's `--output json`.
 */
export const spoAppAdd = command({
  name: 'spo app add',
  description: 'Adds an app to the specified SharePoint Online app catalog',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    filePath: opt.file('Path to the .sppkg file to add.', { short: 'p', required: true }),
    ...appCatalogOptions,
    overwrite: opt.boolean('Overwrite an app of the same file name.'),
  },
  validate: validateCatalogScope,
  async run(context, options) {
    const catalog = await appCatalogUrl(context, options);
    const content = await context.files.readFile(options.filePath, MAX_PACKAGE_BYTES);
    assertAppPackage(content, options.filePath);
    const name = basename(options.filePath);
    context.log.debug(`Adding app '${options.filePath}' to ${catalog}`);
    const response = await context.http.request({
      method: 'POST',
      url: `${catalog}/_api/web/${catalogPath(options)}/Add(overwrite=${options.overwrite ?? false}, url=${literal(name)})`,
      headers: { ...ACCEPT.sharepoint, binaryStringRequestBody: 'true' },
      body: content,
    });
    return response.body;
  },
});

/**
 * An .sppkg is a zip (it starts with a local file header, `PK\x03\x04`) holding `AppManifest.xml`. Anything else would
 * be uploaded and then fail in the catalog, or worse, upload a file that was never meant to leave the runner.
 */
function assertAppPackage(content: Buffer, path: string): void {
  const isZip = content.length >= 4 && content.readUInt32LE(0) === 0x04034b50;
  if (!isZip || !content.includes('AppManifest.xml')) {
    const what = content.length === 0 ? 'is empty' : isZip ? 'is a zip without AppManifest.xml' : 'is not a zip file';
    throw new ActionError(`'${path}' ${what}, so it is not a SharePoint app package (.sppkg).`, {
      hint: "Point --filePath at the package that 'gulp package-solution --ship' writes (sharepoint/solution/<name>.sppkg).",
    });
  }
}
