import { isRecord } from '../../primitives/guards';
import type { Grading, KeyBase } from '../contract';

export interface Key extends KeyBase<'true-false'> {
  /** Whether the statement is true. */
  answer: boolean;
}

export interface Response {
  value: boolean | null;
}

/** A statement judged true or false. */
export const grading: Grading<Key, Response> = {
  empty: () => ({ value: null }),
  isAnswered: (response) => response.value !== null,
  isCorrect: (key, response) => response.value === key.answer,
  parse: (_key, value) => {
    if (!isRecord(value)) return undefined;
    return value.value === null || typeof value.value === 'boolean' ? { value: value.value } : undefined;
  },
};
