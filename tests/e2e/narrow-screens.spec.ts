import { expect, test } from '@playwright/test';
import { courseModel } from '../course-model';
import { courseNav, sitemapPaths } from './helpers';

// No page may pan sideways on a phone: the narrowest common width and today's typical one.
for (const width of [320, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no page scrolls sideways at ${width} px, ${colorScheme} theme`, async ({ page }) => {
      // Visits every page of the course, which takes longer than one test usually may.
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      const wide: string[] = [];
      for (const path of [...(await sitemapPaths(page)), '/progress/', '/review/', '/no-such-page/', '/test-fixtures/every-question-type/']) {
        await page.goto(`.${path}`);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        if (scrollWidth > clientWidth) wide.push(`${path} is ${scrollWidth} px wide`);
      }
      expect(wide).toEqual([]);
    });
  }
}

test('code in a quiz question is readable whole at 320 px, with no button over it', async ({ page }) => {
  // Visits every lesson, which takes longer than one test usually may.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const lessons = courseModel().lessons.filter((candidate) => candidate.quizQuestions > 0);
  const unreadable: string[] = [];
  for (const lesson of lessons) {
    await page.goto(`.${lesson.path}`);
    const blocks = page.getByRole('region', { name: 'Check your understanding' }).getByRole('group').locator('figure');
    const problems = await blocks.evaluateAll((figures) =>
      figures.flatMap((figure) => {
        const pre = figure.querySelector('pre')!;
        const firstLine = figure.querySelector('.line')!.getBoundingClientRect();
        const button = figure.querySelector('button')?.getBoundingClientRect();
        const text = (figure.querySelector('.line')!.textContent ?? '').slice(0, 30);
        return [
          ...(pre.scrollWidth > pre.clientWidth ? [`"${text}" is cut off`] : []),
          ...(button && button.bottom > firstLine.top && button.left < firstLine.right ? [`"${text}" is under the copy button`] : []),
        ];
      }),
    );
    unreadable.push(...problems.map((problem) => `${lesson.path}: ${problem}`));
  }
  expect(unreadable).toEqual([]);
});

test('the course navigation shows the current lesson, however far down the course it is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const last = courseModel().lessons.at(-1)!;
  await page.goto(`.${last.path}`);
  const current = courseNav(page).locator('[aria-current="page"]');
  await expect(current).toContainText(last.title);
  await expect(current).toBeInViewport();
  const inPane = await current.evaluate((link) => {
    const pane = link.closest('nav')!.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= pane.bottom;
  });
  expect(inPane).toBe(true);
});
