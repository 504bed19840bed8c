import { expect, type Page } from '@playwright/test';

/** The course navigation landmark. */
export const courseNav = (page: Page) => page.getByRole('navigation', { name: 'Course' });

/** Every lesson link in the course navigation, in reading order, as the sidebar lists them. */
export async function lessonLinks(page: Page): Promise<{ name: string; href: string }[]> {
  const links = courseNav(page).getByRole('link').filter({ hasNotText: /Chapter overview|Course home|Your progress|Review questions/ });
  return links.evaluateAll((anchors) => anchors.map((a) => ({ name: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') ?? '' })));
}

/** Fails the test if the page requests anything from another origin. */
export function forbidOtherOrigins(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  return foreign;
}

/** Checks the heading of the page and that the sidebar marks it as current. */
export async function expectCurrentLesson(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(courseNav(page).locator('[aria-current="page"]')).toContainText(title);
}
