import { rankResults, searchQueries, type SearchHit } from '../../lib/search/terms';
import { plural } from '../../lib/wording';

/** The part of Pagefind's browser API used here. */
interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
type PagefindData = SearchHit;

const MAX_RESULTS = 8;
const MAX_SUB_RESULTS = 3;

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind from the site's own /pagefind/ folder, once. */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 24 });
    await module.init();
    return module;
  })();
  return pagefind;
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
function renderResult(data: PagefindData, query: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result-link');
  link.href = withHighlight(data.url, query);
  const section = data.meta.section ? `${data.meta.section} ` : '';
  link.append(element('span', 'search-result-title', ''));
  link.firstElementChild!.textContent = `${section}${data.meta.title ?? data.url}`;
  item.append(link);
  // Pagefind's excerpts are escaped page text with <mark> around the matches.
  item.append(element('p', 'search-excerpt', data.excerpt));
  // Only the lesson's own sections: not its title or the objectives box.
  const subResults = data.sub_results.filter((sub) => sub.url.includes('#') && !/#(lesson-title|objectives-heading)$/.test(sub.url)).slice(0, MAX_SUB_RESULTS);
  if (subResults.length) {
    const list = element('ul', 'search-sub-results');
    for (const sub of subResults) {
      const subItem = element('li', '');
      const subLink = element('a', 'search-sub-link');
      subLink.href = withHighlight(sub.url, query);
      subLink.textContent = sub.title;
      subItem.append(subLink, element('p', 'search-excerpt', sub.excerpt));
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
  let latest = 0;

  async function run() {
    const query = input.value.trim();
    const searchId = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const engine = await loadPagefind(base);
    const filters = chapter.value ? { chapter: chapter.value } : undefined;
    const responses = await Promise.all(searchQueries(query).map((text) => engine.search(text, filters ? { filters } : {})));
    if (searchId !== latest) return; // a newer search has started: skip loading these results
    // Each result's data is a fragment to fetch: load only as many as can be shown, plus spares for
    // results dropped as noise.
    const found = await Promise.all(responses.map((response) => Promise.all(response.results.slice(0, MAX_RESULTS + 2).map((result) => result.data()))));
    const data = rankResults(found, query).slice(0, MAX_RESULTS);
    if (searchId !== latest) return; // a newer search has started
    list.replaceChildren(...data.map((result) => renderResult(result, query)));
    const where = chapter.value ? ` in ${chapter.value}` : '';
    status.textContent = data.length
      ? `${plural(data.length, 'lesson')} found for “${query}”${where}.`
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

  // A short pause while the reader is still typing saves loading results nobody will see.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 30);
  };
  input.addEventListener('input', schedule);
  chapter.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
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
  if (initialQuery) input.value = initialQuery;
  // The reader may have typed while this module was loading: search for that too.
  if (input.value.trim()) await run();
}
