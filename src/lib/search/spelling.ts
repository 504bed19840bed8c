import { compactForm } from './terms';

/**
 * Spelling help: Pagefind matches words and their beginnings, never a misspelling, so
 * `prefech_related` finds `pre-commit`. The build writes the course's vocabulary (every keyword,
 * and the words of titles, headings, summaries and objectives: src/pages/search-vocabulary.json.ts),
 * and a query that matches no name or phrase verbatim is also searched as its nearest spelling.
 */

/** Edits between two words (insert, delete, replace, swap two neighbours), or `limit + 1` once over it. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may be from the one meant: none up to 3 letters, then 1, 2 from 8. */
function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length < 8 ? 1 : 2;
}

/** The vocabulary entry nearest to `word` (compared in compact form), if one is near enough. */
function nearest(word: string, vocabulary: readonly string[]): string | undefined {
  const compact = compactForm(word);
  const limit = allowedEdits(compact.length);
  if (!limit) return undefined;
  let best: { term: string; distance: number } | undefined;
  for (const term of vocabulary) {
    const distance = editDistance(compact, compactForm(term), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { term, distance };
  }
  return best?.term;
}

/**
 * What the reader probably meant, or undefined when the query is spelled as in the course (or is
 * nothing like it): the nearest whole term (`unique_togther` -> `unique_together`), else the query
 * with each unknown word replaced by its nearest word (`virtual enviroment` -> `virtual environment`).
 */
export function suggestSpelling(typed: string, vocabulary: readonly string[]): string | undefined {
  const query = typed.trim();
  const known = new Set(vocabulary.map(compactForm));
  if (!query || known.has(compactForm(query))) return undefined;
  const whole = nearest(query, vocabulary);
  if (whole) return whole;
  const words = query.split(/\s+/);
  if (words.length < 2) return undefined;
  const corrected = words.map((word) => (known.has(compactForm(word)) ? word : (nearest(word, vocabulary) ?? word)));
  const suggestion = corrected.join(' ');
  return suggestion.toLowerCase() === query.toLowerCase() ? undefined : suggestion;
}

/** The vocabulary from a set of texts and keywords: each keyword, and each word of four letters or more, once. */
export function buildVocabulary(keywords: readonly string[], texts: readonly string[]): string[] {
  const terms = new Map<string, string>();
  for (const keyword of keywords) if (!terms.has(compactForm(keyword))) terms.set(compactForm(keyword), keyword);
  for (const text of texts) {
    for (const word of text.match(/[\p{L}][\p{L}\p{N}_.]*[\p{L}\p{N}]/gu) ?? []) {
      const key = compactForm(word);
      if (key.length >= 4 && !terms.has(key)) terms.set(key, word);
    }
  }
  return [...terms.values()].sort((a, b) => a.localeCompare(b));
}
