import { expect, test } from '@playwright/test';
import { courseModel } from '../course-model';
import { courseNav, lessonLinks } from './helpers';

test.use({ javaScriptEnabled: false });

test('without JavaScript every lesson is readable and navigable', async ({ page }) => {
  // Visits every page of the course, which takes longer than one test usually may.
  test.setTimeout(180_000);
  await page.goto('./');
  const lessons = await lessonLinks(page);
  expect(lessons.length).toBe(courseModel().lessons.length);
  for (const lesson of lessons) {
    await courseNav(page).getByRole('link', { name: lesson.name }).click();
    await expect(page).toHaveURL(new RegExp(`${lesson.href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('article')).not.toBeEmpty();
    await expect(page.getByRole('navigation', { name: 'Previous and next lessons' }).getByRole('link')).not.toHaveCount(0);
  }
});

test('without JavaScript, narrow screens still reach the course navigation', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  const nav = courseNav(page);
  await nav.scrollIntoViewIfNeeded();
  await expect(nav.getByRole('link', { name: /^1\.1/ })).toBeVisible();
});

test('without JavaScript the progress and review pages say why they are empty, and hide their controls', async ({ page }) => {
  await page.goto('./progress/');
  await expect(page.getByText('Your progress is kept by your browser and shown with JavaScript, which is off.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
  await page.goto('./review/');
  await expect(page.getByText('The review schedule is kept by your browser and needs JavaScript, which is off.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('group')).toHaveCount(0);
  await page.goto('./chapter-1/what-is-enterprise-django/');
  await expect(page.getByRole('checkbox', { name: 'I have read this section' })).toBeHidden();
});

test('without JavaScript an exercise shows its task, starter code, hints and solution', async ({ page }) => {
  await page.goto('./chapter-2/performance/');
  const exercise = page.getByRole('region', { name: 'Exercise: Fix the N+1 loop' });
  await expect(exercise).toContainText('at most 2 queries');
  await expect(exercise).toContainText('def list_books():');
  await expect(exercise.getByRole('button', { name: 'Check' })).toBeHidden();
  await exercise.getByText('Solution and explanation').click();
  await expect(exercise).toContainText('select_related("author")');
  await exercise.getByText(/^Hint 1 of/).click();
  await expect(exercise).toContainText('foreign key');
});

test('without JavaScript a sample lists the SQL it runs, repeats counted', async ({ page }) => {
  await page.goto('./chapter-2/performance/');
  const sample = page.locator('runnable-sample').filter({ has: page.getByRole('figure', { name: 'The N+1 problem' }) });
  await sample.getByText('The SQL it runs: 11 SQL queries, 2 distinct').click();
  await expect(sample.getByRole('listitem')).toHaveCount(2);
  await expect(sample.getByRole('listitem').nth(1)).toContainText('FROM "library_author"');
});
