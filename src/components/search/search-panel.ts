import type { RankedResult } from '../../lib/search/rank';
import { PAGEFIND_OPTIONS, searchCourse, VOCABULARY_FILE, type SearchEngine } from '../../lib/search/run';
import { plural } from '../../lib/wording';

/** The part of Pagefind's browser API used here. */
interface Pagefind extends SearchEngine {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
}

const MAX_RESULTS = 8;

let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<string[]> | undefined;

/** Loads Pagefind from the site's own /pagefind/ folder, once. */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, ...PAGEFIND_OPTIONS });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** Loads the words spelling suggestions come from, once; search works without them. */
function loadVocabulary(base: string): Promise<string[]> {
  vocabulary ??= fetch(`${base}${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return vocabulary;
}

/** Adds the words to highlight on the page a result opens. */
function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const search = new URLSearchParams({ highlight: query });
  return `${path}?${search}${hash ? `#${hash}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, html?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (html !== undefined) node.innerHTML = html;
  return node;
}

/** One result: lesson number and title, an excerpt with the matches marked, and its headings. */
function renderResult(result: RankedResult, query: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result-link');
  link.href = withHighlight(result.url, query);
  link.append(element('span', 'search-result-title', ''));
  link.firstElementChild!.textContent = result.title;
  item.append(link);
  // Excerpts are escaped page text with <mark> around the matches and <code> around code lines.
  item.append(element('p', 'search-excerpt', result.excerpt));
  if (result.subResults.length) {
    const list = element('ul', 'search-sub-results');
    for (const sub of result.subResults) {
      const subItem = element('li', '');
      const subLink = element('a', 'search-sub-link');
      subLink.href = withHighlight(sub.url, query);
      subLink.textContent = sub.title;
      subItem.append(subLink);
      if (sub.excerpt) subItem.append(element('p', 'search-excerpt', sub.excerpt));
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

/**
 * Wires a search panel: searches as the reader types (compact Django names first, see
 * src/lib/search/terms.ts), filters by chapter, and moves through results with the arrow keys.
 */
export async function enhanceSearchPanel(panel: HTMLElement, initialQuery = ''): Promise<void> {
  const base = panel.dataset.base ?? '/';
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const chapter = panel.querySelector<HTMLSelectElement>('select')!;
  const status = panel.querySelector<HTMLElement>('.search-status')!;
  const list = panel.querySelector<HTMLOListElement>('.search-results')!;
  const form = panel.querySelector('form')!;
  /** Counts the reader's changes (keystrokes, chapter): a search for an older count is stale. */
  let requested = 0;

  async function run() {
    const query = input.value.trim();
    const searchId = requested;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const [engine, words] = await Promise.all([loadPagefind(base), loadVocabulary(base)]);
    // Typed while Pagefind was loading: only the newest query is worth searching.
    if (searchId !== requested) return;
    const outcome = await searchCourse(engine, query, {
      ...(chapter.value && { chapter: chapter.value }),
      limit: MAX_RESULTS,
      vocabulary: words,
      stillWanted: () => searchId === requested,
    });
    if (!outcome || searchId !== requested) return; // a newer search has started: skip these results
    const { results: data, correctedTo } = outcome;
    const shownFor = correctedTo ? `“${correctedTo}” (no match for “${query}”)` : `“${query}”`;
    list.replaceChildren(...data.map((result) => renderResult(result, correctedTo ?? query)));
    const where = chapter.value ? ` in ${chapter.value}` : '';
    status.textContent = data.length
      ? `${plural(data.length, 'lesson')} found for ${shownFor}${where}.`
      : `Nothing found for “${query}”${where}. Try a shorter word, another spelling, or ${chapter.value ? 'all chapters' : 'the topics index'}.`;
    if (!data.length && !chapter.value) {
      const topics = element('a', '');
      topics.href = `${base}topics/`;
      topics.textContent = 'Browse the topics index';
      const item = element('li', 'search-empty');
      item.append(topics);
      list.append(item);
    }
  }

  // Search at once, with no pause to wait out, but one search at a time: Pagefind's worker answers
  // in order, so searches for every keystroke would queue up ahead of the one that matters. A
  // keystroke during a search marks it stale (it stops before loading result data, `stillWanted`)
  // and the newest query runs when it ends.
  let running: Promise<void> | undefined;
  const schedule = () => {
    requested++;
    running ??= (async () => {
      let searched: number;
      do {
        searched = requested;
        await run();
      } while (searched !== requested);
    })().finally(() => (running = undefined));
  };
  input.addEventListener('input', schedule);
  chapter.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (!links.length) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]!.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]!.focus();
  });
  // Start loading the index at once: the reader is about to type.
  void loadPagefind(base);
  void loadVocabulary(base);
  if (initialQuery) input.value = initialQuery;
  // The reader may have typed while this module was loading: search for that too.
  if (input.value.trim()) {
    schedule();
    await running;
  }
}
