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
