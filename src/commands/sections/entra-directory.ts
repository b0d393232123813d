import { entraAdministrativeUnitList } from '../entra/administrativeunit-list.js';
import { entraGroupAdd } from '../entra/group-add.js';
import { entraGroupGet } from '../entra/group-get.js';
import { entraGroupList } from '../entra/group-list.js';
import { entraGroupMemberAdd } from '../entra/group-member-add.js';
import { entraGroupMemberList } from '../entra/group-member-list.js';
import { entraM365GroupAdd } from '../entra/m365group-add.js';
import { entraM365GroupGet } from '../entra/m365group-get.js';
import { entraM365GroupList } from '../entra/m365group-list.js';
import { entraM365GroupUserAdd } from '../entra/m365group-user-add.js';
import { entraM365GroupUserList } from '../entra/m365group-user-list.js';
import { entraRoleDefinitionList } from '../entra/roledefinition-list.js';
import { entraUserAdd } from '../entra/user-add.js';
import { entraUserGet } from '../entra/user-get.js';
import { entraUserList } from '../entra/user-list.js';
import type { CommandDefinition } from '../types.js';

/** Groups, Microsoft 365 groups, users, administrative units and role definitions. */
export const commands: readonly CommandDefinition[] = [
  entraGroupList,
  entraGroupGet,
  entraGroupAdd,
  entraGroupMemberList,
  entraGroupMemberAdd,
  entraUserGet,
  entraUserList,
  entraUserAdd,
  entraM365GroupGet,
  entraM365GroupList,
  entraM365GroupAdd,
  entraM365GroupUserList,
  entraM365GroupUserAdd,
  entraAdministrativeUnitList,
  entraRoleDefinitionList,
];
