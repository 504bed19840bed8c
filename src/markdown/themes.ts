import { bundledThemes, type ThemeRegistration } from 'shiki';

/**
 * GitHub's themes, with comments darkened (light) or lightened (dark): their stock comment
 * colours sit just at 4.5:1 on a plain background and fall below it on highlighted or diff lines.
 */
async function withCommentColour(name: 'github-light-default' | 'github-dark-default', foreground: string): Promise<ThemeRegistration> {
  const theme = (await bundledThemes[name]()).default as ThemeRegistration;
  return {
    ...theme,
    name: `${name}-readable`,
    tokenColors: (theme.tokenColors ?? []).map((rule) =>
      [rule.scope].flat().includes('comment') ? { ...rule, settings: { ...rule.settings, foreground } } : rule,
    ),
  };
}

export const lightTheme = await withCommentColour('github-light-default', '#57606a');
export const darkTheme = await withCommentColour('github-dark-default', '#a2abb6');
