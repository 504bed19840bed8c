import { escapeHtml } from '../../primitives/html';
import { contentWords, excerptAt, withoutMarks } from './excerpt';
import { compactForm } from './terms';

/**
 * Ranking: which lessons a search shows, in which order, with which excerpts. Pagefind ranks
 * pages by the pieces of a name (`db_table` is `db` and `table`), so a page full of `django.db`
 * can outrank the page that uses `db_table`. The course ranks in tiers instead: lessons that
 * declare the name as a keyword, then lessons that use it verbatim, then lessons whose keywords
 * start with it, then Pagefind's other matches; inside a tier, more verbatim uses come first.
 */

/** A sub-result (a heading of the page) as Pagefind returns it. */
export interface SearchSubHit {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches in the page's `content`. */
  locations?: number[];
  /** The heading: its text, and the position of its first word in `content`. */
  anchor?: { text?: string; location: number };
}

/** A Pagefind result's data, as far as ranking and display need it. */
export interface SearchHit {
  url: string;
  /** Page text around the matches, escaped, with <mark> around them (Pagefind's own excerpt). */
  excerpt: string;
  /** The indexed text, words separated by single spaces, with boundary marks (see excerpt.ts). */
  content?: string;
  /** Word positions of the matches in `content`. */
  locations?: number[];
  /** `kind: "keywords"` marks a lesson's keyword record (see src/integrations/search-index.ts). */
  meta: { title?: string; section?: string; summary?: string; kind?: string };
  sub_results: SearchSubHit[];
}

/** A heading of a result, with an excerpt unless it would repeat the result's own. */
export interface RankedSubResult {
  title: string;
  url: string;
  excerpt?: string;
}

/** One lesson in the results. */
export interface RankedResult {
  url: string;
  /** "2.6 Performance considerations" */
  title: string;
  /** HTML: escaped text, <mark> around matches, <code> around code lines. */
  excerpt: string;
  subResults: RankedSubResult[];
}

/** At most this many headings per result. */
export const MAX_SUB_RESULTS = 3;

/** The words Pagefind matched in a hit: at its locations in the content, else those its excerpt marks. */
function matchedWords(hit: SearchHit): string[] {
  if (hit.content && hit.locations?.length) {
    const { words } = contentWords(hit.content);
    return hit.locations.map((at) => words[at] ?? '');
  }
  return [...hit.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => match[1]!);
}

/**
 * Whether a result really matches: Pagefind also returns pages where only a very short word (a
 * lone `x` in sample output) is a prefix of a query word. A match counts when some matched word is
 * at least three characters long or is itself one of the query's words.
 */
export function isMeaningfulMatch(hit: SearchHit, typed: string): boolean {
  const queryWords = new Set([...typed.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean), compactForm(typed)]);
  return matchedWords(hit)
    .map(compactForm)
    .some((word) => word.length >= 3 || queryWords.has(word));
}

let verbatimMemo: { typed: string; positions: Map<string, number[]> } = { typed: '', positions: new Map() };

/**
 * The positions of the words in `content` where the query occurs verbatim: as a whole name or
 * phrase (`db_table` in `Meta.db_table`, not in `db_default`), any case, a plural `s` allowed.
 */
export function verbatimPositions(content: string, typed: string): number[] {
  // A search asks this for the same pages twice (to decide on a spelling, then to rank): kept per query.
  if (verbatimMemo.typed !== typed) verbatimMemo = { typed, positions: new Map() };
  let positions = verbatimMemo.positions.get(content);
  if (!positions) verbatimMemo.positions.set(content, (positions = findVerbatim(content, typed)));
  return positions;
}

