import { spoFileAdd } from '../spo/file-add.js';
import { spoFileCopy } from '../spo/file-copy.js';
import { spoFileGet } from '../spo/file-get.js';
import { spoFileList } from '../spo/file-list.js';
import { spoFileMove } from '../spo/file-move.js';
import { spoFileRemove } from '../spo/file-remove.js';
import { spoFolderAdd } from '../spo/folder-add.js';
import { spoFolderGet } from '../spo/folder-get.js';
import { spoFolderList } from '../spo/folder-list.js';
import type { CommandDefinition } from '../types.js';

/** Files and folders. */
export const commands: readonly CommandDefinition[] = [
  spoFileGet,
  spoFileList,
  spoFileAdd,
  spoFileRemove,
  spoFileCopy,
  spoFileMove,
  spoFolderAdd,
  spoFolderGet,
  spoFolderList,
];
