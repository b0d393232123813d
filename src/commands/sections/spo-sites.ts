import { spoHomeSiteGet } from '../spo/homesite-get.js';
import { spoHomeSiteSet } from '../spo/homesite-set.js';
import { spoHubSiteConnect } from '../spo/hubsite-connect.js';
import { spoHubSiteDisconnect } from '../spo/hubsite-disconnect.js';
import { spoHubSiteGet } from '../spo/hubsite-get.js';
import { spoHubSiteList } from '../spo/hubsite-list.js';
import { spoHubSiteRegister } from '../spo/hubsite-register.js';
import { spoSet } from '../spo/set.js';
import { spoSiteAdd } from '../spo/site-add.js';
import { spoSiteAppPermissionAdd } from '../spo/site-apppermission-add.js';
import { spoSiteAppPermissionList } from '../spo/site-apppermission-list.js';
import { spoSiteAppPermissionRemove } from '../spo/site-apppermission-remove.js';
import { spoSiteAppPermissionSet } from '../spo/site-apppermission-set.js';
import { spoSiteGet } from '../spo/site-get.js';
import { spoSiteList } from '../spo/site-list.js';
import { spoSiteRemove } from '../spo/site-remove.js';
import { spoSiteSet } from '../spo/site-set.js';
import { spoWebAdd } from '../spo/web-add.js';
import { spoWebGet } from '../spo/web-get.js';
import { spoWebList } from '../spo/web-list.js';
import { spoWebSet } from '../spo/web-set.js';
import type { CommandDefinition } from '../types.js';

/** Sites, webs, hub and home sites, site permissions of apps, and `spo set`. */
export const commands: readonly CommandDefinition[] = [
  spoSiteGet,
  spoSiteList,
  spoSiteAdd,
  spoSiteSet,
  spoSiteRemove,
  spoSiteAppPermissionAdd,
  spoSiteAppPermissionList,
  spoSiteAppPermissionSet,
  spoSiteAppPermissionRemove,
  spoHubSiteList,
  spoHubSiteGet,
  spoHubSiteRegister,
  spoHubSiteConnect,
  spoHubSiteDisconnect,
  spoHomeSiteGet,
  spoHomeSiteSet,
  spoWebGet,
  spoWebList,
  spoWebAdd,
  spoWebSet,
  spoSet,
];
