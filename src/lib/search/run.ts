import { rankResults, verbatimPositions, type RankedResult, type SearchHit } from './rank';
import { suggestSpelling } from './spelling';
import { searchQueries } from './terms';

/**
 * One search as the course runs it, the same in the browser (src/components/search/search-panel.ts)
 * and in the relevance set over the built index (tests/built/search-relevance.test.ts): the
 * queries from `searchQueries`, Pagefind's results for each, then `rankResults`; when nothing
 * matches the query verbatim, its nearest spelling in the course's vocabulary is searched too.
 */

/** How Pagefind is set up wherever the course searches. */
export const PAGEFIND_OPTIONS = { excerptLength: 24 } as const;

/** Where the build writes the vocabulary, relative to the site's base. */
export const VOCABULARY_FILE = 'search-vocabulary.json';

/** The part of Pagefind's search API a search uses. */
export interface SearchEngine {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<SearchHit> }[] } | null>;
}

/** What to search and how many results to show. */
export interface SearchOptions {
  /** Only lessons of this chapter ("Chapter 2"), or every lesson. */
  chapter?: string;
  /** The most results to return. */
  limit: number;
  /** The course's words, for spelling suggestions; none are made without it. */
  vocabulary?: readonly string[];
  /** Asked once the searches have run: false stops before any result data is loaded. */
  stillWanted?: () => boolean;
}

/** The lessons found, best first, and the spelling searched instead when the query had none. */
export interface SearchOutcome {
  results: RankedResult[];
  /** Set when the results are for this spelling rather than the query as typed. */
  correctedTo?: string;
}

/** Pagefind's hits for each of a query's searches (see `searchQueries`); undefined when no longer wanted. */
async function hitsFor(engine: SearchEngine, typed: string, { chapter, limit, stillWanted }: SearchOptions): Promise<SearchHit[][] | undefined> {
  const options = chapter ? { filters: { chapter } } : {};
  const responses = await Promise.all(searchQueries(typed).map((text) => engine.search(text, options)));
  if (stillWanted && !stillWanted()) return undefined;
  // Each result's data is a fragment to fetch: load only as many as can be shown, plus spares for
  // results dropped as noise and results that a verbatim match lifts from further down. A page found
  // by two searches (a keyword record usually is) is loaded once, for the first: Pagefind hands out
  // one object per page and rewrites its matches on every data() call.
  const seen = new Set<string>();
  const wanted = responses.map((response) =>
    (response?.results ?? []).slice(0, limit + 4).filter((result) => !seen.has(result.id) && Boolean(seen.add(result.id))),
  );
  return Promise.all(wanted.map((results) => Promise.all(results.map((result) => result.data()))));
}

/** Whether any hit declares the query as a keyword or uses it verbatim. */
function foundVerbatim(found: SearchHit[][], typed: string): boolean {
  return found.flat().some((hit) => verbatimPositions(hit.content ?? '', typed).length > 0);
}

/** Searches the course for what the reader typed; undefined when `stillWanted` said stop. */
export async function searchCourse(engine: SearchEngine, typed: string, options: SearchOptions): Promise<SearchOutcome | undefined> {
  const found = await hitsFor(engine, typed, options);
  if (!found) return undefined;
  const suggestion = options.vocabulary && !foundVerbatim(found, typed) ? suggestSpelling(typed, options.vocabulary) : undefined;
  if (suggestion) {
    const corrected = await hitsFor(engine, suggestion, options);
    if (!corrected) return undefined;
    const results = rankResults(corrected, suggestion);
    if (results.length) return { results: results.slice(0, options.limit), correctedTo: suggestion };
  }
  return { results: rankResults(found, typed).slice(0, options.limit) };
}
