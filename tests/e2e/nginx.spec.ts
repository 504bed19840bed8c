import { expect, test } from '@playwright/test';
import { metaPolicy, parsePolicy, sitemapPaths } from './helpers';

// The build made with BASE_PATH=/course/, served by a real nginx with src/deploy/nginx.conf.

test('every page loads under nginx with only same-origin requests, no errors, and a policy header that allows what the page needs', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const problems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`other origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(18);
  for (const path of paths) {
    const response = await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The header allows at least what the page's own policy allows, so the two together do too.
    const header = parsePolicy(response!.headers()['content-security-policy'] ?? '');
    for (const [directive, sources] of await metaPolicy(page)) {
      if (!sources.every((source) => header.get(directive)?.includes(source))) problems.push(`${path}: the header's ${directive} lacks some of ${sources.join(' ')}`);
    }
  }
  expect(problems).toEqual([]);
});

test('under nginx, search finds a lesson and a quiz can be checked', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('select_related');
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveText('2.6 Performance considerations');
  await dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Performance considerations');

  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status').filter({ hasText: /You got 0 of \d+ right/ })).toBeVisible();
});

test('nginx sends the caching, type, compression and security headers the guide promises', async ({ request }) => {
  const html = await request.get('./chapter-2/performance/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.status()).toBe(200);
  expect(html.headers()['content-type']).toMatch(/^text\/html/);
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['content-encoding']).toBe('gzip');
  expect(html.headers()['x-content-type-options']).toBe('nosniff');
  expect(html.headers()['x-frame-options']).toBe('DENY');
  expect(html.headers()['referrer-policy']).toBe('same-origin');

  const page = await html.text();
  const asset = page.match(/\/course\/_astro\/[^"]+\.css/)![0];
  const css = await request.get(asset);
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(css.headers()['content-type']).toMatch(/^text\/css/);

  const runtime = (await (await request.get('./runtime/runtime.json')).json()) as { pyodide: string; bundle: string };
  const module = await request.get(`./runtime/${runtime.pyodide}pyodide.mjs`);
  expect(module.headers()['content-type']).toBe('application/javascript');
  expect(module.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const wasm = await request.head(`./runtime/${runtime.pyodide}pyodide.asm.wasm`);
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  expect(wasm.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const bundle = await request.head(`./runtime/${runtime.bundle}`);
  expect(bundle.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  expect((await request.head('./pagefind/pagefind.js')).headers()['cache-control']).toBe('no-cache');
  // The browser looks for a new service worker on every visit; a cached one would hide a deployment.
  const serviceWorker = await request.head('./sw.js');
  expect(serviceWorker.headers()['cache-control']).toBe('no-cache');
  expect(serviceWorker.headers()['content-type']).toMatch(/^application\/javascript/);
  expect((await request.head('./manifest.webmanifest')).headers()['content-type']).toBe('application/manifest+json');

  // The same policy on every response: a worker takes its policy from its own script's header.
  const policy = html.headers()['content-security-policy']!;
  const directives = parsePolicy(policy);
  // blob: and 'wasm-unsafe-eval' for the Python sandbox, which inherits the policy of the lesson page
  // that makes it (the Python worker is a blob: script there); 'wasm-unsafe-eval' for search too.
  expect(directives.get('script-src')!.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'", 'blob:', "'wasm-unsafe-eval'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect((await request.head('./pagefind/pagefind-worker.js')).headers()['content-security-policy']).toBe(policy);
  // The build's nginx snippet lives in the site folder but is not served.
  expect((await request.get('./_server/nginx-csp.conf')).status()).toBe(404);

  const missing = await request.get('./no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
});

test('every kind of file nginx serves carries the same security headers', async ({ request }) => {
  const lesson = await (await request.get('./chapter-1/what-is-enterprise-django/')).text();
  const runtime = (await (await request.get('./runtime/runtime.json')).json()) as { pyodide: string; bundle: string };
  const files = [
    './chapter-1/what-is-enterprise-django/',
    lesson.match(/\/course\/_astro\/[^"]+\.css/)![0],
    './runtime/runtime.json',
    `./runtime/${runtime.pyodide}pyodide.mjs`,
    `./runtime/${runtime.bundle}`,
    './pagefind/pagefind.js',
    './sw.js',
    './manifest.webmanifest',
    './no-such-page/',
  ];
  const policy = (await request.get('./')).headers()['content-security-policy'];
  expect(policy).toBeTruthy();
  const missing: string[] = [];
  for (const file of files) {
    const headers = (await request.get(file)).headers();
    const expected = {
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'content-security-policy': policy,
    };
    for (const [name, value] of Object.entries(expected)) if (headers[name] !== value) missing.push(`${file}: ${name} is ${headers[name] ?? 'missing'}`);
  }
  expect(missing).toEqual([]);
});
