import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PYTHON_BOOT_TIMEOUT, PYTHON_TEST_TIMEOUT } from './helpers';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker is active and serves this page: the offline copy is complete. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const sample = (page: Page) => page.locator('runnable-sample').filter({ has: page.getByRole('figure', { name: 'Try the Supplier model' }) });

test('after one visit, a reader with no network opens another lesson, searches and takes a quiz', async ({ page, context }) => {
  await page.goto('./');
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  // Really offline: what the offline copy does not hold cannot be fetched.
  expect(await page.evaluate(() => fetch('./runtime/licenses/NOTICE.md').then(() => 'fetched', () => 'failed'))).toBe('failed');

  await page.goto('./chapter-2/data-integrity/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handling data integrity');

  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('select_related');
  const firstResult = dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(firstResult).toHaveText('2.6 Performance considerations');
  await firstResult.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Performance considerations');

  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status').filter({ hasText: /You got [01] of \d+ right/ })).toBeVisible();
});

test('once a sample has run, Python runs again with no network', async ({ page, context }) => {
  // Loads Python and Django twice: allow for a slow machine.
  test.setTimeout(PYTHON_TEST_TIMEOUT + PYTHON_BOOT_TIMEOUT);
  await page.goto('./chapter-1/what-is-enterprise-django/');
  await waitForOfflineCopy(page);
  await sample(page).getByRole('button', { name: 'Run: Try the Supplier model' }).click();
  await expect(sample(page).getByRole('status')).toHaveText(/^Ran in/, { timeout: PYTHON_BOOT_TIMEOUT });
  // The Python worker's downloads went through the service worker, which kept them.
  const kept = () =>
    page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.includes(':runtime-'));
      const requests = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
      return requests.map((request) => new URL(request.url).pathname.split('/').pop());
    });
  await expect.poll(kept).toEqual(expect.arrayContaining(['pyodide.asm.wasm', 'python_stdlib.zip', expect.stringMatching(/^django-.+\.zip$/)]));

  await context.setOffline(true);
  await page.reload();
  await sample(page).getByRole('button', { name: 'Run: Try the Supplier model' }).click();
  await expect(sample(page).getByRole('status')).toHaveText(/^Ran in \d+ ms with 4 SQL queries\.$/, { timeout: PYTHON_BOOT_TIMEOUT });
});

/**
 * The course's host, stood in for by a proxy to the test server that can "deploy" a new version:
 * the same files, but a sw.js with different bytes, which is what the browser looks for.
 */
async function redeployableHost(upstream: string) {
  let deployment = 1;
  const server = createServer(async (request, response) => {
    const upstreamResponse = await fetch(new URL(request.url!, upstream));
    let body = Buffer.from(await upstreamResponse.arrayBuffer());
    if (request.url!.endsWith('/sw.js')) body = Buffer.concat([body, Buffer.from(`\n// deployment ${deployment}\n`)]);
    response.writeHead(upstreamResponse.status, { 'Content-Type': upstreamResponse.headers.get('content-type') ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(body);
  });
  // Port 0: the system picks a free port, so parallel runs do not collide.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(upstream).pathname}`,
    deploy: () => deployment++,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test('a new deployment is announced, and Reload switches to it', async ({ page, baseURL }) => {
  const host = await redeployableHost(baseURL!);
  try {
    await page.goto(`${host.url}chapter-1/`);
    await waitForOfflineCopy(page);
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the course is available.' });
    const reload = page.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeHidden();

    host.deploy();
    await page.reload();
    // The browser checks for a new sw.js only once the reloaded page has loaded, and the page
    // announces it after the new version has downloaded its offline copy: seconds, more on a busy machine.
    await expect(notice).toBeVisible({ timeout: 20_000 });
    // The page loads again, served by the new version, with none left waiting.
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(reload).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null)).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction to Enterprise Django Development');
  } finally {
    await host.close();
  }
});

/** Whether a script planted by the tests below has run on the page, now or on an earlier one. */
const plantedRan = (page: Page) => page.evaluate(() => localStorage.getItem('planted') ?? document.documentElement.dataset.planted ?? null);

/** Visits pages (and one offline) and checks that each ran the course's own scripts and nothing planted. */
async function expectCleanPages(page: Page, context: BrowserContext) {
  for (const path of ['./', './chapter-1/', './chapter-1/what-is-enterprise-django/', './chapter-2/performance/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await plantedRan(page), path).toBeNull();
  }
  await context.setOffline(true);
  await page.goto('./chapter-1/what-is-enterprise-django/');
  // The sample's script ran (it shows the Run button): the genuine file, from the offline copy.
  await expect(sample(page).getByRole('button', { name: 'Run: Try the Supplier model' })).toBeVisible();
  expect(await plantedRan(page)).toBeNull();
  await context.setOffline(false);
}

/** Learners paste code from forums: this Python tries to put its own script over the course's cached scripts. */
const PLANTING_SAMPLE = `import asyncio, js
from pyodide.ffi import to_js

PLANT = "localStorage.setItem('planted', location.pathname); document.documentElement.dataset.planted = 'yes';"

async def plant():
    for name in await js.caches.keys():
        cache = await js.caches.open(name)
        for request in await cache.keys():
            if "/_astro/" in request.url and request.url.endswith(".js"):
                init = to_js({"headers": {"content-type": "text/javascript"}}, dict_converter=js.Object.fromEntries)
                await cache.put(request, js.Response.new(PLANT, init))
    js.console.log("planted")

asyncio.ensure_future(plant())
print("planting")`;

test('Python code that plants a script in the offline copy leaves every page clean', async ({ page, context }) => {
  test.setTimeout(PYTHON_TEST_TIMEOUT + 60_000);
  const planted = page.waitForEvent('console', { predicate: (message) => message.text() === 'planted', timeout: 10_000 }).then(() => true, () => false);
  await page.goto('./chapter-1/what-is-enterprise-django/');
  await waitForOfflineCopy(page);
  await sample(page).getByRole('button', { name: 'Edit: Try the Supplier model' }).click();
  await sample(page).getByRole('textbox', { name: /^Code: Try the Supplier model/ }).fill(PLANTING_SAMPLE);
  await sample(page).getByRole('button', { name: 'Run: Try the Supplier model' }).click();
  await expect(sample(page).getByRole('status')).toHaveText(/^(Ran in|Finished with an error)/, { timeout: PYTHON_BOOT_TIMEOUT });
  // Where sample code can reach the caches the planting finishes within moments; where it cannot, it never does.
  await planted;
  await expectCleanPages(page, context);
});

test('a file changed in the offline copy is not served: the service worker fetches the real one and keeps it', async ({ page, context }) => {
  await page.goto('./');
  await waitForOfflineCopy(page);
  const changed = await page.evaluate(async () => {
    let count = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (!/\/_astro\/[^/]+\.js$/.test(request.url)) continue;
        await cache.put(request, new Response("localStorage.setItem('planted', location.pathname);", { headers: { 'content-type': 'text/javascript' } }));
        count++;
      }
    }
    return count;
  });
  expect(changed).toBeGreaterThan(0);
  await expectCleanPages(page, context);
});
