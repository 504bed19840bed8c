/**
 * Measures search in Chromium: the index's size, the bytes a first search downloads, and the
 * time from the last keystroke to results shown, for a first search and for later ones.
 * Prints figures only; it asserts nothing. Run with `npm run bench:search` (it builds first).
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath as executablePath, folderBytes, kb, median, printTable, startPreview } from './support.ts';

const QUERIES = ['select_related', 'CSRF', 'Meta.indexes', 'virtual environment', 'N+1', 'full_clean'];

/** Search figures, measured against a served build at `origin`. */
export interface SearchFigures {
  indexBytes: number;
  firstSearchBytes: number;
  bytesBeforeOpening: number;
  /** Typed key by key after opening search: last keystroke to results. */
  firstSearchMs: number;
  /** Pasted in one input event right after opening: every download falls inside the time. */
  firstPastedMs: number;
  laterSearchMs: number;
}

/** A fresh browser context on the home page, with search opened by its shortcut. */
async function openSearch(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const counted = { bytes: 0 };
  page.on('requestfinished', async (request) => {
    if (!request.url().includes('/pagefind/')) return;
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) counted.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const beforeOpening = counted.bytes;
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const input = dialog.getByRole('searchbox');
  const status = dialog.getByRole('status');

  /**
   * Types a query (or pastes it, in one input event) and returns the time from its last keystroke
   * to the results for it being shown: the status names the query in the same task that shows the
   * results, so the first status text naming it marks them (results of a prefix do not count).
   */
  async function timeSearch(query: string, paste = false): Promise<number> {
    await input.fill('');
    await page.evaluate(() => {
      const element = document.querySelector('dialog .search-status')!;
      const state = window as unknown as { statusChanges: [string, number][] };
      state.statusChanges = [];
      new MutationObserver(() => state.statusChanges.push([element.textContent ?? '', performance.now()])).observe(element, { childList: true, characterData: true, subtree: true });
    });
    if (!paste) await input.pressSequentially(query.slice(0, -1));
    const lastKey = await page.evaluate(() => performance.now());
    if (paste) await input.fill(query);
    else await input.press(query.at(-1)!);
    await status.filter({ hasText: `“${query}”` }).waitFor();
    const named = `“${query}”`;
    const shownAt = await page.evaluate((text) => (window as unknown as { statusChanges: [string, number][] }).statusChanges.find(([status]) => status.includes(text))![1], named);
    return shownAt - lastKey;
  }
  return { context, counted, beforeOpening, timeSearch };
}

export async function measureSearch(origin: string): Promise<SearchFigures> {
  const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: ['--disable-gpu'] });
  try {
    // Pasted at once just after opening: Pagefind, its worker and WebAssembly, index chunks and
    // result fragments all load inside the time measured.
    const pasted = await openSearch(browser, origin);
    const firstPastedMs = await pasted.timeSearch(QUERIES[0]!, true);
    await pasted.context.close();
    // Typed, as a reader would: Pagefind loads while the first keys are typed.
    const typed = await openSearch(browser, origin);
    const first = await typed.timeSearch(QUERIES[0]!);
    const firstSearchBytes = typed.counted.bytes - typed.beforeOpening;
    const later: number[] = [];
    for (const query of QUERIES.slice(1)) later.push(await typed.timeSearch(query));
    return {
      indexBytes: folderBytes('dist/pagefind'),
      firstSearchBytes,
      bytesBeforeOpening: typed.beforeOpening,
      firstSearchMs: Math.round(first),
      firstPastedMs: Math.round(firstPastedMs),
      laterSearchMs: Math.round(median(later)),
    };
  } finally {
    await browser.close();
  }
}

export function searchRows(figures: SearchFigures): [string, string][] {
  return [
    ['Pagefind index in dist/ (all files)', kb(figures.indexBytes)],
    ['Bytes downloaded by the first search', kb(figures.firstSearchBytes)],
    ['Bytes downloaded before search is opened', kb(figures.bytesBeforeOpening)],
    ['Last keystroke to results, first search', `${figures.firstSearchMs} ms`],
    ['First search pasted on opening, to results (all its downloads inside)', `${figures.firstPastedMs} ms`],
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
