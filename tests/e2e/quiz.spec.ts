import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// The fixture quiz uses every question type; it is built only for the tests (TEST_FIXTURES=1).
const FIXTURE = './test-fixtures/every-question-type/';
const STORAGE_KEY = 'enterprise-django:progress';
const RIGHT_ORDER = ['Create a virtual environment', 'Install Django', 'Run django-admin startproject'];

const question = (page: Page, number: number) => page.getByRole('group', { name: `Question ${number} of 6` });
const score = (page: Page) => page.getByRole('status').filter({ hasText: /You got/ });
const checkAnswers = (page: Page) => page.getByRole('button', { name: 'Check answers' });

async function orderShown(list: Locator): Promise<string[]> {
  return (await list.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/[↑↓]/g, '').trim());
}

/** Moves each item up until it reaches its place, with the item's own Move up button. */
async function putInOrder(page: Page) {
  const list = question(page, 6).getByRole('list', { name: 'Items to put in order' });
  for (const [target, item] of RIGHT_ORDER.entries()) {
    while ((await orderShown(list)).indexOf(item) > target) {
      await list.getByRole('button', { name: `Move up: ${item}` }).click();
    }
  }
  expect(await orderShown(list)).toEqual(RIGHT_ORDER);
}

async function answerAllRight(page: Page) {
  await question(page, 1).getByRole('radio', { name: 'Django' }).check();
  await question(page, 2).getByRole('checkbox', { name: 'An ORM' }).check();
  await question(page, 2).getByRole('checkbox', { name: 'An admin site' }).check();
  await question(page, 3).getByRole('radio', { name: 'True' }).check();
  await question(page, 4).getByLabel('Your answer').fill('select_related');
  await question(page, 5).getByLabel('Your answer (a number)').fill('3');
  await putInOrder(page);
}

