import { spoSet } from '../spo/set.js';
import { spoSiteAdd } from '../spo/site-add.js';
import { spoSiteGet } from '../spo/site-get.js';
import { spoSiteList } from '../spo/site-list.js';
import { spoSiteRemove } from '../spo/site-remove.js';
import { spoSiteSet } from '../spo/site-set.js';
import { spoWebAdd } from '../spo/web-add.js';
import { spoWebGet } from '../spo/web-get.js';
import { spoWebList } from '../spo/web-list.js';
import { spoWebSet } from '../spo/web-set.js';
import type { CommandDefinition } from '../types.js';

/** Sites and webs, and `spo set`. */
export const commands: readonly CommandDefinition[] = [
  spoSiteGet,
  spoSiteList,
  spoSiteAdd,
  spoSiteSet,
  spoSiteRemove,
  spoWebGet,
  spoWebList,
  spoWebAdd,
  spoWebSet,
  spoSet,
];
