import { expect, test } from '@playwright/test';
import { courseModel } from '../course-model';
import { PYTHON_BOOT_TIMEOUT, PYTHON_TEST_TIMEOUT, courseNav, expectCurrentLesson, forbidOtherOrigins, lessonLinks } from './helpers';

// This project serves the build made with BASE_PATH=/course/ (see playwright.config.ts).
test('under /course/ every page, link and asset works, and nothing leaves the origin', async ({ page, baseURL }) => {
  // Visits every page of the course, which takes longer than one test usually may.
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign = forbidOtherOrigins(page, origin);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('./');
  const lessons = await lessonLinks(page);
  expect(lessons.length).toBe(courseModel().lessons.length);
  for (const lesson of lessons) expect(lesson.href).toMatch(/^\/course\//);

  const hrefs = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) expect(href).toMatch(/^\/course\//);

  for (const lesson of lessons) {
    await courseNav(page).getByRole('link', { name: lesson.name }).click();
    await expectCurrentLesson(page, lesson.name.replace(/^\d+\.\d+\s*/, ''));
  }
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /^Chapter/ }).click();
  await expect(page).toHaveURL(/\/course\/chapter-\d+\/$/);

  const stylesheetApplied = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position);
  expect(stylesheetApplied).toBe('sticky');
  expect(failed).toEqual([]);
  expect(foreign).toEqual([]);
});

test('under /course/ the theme choice is remembered', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Theme').selectOption('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('under /course/ a sample runs, with every Python file from the site itself', async ({ page, baseURL }) => {
  test.setTimeout(PYTHON_TEST_TIMEOUT);
  const foreign = forbidOtherOrigins(page, new URL(baseURL!).origin);
  const runtime: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/runtime/')) runtime.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto('./chapter-1/what-is-enterprise-django/');
  await page.getByRole('button', { name: 'Run: Try the Supplier model' }).click();
  await expect(page.locator('runnable-sample').getByRole('status')).toHaveText(/Ran in \d+ ms with 4 SQL queries/, { timeout: PYTHON_BOOT_TIMEOUT });
  expect(runtime.length).toBeGreaterThan(3);
  for (const entry of runtime) expect(entry).toMatch(/^200 \/course\/runtime\//);
  expect(foreign).toEqual([]);
});
