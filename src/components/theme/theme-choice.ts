export type ThemeChoice = 'auto' | 'light' | 'dark';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'auto' || value === 'light' || value === 'dark';
}

/** The reader's saved choice under `key`; "auto" when none is saved or storage is unavailable. */
export function readThemeChoice(key: string): ThemeChoice {
  try {
    const saved = localStorage.getItem(key);
    return isThemeChoice(saved) ? saved : 'auto';
  } catch {
    return 'auto';
  }
}

/** Applies a choice at once and remembers it under `key` when storage allows. */
export function applyThemeChoice(choice: string, key: string): void {
  const theme: ThemeChoice = isThemeChoice(choice) ? choice : 'auto';
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'auto') localStorage.removeItem(key);
    else localStorage.setItem(key, theme);
  } catch {
    // Private browsing or a full quota: the choice still applies to this page.
  }
}
