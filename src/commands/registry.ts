import { entraAppGet } from './entra/app-get.js';
import { entraGroupList } from './entra/group-list.js';
import { request } from './request.js';
import { spoAppAdd } from './spo/app-add.js';
import { spoAppDeploy } from './spo/app-deploy.js';
import { spoAppGet } from './spo/app-get.js';
import { spoAppInstall } from './spo/app-install.js';
import { spoAppList } from './spo/app-list.js';
import { spoFieldAdd } from './spo/field-add.js';
import { spoFieldGet } from './spo/field-get.js';
import { spoFieldList } from './spo/field-list.js';
import { spoFileAdd } from './spo/file-add.js';
import { spoFileCopy } from './spo/file-copy.js';
import { spoFileGet } from './spo/file-get.js';
import { spoFileList } from './spo/file-list.js';
import { spoFileMove } from './spo/file-move.js';
import { spoFileRemove } from './spo/file-remove.js';
import { spoFolderAdd } from './spo/folder-add.js';
import { spoFolderGet } from './spo/folder-get.js';
import { spoFolderList } from './spo/folder-list.js';
import { spoListAdd } from './spo/list-add.js';
import { spoListGet } from './spo/list-get.js';
import { spoListList } from './spo/list-list.js';
import { spoListRemove } from './spo/list-remove.js';
import { spoListSet } from './spo/list-set.js';
import { spoListItemAdd } from './spo/listitem-add.js';
import { spoListItemGet } from './spo/listitem-get.js';
import { spoListItemList } from './spo/listitem-list.js';
import { spoListItemRemove } from './spo/listitem-remove.js';
import { spoListItemSet } from './spo/listitem-set.js';
import { spoPageAdd } from './spo/page-add.js';
import { spoPageClientSideWebPartAdd } from './spo/page-clientsidewebpart-add.js';
import { spoPageGet } from './spo/page-get.js';
import { spoPageList } from './spo/page-list.js';
import { spoPagePublish } from './spo/page-publish.js';
import { spoPageRemove } from './spo/page-remove.js';
import { spoPageSectionAdd } from './spo/page-section-add.js';
import { spoPageSet } from './spo/page-set.js';
import { spoPageTextAdd } from './spo/page-text-add.js';
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
  spoListGet,
  spoListAdd,
  spoListSet,
  spoListRemove,
  spoFieldAdd,
  spoFieldGet,
  spoFieldList,
  spoListItemAdd,
  spoListItemGet,
  spoListItemList,
  spoListItemSet,
  spoListItemRemove,
  spoFileGet,
  spoFileList,
  spoFileAdd,
  spoFileRemove,
  spoFileCopy,
  spoFileMove,
  spoFolderAdd,
  spoFolderGet,
  spoFolderList,
  spoPageAdd,
  spoPageGet,
  spoPageList,
  spoPageSet,
  spoPagePublish,
  spoPageRemove,
  spoPageSectionAdd,
  spoPageClientSideWebPartAdd,
  spoPageTextAdd,
  entraGroupList,
  entraAppGet,
  spoSet,
  request,
  status,
];
