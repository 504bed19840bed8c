import { expect, test } from '@playwright/test';
import { courseModel } from '../course-model';
import { courseNav, expectCurrentLesson, lessonLinks } from './helpers';

test('Next leads through every lesson in order, and Previous all the way back', async ({ page }) => {
  // Visits every page of the course, which takes longer than one test usually may.
  test.setTimeout(180_000);
  await page.goto('./');
  const lessons = await lessonLinks(page);
  expect(lessons.length).toBe(courseModel().lessons.length);
  const titles = lessons.map((lesson) => lesson.name.replace(/^\d+\.\d+\s*/, ''));

  await page.getByRole('link', { name: `Start with ${courseModel().lessons[0]!.section} ${courseModel().lessons[0]!.title}` }).click();
  for (const [index, title] of titles.entries()) {
    await expectCurrentLesson(page, title);
    const pager = page.getByRole('navigation', { name: 'Previous and next lessons' });
    if (index < titles.length - 1) await pager.getByRole('link', { name: /^Next/ }).click();
    else await expect(pager.getByRole('link', { name: /^Next/ })).toHaveCount(0);
  }
  for (const title of titles.toReversed()) {
    await expectCurrentLesson(page, title);
    const previous = page.getByRole('navigation', { name: 'Previous and next lessons' }).getByRole('link', { name: /^Previous/ });
    if (title !== titles[0]) await previous.click();
    else await expect(previous).toHaveCount(0);
  }
});

test('the sidebar marks the current page, and only that page', async ({ page }) => {
  await page.goto('./');
  const [, second] = await lessonLinks(page);
  await courseNav(page).getByRole('link', { name: second!.name }).click();
  const current = courseNav(page).locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', second!.href);
});

test('chapters in the sidebar collapse and expand', async ({ page }) => {
  await page.goto('./');
  // Chromium names an open <details> group inconsistently, so find it by its summary's text.
  const summary = courseNav(page).getByText(courseModel().chapters[0]!.heading);
  const chapter = courseNav(page).locator('details').filter({ hasText: courseModel().chapters[0]!.heading });
  await expect(chapter.getByRole('link', { name: 'Chapter overview' })).toBeVisible();
  await summary.click();
  await expect(chapter.getByRole('link')).toHaveCount(0);
  await summary.press('Enter');
  await expect(chapter.getByRole('link', { name: 'Chapter overview' })).toBeVisible();
});

test('breadcrumbs lead back to the chapter and the course', async ({ page }) => {
  await page.goto('./');
  const [first] = await lessonLinks(page);
  await page.goto(`.${first!.href}`);
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await breadcrumb.getByRole('link', { name: 'Chapter 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction to Enterprise Django Development');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Course' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enterprise Django');
});

test('the home page presents every chapter with its sections and summary', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Who this course is for' })).toBeVisible();
  for (const chapter of courseModel().chapters) {
    const card = page.getByRole('region', { name: chapter.heading });
    await expect(card.getByRole('listitem')).toHaveCount(chapter.lessons.length);
  }
});

test('a missing page explains itself and links back into the course', async ({ page }) => {
  const response = await page.goto('./no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'course home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enterprise Django');
});

test('every heading in a lesson has a permalink to itself', async ({ page }) => {
  await page.goto('./');
  const [first] = await lessonLinks(page);
  await page.goto(`.${first!.href}`);
  const headings = page.getByRole('article').locator('h2, h3');
  const count = await headings.count();
  expect(count).toBeGreaterThan(3);
  for (let index = 0; index < count; index++) {
    const heading = headings.nth(index);
    const id = await heading.getAttribute('id');
    const text = (await heading.textContent())!.trim();
    await expect(page.getByRole('link', { name: `Permalink to “${text}”` })).toHaveAttribute('href', `#${id}`);
  }
});

test('a lesson shows its reading time and objectives', async ({ page }) => {
  await page.goto('./');
  const [first] = await lessonLinks(page);
  await page.goto(`.${first!.href}`);
  await expect(page.getByText(/^\d+ min read$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'In this lesson you will' }).getByRole('listitem')).not.toHaveCount(0);
});
