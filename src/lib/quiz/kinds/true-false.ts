import { isRecord } from '../../guards';
import type { QuestionKind } from '../kind';

/** A statement judged true or false. */
export const trueFalse: QuestionKind<'true-false'> = {
  empty: () => ({ value: null }),
  isAnswered: (response) => response.value !== null,
  isCorrect: (key, response) => response.value === key.answer,
  parse: (_key, value) => {
    if (!isRecord(value)) return undefined;
    return value.value === null || typeof value.value === 'boolean' ? { value: value.value } : undefined;
  },
};
