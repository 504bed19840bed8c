import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { PYTHON_BOOT_TIMEOUT, PYTHON_TEST_TIMEOUT, forbidOtherOrigins } from './helpers';

// The first check loads Python and Django in the sandbox: allow for a slow machine.
test.setTimeout(PYTHON_TEST_TIMEOUT);

const LESSON = './chapter-2/performance/';
const TITLE = 'Fix the N+1 loop';
const { exercises } = load(readFileSync('content/chapter-2/performance.exercises.yaml', 'utf8')) as { exercises: { title: string; solution: string }[] };
const solution = exercises.find((exercise) => exercise.title === TITLE)!.solution.trimEnd();

const exercise = (page: Page) => page.getByRole('region', { name: `Exercise: ${TITLE}` });
const editor = (page: Page) => exercise(page).getByRole('textbox', { name: `Code: ${TITLE} (Ctrl+Enter checks it)` });
const status = (page: Page) => exercise(page).getByRole('status');
const savedProgress = (page: Page) => page.evaluate(() => localStorage.getItem('enterprise-django:progress'));

/** The exercises' code loads when the learner shows intent: pointing at an exercise is one way. */
async function pointAt(page: Page) {
  await exercise(page).hover();
  await expect(editor(page)).toBeVisible();
}

async function checkAndWait(page: Page) {
  await exercise(page).getByRole('button', { name: 'Check' }).click();
  await expect(status(page)).toHaveText(/checks? passed|stopped with an error/, { timeout: PYTHON_BOOT_TIMEOUT });
}

test('the starter code gets the teaching message, and nothing of Python loads before Check', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const foreign = forbidOtherOrigins(page, new URL(baseURL!).origin);
  await page.goto(LESSON);
  await page.waitForLoadState('load');
  // Until the learner shows intent, the starter code is highlighted text, not an editor.
  await expect(exercise(page).getByText('def list_books():').first()).toBeVisible();
  await expect(editor(page)).toHaveCount(0);
  await pointAt(page);
  expect(requests.filter((url) => url.includes('/runtime/') || url.includes('/exercise-checks/'))).toEqual([]);
  // The solution opens only after a first attempt.
  await expect(exercise(page).getByText('Solution and explanation')).toBeHidden();
  await expect(exercise(page).getByText('The solution opens after your first check.')).toBeVisible();

  await checkAndWait(page);
  await expect(status(page)).toHaveText('1 of 2 checks passed.');
  const results = exercise(page).getByRole('listitem');
  await expect(results.filter({ hasText: 'Passed: Prints every book with its author' })).toHaveCount(1);
  await expect(results.filter({ hasText: 'Not yet: Runs at most 2 queries' })).toContainText('Your loop ran 11 queries for 10 books: the author is loaded once per book. Aim for 2 or fewer.');
  await expect(exercise(page).getByText('Solution and explanation')).toBeVisible();
  // What the learner's code printed is shown, for their own debugging.
  await expect(exercise(page).getByText('What your code printed')).toBeVisible();
  await expect(exercise(page).getByText('A Wizard of Earthsea by Ursula K. Le Guin')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('hints come one at a time, and tabbing into an exercise gives the editor', async ({ page }) => {
  await page.goto(LESSON);
  await exercise(page).getByRole('link').first().focus();
  await expect(editor(page)).toBeVisible();
  const hint = exercise(page).getByRole('button', { name: /^Show a hint \(1 of \d\)$/ });
  await hint.click();
  await expect(exercise(page).getByRole('group').filter({ hasText: /^Hint 1 of/ })).toBeVisible();
  await expect(exercise(page).getByText(/^Hint 2 of/)).toBeHidden();
});

test('solving an exercise by typing the solution passes, is saved, survives a reload and an export and import', async ({ page }, testInfo) => {
  await page.goto(LESSON);
  await pointAt(page);
  await editor(page).fill('');
  await editor(page).pressSequentially(solution);
  // The editor adds no indentation of its own: what was typed is what runs.
  await expect(editor(page)).toHaveValue(solution);
  await editor(page).press('ControlOrMeta+Enter');
  await expect(status(page)).toHaveText('All 2 checks passed.', { timeout: PYTHON_BOOT_TIMEOUT });
  await expect(exercise(page).getByRole('listitem').filter({ hasText: 'Not yet' })).toHaveCount(0);

  await page.reload();
  await expect(editor(page)).toHaveValue(solution);
  await expect(exercise(page).getByText('You passed this exercise before.')).toBeVisible();
  const saved = await savedProgress(page);

  await page.goto('./progress/');
  await expect(page.getByText(/Exercises passed: 1 of \d+/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(page.getByRole('listitem').filter({ hasText: 'exercise' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText(/Exercises passed: 1 of \d+/)).toBeVisible();
  expect(JSON.parse((await savedProgress(page))!)).toEqual(JSON.parse(saved!));

  await page.goto(LESSON);
  await expect(editor(page)).toHaveValue(solution);
  await expect(exercise(page).getByText('You passed this exercise before.')).toBeVisible();
});
