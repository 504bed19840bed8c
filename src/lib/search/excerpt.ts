import { escapeHtml } from '../../primitives/html';

/**
 * Search excerpts, built from the text Pagefind indexed rather than taken from Pagefind: its own
 * excerpts start mid-sentence and run a code block's title into its first line
 * ("test_models.pyfrom datetime"), because it separates paragraphs but not code titles or lines.
 * The build therefore marks those boundaries in the HTML it indexes (`markBoundariesForIndex`),
 * and an excerpt starts at a sentence or a code line and shows code lines as code.
 */

/** Ends a code block's title or a whole code block in the indexed text. Private use: never in a lesson. */
export const BLOCK_END = '\uE000';
/** Starts a line of code in the indexed text. */
export const CODE_LINE = '\uE001';

/**
 * The HTML Pagefind indexes, with the boundaries it would lose marked: after a code block's title,
 * before each line of code and after the block. Elements a reader cannot see (`hidden`, such as a
 * sample's controls before its script runs) are left out. The published page is not changed.
 */
export function markBoundariesForIndex(html: string): string {
  return html
    .replace(/<([a-z][\w-]*)((?:\s[^>]*?)?\shidden(?:=""|=hidden)?(?=[\s>/])[^>]*)>/g, '<$1 data-pagefind-ignore="all"$2>')
    .replace(/<\/figcaption>/g, ` ${BLOCK_END} </figcaption>`)
    .replace(/<span class="line">/g, `<span class="line"> ${CODE_LINE} `)
    .replace(/<\/pre>/g, ` ${BLOCK_END} </pre>`);
}

/** Removes the boundary marks from indexed text, for anything shown as plain text. */
export function withoutMarks(text: string): string {
  return text.replace(/(?:\s*[\uE000\uE001])+\s*/g, ' ').trim();
}

/** How long an excerpt is, in words and in characters (code is dense), and how far back it may reach for the start of a sentence. */
export const EXCERPT_WORDS = 24;
const EXCERPT_CHARACTERS = 200;
const MAX_LEAD = 22;
const MIN_AFTER = 6;

const isMark = (word: string) => word === BLOCK_END || word === CODE_LINE;
/** A word that ends a sentence (Pagefind also ends each paragraph, heading and list item with "."). */
const endsSentence = (word: string) => /[.!?]["”’)\]]*$/.test(word) && !/^\(?(e\.g|i\.e|etc|vs)\.$/i.test(word);

/**
 * A content's words (split at spaces, as Pagefind counts them) and, for each word, whether it lies
 * on a line of code: worked out once per content, since one search builds many excerpts of the
 * same page and splitting a long page is the costly part. The last few contents are kept.
 */
export interface ContentWords {
  words: string[];
  /** 1 where the nearest mark at or before the word starts a code line. */
  code: Uint8Array;
}
const KEPT_CONTENTS = 48;
const analysed = new Map<string, ContentWords>();

/** The words of `content` and where its code lines are (see ContentWords). */
export function contentWords(content: string): ContentWords {
  let found = analysed.get(content);
  if (!found) {
    const words = content.split(' ');
    const code = new Uint8Array(words.length);
    let onCode = 0;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (isMark(word)) onCode = word === CODE_LINE ? 1 : 0;
      code[index] = onCode;
    }
    found = { words, code };
    if (analysed.size >= KEPT_CONTENTS) analysed.delete(analysed.keys().next().value!);
    analysed.set(content, found);
  }
  return found;
}

/** Where the sentence or code line holding word `at` starts, or undefined when it is too far back. */
function unitStart({ words, code }: ContentWords, at: number): number | undefined {
  for (let start = at; start >= Math.max(0, at - MAX_LEAD); start--) {
    if (start === 0) return 0;
    const before = words[start - 1]!;
    if (isMark(before) || (endsSentence(before) && !code[start])) return start;
  }
  return undefined;
}

/**
 * An excerpt of the indexed `content` (Pagefind's word locations count the words of `content`
 * split at spaces) around the first of the `candidates` word positions whose sentence or code line
 * starts near it (else around the first candidate): from that start, about EXCERPT_WORDS long, with
 * the words at `marked` in <mark> and code lines in <code>. Returns the HTML and the words it
 * covers, so that another excerpt can avoid repeating them.
 */
export function excerptAt(content: string, candidates: number[], marked: Iterable<number>): { html: string; from: number; to: number } {
  const analysis = contentWords(content);
  const { words } = analysis;
  // The first candidate whose sentence starts near it (found lazily: a common word has hundreds).
  let chosen: { focus: number; lead: number | undefined } | undefined;
  for (const at of candidates) {
    const lead = unitStart(analysis, at);
    if (lead !== undefined) {
      chosen = { focus: at, lead };
      break;
    }
  }
  const { focus, lead } = chosen ?? (candidates.length ? { focus: candidates[0]!, lead: unitStart(analysis, candidates[0]!) } : { focus: 0, lead: 0 });
  const from = lead ?? focus;
  let to = from;
  let shown = 0;
  let characters = 0;
  while (to < words.length && ((shown < EXCERPT_WORDS && characters < EXCERPT_CHARACTERS) || to <= focus + MIN_AFTER)) {
    if (!isMark(words[to]!)) {
      shown++;
      characters += words[to]!.length + 1;
    }
    to++;
  }
  const highlight = new Set<number>();
  for (const at of marked) if (at >= from && at < to) highlight.add(at);
  const parts: { code: boolean; words: string[] }[] = [];
  let code = analysis.code[from] === 1;
  for (let index = from; index < to; index++) {
    const word = words[index]!;
    if (isMark(word)) {
      code = word === CODE_LINE;
      parts.push({ code, words: [] });
      continue;
    }
    if (!word) continue;
    if (!parts.length) parts.push({ code, words: [] });
    const html = escapeHtml(word);
    parts.at(-1)!.words.push(highlight.has(index) ? `<mark>${html}</mark>` : html);
  }
  const body = parts
    .filter((part) => part.words.length)
    .map((part) => (part.code ? `<code>${part.words.join(' ')}</code>` : part.words.join(' ')))
    .join(' ');
  const before = lead === undefined ? '… ' : '';
  let more = false;
  for (let index = to; index < words.length && !more; index++) more = Boolean(words[index]) && !isMark(words[index]!);
  const after = more ? ' …' : '';
  return { html: `${before}${body}${after}`, from, to };
}
