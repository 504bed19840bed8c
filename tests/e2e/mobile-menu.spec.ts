import { expect, test } from '@playwright/test';
import { courseNav, lessonLinks } from './helpers';

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

test('every page fits a 320 px screen without sideways scrolling', async ({ page }) => {
  // Visits every page of the course, which takes longer than one test usually may.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('./');
  const paths = ['./', './chapter-1/', './chapter-2/', ...(await lessonLinks(page)).map((lesson) => `.${lesson.href}`)];
  for (const path of paths) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});
