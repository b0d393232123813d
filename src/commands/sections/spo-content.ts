import { spoFieldAdd } from '../spo/field-add.js';
import { spoFieldGet } from '../spo/field-get.js';
import { spoFieldList } from '../spo/field-list.js';
import { spoFileAdd } from '../spo/file-add.js';
import { spoFileCopy } from '../spo/file-copy.js';
import { spoFileGet } from '../spo/file-get.js';
import { spoFileList } from '../spo/file-list.js';
import { spoFileMove } from '../spo/file-move.js';
import { spoFileRemove } from '../spo/file-remove.js';
import { spoFolderAdd } from '../spo/folder-add.js';
import { spoFolderGet } from '../spo/folder-get.js';
import { spoFolderList } from '../spo/folder-list.js';
import { spoListAdd } from '../spo/list-add.js';
import { spoListGet } from '../spo/list-get.js';
import { spoListList } from '../spo/list-list.js';
import { spoListRemove } from '../spo/list-remove.js';
import { spoListSet } from '../spo/list-set.js';
import { spoListItemAdd } from '../spo/listitem-add.js';
import { spoListItemGet } from '../spo/listitem-get.js';
import { spoListItemList } from '../spo/listitem-list.js';
import { spoListItemRemove } from '../spo/listitem-remove.js';
import { spoListItemSet } from '../spo/listitem-set.js';
import { spoPageAdd } from '../spo/page-add.js';
import { spoPageClientSideWebPartAdd } from '../spo/page-clientsidewebpart-add.js';
import { spoPageGet } from '../spo/page-get.js';
import { spoPageList } from '../spo/page-list.js';
import { spoPagePublish } from '../spo/page-publish.js';
import { spoPageRemove } from '../spo/page-remove.js';
import { spoPageSectionAdd } from '../spo/page-section-add.js';
import { spoPageSet } from '../spo/page-set.js';
import { spoPageTextAdd } from '../spo/page-text-add.js';
import type { CommandDefinition } from '../types.js';

/** Lists, fields, list items, files, folders and pages. */
export const commands: readonly CommandDefinition[] = [
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
];
