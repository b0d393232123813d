import { spoApplicationCustomizerAdd } from '../spo/applicationcustomizer-add.js';
import { spoApplicationCustomizerList } from '../spo/applicationcustomizer-list.js';
import { spoApplicationCustomizerRemove } from '../spo/applicationcustomizer-remove.js';
import { spoCdnGet } from '../spo/cdn-get.js';
import { spoCdnOriginAdd } from '../spo/cdn-origin-add.js';
import { spoCdnOriginList } from '../spo/cdn-origin-list.js';
import { spoCdnSet } from '../spo/cdn-set.js';
import { spoCommandSetAdd } from '../spo/commandset-add.js';
import { spoCommandSetList } from '../spo/commandset-list.js';
import { spoContentTypeAdd } from '../spo/contenttype-add.js';
import { spoContentTypeList } from '../spo/contenttype-list.js';
import { spoCustomActionAdd } from '../spo/customaction-add.js';
import { spoCustomActionGet } from '../spo/customaction-get.js';
import { spoCustomActionList } from '../spo/customaction-list.js';
import { spoCustomActionRemove } from '../spo/customaction-remove.js';
import { spoGroupList } from '../spo/group-list.js';
import { spoNavigationNodeAdd } from '../spo/navigation-node-add.js';
import { spoNavigationNodeList } from '../spo/navigation-node-list.js';
import { spoPropertyBagGet } from '../spo/propertybag-get.js';
import { spoPropertyBagList } from '../spo/propertybag-list.js';
import { spoPropertyBagRemove } from '../spo/propertybag-remove.js';
import { spoPropertyBagSet } from '../spo/propertybag-set.js';
import { spoSiteDesignAdd } from '../spo/sitedesign-add.js';
import { spoSiteDesignApply } from '../spo/sitedesign-apply.js';
import { spoSiteDesignList } from '../spo/sitedesign-list.js';
import { spoSiteScriptAdd } from '../spo/sitescript-add.js';
import { spoSiteScriptList } from '../spo/sitescript-list.js';
import { spoStorageEntityGet } from '../spo/storageentity-get.js';
import { spoStorageEntityList } from '../spo/storageentity-list.js';
import { spoStorageEntityRemove } from '../spo/storageentity-remove.js';
import { spoStorageEntitySet } from '../spo/storageentity-set.js';
import { spoTenantSettingsList } from '../spo/tenant-settings-list.js';
import { spoTenantSettingsSet } from '../spo/tenant-settings-set.js';
import { spoThemeApply } from '../spo/theme-apply.js';
import { spoThemeList } from '../spo/theme-list.js';
import { spoThemeSet } from '../spo/theme-set.js';
import { spoUserList } from '../spo/user-list.js';
import type { CommandDefinition } from '../types.js';

/** Site and tenant configuration: property bags, tenant properties, custom actions and extensions, navigation, site designs, themes, content types, groups, users, the CDN and tenant settings. */
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
  spoSiteScriptAdd,
  spoSiteScriptList,
  spoSiteDesignAdd,
  spoSiteDesignList,
  spoSiteDesignApply,
  spoThemeList,
  spoThemeSet,
  spoThemeApply,
  spoContentTypeAdd,
  spoContentTypeList,
  spoGroupList,
  spoUserList,
  spoCdnGet,
  spoCdnSet,
  spoCdnOriginList,
  spoCdnOriginAdd,
  spoTenantSettingsList,
  spoTenantSettingsSet,
];
