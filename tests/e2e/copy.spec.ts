import { expect, test, type Locator, type Page } from '@playwright/test';
import { courseNav } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The code block (a figure captioned `title`) that contains some text. */
const codeBlock = (page: Page, title: string, containing: string): Locator => page.getByRole('figure', { name: title }).filter({ hasText: containing });

async function openLesson(page: Page, section: string) {
  await page.goto('./');
  await courseNav(page).getByRole('link', { name: new RegExp(`^${section.replace('.', '\\.')} `) }).click();
}

test('the copy button copies a shell session without prompts or output, and says so', async ({ page }) => {
  await openLesson(page, '1.4');
  // The block that installs Django: two commands with prompts, then the version it printed.
  const block = codeBlock(page, 'Linux and macOS', '$ python -m pip install "Django>=5.2,<6.0"');
  await expect(block).toContainText('5.2.17');
  await block.getByRole('button', { name: 'Copy code: Linux and macOS' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Code copied to the clipboard.' })).toBeAttached();
  await expect(block.getByRole('button', { name: 'Copy code: Linux and macOS' })).toHaveText('Copied');

  const copied = await clipboard(page);
  expect(copied).toBe('python -m pip install --upgrade pip\npython -m pip install "Django>=5.2,<6.0"\npython -m django --version');
});

test('the copy button copies Python code exactly as shown, reachable by keyboard', async ({ page }) => {
  await openLesson(page, '1.4');
  const block = codeBlock(page, 'manage.py', 'DJANGO_SETTINGS_MODULE');
  const button = block.getByRole('button', { name: 'Copy code: manage.py' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Copied');
  const shown = await block.locator('pre').innerText();
  expect(await clipboard(page)).toBe(shown.replace(/\n$/, ''));
});
