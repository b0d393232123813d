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

/** Pages, their sections, web parts and text. */
export const commands: readonly CommandDefinition[] = [
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
