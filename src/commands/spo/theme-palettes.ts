/**
 * The standard SharePoint themes `spo theme apply --sharePointTheme` applies: each one's palette, one colour per slot
 * (in `SLOTS` order, as RGB hex), every colour opaque.
 */
export const SLOTS = ['themePrimary', 'themeLighterAlt', 'themeLighter', 'themeLight', 'themeTertiary', 'themeSecondary', 'themeDarkAlt', 'themeDark', 'themeDarker', 'accent', 'neutralLighterAlt', 'neutralLighter', 'neutralLight', 'neutralQuaternaryAlt', 'neutralQuaternary', 'neutralTertiaryAlt', 'neutralTertiary', 'neutralSecondary', 'neutralPrimaryAlt', 'neutralPrimary', 'neutralDark', 'black', 'white', 'primaryBackground', 'primaryText'] as const;

export const SHAREPOINT_THEMES: Readonly<Record<string, string>> = {
  'Blue':
    '0078d4 eff6fc deecf9 c7e0f4 71afe5 2b88d8 106ebe 005a9e 004578 8764b8 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
  'Orange':
    'ca5010 fdf7f4 f6dfd2 efc4ad df8f64 d06228 b5490f 993e0c 712d09 986f0b f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
  'Red':
    'a4262c fbf4f4 f0d3d4 e3afb2 c86c70 ae383e 932227 7c1d21 5b1519 ca5010 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
  'Purple':
    '8764b8 f9f8fc e9e2f4 d7c9ea b29ad4 9372c0 7959a5 664b8c 4b3867 038387 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
  'Green':
    '498205 f6faf0 dbebc7 bdda9b 85b44c 5a9117 427505 386304 294903 038387 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
  'Gray':
    '69797e f8f9fa e4e9ea cdd5d8 9fadb1 78888d 5d6c70 4f5b5f 3a4346 0078d4 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
  'Dark Yellow':
    'ffc83d 0a0802 29200a 4d3c12 997825 e0b036 ffce51 ffd56c ffe092 ffc83d 282828 313131 3f3f3f 484848 4f4f4f 6d6d6d c8c8c8 d0d0d0 dadada ffffff f4f4f4 f8f8f8 1f1f1f 1f1f1f ffffff',
  'Dark Blue':
    '3a96dd 020609 091823 112d43 235a85 3385c3 4ba0e1 65aee6 8ac2ec 3a96dd 1d2b3c 223244 2b3d51 324459 374a5f 4f637a c8c8c8 d0d0d0 dadada ffffff f4f4f4 f8f8f8 182534 182534 ffffff',
};

/** The theme JSON of a standard theme, as the site theming API takes it: `{"palette":{"themePrimary":{"R":…},…}}`. */
export function sharePointThemeJson(name: string): string | undefined {
  const colours = SHAREPOINT_THEMES[name]?.split(' ');
  if (colours === undefined) return undefined;
  const rgba = (hex: string): { R: number; G: number; B: number; A: number } => ({
    R: parseInt(hex.slice(0, 2), 16),
    G: parseInt(hex.slice(2, 4), 16),
    B: parseInt(hex.slice(4, 6), 16),
    A: 255,
  });
  return JSON.stringify({ palette: Object.fromEntries(SLOTS.map((slot, i) => [slot, rgba(colours[i])])) });
}
