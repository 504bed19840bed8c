/** Words a reader gets through per minute of technical prose with code. */
const WORDS_PER_MINUTE = 200;

/** Counts the words a reader reads in an MDX body: prose and code, not markup or imports. */
export function countWords(mdxBody: string): number {
  const text = mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#*_`>|[\](){}=-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Estimated minutes to read a lesson, never less than one. */
export function readingMinutes(mdxBody: string): number {
  return Math.max(1, Math.round(countWords(mdxBody) / WORDS_PER_MINUTE));
}
