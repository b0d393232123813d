import { spoHomeSiteGet } from '../spo/homesite-get.js';
import { spoHomeSiteSet } from '../spo/homesite-set.js';
import { spoHubSiteConnect } from '../spo/hubsite-connect.js';
import { spoHubSiteDisconnect } from '../spo/hubsite-disconnect.js';
import { spoHubSiteGet } from '../spo/hubsite-get.js';
import { spoHubSiteList } from '../spo/hubsite-list.js';
import { spoHubSiteRegister } from '../spo/hubsite-register.js';
import { spoSiteAppPermissionAdd } from '../spo/site-apppermission-add.js';
import { spoSiteAppPermissionList } from '../spo/site-apppermission-list.js';
import { spoSiteAppPermissionRemove } from '../spo/site-apppermission-remove.js';
import { spoSiteAppPermissionSet } from '../spo/site-apppermission-set.js';
import type { CommandDefinition } from '../types.js';

/** Hub sites, the home site, and the site permissions of apps (Sites.Selected). */
export const commands: readonly CommandDefinition[] = [
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
];
