import { expect, test, type Page } from '@playwright/test';
import { PYTHON_BOOT_TIMEOUT, PYTHON_TEST_TIMEOUT, collectCspViolations } from './helpers';

// Sample code is untrusted (learners paste code from forums): it runs in a sandboxed frame with an
// opaque origin, whose own policy holds on any host, with or without headers (astro preview sends none).
test.use({ serviceWorkers: 'allow' });
test.setTimeout(PYTHON_TEST_TIMEOUT);

const TITLE = 'Try the Supplier model';
const sample = (page: Page) => page.locator('runnable-sample').filter({ has: page.getByRole('figure', { name: TITLE }) });

/** Tries each way out of the sandbox and prints whether it worked. */
const probe = (site: string) => `import js

def probe(name, attempt):
    try:
        attempt()
        print(name, "reachable")
    except Exception as error:
        print(name, "blocked")

def request(url):
    xhr = js.XMLHttpRequest.new()
    xhr.open("GET", url, False)
    xhr.send()

print("origin", js.self.origin)
probe("site storage", lambda: js.indexedDB.open("planted"))
probe("site caches", lambda: js.caches.keys())
probe("site files", lambda: request("${site}"))
probe("other origins", lambda: request("https://example.org/"))
probe("eval", lambda: js.eval("1 + 1"))
probe("remote scripts", lambda: js.importScripts("https://example.org/x.js"))`;

test('sample code cannot reach the site, its storage, the network or eval, wherever the site is hosted', async ({ page, baseURL }) => {
  await collectCspViolations(page);
  await page.goto('./chapter-1/what-is-enterprise-django/');
  await sample(page).getByRole('button', { name: `Edit: ${TITLE}` }).click();
  await sample(page).getByRole('textbox', { name: /^Code: / }).fill(probe(baseURL!));
  await sample(page).getByRole('button', { name: `Run: ${TITLE}` }).click();
  await expect(sample(page).getByRole('status')).toHaveText(/^(Ran in|Finished with an error)/, { timeout: PYTHON_BOOT_TIMEOUT });
  await expect(sample(page).getByRole('region', { name: `Result: ${TITLE}` })).toContainText(
    ['origin null', 'site storage blocked', 'site caches blocked', 'site files blocked', 'other origins blocked', 'eval blocked', 'remote scripts blocked'].join('\n'),
  );
  // Nothing was stored on the site's origin.
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).not.toContain('planted');
});
