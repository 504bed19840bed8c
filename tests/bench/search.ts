/**
 * Measures search in Chromium: the index's size, the bytes a first search downloads, and the
 * time from the last keystroke to results shown, for a first search and for later ones.
 * Prints figures only; it asserts nothing. Run with `npm run bench:search` (it builds first).
 */
import { chromium } from '@playwright/test';
import { chromiumPath as executablePath, folderBytes, kb, median, printTable, startPreview } from './support.ts';

const QUERIES = ['select_related', 'CSRF', 'Meta.indexes', 'virtual environment', 'N+1', 'full_clean'];

/** Search figures, measured against a served build at `origin`. */
export interface SearchFigures {
  indexBytes: number;
  firstSearchBytes: number;
  bytesBeforeOpening: number;
  firstSearchMs: number;
  laterSearchMs: number;
}

export async function measureSearch(origin: string): Promise<SearchFigures> {
  const ORIGIN = origin;
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
  return { indexBytes: folderBytes('dist/pagefind'), firstSearchBytes, bytesBeforeOpening: beforeOpening, firstSearchMs: Math.round(first), laterSearchMs: Math.round(median(later)) };
}

export function searchRows(figures: SearchFigures): [string, string][] {
  return [
    ['Pagefind index in dist/ (all files)', kb(figures.indexBytes)],
    ['Bytes downloaded by the first search', kb(figures.firstSearchBytes)],
    ['Bytes downloaded before search is opened', kb(figures.bytesBeforeOpening)],
    ['Last keystroke to results, first search', `${figures.firstSearchMs} ms`],
    [`Last keystroke to results, later searches (median of ${QUERIES.length - 1})`, `${figures.laterSearchMs} ms`],
  ];
}

if (import.meta.main) {
  const server = await startPreview(4411);
  try {
    printTable('Search', searchRows(await measureSearch(server.origin)));
  } finally {
    server.stop();
  }
}
