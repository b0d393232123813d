import { entraAppGet } from './entra/app-get.js';
import { entraGroupList } from './entra/group-list.js';
import { request } from './request.js';
import { spoAppAdd } from './spo/app-add.js';
import { spoAppDeploy } from './spo/app-deploy.js';
import { spoAppGet } from './spo/app-get.js';
import { spoAppInstall } from './spo/app-install.js';
import { spoAppList } from './spo/app-list.js';
import { spoListList } from './spo/list-list.js';
import { spoListItemAdd } from './spo/listitem-add.js';
import { spoSet } from './spo/set.js';
import { spoSiteGet } from './spo/site-get.js';
import { spoWebGet } from './spo/web-get.js';
import { spoWebList } from './spo/web-list.js';
import { status } from './status.js';
import type { CommandDefinition } from './types.js';

/** Every command the action knows, listed explicitly: adding a command is one file and one line here. */
export const catalogue: readonly CommandDefinition[] = [
  spoAppAdd,
  spoAppGet,
  spoAppList,
  spoAppDeploy,
  spoAppInstall,
  spoSiteGet,
  spoWebGet,
  spoWebList,
  spoListList,
  spoListItemAdd,
  entraGroupList,
  entraAppGet,
  spoSet,
  request,
  status,
];
