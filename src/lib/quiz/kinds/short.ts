import { isRecord } from '../../guards';
import type { QuestionKind } from '../kind';

/** Compares names the way a reader means them: case and all white space ignored. */
export function normaliseShortAnswer(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** A short typed answer such as `select_related`, matched against accepted alternatives. */
export const short: QuestionKind<'short'> = {
  empty: () => ({ text: '' }),
  isAnswered: (response) => response.text.trim() !== '',
  isCorrect: (key, response) => {
    const given = normaliseShortAnswer(response.text);
    return given !== '' && key.accept.some((accepted) => normaliseShortAnswer(accepted) === given);
  },
  parse: (_key, value) => (isRecord(value) && typeof value.text === 'string' ? { text: value.text } : undefined),
};
