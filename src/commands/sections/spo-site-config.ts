import { spoApplicationCustomizerAdd } from '../spo/applicationcustomizer-add.js';
import { spoApplicationCustomizerList } from '../spo/applicationcustomizer-list.js';
import { spoApplicationCustomizerRemove } from '../spo/applicationcustomizer-remove.js';
import { spoCommandSetAdd } from '../spo/commandset-add.js';
import { spoCommandSetList } from '../spo/commandset-list.js';
import { spoCustomActionAdd } from '../spo/customaction-add.js';
import { spoCustomActionGet } from '../spo/customaction-get.js';
import { spoCustomActionList } from '../spo/customaction-list.js';
import { spoCustomActionRemove } from '../spo/customaction-remove.js';
import { spoNavigationNodeAdd } from '../spo/navigation-node-add.js';
import { spoNavigationNodeList } from '../spo/navigation-node-list.js';
import { spoPropertyBagGet } from '../spo/propertybag-get.js';
import { spoPropertyBagList } from '../spo/propertybag-list.js';
import { spoPropertyBagRemove } from '../spo/propertybag-remove.js';
import { spoPropertyBagSet } from '../spo/propertybag-set.js';
import { spoStorageEntityGet } from '../spo/storageentity-get.js';
import { spoStorageEntityList } from '../spo/storageentity-list.js';
import { spoStorageEntityRemove } from '../spo/storageentity-remove.js';
import { spoStorageEntitySet } from '../spo/storageentity-set.js';
import type { CommandDefinition } from '../types.js';

/** Site configuration: property bags, tenant properties, custom actions, extensions and navigation. */
export const commands: readonly CommandDefinition[] = [
  spoPropertyBagGet,
  spoPropertyBagList,
  spoPropertyBagSet,
  spoPropertyBagRemove,
  spoCustomActionAdd,
  spoCustomActionGet,
  spoCustomActionList,
  spoCustomActionRemove,
  spoStorageEntityGet,
  spoStorageEntityList,
  spoStorageEntitySet,
  spoStorageEntityRemove,
  spoApplicationCustomizerAdd,
  spoApplicationCustomizerList,
  spoApplicationCustomizerRemove,
  spoCommandSetAdd,
  spoCommandSetList,
  spoNavigationNodeAdd,
  spoNavigationNodeList,
];
