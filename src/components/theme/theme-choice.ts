/** The storage key the inline theme script in <head> reads too. */
const THEME_KEY = 'enterprise-django:theme';

export type ThemeChoice = 'auto' | 'light' | 'dark';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'auto' || value === 'light' || value === 'dark';
}

/** The reader's saved choice; "auto" when none is saved or storage is unavailable. */
export function readThemeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return isThemeChoice(saved) ? saved : 'auto';
  } catch {
    return 'auto';
  }
}

/** Applies a choice at once and remembers it when storage allows. */
export function applyThemeChoice(choice: string): void {
  const theme: ThemeChoice = isThemeChoice(choice) ? choice : 'auto';
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private browsing or a full quota: the choice still applies to this page.
  }
}
