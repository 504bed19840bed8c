import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { lessonLinks } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    // One test per page, so a slow machine spreads them over workers rather than timing out.
    for (const path of ['./', './chapter-1/', './chapter-1/what-is-enterprise-django/', './chapter-2/', './no-such-page/', './topics/', './search/?q=csrf', './privacy/']) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations).toEqual([]);
      });
    }

    test('a lesson chosen with the theme switch has no axe violations', async ({ page }) => {
      await page.goto('./');
      await page.getByLabel('Theme').selectOption(colorScheme === 'light' ? 'dark' : 'light');
      const [, second] = await lessonLinks(page);
      await page.goto(`.${second!.href}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  });
}

test('the open mobile menu has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Menu' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
