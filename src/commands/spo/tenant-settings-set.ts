import { command, opt } from '../kit/index.js';
import type { OptionSpecs } from '../kit/options.js';
import { onTenant } from './shared-config-b.js';
import { escapeXml } from './shared-sites.js';
import { BOOLEAN_SETTINGS, ENUM_SETTINGS, GUID_LIST_SETTINGS, NUMBER_SETTINGS, STRING_SETTINGS, TEXT_LIST_SETTINGS } from './tenant-settings-schema.js';

const enumEntries = Object.entries(ENUM_SETTINGS);
const ENUMS = new Map<string, readonly string[]>(enumEntries);

/** One option per setting, named like the setting (as the CLI names them). */
const SETTING_OPTIONS: OptionSpecs = Object.fromEntries([
  ...BOOLEAN_SETTINGS.map((name) => [name, opt.boolean(`Tenant setting ${name}: true or false.`)]),
  ...NUMBER_SETTINGS.map((name) => [name, opt.number(`Tenant setting ${name}: a whole number.`)]),
  ...STRING_SETTINGS.map((name) => [name, opt.string(`Tenant setting ${name}.`)]),
  ...TEXT_LIST_SETTINGS.map((name) => [name, opt.string(`Tenant setting ${name}: comma-separated values.`)]),
  ...GUID_LIST_SETTINGS.map((name) => [name, opt.string(`Tenant setting ${name}: comma-separated GUIDs.`)]),
  ...enumEntries.map(([name, values]) => [name, opt.enum(values, `Tenant setting ${name}: ${values.join(', ')}.`)]),
]);

const GUID = /^\{?[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}\}?$/i;
const isIn = (list: readonly string[], name: string): boolean => list.includes(name);
const items = (value: string): string[] => value.split(',').map((v) => v.trim()).filter((v) => v !== '');

/** The CSOM parameter of a setting's value, typed like the setting. */
function parameter(name: string, value: unknown): string {
  const text = String(value);
  if (typeof value === 'boolean') return `<Parameter Type="Boolean">${text}</Parameter>`;
  if (typeof value === 'number') return `<Parameter Type="Int64">${text}</Parameter>`;
  const values = ENUMS.get(name);
  if (values) return `<Parameter Type="Enum">${values.indexOf(text)}</Parameter>`;
  if (isIn(GUID_LIST_SETTINGS, name)) return `<Parameter Type="Array">${items(text).map((g) => `<Object Type="Guid">{${escapeXml(g.replace(/[{}]/g, ''))}}</Object>`).join('')}</Parameter>`;
  if (isIn(TEXT_LIST_SETTINGS, name)) return `<Parameter Type="Array">${items(text).map((v) => `<Object Type="String">${escapeXml(v)}</Object>`).join('')}</Parameter>`;
  return `<Parameter Type="String">${escapeXml(text)}</Parameter>`;
}

/** The settings given, by name (the options of the schema that have a value). */
function givenSettings(options: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(options).filter(([name, value]) => Object.hasOwn(SETTING_OPTIONS, name) && value !== undefined);
}

/**
 * `spo tenant settings set`: changes settings of the tenant's SharePoint, each option one setting of the tenant
 * object (CSOM on the admin site); lists are committed with `Update` (spo/tenant/tenant-settings-set).
 */
export const spoTenantSettingsSet = command({
  name: 'spo tenant settings set',
  description: 'Sets tenant global settings',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: SETTING_OPTIONS,
  validate(options) {
    const given = givenSettings(options);
    if (given.length === 0) return 'needs one of its setting options (e.g. --SharingCapability ExternalUserSharingOnly); none was given.';
    const badGuid = given.filter(([name]) => isIn(GUID_LIST_SETTINGS, name)).flatMap(([, v]) => items(String(v))).find((g) => !GUID.test(g));
    if (badGuid !== undefined) return `'${badGuid}' is not a GUID (AllowedDomainListForSyncClient and DisabledWebPartIds take comma-separated GUIDs).`;
    const notWhole = given.find(([name, v]) => isIn(NUMBER_SETTINGS, name) && !Number.isInteger(v));
    return notWhole ? `${notWhole[0]} must be a whole number.` : undefined;
  },
  async run(context, options) {
    let id = 2;
    const actions = givenSettings(options).map(([name, value]) => {
      const set = `<SetProperty Id="${id++}" ObjectPathId="1" Name="${name}">${parameter(name, value)}</SetProperty>`;
      const isList = isIn(GUID_LIST_SETTINGS, name) || isIn(TEXT_LIST_SETTINGS, name);
      return isList ? `${set}<Method Name="Update" Id="${id++}" ObjectPathId="1" />` : set;
    });
    await onTenant(context, actions.join(''));
    return undefined;
  },
});
