import { expect, type Locator, type Page } from '@playwright/test';

/** The course navigation landmark. */
export const courseNav = (page: Page) => page.getByRole('navigation', { name: 'Course' });

/** Every lesson link in the course navigation, in reading order, as the sidebar lists them. */
export async function lessonLinks(page: Page): Promise<{ name: string; href: string }[]> {
  const links = courseNav(page).getByRole('link').filter({ hasNotText: /Chapter overview|Course home|Your progress|Review questions/ });
  return links.evaluateAll((anchors) => anchors.map((a) => ({ name: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') ?? '' })));
}

/**
 * Fails the test if the page requests anything from another origin. data: and blob: addresses are
 * not requests to anyone (the Python sandbox starts its worker and Pyodide's modules from blob:).
 */
export function forbidOtherOrigins(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
  });
  return foreign;
}

/** Checks the heading of the page and that the sidebar marks it as current. */
export async function expectCurrentLesson(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(courseNav(page).locator('[aria-current="page"]')).toContainText(title);
}

/** The path of every page the sitemap lists (the 404 page is not one of them). */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const sitemap = await (await page.request.get('./sitemap.xml')).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/**
 * Collects Content Security Policy violations from now on, across navigations: the page's
 * securitypolicyviolation events, and the browser's and libraries' console reports, which are
 * the only trace of a violation inside a worker.
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(violation: string): void }).reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const isViolation = (text: string) => /content security policy/i.test(text);
  page.on('console', (message) => {
    if (isViolation(message.text())) violations.push(`console of ${message.worker()?.url() ?? message.page()?.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    if (isViolation(error.message)) violations.push(`error: ${error.message}`);
  });
  return violations;
}

/** The page's Content-Security-Policy meta tag as directive name -> sources. */
export async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return parsePolicy(content ?? '');
}

/** A policy as directive name -> sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((directive) => directive.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name!, sources]));
}

/**
 * How long the first Run may take to load Python and Django (about 7 MB) in a worker and print:
 * seconds on a laptop, far more on a loaded CI machine. A test that boots Python allows
 * PYTHON_TEST_TIMEOUT in all.
 */
export const PYTHON_BOOT_TIMEOUT = 120_000;
export const PYTHON_TEST_TIMEOUT = 150_000;

/** Presses `key` until `reached()` holds, at most `limit` times, and fails the test if it never does. */
export async function pressUntil(page: Page, key: string, reached: () => Promise<boolean>, limit = 60) {
  for (let press = 0; press < limit && !(await reached()); press++) await page.keyboard.press(key);
  expect(await reached(), `still not there after ${limit} presses of ${key}`).toBe(true);
}

/** Whether the element is the one with keyboard focus. */
export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
