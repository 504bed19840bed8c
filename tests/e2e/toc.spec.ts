import { expect, test } from '@playwright/test';
import { lessonLinks } from './helpers';

test('"On this page" links scroll to their headings and mark the heading being read', async ({ page }) => {
  await page.goto('./');
  const [first] = await lessonLinks(page);
  await page.goto(`.${first!.href}`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(3);

  for (const index of [count - 1, Math.floor(count / 2), 1]) {
    const link = links.nth(index);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const heading = page.locator(target);
    await expect(heading).toBeInViewport();
    await expect(link).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
  }
});
