import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { courseModel, quizQuestionCount } from '../course-model';
import { PROGRESS_KEY as STORAGE_KEY } from '../../src/lib/storage-keys';
import { isFocused, pressUntil } from './helpers';

// The fixture quiz uses every question type; it is built only for the tests (TEST_FIXTURES=1).
const FIXTURE = './test-fixtures/every-question-type/';
const COUNT = quizQuestionCount('tests/fixtures/every-question-type.quiz.yaml');
/** The fixture's ordering question, and its items in the right order. */
const ORDERING = 6;
const RIGHT_ORDER = ['Create a virtual environment', 'Install Django', 'Run django-admin startproject'];

const question = (page: Page, number: number) => page.getByRole('group', { name: `Question ${number} of ${COUNT}` });
const score = (page: Page) => page.getByRole('status').filter({ hasText: /You got/ });
const checkAnswers = (page: Page) => page.getByRole('button', { name: 'Check answers' });

async function orderShown(list: Locator): Promise<string[]> {
  // After checking, each item also says whether it is in its place.
  return (await list.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/[↑↓]|\((in its place|belongs at \d+)\)/g, '').trim());
}

/** Moves each item up until it reaches its place, with the item's own Move up button. */
async function putInOrder(page: Page) {
  const list = question(page, ORDERING).getByRole('list', { name: 'Items to put in order' });
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

  await expect(score(page)).toHaveText(`You got 2 of ${COUNT} right. ${COUNT - 2} to review: read the explanations, then retry the missed questions.`);
  await expect(score(page)).toBeFocused();
  await expect(question(page, 1)).toContainText('Not quite.');
  await expect(question(page, 1)).toContainText('Answer: Django');
  await expect(question(page, 1)).toContainText('Flask is a different Python framework.');
  await expect(question(page, 1).getByRole('link', { name: /What Django is/ })).toHaveAttribute('href', /\/chapter-1\/what-is-enterprise-django\/#what-django-is$/);
  await expect(question(page, 3)).toContainText('Not answered.');
  await expect(question(page, 4)).toContainText('Correct.');
  // A right answer's explanation is one click away; a missed one's is open.
  await expect(question(page, 4).getByText('joins single-valued relations in the same query')).toBeHidden();
  await expect(question(page, 1).getByText('Flask is a different Python framework.')).toBeVisible();
  // The ordering question says of each item whether it is in its place, in words.
  const items = question(page, ORDERING).getByRole('list', { name: 'Items to put in order' }).getByRole('listitem');
  for (const [place, item] of RIGHT_ORDER.entries()) {
    await expect(items.filter({ hasText: item })).toContainText(/\((in its place|belongs at \d)\)/);
    const text = await items.filter({ hasText: item }).innerText();
    if (text.includes('belongs at')) expect(text).toContain(`(belongs at ${place + 1})`);
  }
  await expect(question(page, ORDERING).getByText(/belongs at/).first()).toBeVisible();
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
  await expect(score(page)).toHaveText(`You got ${COUNT} of ${COUNT} right. Well done: full marks.`);
  await expect(page.getByRole('button', { name: 'Retry missed questions' })).toBeHidden();
});

test('answers and the best score are restored after a reload; Start over clears them', async ({ page }) => {
  await page.goto(FIXTURE);
  await answerAllRight(page);
  await question(page, 3).getByRole('radio', { name: 'False' }).check();
  await checkAnswers(page).click();
  await expect(score(page)).toContainText(`You got ${COUNT - 1} of ${COUNT} right.`);

  await page.reload();
  await expect(page.getByText(`Your best score: ${COUNT - 1} of ${COUNT}.`)).toBeVisible();
  await expect(question(page, 1).getByRole('radio', { name: 'Django' })).toBeChecked();
  await expect(question(page, 3).getByRole('radio', { name: 'False' })).toBeChecked();
  await expect(question(page, 4).getByLabel('Your answer')).toHaveValue('select_related');
  expect(await orderShown(question(page, ORDERING).getByRole('list', { name: 'Items to put in order' }))).toEqual(RIGHT_ORDER);
  await expect(question(page, 3)).toContainText('Not quite.');

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(question(page, 1).getByRole('radio', { name: 'Django' })).not.toBeChecked();
  await expect(question(page, 4).getByLabel('Your answer')).toHaveValue('');
  await page.reload();
  await expect(question(page, 4).getByLabel('Your answer')).toHaveValue('');
  await expect(page.getByText(`Your best score: ${COUNT - 1} of ${COUNT}.`)).toBeVisible();
});

test('a quiz can be completed with the keyboard alone', async ({ page }) => {
  await page.goto(FIXTURE);
  const focusedIn = (number: number) => question(page, number).evaluate((fieldset) => fieldset.contains(document.activeElement));
  // Tab from the top of the page into the first question.
  await pressUntil(page, 'Tab', () => focusedIn(1), 80);

  await page.keyboard.press('Space');
  await pressUntil(page, 'ArrowDown', () => question(page, 1).getByRole('radio', { name: 'Django' }).isChecked(), 3);
  await page.keyboard.press('Tab');
  for (const name of ['A JavaScript bundler', 'An ORM', 'An admin site']) {
    await pressUntil(page, 'Tab', () => isFocused(question(page, 2).getByRole('checkbox', { name })), 5);
    if (name !== 'A JavaScript bundler') await page.keyboard.press('Space');
  }
  await pressUntil(page, 'Tab', () => focusedIn(3), 5);
  await page.keyboard.press('Space'); // True is first
  await page.keyboard.press('Tab');
  await page.keyboard.type('select_related');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');

  const list = question(page, ORDERING).getByRole('list', { name: 'Items to put in order' });
  for (const [target, item] of RIGHT_ORDER.entries()) {
    await pressUntil(page, 'Tab', () => isFocused(list.getByRole('button', { name: `Move up: ${item}` })), 12);
    await pressUntil(page, 'Enter', async () => (await orderShown(list)).indexOf(item) <= target, RIGHT_ORDER.length);
    // Back above the list, so the next item's button is reached going forwards.
    await pressUntil(page, 'Shift+Tab', async () => !(await focusedIn(ORDERING)), 12);
  }
  await pressUntil(page, 'Tab', () => isFocused(checkAnswers(page)), 30);
  await page.keyboard.press('Enter');
  await expect(score(page)).toHaveText(new RegExp(`^You got ${COUNT} of ${COUNT} right`));
  await expect(score(page)).toBeFocused();
});

test('saved data broken by hand does not break the quiz, and is kept aside', async ({ page }) => {
  await page.goto(FIXTURE);
  await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"lessons":'), STORAGE_KEY);
  await page.reload();
  await expect(page.getByRole('note').filter({ hasText: 'could not be read' })).toBeVisible();
  await answerAllRight(page);
  await checkAnswers(page).click();
  await expect(score(page)).toContainText(`${COUNT} of ${COUNT}`);
  const keptAside = await page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:unreadable:`)).map((name) => localStorage.getItem(name)), STORAGE_KEY);
  expect(keptAside).toEqual(['{"version":2,"lessons":']);
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
  await expect(score(page)).toContainText(`${COUNT} of ${COUNT}`);
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

test('a lesson ends with its quiz, every question of it', async ({ page }) => {
  const lesson = courseModel().lessons.find((candidate) => candidate.quizQuestions > 0)!;
  await page.goto(`.${lesson.path}`);
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await expect(quiz.getByRole('group')).toHaveCount(lesson.quizQuestions);
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
