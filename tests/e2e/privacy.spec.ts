import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('the privacy page says what is stored and clears it after asking, offline copy included', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Theme').selectOption('dark');
  await page.evaluate(() => localStorage.setItem('someone-else', 'kept'));
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect(page.getByRole('main')).toContainText('enterprise-django:progress');
  await expect(page.getByRole('main')).toContainText('an offline copy of the course');
  await page.evaluate(() => navigator.serviceWorker.ready);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Clear everything this course stored' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText('Removed 1 saved item. Removed the offline copy of the course.');
  expect(await page.evaluate(() => [localStorage.getItem('enterprise-django:theme'), localStorage.getItem('someone-else')])).toEqual([null, 'kept']);
  expect(await page.evaluate(async () => [(await caches.keys()).length, (await navigator.serviceWorker.getRegistrations()).length])).toEqual([0, 0]);
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('auto');
});

test('declining the confirmation clears nothing', async ({ page }) => {
  await page.goto('./privacy/');
  await page.getByLabel('Theme').selectOption('light');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Clear everything this course stored' }).click();
  expect(await page.evaluate(() => localStorage.getItem('enterprise-django:theme'))).toBe('light');
});
