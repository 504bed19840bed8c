import { escapeHtml } from '../../primitives/html';

/**
 * Pagefind splits names such as `select_related`, `Meta.indexes` or `N+1` into pieces, so a search
 * for the name ranks pages by how often they mention the pieces, not by which page teaches it.
 * Each lesson therefore indexes its keywords in a compact form too (`selectrelated`), with high
 * weight, and the search asks for that compact form first.
 */

/** `select_related()` -> `selectrelated`: lower case, letters and digits only. */
export function compactForm(term: string): string {
  return term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * `Meta.indexes` -> `meta indexes`: the pieces as separate words. Single letters are dropped:
 * Pagefind matches a short indexed word as the prefix of longer query words, so a lone `x` (from
 * `X_FRAME_OPTIONS`) would make every search for a word starting with x find that lesson.
 */
export function spacedForm(term: string): string {
  return term
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1)
    .join(' ');
}

/** The words a lesson's keywords add to its search record: every compact and spaced form, once. */
export function keywordIndexText(keywords: string[]): string {
  const words = new Set<string>();
  for (const keyword of keywords) {
    const compact = compactForm(keyword);
    if (compact) words.add(compact);
    const spaced = spacedForm(keyword);
    if (spaced && spaced !== compact) words.add(spaced);
  }
  return [...words].join(' ');
}

/**
 * The searches to run for what a reader typed, best first: the compact form finds the lesson
 * that declares the name; the query as typed finds every other mention.
 */
export function searchQueries(typed: string): string[] {
  const query = typed.trim();
  if (!query) return [];
  const compact = compactForm(query);
  return compact.length >= 2 && compact !== query.toLowerCase() ? [compact, query] : [query];
}

/**
 * Whether a result really matches: Pagefind also returns pages where only a very short word (a
 * lone `x` in sample output) is a prefix of a query word. A match counts when some marked word is
 * at least three characters long or is itself one of the query's words.
 */
export function isMeaningfulMatch(excerptHtml: string, typed: string): boolean {
  const queryWords = new Set([...typed.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean), compactForm(typed)]);
  const marked = [...excerptHtml.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => compactForm(match[1]!));
  return marked.some((word) => word.length >= 3 || queryWords.has(word));
}

/** A Pagefind result's data, as far as ranking and display need it. */
export interface SearchHit {
  url: string;
  /** Page text around the matches, escaped, with <mark> around them. */
  excerpt: string;
  /** `kind: "keywords"` marks a lesson's keyword record (see src/integrations/search-index.ts). */
  meta: { title?: string; section?: string; summary?: string; kind?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}


/**
 * One entry per lesson, best first, from the results of each query in `searchQueries` order:
 * lessons whose keywords match come first (their keyword record ranks them), each shown with the
 * page's own excerpt when the page matched too, else with its summary. Pages matched only through
 * short-prefix noise are dropped.
 */
export function rankResults(found: SearchHit[][], typed: string): SearchHit[] {
  const all = found.flat();
  // A keyword record's URL is its lesson's URL plus an anchor.
  const pageOf = (hit: SearchHit) => hit.url.split('#')[0]!;
  const pages = new Map<string, SearchHit>();
  for (const hit of all) {
    if (hit.meta.kind !== 'keywords' && !pages.has(pageOf(hit)) && isMeaningfulMatch(hit.excerpt, typed)) pages.set(pageOf(hit), hit);
  }
  const keywordMatch = (hit: SearchHit) => hit.meta.kind === 'keywords' && isMeaningfulMatch(hit.excerpt, typed);
  const order: string[] = [];
  for (const hit of all) {
    const page = pageOf(hit);
    if (!order.includes(page) && (keywordMatch(hit) || pages.has(page))) order.push(page);
  }
  return order.map((url) => {
    const page = pages.get(url);
    if (page) return page;
    const record = all.find((hit) => pageOf(hit) === url)!;
    return { ...record, url, excerpt: escapeHtml(record.meta.summary ?? ''), sub_results: [] };
  });
}
