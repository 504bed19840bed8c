import { expect, test } from '@playwright/test';
import { courseNav } from './helpers';

test.use({ viewport: { width: 360, height: 740 } });

test('the menu opens, keeps focus inside, and closes with Escape, returning focus to its button', async ({ page }) => {
  await page.goto('./');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(courseNav(page)).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(courseNav(page)).toBeVisible();

  const links = await courseNav(page).getByRole('link').count();
  for (let press = 0; press < links + 25; press++) {
    await page.keyboard.press(press % 7 === 6 ? 'Shift+Tab' : 'Tab');
    const inside = await page.evaluate(() => {
      const active = document.activeElement;
      return Boolean(active && (active.closest('#course-nav') || active.closest('menu-toggle')));
    });
    expect(inside, `focus left the menu after ${press + 1} key presses`).toBe(true);
  }

  await page.keyboard.press('Escape');
  await expect(courseNav(page)).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
});

test('choosing a lesson from the menu opens it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Menu' }).click();
  await courseNav(page).getByRole('link', { name: /^2\.1/ }).click();
  await expect(page.getByText('Section 2.1')).toBeVisible();
  await expect(courseNav(page)).toBeHidden();
});
