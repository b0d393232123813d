import { spoCdnGet } from '../spo/cdn-get.js';
import { spoCdnOriginAdd } from '../spo/cdn-origin-add.js';
import { spoCdnOriginList } from '../spo/cdn-origin-list.js';
import { spoCdnSet } from '../spo/cdn-set.js';
import { spoContentTypeAdd } from '../spo/contenttype-add.js';
import { spoContentTypeList } from '../spo/contenttype-list.js';
import { spoGroupList } from '../spo/group-list.js';
import { spoSiteDesignAdd } from '../spo/sitedesign-add.js';
import { spoSiteDesignApply } from '../spo/sitedesign-apply.js';
import { spoSiteDesignList } from '../spo/sitedesign-list.js';
import { spoSiteScriptAdd } from '../spo/sitescript-add.js';
import { spoSiteScriptList } from '../spo/sitescript-list.js';
import { spoTenantSettingsList } from '../spo/tenant-settings-list.js';
import { spoTenantSettingsSet } from '../spo/tenant-settings-set.js';
import { spoThemeApply } from '../spo/theme-apply.js';
import { spoThemeList } from '../spo/theme-list.js';
import { spoThemeSet } from '../spo/theme-set.js';
import { spoUserList } from '../spo/user-list.js';
import type { CommandDefinition } from '../types.js';

/** Tenant configuration: site scripts and designs, themes, content types, groups, users, the CDN and tenant settings. */
export const commands: readonly CommandDefinition[] = [
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
