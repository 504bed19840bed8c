import { isIndex, isRecord } from '../../primitives/guards';
import type { Grading, KeyBase } from '../contract';

export interface Key extends KeyBase<'single'> {
  /** The index of the one correct option in the quiz file. */
  correct: number;
  optionCount: number;
}

export interface Response {
  /** The chosen option's index in the quiz file. */
  choice: number | null;
}

/** Single choice: right when the one correct option is chosen. */
export const grading: Grading<Key, Response> = {
  empty: () => ({ choice: null }),
  isAnswered: (response) => response.choice !== null,
  isCorrect: (key, response) => response.choice === key.correct,
  parse: (key, value) => {
    if (!isRecord(value)) return undefined;
    if (value.choice === null) return { choice: null };
    return isIndex(value.choice, key.optionCount) ? { choice: value.choice } : undefined;
  },
};
