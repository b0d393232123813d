import { spoAppAdd } from '../spo/app-add.js';
import { spoAppDeploy } from '../spo/app-deploy.js';
import { spoAppGet } from '../spo/app-get.js';
import { spoAppInstall } from '../spo/app-install.js';
import { spoAppInstanceList } from '../spo/app-instance-list.js';
import { spoAppList } from '../spo/app-list.js';
import { spoAppRemove } from '../spo/app-remove.js';
import { spoAppRetract } from '../spo/app-retract.js';
import { spoAppUninstall } from '../spo/app-uninstall.js';
import { spoAppUpgrade } from '../spo/app-upgrade.js';
import { spoSiteAppCatalogAdd } from '../spo/site-appcatalog-add.js';
import { spoSiteAppCatalogList } from '../spo/site-appcatalog-list.js';
import { spoSiteAppCatalogRemove } from '../spo/site-appcatalog-remove.js';
import { spoTenantAppCatalogUrlGet } from '../spo/tenant-appcatalogurl-get.js';
import type { CommandDefinition } from '../types.js';

/** The SPFx lifecycle: apps, the tenant and site collection app catalogs. */
export const commands: readonly CommandDefinition[] = [
  spoAppAdd,
  spoAppGet,
  spoAppList,
  spoAppDeploy,
  spoAppInstall,
  spoAppUpgrade,
  spoAppUninstall,
  spoAppRetract,
  spoAppRemove,
  spoAppInstanceList,
  spoTenantAppCatalogUrlGet,
  spoSiteAppCatalogAdd,
  spoSiteAppCatalogList,
  spoSiteAppCatalogRemove,
];