/** The work of `verbatimPositions`, uncached. */
function findVerbatim(content: string, typed: string): number[] {
  const query = typed.trim().replace(/\(\)$/, '');
  if (compactForm(query).length < 2) return [];
  const pattern = query
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const positions: number[] = [];
  // Word positions count the spaces before a match, counted on from the previous match.
  let counted = 0;
  let spaces = 0;
  for (const match of content.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])${pattern}(?:e?s)?(?![\\p{L}\\p{N}_])`, 'giu'))) {
    for (; counted < match.index; counted++) if (content[counted] === ' ') spaces++;
    const first = spaces;
    // A phrase covers several words: each of them is marked.
    for (let at = first; at <= first + match[0].split(' ').length - 1; at++) if ((positions.at(-1) ?? -1) < at) positions.push(at);
  }
  return positions;
}

/** Whether a keyword record holds the query as one whole keyword (`csrf`, not `csrftrustedorigins`). */
function declaresKeyword(record: SearchHit, typed: string): boolean {
  const compact = compactForm(typed);
  return matchedWords(record).some((word) => word === compact || compact === `${word}s` || compact === `${word}es`);
}

const pageOf = (hit: SearchHit) => hit.url.split('#')[0]!;

/** The result's excerpt and headings, each excerpt starting at a sentence or code line, none repeating another. */
function presentHit(page: SearchHit | undefined, record: SearchHit, url: string, verbatim: number[]): RankedResult {
  const title = `${record.meta.section ? `${record.meta.section} ` : ''}${record.meta.title ?? url}`;
  if (!page?.content) {
    // Found through its keywords only: its summary says what it teaches.
    return { url, title, excerpt: page ? page.excerpt : escapeHtml(record.meta.summary ?? ''), subResults: [] };
  }
  const content = page.content;
  const marked = verbatim.length ? verbatim : (page.locations ?? []);
  const main = excerptAt(content, marked.length ? marked : [0], marked);
  const shown: [number, number][] = [[main.from, main.to]];
  const isShown = (at: number) => shown.some(([from, to]) => at >= from && at < to);
  const texts = new Set([main.html]);
  const subResults = page.sub_results
    // Only the lesson's own sections: not its title or the objectives box.
    .filter((sub) => sub.url.includes('#') && !/#(lesson-title|objectives-heading)$/.test(sub.url))
    .slice(0, MAX_SUB_RESULTS)
    .map((sub): RankedSubResult => {
      const locations = sub.locations ?? [];
      const preferred = verbatim.length ? locations.filter((at) => verbatim.includes(at)) : locations;
      // Not in the heading itself: the link above the excerpt shows it already.
      const heading = sub.anchor ? [sub.anchor.location, sub.anchor.location + (sub.anchor.text ?? '').split(' ').length] : [0, 0];
      const inHeading = (at: number) => at >= heading[0]! && at < heading[1]!;
      const candidates = [...new Set([...preferred, ...locations])].filter((location) => !isShown(location) && !inHeading(location));
      // The same words can stand in two places (a command for Linux and again for Windows).
      for (const at of candidates.slice(0, 6)) {
        const excerpt = excerptAt(content, [at], marked);
        if (texts.has(excerpt.html) || isShown(excerpt.from)) continue;
        shown.push([excerpt.from, excerpt.to]);
        texts.add(excerpt.html);
        return { title: withoutMarks(sub.title), url: sub.url, excerpt: excerpt.html };
      }
      return { title: withoutMarks(sub.title), url: sub.url };
    });
  return { url, title, excerpt: main.html, subResults };
}

/**
 * One entry per lesson, best first, from the results of each query in `searchQueries` order (see
 * the tiers above). Pages matched only through short-prefix noise are dropped.
 */
export function rankResults(found: SearchHit[][], typed: string): RankedResult[] {
  const all = found.flat();
  const pages = new Map<string, SearchHit>();
  for (const hit of all) {
    if (hit.meta.kind !== 'keywords' && !pages.has(pageOf(hit)) && isMeaningfulMatch(hit, typed)) pages.set(pageOf(hit), hit);
  }
  const records = new Map<string, SearchHit>();
  for (const hit of all) {
    if (hit.meta.kind === 'keywords' && !records.has(pageOf(hit)) && isMeaningfulMatch(hit, typed)) records.set(pageOf(hit), hit);
  }
  const order = [...new Set(all.map(pageOf))].filter((url) => pages.has(url) || records.has(url));
  const ranked = order.map((url, position) => {
    const page = pages.get(url);
    const record = records.get(url);
    const verbatim = page?.content ? verbatimPositions(page.content, typed) : [];
    const tier = record && declaresKeyword(record, typed) ? 0 : verbatim.length ? 1 : record ? 2 : 3;
    return { url, page, record: record ?? page!, verbatim, tier, position };
  });
  ranked.sort((a, b) => a.tier - b.tier || b.verbatim.length - a.verbatim.length || a.position - b.position);
  return ranked.map(({ url, page, record, verbatim }) => presentHit(page, record, url, verbatim));
}
