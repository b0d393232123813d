import { spoFieldAdd } from '../spo/field-add.js';
import { spoFieldGet } from '../spo/field-get.js';
import { spoFieldList } from '../spo/field-list.js';
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
import type { CommandDefinition } from '../types.js';

/** Lists, fields and list items. */
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
];
