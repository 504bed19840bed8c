import { isRecord } from '../../primitives/guards';
import type { Grading, KeyBase } from '../contract';

export interface Key extends KeyBase<'short'> {
  /** The accepted answers; the first is the one shown. */
  accept: string[];
}

export interface Response {
  text: string;
}

/** Compares names the way a reader means them: case and all white space ignored. */
export function normaliseShortAnswer(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** A short typed answer such as `select_related`, matched against accepted alternatives. */
export const grading: Grading<Key, Response> = {
  empty: () => ({ text: '' }),
  isAnswered: (response) => response.text.trim() !== '',
  isCorrect: (key, response) => {
    const given = normaliseShortAnswer(response.text);
    return given !== '' && key.accept.some((accepted) => normaliseShortAnswer(accepted) === given);
  },
  parse: (_key, value) => (isRecord(value) && typeof value.text === 'string' ? { text: value.text } : undefined),
};
