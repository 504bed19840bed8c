import { expect, test, type Page } from '@playwright/test';
import { PYTHON_BOOT_TIMEOUT, PYTHON_TEST_TIMEOUT, collectCspViolations, metaPolicy, sitemapPaths } from './helpers';

// Runs against `astro preview` (the pages' meta policy only) and against nginx (the meta policy and
// the header, which is also the only policy the search and Python workers get), with the service
// worker, which must be allowed to register and serve the pages too.
test.use({ serviceWorkers: 'allow' });

test('every page carries a strict policy, runs its scripts and reports no violation', async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await collectCspViolations(page);
  for (const path of [...(await sitemapPaths(page)), './progress/', './review/', './no-such-page/']) {
    await page.goto(path);
    const policy = await metaPolicy(page);
    expect(policy.get('default-src'), path).toEqual(["'self'"]);
    // A page with a runnable sample starts Python in a sandbox frame, which inherits its policy:
    // the worker and Pyodide's modules are blob: scripts, and Pyodide compiles WebAssembly.
    const python = (await page.locator('runnable-sample').count()) > 0;
    expect(policy.get('script-src')!.filter((source) => !source.startsWith("'sha256-")), path).toEqual(python ? ["'self'", 'blob:', "'wasm-unsafe-eval'"] : ["'self'"]);
    expect(policy.get('worker-src'), path).toEqual(python ? ["'self'", 'blob:'] : ["'self'"]);
    // The inline theme script ran: it marks that JavaScript works.
    await expect(page.locator('html')).toHaveAttribute('data-js', '');
  }
  // The service worker registered (after the load event) and serves the pages.
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(violations).toEqual([]);
});

const sample = (page: Page) => page.locator('runnable-sample').filter({ has: page.getByRole('figure', { name: 'Try the Supplier model' }) });

test('running a Python sample and searching report no violation', async ({ page }) => {
  // The first run loads Python and Django (about 7 MB) in a worker.
  test.setTimeout(PYTHON_TEST_TIMEOUT);
  const violations = await collectCspViolations(page);
  await page.goto('./chapter-1/what-is-enterprise-django/');
  await sample(page).getByRole('button', { name: 'Run: Try the Supplier model' }).click();
  await expect(sample(page).getByRole('status')).toHaveText(/^Ran in \d+ ms with 4 SQL queries\.$/, { timeout: PYTHON_BOOT_TIMEOUT });

  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('select_related');
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveText('2.6 Performance considerations');
  expect(violations).toEqual([]);
});

test('a search result opened with ?highlight= marks the words from the course stylesheet, with no violation', async ({ page }) => {
  const violations = await collectCspViolations(page);
  await page.goto('./chapter-2/performance/?highlight=select_related');
  const mark = page.getByRole('article').locator('mark').first();
  await expect(mark).toHaveText(/select_related/i);
  // Styled by search.css, not by a <style> element the highlighter would add (and the policy block).
  expect(await page.locator('head style').count()).toBe(0);
  expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(violations).toEqual([]);
});
