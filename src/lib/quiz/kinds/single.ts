import { isIndex, isRecord } from '../../guards';
import type { QuestionKind } from '../kind';

/** Single choice: right when the one correct option is chosen. */
export const single: QuestionKind<'single'> = {
  empty: () => ({ choice: null }),
  isAnswered: (response) => response.choice !== null,
  isCorrect: (key, response) => response.choice === key.correct,
  parse: (key, value) => {
    if (!isRecord(value)) return undefined;
    if (value.choice === null) return { choice: null };
    return isIndex(value.choice, key.optionCount) ? { choice: value.choice } : undefined;
  },
};
