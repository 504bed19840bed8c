import { expect, test, type Page } from '@playwright/test';
import { PYTHON_BOOT_TIMEOUT, PYTHON_TEST_TIMEOUT } from './helpers';

// Loads Python and Django in the browser: allow for a slow machine.
test.setTimeout(PYTHON_TEST_TIMEOUT);

const sample = (page: Page, title: string) => page.locator('runnable-sample').filter({ has: page.getByRole('figure', { name: title }) });

test('in 2.6 the N+1 sample runs 11 queries and its select_related version one', async ({ page }) => {
  await page.goto('./chapter-2/performance/');
  const slow = sample(page, 'The N+1 problem');
  // Before Run, the SQL the text talks about is on the page, grouped.
  const expectedSql = slow.getByRole('group').filter({ hasText: 'The SQL it runs: 11 SQL queries, 2 distinct' });
  await expectedSql.getByText('The SQL it runs').click();
  await expect(expectedSql.getByRole('listitem').nth(1)).toContainText('×10: ran 10 times, each with its own values (the first is shown)');
  await slow.getByRole('button', { name: 'Run: The N+1 problem' }).click();
  await expect(slow.getByRole('status')).toHaveText(/Ran in \d+ ms with 11 SQL queries\./, { timeout: PYTHON_BOOT_TIMEOUT });
  const slowResult = slow.getByRole('region', { name: 'Result: The N+1 problem' });
  await slowResult.getByText('11 SQL queries, 2 distinct').click();
  // The ten author lookups are one statement with different values: listed once, counted.
  await expect(slowResult.getByRole('listitem')).toHaveCount(2);
  await expect(slowResult.getByRole('listitem').nth(1)).toContainText('×10: ran 10 times, each with its own values (the first is shown)');
  await expect(slowResult.getByRole('listitem').nth(1)).toContainText('FROM "library_author"');

  const fast = sample(page, 'The same loop with select_related');
  await fast.getByRole('button', { name: 'Run: The same loop with select_related' }).click();
  await expect(fast.getByRole('status')).toHaveText(/Ran in \d+ ms with 1 SQL query\./);
  const result = fast.getByRole('region', { name: 'Result: The same loop with select_related' });
  await result.getByText('1 SQL query').click();
  await expect(result.getByRole('listitem')).toHaveCount(1);
  await expect(result.getByRole('listitem')).toContainText('INNER JOIN "library_author"');
});
