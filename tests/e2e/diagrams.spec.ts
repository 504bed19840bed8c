import { expect, test } from '@playwright/test';

// The diagrams are inline SVG drawn at build time: what only a browser can show is that they are
// named images with a description, take the theme's colours and fit a phone.

test('a diagram is a named image with its description in words', async ({ page }) => {
  await page.goto('./chapter-2/models-and-the-orm/');
  const diagram = page.getByRole('img', { name: "The library fixture's tables" });
  await expect(diagram).toHaveAccessibleDescription(/Loan \(table library_loan\)/);
  await page.getByText('The diagram in words').first().click();
  await expect(page.getByText('Each Loan belongs to exactly one Member')).toBeVisible();
});

test('a diagram follows the theme', async ({ page }) => {
  await page.goto('./chapter-1/key-concepts/');
  const text = page.getByRole('img', { name: 'How a request passes through the layers' }).locator('text.dg-fill-ink').first();
  const colour = () => text.evaluate((element) => getComputedStyle(element).fill);
  await page.getByLabel('Theme').selectOption('light');
  const light = await colour();
  await page.getByLabel('Theme').selectOption('dark');
  expect(await colour()).not.toBe(light);
});

test('on a 320 px phone a wide diagram scrolls inside its frame, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('./chapter-2/models-and-the-orm/');
  const frame = page.locator('#diagram-fixture-library .diagram-canvas');
  expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Keyboard users scroll it too.
  await frame.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});
