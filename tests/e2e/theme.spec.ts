import { expect, test } from '@playwright/test';

const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system until the reader picks one, which survives reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const light = await background(page);
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('auto');

  await theme.selectOption('dark');
  const dark = await background(page);
  expect(dark).not.toBe(light);

  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await background(page)).toBe(dark);
  // The choice is applied before the first paint, so there is no flash of the light theme.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByLabel('Theme').selectOption('auto');
  await page.reload();
  expect(await background(page)).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(dark);
});
