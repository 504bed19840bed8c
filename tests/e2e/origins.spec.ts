import { expect, test } from '@playwright/test';
import { forbidOtherOrigins, lessonLinks } from './helpers';

test('no page requests anything from another origin, and nothing is missing', async ({ page, baseURL }) => {
  // Visits every page of the course, which takes longer than one test usually may.
  test.setTimeout(180_000);
  const foreign = forbidOtherOrigins(page, new URL(baseURL!).origin);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('./');
  const lessons = await lessonLinks(page);
  for (const path of ['./', './chapter-1/', './chapter-2/', ...lessons.map((lesson) => `.${lesson.href}`)]) {
    // Everything a page asks for while loading is requested before its load event.
    await page.goto(path, { waitUntil: 'load' });
  }
  expect(foreign).toEqual([]);
  expect(failed).toEqual([]);
});
