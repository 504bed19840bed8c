import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PYTHON_BOOT_TIMEOUT, PYTHON_TEST_TIMEOUT, forbidOtherOrigins } from './helpers';

// The first run loads Python and Django (about 7 MB) in a worker: allow for a slow machine.
test.setTimeout(PYTHON_TEST_TIMEOUT);
const LESSON = './chapter-1/what-is-enterprise-django/';
const TITLE = 'Try the Supplier model';

const sample = (page: Page) => page.locator('runnable-sample').filter({ has: page.getByRole('figure', { name: TITLE }) });
const status = (page: Page) => sample(page).getByRole('status');
const result = (page: Page) => sample(page).getByRole('region', { name: `Result: ${TITLE}` });

async function runAndWait(page: Page) {
  await sample(page).getByRole('button', { name: `Run: ${TITLE}` }).click();
  await expect(status(page)).toHaveText(/^(Ran in|Finished with an error)/, { timeout: PYTHON_BOOT_TIMEOUT });
}

test('a sample shows its expected output before running, and downloads no Python until Run', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const foreign = forbidOtherOrigins(page, new URL(baseURL!).origin);
  await page.goto(LESSON);
  await expect(sample(page).getByRole('figure', { name: 'Output' })).toContainText('Refused by the database: UNIQUE constraint failed');
  // Once the sample's script has run (its Run button shows) and the page has loaded, nothing of
  // the runtime has been asked for.
  await expect(sample(page).getByRole('button', { name: `Run: ${TITLE}` })).toBeVisible();
  await page.waitForLoadState('load');
  expect(requests.filter((url) => url.includes('/runtime/'))).toEqual([]);

  await runAndWait(page);
  await expect(status(page)).toHaveText(/Ran in \d+ ms with 4 SQL queries\./);
  await expect(result(page)).toContainText('Acme Ltd - Approved\nNorthwind Traders - Pending approval');
  await expect(sample(page).getByRole('figure', { name: 'Output' })).toBeHidden();
  const sql = result(page).getByText(/^4 SQL queries/);
  await sql.click();
  await expect(result(page).getByRole('listitem').filter({ hasText: 'ORDER BY "demo_supplier"."name" ASC' })).toHaveCount(1);
  expect(requests.some((url) => url.includes('/runtime/pyodide-'))).toBe(true);
  expect(foreign).toEqual([]);
});

test('the learner can edit the code, run it again, see a traceback, and reset', async ({ page }) => {
  await page.goto(LESSON);
  await sample(page).getByRole('button', { name: `Edit: ${TITLE}` }).click();
  const editor = sample(page).getByRole('textbox', { name: /^Code: Try the Supplier model/ });
  await expect(editor).toBeFocused();
  await editor.press('ControlOrMeta+End');
  await editor.pressSequentially('\nprint(Supplier.objects.count(), "suppliers")');
  await editor.press('Control+Enter');
  await expect(status(page)).toHaveText(/Ran in \d+ ms with 5 SQL queries\./, { timeout: PYTHON_BOOT_TIMEOUT });
  await expect(result(page)).toContainText('2 suppliers');

  await editor.fill('from django.db import models\n\nprint("about to fail")\nmodels.Nope');
  await sample(page).getByRole('button', { name: `Run: ${TITLE}` }).click();
  await expect(status(page)).toHaveText('Finished with an error (AttributeError) after 0 SQL queries.');
  await expect(result(page)).toContainText('about to fail');
  await expect(result(page)).toContainText('Traceback (most recent call last):\n  File "<sample>", line 4, in <module>\n    models.Nope\nAttributeError:');
  await expect(result(page)).not.toContainText('course_runner');

  await sample(page).getByRole('button', { name: 'Reset' }).click();
  await expect(editor).toHaveCount(0);
  await expect(sample(page).getByRole('figure', { name: TITLE })).toContainText('class Supplier(models.Model):');
  await expect(sample(page).getByRole('figure', { name: 'Output' })).toBeVisible();
  await expect(result(page)).toHaveCount(0);
  await runAndWait(page);
  await expect(status(page)).toHaveText(/with 4 SQL queries/);
});

test('the output panel has no axe violations', async ({ page }) => {
  await page.goto(LESSON);
  await runAndWait(page);
  await result(page).getByText(/^4 SQL queries/).click();
  const results = await new AxeBuilder({ page }).include('runnable-sample').analyze();
  expect(results.violations).toEqual([]);
});

test('Run by keyboard keeps the focus, the result takes the expected output’s place, and Reset and Stop appear only for edited code', async ({ page }) => {
  await page.goto(LESSON);
  const expected = sample(page).getByRole('figure', { name: 'Output' });
  const offset = async (part: typeof expected) => (await part.boundingBox())!.y - (await sample(page).boundingBox())!.y;
  const expectedOffset = await offset(expected);
  await expect(sample(page).getByText(/The first run downloads Python and Django \(\d+\.\d MB\) once\./)).toBeVisible();
  const run = sample(page).getByRole('button', { name: `Run: ${TITLE}` });
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(sample(page).getByRole('button', { name: 'Stop' })).toBeHidden();
  await expect(status(page)).toHaveText(/^Ran in/, { timeout: PYTHON_BOOT_TIMEOUT });
  await expect(run).toBeFocused();
  // Where the expected output was, not below the toolbar.
  expect(Math.abs((await offset(result(page))) - expectedOffset)).toBeLessThan(2);
  await expect(sample(page).getByText('The first run downloads')).toBeHidden();
  await expect(sample(page).getByRole('button', { name: 'Reset' })).toBeHidden();

  await sample(page).getByRole('button', { name: `Edit: ${TITLE}` }).click();
  await expect(sample(page).getByRole('button', { name: 'Reset' })).toBeHidden();
  const editor = sample(page).getByRole('textbox', { name: /^Code: Try the Supplier model/ });
  // Python's indentation is its syntax: long lines scroll sideways instead of wrapping.
  await expect(editor).toHaveAttribute('wrap', 'off');
  await expect(sample(page).getByText('SQL queries: 4.')).toBeVisible();
  await editor.fill('import time\nwhile True:\n    time.sleep(0.01)');
  await expect(sample(page).getByRole('button', { name: 'Reset' })).toBeVisible();
  // The lesson's query count describes the lesson's code, not this.
  await expect(sample(page).getByText('SQL queries: 4.')).toBeHidden();
  await editor.press('Control+Enter');
  await expect(editor).toBeFocused();
  await sample(page).getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped. Python will load again on the next run.');
});
