import { entraAppAdd } from '../entra/app-add.js';
import { entraAppGet } from '../entra/app-get.js';
import { entraAppList } from '../entra/app-list.js';
import { entraAppPermissionAdd } from '../entra/app-permission-add.js';
import { entraAppPermissionList } from '../entra/app-permission-list.js';
import { entraAppRemove } from '../entra/app-remove.js';
import { entraAppRoleList } from '../entra/app-role-list.js';
import { entraAppSet } from '../entra/app-set.js';
import { entraEnterpriseAppGet } from '../entra/enterpriseapp-get.js';
import { entraEnterpriseAppList } from '../entra/enterpriseapp-list.js';
import type { CommandDefinition } from '../types.js';

/** App registrations and enterprise applications (service principals). */
export const commands: readonly CommandDefinition[] = [
  entraAppGet,
  entraAppList,
  entraAppAdd,
  entraAppSet,
  entraAppRemove,
  entraAppPermissionList,
  entraAppPermissionAdd,
  entraAppRoleList,
  entraEnterpriseAppGet,
  entraEnterpriseAppList,
];
