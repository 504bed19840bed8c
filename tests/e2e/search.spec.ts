import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { load } from 'js-yaml';
import { courseModel } from '../course-model';
import { expect, test, type Page } from '@playwright/test';

/** Each query and the lesson that teaches it, which must come first. */
const EXPECTED_FIRST: [string, string][] = [
  ['select_related', '2.6 Performance considerations'],
  ['prefetch_related', '2.6 Performance considerations'],
  ['unique_together', '2.5 Handling data integrity'],
  ['UniqueConstraint', '2.5 Handling data integrity'],
  ['full_clean', '2.4 Model validation'],
  ['pre_save', '2.5 Handling data integrity'],
  ['proxy model', '2.3 Advanced model features'],
  ['virtual environment', '1.4 Setting up your development environment'],
  ['DJANGO_SETTINGS_MODULE', '1.5 Project structure and best practices'],
  ['CSRF', '1.2 Why Django for the enterprise'],
  ['Meta.indexes', '2.6 Performance considerations'],
  ['N+1', '2.6 Performance considerations'],
];

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the course' });
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Search results' }).locator(':scope > li');

const searchLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Search' });

async function openSearch(page: Page) {
  await searchLink(page).click();
  await expect(dialog(page)).toBeVisible();
}

test('each Django name finds the lesson that teaches it first', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await openSearch(page);
  const input = dialog(page).getByRole('searchbox', { name: 'Search the course' });
  for (const [query, lesson] of EXPECTED_FIRST) {
    await input.fill(query);
    await expect(dialog(page).getByRole('status')).toContainText(`for “${query}”`);
    await expect(results(page).first().getByRole('link').first(), `first result for ${query}`).toHaveText(lesson);
  }
});

test('a name used verbatim outranks names that share a fragment, and code in excerpts is shown as code', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  await dialog(page).getByRole('searchbox').fill('db_table');
  await expect(dialog(page).getByRole('status')).toContainText('found for “db_table”');
  await expect(results(page).first().getByRole('link').first()).toHaveText('2.3 Advanced model features');
  await expect(results(page).first().locator('.search-excerpt code mark').first()).toHaveText(/db_table/);
});

test('a misspelt name is searched as the course spells it, and the status says so', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  await dialog(page).getByRole('searchbox').fill('selct_related');
  await expect(dialog(page).getByRole('status')).toContainText('found for “select_related” (no match for “selct_related”)');
  await expect(results(page).first().getByRole('link').first()).toHaveText('2.6 Performance considerations');
});

test('a search without matches says so and points to the topics index', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  await dialog(page).getByRole('searchbox').fill('xylophone quasar');
  await expect(dialog(page).getByRole('status')).toHaveText('Nothing found for “xylophone quasar”. Try a shorter word, another spelling, or the topics index.');
  await dialog(page).getByRole('link', { name: 'Browse the topics index' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics A–Z');
});

test('search works from the keyboard alone, and Escape returns focus', async ({ page }) => {
  await page.goto('./chapter-1/');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('CSRF');
  await expect(results(page).first()).toContainText('1.2 Why Django for the enterprise');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first().getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(results(page).first().getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(searchLink(page)).toBeFocused();

  await page.keyboard.press('ControlOrMeta+k');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('CSRF');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapter-1\/why-django-for-the-enterprise\/\?highlight=CSRF/);
  // The searched word is marked on the page the result opened.
  await expect(page.getByRole('article').locator('mark').first()).toHaveText(/csrf/i);
});

test('results show the section, an excerpt with the match marked, and links to headings', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  await dialog(page).getByRole('searchbox').fill('select_related');
  await expect(dialog(page).getByRole('status')).toContainText('found for “select_related”');
  const first = results(page).first();
  await expect(first.getByRole('link').first()).toHaveText('2.6 Performance considerations');
  await expect(first.locator('mark').first()).toBeVisible();
  const headingLinks = first.getByRole('list').getByRole('link');
  await expect(headingLinks.first()).toHaveAttribute('href', /\/chapter-2\/performance\/\?highlight=select_related#.+/);
});

test('the chapter filter limits results to one chapter', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  await dialog(page).getByRole('searchbox').fill('settings');
  await dialog(page).getByLabel('Chapter').selectOption('Chapter 2');
  await expect(dialog(page).getByRole('status')).toContainText('in Chapter 2');
  const titles = await results(page).locator('.search-result-link').allInnerTexts();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title).toMatch(/^2\./);
});

test('the search page works from a link, and the results exclude navigation and quiz answers', async ({ page }) => {
  await page.goto('./search/?q=N%2B1');
  const main = page.getByRole('main');
  await expect(main.getByRole('searchbox')).toHaveValue('N+1');
  await expect(main.locator('.search-result-link').first()).toHaveText('2.6 Performance considerations');
});

test('quiz answers and explanations are not in the index', async ({ page }) => {
  const { word, lessonPath } = wordOnlyInQuizzes();
  await page.goto(`.${lessonPath}`);
  await expect(page.getByRole('region', { name: 'Check your understanding' })).toContainText(new RegExp(word, 'i'));
  await page.goto(`./search/?q=${word}`);
  // Either nothing at all, or results for a nearer course word, never for the quiz's own word.
  await expect(page.getByRole('main').getByRole('status')).toContainText(new RegExp(`Nothing found for “${word}”|no match for “${word}”`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page explains itself and offers the topics index', async ({ page }) => {
    await page.goto('./search/');
    await expect(page.getByText('Searching runs in your browser and needs JavaScript.')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'topics index' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics A–Z');
  });
});

test('the topics index links terms to the sections and headings that teach them', async ({ page }) => {
  await page.goto('./topics/');
  const term = page.getByRole('term').filter({ hasText: /^select_related$/ });
  await expect(term).toHaveCount(1);
  const definition = page.locator('dt:has-text("select_related") + dd');
  await definition.getByRole('link', { name: '2.6 Performance considerations' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Performance considerations');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with the search dialog open, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await openSearch(page);
    await dialog(page).getByRole('searchbox').fill('select_related');
    await expect(results(page).first()).toBeVisible();
    const found = await new AxeBuilder({ page }).analyze();
    expect(found.violations).toEqual([]);
  });
}

/**
 * A word of seven letters or more that a quiz uses (in a prompt, option, feedback or explanation)
 * and no lesson text does, not even a word sharing its first six letters (search stems words).
 */
function wordOnlyInQuizzes(): { word: string; lessonPath: string } {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{7,}/g) ?? []);
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const lessons = courseModel().lessons;
  const lessonText = lessons.map((lesson) => readFileSync(`content${lesson.path.slice(0, -1)}.mdx`, 'utf8')).join(' ').toLowerCase();
  const stems = new Set(lessonText.match(/[a-z]{6,}/g)?.map((word) => word.slice(0, 6)));
  for (const lesson of lessons.filter((candidate) => candidate.quizQuestions > 0)) {
    const quiz = strings(load(readFileSync(`content${lesson.path.slice(0, -1)}.quiz.yaml`, 'utf8'))).join(' ');
    const word = [...words(quiz)].sort().find((candidate) => !stems.has(candidate.slice(0, 6)));
    if (word) return { word, lessonPath: lesson.path };
  }
  throw new Error('Every word of the quizzes also appears in a lesson: pick another way to check that quizzes are not indexed.');
}
