import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { courseModel } from '../course-model';
import { lessonLinks } from './helpers';

/**
 * Every axe rule switched on, including the ones axe leaves off by default (target size, duplicate
 * ids, audio captions...), on every page of the course in both colour schemes. One exception:
 * `color-contrast-enhanced` is WCAG AAA (7:1), which the site's accent (6.55:1 on white) and the
 * GitHub code colours (5.0-5.4:1) do not aim for; `color-contrast` holds every page to AA (4.5:1).
 */
const AAA_ONLY = new Set(['color-contrast-enhanced']);
const ALL_RULES = Object.fromEntries(axe.getRules().map(({ ruleId }) => [ruleId, { enabled: !AAA_ONLY.has(ruleId) }]));
const audit = (page: Page) => new AxeBuilder({ page }).options({ rules: ALL_RULES }).analyze();

const { chapters, lessons } = courseModel();
const pages = [
  './',
  ...chapters.map((chapter) => `.${chapter.path}`),
  ...lessons.map((lesson) => `.${lesson.path}`),
  './no-such-page/',
  './topics/',
  './search/?q=csrf',
  './progress/',
  './review/',
  './privacy/',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    // Every rule on the longest lessons (2.6 is 33,000 px tall) takes axe a while on a busy machine.
    test.setTimeout(180_000);

    // One test per page, so a slow machine spreads them over workers rather than timing out.
    for (const path of pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // A diagram's description in words is checked too, so it is opened first.
        for (const details of await page.locator('.diagram-text').all()) await details.locator('summary').click();
        const results = await audit(page);
        expect(results.violations).toEqual([]);
      });
    }

    test('a lesson chosen with the theme switch has no axe violations', async ({ page }) => {
      await page.goto('./');
      await page.getByLabel('Theme').selectOption(colorScheme === 'light' ? 'dark' : 'light');
      const [, second] = await lessonLinks(page);
      await page.goto(`.${second!.href}`);
      const results = await audit(page);
      expect(results.violations).toEqual([]);
    });
  });
}

test('the open mobile menu has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Menu' }).click();
  const results = await audit(page);
  expect(results.violations).toEqual([]);
});
