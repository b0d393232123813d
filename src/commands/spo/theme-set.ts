import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY } from '../kit/index.js';
import { tenantThemes } from './shared-config-b.js';
import { adminUrl } from './shared-sites.js';

/** The palette slots a theme must give, each a `#rgb` or `#rrggbb` colour. */
const REQUIRED_SLOTS = [
  'themePrimary', 'themeLighterAlt', 'themeLighter', 'themeLight', 'themeTertiary', 'themeSecondary', 'themeDarkAlt', 'themeDark', 'themeDarker',
  'neutralLighterAlt', 'neutralLighter', 'neutralLight', 'neutralQuaternaryAlt', 'neutralQuaternary', 'neutralTertiaryAlt', 'neutralTertiary',
  'neutralSecondary', 'neutralPrimaryAlt', 'neutralPrimary', 'neutralDark', 'black', 'white',
];

/** What is wrong with a palette, if anything. */
function paletteProblem(theme: unknown): string | undefined {
  if (typeof theme !== 'object' || theme === null || Array.isArray(theme)) return 'The specified theme is not valid: --theme must be a JSON object of palette colours.';
  const palette = new Map(Object.entries(theme));
  const missing = REQUIRED_SLOTS.filter((slot) => !palette.has(slot));
  if (missing.length > 0) return `The specified theme is not valid: it lacks ${missing.join(', ')}.`;
  const bad = REQUIRED_SLOTS.find((slot) => !/^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(String(palette.get(slot))));
  return bad === undefined ? undefined : `The specified theme is not valid: ${bad} must be a colour like #0078d4.`;
}

/**
 * `spo theme set`: adds a custom theme to the tenant, or updates the theme of that name (spo/theme/theme-set). The
 * site theming REST API adds and updates separately, so the store is read first to choose.
 */
export const spoThemeSet = command({
  name: 'spo theme set',
  description: 'Add or update a theme',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    name: opt.string('Name of the theme to add or update.', { short: 'n', required: true }),
    theme: opt.json('The palette of the theme: a JSON object of colours (themePrimary, …, white).', { short: 't', required: true }),
    isInverted: opt.boolean('The theme is inverted (light text on a dark background).'),
  },
  validate: ({ theme }) => paletteProblem(theme),
  async run(context, { name, theme, isInverted }) {
    const exists = (await tenantThemes(context)).some((t) => t.name.toLowerCase() === name.toLowerCase());
    await context.http.request({
      method: 'POST',
      url: `${adminUrl(context)}/_api/thememanager/${exists ? 'UpdateTenantTheme' : 'AddTenantTheme'}`,
      headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY },
      body: { name, themeJson: JSON.stringify({ isInverted: isInverted === true, name, palette: theme }) },
    });
    return undefined;
  },
});
