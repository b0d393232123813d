import { command } from '../kit/index.js';
import { tenantThemes } from './shared-config-b.js';

/** `spo theme list`: the custom themes of the tenant (spo/theme/theme-list). */
export const spoThemeList = command({
  name: 'spo theme list',
  description: 'Retrieves the list of custom themes',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {},
  run: (context) => tenantThemes(context),
});
