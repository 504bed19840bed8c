/**
 * Measures search in Chromium: the index's size, the bytes a first search downloads, and the
 * time from the last keystroke to results shown, for a first search and for later ones.
 * Prints figures only; it asserts nothing. Run with `npm run bench:search` (it builds first).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4411;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const QUERIES = ['select_related', 'CSRF', 'Meta.indexes', 'virtual environment', 'N+1', 'full_clean'];
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
try {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(`${ORIGIN}/`).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: ['--disable-gpu'] });
  const page = await browser.newPage();
  let searchBytes = 0;
  page.on('requestfinished', async (request) => {
    if (!request.url().includes('/pagefind/')) return;
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) searchBytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
  const beforeOpening = searchBytes;
  await page.keyboard.press('/');
  const input = page.getByRole('dialog', { name: 'Search the course' }).getByRole('searchbox');
  const status = page.getByRole('dialog', { name: 'Search the course' }).getByRole('status');

  /** Types a query and returns the time from its last keystroke to the results being shown. */
  async function timeSearch(query: string): Promise<number> {
    await input.fill('');
    await page.evaluate(() => {
      const results = document.querySelector('dialog .search-results')!;
      const state = window as unknown as { shownAt?: number };
      delete state.shownAt;
      new MutationObserver((_, observer) => {
        state.shownAt = performance.now();
        observer.disconnect();
      }).observe(results, { childList: true });
    });
    await input.pressSequentially(query.slice(0, -1));
    const lastKey = await page.evaluate(() => performance.now());
    await input.press(query.at(-1)!);
    await status.filter({ hasText: `“${query}”` }).waitFor();
    return (await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt)) - lastKey;
  }

  const first = await timeSearch(QUERIES[0]!);
  const firstSearchBytes = searchBytes - beforeOpening;
  const later: number[] = [];
  for (const query of QUERIES.slice(1)) later.push(await timeSearch(query));
  await browser.close();

  const rows: [string, string][] = [
    ['Pagefind index in dist/ (all files)', kb(folderBytes('dist/pagefind'))],
    ['Bytes downloaded by the first search', kb(firstSearchBytes)],
    ['Bytes downloaded before search is opened', kb(beforeOpening)],
    ['Last keystroke to results, first search', `${Math.round(first)} ms`],
    [`Last keystroke to results, later searches (median of ${later.length})`, `${Math.round(median(later))} ms`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log('Search');
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
} finally {
  server.kill();
}