test('wrong answers get explanations and a score; retrying the missed ones reaches full marks', async ({ page }) => {
  await page.goto(FIXTURE);
  await question(page, 1).getByRole('radio', { name: 'Flask' }).check();
  await question(page, 2).getByRole('checkbox', { name: 'An ORM' }).check(); // a partial selection
  await question(page, 4).getByLabel('Your answer').fill('  Select_Related ');
  await question(page, 5).getByLabel('Your answer (a number)').fill('3');
  await checkAnswers(page).click();

  await expect(score(page)).toHaveText(/You got 2 of 6 right/);
  await expect(score(page)).toBeFocused();
  await expect(question(page, 1)).toContainText('Not quite.');
  await expect(question(page, 1)).toContainText('Answer: Django');
  await expect(question(page, 1)).toContainText('Flask is a different Python framework.');
  await expect(question(page, 1).getByRole('link', { name: /What Django is/ })).toHaveAttribute('href', /\/chapter-1\/what-is-enterprise-django\/#what-django-is$/);
  await expect(question(page, 3)).toContainText('Not answered.');
  await expect(question(page, 4)).toContainText('Correct.');
  await expect(question(page, 1).getByRole('radio', { name: 'Django' })).toBeDisabled();

  await page.getByRole('button', { name: 'Retry missed questions' }).click();
  // Right answers stay, locked; missed ones are cleared and open again.
  await expect(question(page, 4).getByLabel('Your answer')).toHaveValue('  Select_Related ');
  await expect(question(page, 4).getByLabel('Your answer')).toBeDisabled();
  await expect(question(page, 1).getByRole('radio', { name: 'Flask' })).not.toBeChecked();
  await expect(question(page, 1)).not.toContainText('Not quite.');

  await question(page, 1).getByRole('radio', { name: 'Django' }).check();
  await question(page, 2).getByRole('checkbox', { name: 'An admin site' }).check();
  await question(page, 2).getByRole('checkbox', { name: 'An ORM' }).check();
  await question(page, 3).getByRole('radio', { name: 'True' }).check();
  await putInOrder(page);
  await checkAnswers(page).click();
  await expect(score(page)).toHaveText(/You got 6 of 6 right\. Well done/);
  await expect(page.getByRole('button', { name: 'Retry missed questions' })).toBeHidden();
});

test('answers and the best score are restored after a reload; Start over clears them', async ({ page }) => {
  await page.goto(FIXTURE);
  await answerAllRight(page);
  await question(page, 3).getByRole('radio', { name: 'False' }).check();
  await checkAnswers(page).click();
  await expect(score(page)).toHaveText(/5 of 6/);

  await page.reload();
  await expect(page.getByText('Your best score: 5 of 6.')).toBeVisible();
  await expect(question(page, 1).getByRole('radio', { name: 'Django' })).toBeChecked();
  await expect(question(page, 3).getByRole('radio', { name: 'False' })).toBeChecked();
  await expect(question(page, 4).getByLabel('Your answer')).toHaveValue('select_related');
  expect(await orderShown(question(page, 6).getByRole('list', { name: 'Items to put in order' }))).toEqual(RIGHT_ORDER);
  await expect(question(page, 3)).toContainText('Not quite.');

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(question(page, 1).getByRole('radio', { name: 'Django' })).not.toBeChecked();
  await expect(question(page, 4).getByLabel('Your answer')).toHaveValue('');
  await page.reload();
  await expect(question(page, 4).getByLabel('Your answer')).toHaveValue('');
  await expect(page.getByText('Your best score: 5 of 6.')).toBeVisible();
});

test('a quiz can be completed with the keyboard alone', async ({ page }) => {
  await page.goto(FIXTURE);
  const focusedIn = (number: number) => question(page, number).evaluate((fieldset) => fieldset.contains(document.activeElement));
  // Tab from the top of the page into the first question.
  for (let press = 0; press < 80 && !(await focusedIn(1)); press++) await page.keyboard.press('Tab');
  expect(await focusedIn(1)).toBe(true);

  await page.keyboard.press('Space');
  for (let step = 0; step < 3 && !(await question(page, 1).getByRole('radio', { name: 'Django' }).isChecked()); step++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  for (const name of ['A JavaScript bundler', 'An ORM', 'An admin site']) {
    const box = question(page, 2).getByRole('checkbox', { name });
    while (!(await box.evaluate((element) => element === document.activeElement))) await page.keyboard.press('Tab');
    if (name !== 'A JavaScript bundler') await page.keyboard.press('Space');
  }
  while (!(await focusedIn(3))) await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // True is first
  await page.keyboard.press('Tab');
  await page.keyboard.type('select_related');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');

  const list = question(page, 6).getByRole('list', { name: 'Items to put in order' });
  for (const [target, item] of RIGHT_ORDER.entries()) {
    const up = list.getByRole('button', { name: `Move up: ${item}` });
    while (!(await up.evaluate((element) => element === document.activeElement))) await page.keyboard.press('Tab');
    while ((await orderShown(list)).indexOf(item) > target) await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab'); // back to the top of the list for the next item
    while (await focusedIn(6)) await page.keyboard.press('Shift+Tab');
  }
  while (!(await checkAnswers(page).evaluate((element) => element === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(score(page)).toHaveText(/You got 6 of 6 right/);
  await expect(score(page)).toBeFocused();
});

test('saved data broken by hand does not break the quiz, and is kept aside', async ({ page }) => {
  await page.goto(FIXTURE);
  await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"lessons":'), STORAGE_KEY);
  await page.reload();
  await expect(page.getByRole('note').filter({ hasText: 'could not be read' })).toBeVisible();
  await answerAllRight(page);
  await checkAnswers(page).click();
  await expect(score(page)).toHaveText(/6 of 6/);
  expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), STORAGE_KEY)).toBe('{"version":2,"lessons":');
});

test('when storage is unavailable the quiz still works and says it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(FIXTURE);
  await expect(page.getByRole('note').filter({ hasText: 'not letting the course save your answers' })).toBeVisible();
  await answerAllRight(page);
  await checkAnswers(page).click();
  await expect(score(page)).toHaveText(/6 of 6/);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with feedback showing, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(FIXTURE);
    await question(page, 1).getByRole('radio', { name: 'Flask' }).check();
    await question(page, 4).getByLabel('Your answer').fill('select_related');
    await checkAnswers(page).click();
    await expect(score(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('every complete lesson ends with its quiz', async ({ page }) => {
  await page.goto('./chapter-1/what-is-enterprise-django/');
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await expect(quiz.getByRole('group')).toHaveCount(await quiz.getByRole('group').count());
  expect(await quiz.getByRole('group').count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Check your understanding' })).toHaveAttribute('href', '#quiz-heading');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each question is readable, with its answer and explanation behind a disclosure', async ({ page }) => {
    await page.goto(FIXTURE);
    const first = question(page, 1);
    await expect(first).toContainText('Which framework does this course teach?');
    await expect(first.getByText('The course teaches Django 5.2 LTS.')).toBeHidden();
    await first.getByText('Show the answer').click();
    await expect(first.getByText('The course teaches Django 5.2 LTS.')).toBeVisible();
    await expect(first).toContainText('Answer: Django');
    await expect(page.getByRole('button', { name: 'Check answers' })).toBeHidden();
  });
});
